// The Platform on the desktop: a thin adapter over window.commons, the one object Electron's preload exposes.
import type { CommonsApi } from '../../shared/ipc/contract';
import type { Platform } from './Platform';

export function desktopPlatform(commons: CommonsApi): Platform {
  return {
    kind: 'desktop',
    getProfile: () => commons.settings.getProfile(),
    setProfile: (profile) => commons.settings.setProfile(profile),
    listSpaces: () => commons.settings.listSpaces(),
    saveSpace: (membership) => commons.settings.saveSpace(membership),
    removeSpace: (serverUrl, space) => commons.settings.removeSpace({ serverUrl, space }),
    listRecentDocuments: () => commons.settings.listRecentDocuments(),
    addRecentDocument: (document) => commons.settings.addRecentDocument(document),
    openExternal: async (url) => (await commons.shell.openExternal({ url })).opened,
    saveFile: async (suggestedName, data, filters) =>
      (await commons.file.save({ suggestedName, data: new Uint8Array(data), filters })).saved,
    openFile: (filters) => commons.file.open({ filters }),
    printToPdf: async (suggestedName) => (await commons.print.toPdf({ suggestedName })).saved,
    onJoinLink: (listener) => commons.onDeepLink(({ url }) => listener(url)),
    host: {
      start: (network) => commons.host.start({ network }),
      status: () => commons.host.status(),
      setupCode: async () => (await commons.host.setupCode()).code,
      stop: async () => (await commons.host.stop()).stopped,
    },
  };
}
