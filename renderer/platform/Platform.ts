// What the renderer needs from where it runs. Two implementations: desktop (window.commons, via the preload)
// and web (browser storage and downloads), so the same React code runs in Electron and in a browser.
import type { HostNetwork, IpcOutput, RecentDocument, SpaceMembership } from '../../shared/ipc/contract';
import type { Profile } from '../../shared/profile';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Where the hosted relay listens and how it is reached: `url` from this computer, `lanUrls` from the room. */
export type HostAddresses = IpcOutput<'host:start'>;
export type HostStatus = IpcOutput<'host:status'>;

/** The relay this computer can host (desktop only): loopback until shared on the local network. */
export interface HostControl {
  start(network: HostNetwork): Promise<HostAddresses>;
  status(): Promise<HostStatus>;
  /** A one-time code to create a space (owned by this person) on the running relay. */
  setupCode(): Promise<string>;
  stop(): Promise<boolean>;
}

export interface Platform {
  kind: 'desktop' | 'web';
  getProfile(): Promise<Profile | null>;
  setProfile(profile: Profile): Promise<Profile>;
  listSpaces(): Promise<SpaceMembership[]>;
  saveSpace(membership: SpaceMembership): Promise<SpaceMembership[]>;
  removeSpace(serverUrl: string, space: string): Promise<SpaceMembership[]>;
  listRecentDocuments(): Promise<RecentDocument[]>;
  addRecentDocument(document: RecentDocument): Promise<RecentDocument[]>;
  /** Opens an http(s) link outside the app; anything else is refused. */
  openExternal(url: string): Promise<boolean>;
  /** Saves bytes to a file the person chooses (a save dialog on desktop, a download in the browser). */
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<boolean>;
  /** Lets the person pick a file; null when they cancel. */
  openFile(filters: FileFilter[]): Promise<{ name: string; data: Uint8Array } | null>;
  /** Prints the current view to PDF (printToPDF on desktop, the print dialog with a print stylesheet in the browser). */
  printToPdf(suggestedName: string): Promise<boolean>;
  /** Join links that arrive from outside (commons:// deep links on desktop). */
  onJoinLink(listener: (url: string) => void): () => void;
  /** Hosting a relay on this computer; undefined in a browser, which cannot listen for others. */
  host?: HostControl;
}
