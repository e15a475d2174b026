// The Platform in a plain browser (web mode): settings in localStorage, files through downloads and
// <input type=file>, PDF through the print dialog (the print stylesheet hides the app's chrome).
import type { FileFilter, Platform } from './Platform';
import { webSettings } from './webStorage';

function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
}

function download(suggestedName: string, data: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>]));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; revoke later so slow browsers still read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(filters: FileFilter[]): Promise<{ name: string; data: Uint8Array } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      resolve(file ? { name: file.name, data: new Uint8Array(await file.arrayBuffer()) } : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

export function webPlatform(storage: Storage = window.localStorage): Platform {
  const settings = webSettings(storage);
  return {
    kind: 'web',
    getProfile: async () => settings.readProfile(),
    setProfile: async (profile) => settings.writeProfile(profile),
    listSpaces: async () => settings.readSpaces(),
    saveSpace: async (membership) => settings.writeSpace(membership),
    removeSpace: async (serverUrl, space) => settings.removeSpace(serverUrl, space),
    listRecentDocuments: async () => settings.readRecentDocuments(),
    addRecentDocument: async (document) => settings.writeRecentDocument(document),
    openExternal: async (url) => {
      if (!isHttpUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    saveFile: async (suggestedName, data) => {
      download(suggestedName, data);
      return true;
    },
    openFile: (filters) => pickFile(filters),
    printToPdf: async (suggestedName) => {
      // Browsers name the PDF after the page title, so borrow it for the print.
      const title = document.title;
      document.title = suggestedName;
      window.print();
      document.title = title;
      return true;
    },
    // In a browser, join links arrive as the page's own #/join route, which the shell reads directly.
    onJoinLink: () => () => {},
  };
}
