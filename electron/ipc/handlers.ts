// Every channel's handler in one object, built from main's services; register-ipc-handlers.ts checks the
// sender and the input before any of these run, so they receive parsed, typed input.
import { createFileHandlers, type FileHandlerDependencies } from '../files/file-handlers';
import type { EmbeddedRelay } from '../host/embedded-relay';
import { openExternalSafely } from '../safe-url';
import type { Settings } from '../settings/settings';
import type { IpcHandlers } from './register-ipc-handlers';

export interface HandlerDependencies extends FileHandlerDependencies {
  appInfo: { version: string; platform: string };
  settings: Settings;
  /** shell.openExternal in the app; only ever given a URL safe-url.ts accepted. */
  openExternal: (url: string) => Promise<void>;
  relay: EmbeddedRelay;
}

export function createIpcHandlers(dependencies: HandlerDependencies): IpcHandlers {
  const { appInfo, settings, openExternal, relay } = dependencies;
  return {
    'app:get-info': () => appInfo,
    'settings:get-profile': () => settings.getProfile(),
    'settings:set-profile': (profile) => settings.setProfile(profile),
    'settings:list-spaces': () => settings.listSpaces(),
    'settings:save-space': (membership) => settings.saveSpace(membership),
    'settings:remove-space': ({ serverUrl, space }) => settings.removeSpace(serverUrl, space),
    'settings:list-recent-documents': () => settings.listRecentDocuments(),
    'settings:add-recent-document': (document) => settings.addRecentDocument(document),
    'shell:open-external': async ({ url }) => ({ opened: await openExternalSafely(url, openExternal) }),
    ...createFileHandlers(dependencies),
    'host:start': (input) => relay.start(input),
    'host:status': () => relay.status(),
    'host:setup-code': () => relay.setupCode(),
    'host:stop': () => relay.stop(),
  };
}
