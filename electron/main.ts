// Electron's main process: wires the shell's parts together in order. Each part lives in its own module;
// this file only decides when they run.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  app,
  type BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import Store from 'electron-store';
import { DEEP_LINK_EVENT } from '../shared/ipc/channels';
import { APP_SCHEME, serveAppRequest } from './app-protocol';
import { createDeepLinkInbox, DEEP_LINK_SCHEME, findJoinLinkInArgv } from './deep-link';
import { createEmbeddedRelay, DEFAULT_HOST_PORT } from './host/embedded-relay';
import { lanUrls } from './host/lan-addresses';
import { readRememberedPort, rememberPort } from './host/remembered-port';
import { createIpcHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register-ipc-handlers';
import { openMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { openExternalSafely } from './safe-url';
import { openSettingsStore, SETTINGS_FILE_NAME } from './settings/open-settings-store';
import { Settings } from './settings/settings';
import type { SettingsData } from './settings/settings-schema';
import { createSafeStorageVault } from './settings/token-vault';
import { lockDownSession, lockDownWebContents } from './window-guards';

const RENDERER_ROOT = path.join(__dirname, '../renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

// Checklist 4, "Enable process sandboxing", for every renderer this app will ever create.
app.enableSandbox();

// app:// behaves like https for the page: its own origin (IndexedDB, relative URLs), a secure context, fetch.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
  },
]);

let mainWindow: BrowserWindow | null = null;
/** Opens the window again (macOS keeps the app running with none); set once the app is ready. */
let reopenWindow: (() => void) | null = null;
const deepLinks = createDeepLinkInbox((url) => mainWindow?.webContents.send(DEEP_LINK_EVENT, { url }));
const openExternal = (url: string) => openExternalSafely(url, (safe) => shell.openExternal(safe));

if (!app.requestSingleInstanceLock()) {
  // Another Commons is running; it receives our argv (and any join link in it) through 'second-instance'.
  app.quit();
} else {
  registerDeepLinks();
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, openExternal));
  app.whenReady().then(start, (error: unknown) => {
    console.error('Commons could not start', error);
    app.exit(1);
  });
}

function registerDeepLinks(): void {
  // When started from source (`electron .`), the OS must be told to pass our app folder along.
  if (process.defaultApp && process.argv[1] !== undefined) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [path.resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  }
  // macOS delivers links as an event, possibly before 'ready'.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deepLinks.receive(url);
  });
  // Windows and Linux start a second instance with the link in argv; it is handed to us and then quits.
  app.on('second-instance', (_event, argv) => {
    const link = findJoinLinkInArgv(argv);
    if (link !== null) deepLinks.receive(link);
    if (mainWindow === null) reopenWindow?.();
    else {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  const launchLink = findJoinLinkInArgv(process.argv);
  if (launchLink !== null) deepLinks.receive(launchLink);
}

async function start(): Promise<void> {
  lockDownSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, RENDERER_ROOT));

  const { store, recover } = openSettingsStore({
    cwd: app.getPath('userData'),
    createStore: (options) => new Store<SettingsData>({ ...options, name: SETTINGS_FILE_NAME }),
  });
  const settings = new Settings(store, createSafeStorageVault(safeStorage, process.platform), { recover });
  const portFile = path.join(app.getPath('userData'), 'relay-port.json');
  const relay = createEmbeddedRelay({
    // Loaded on first use, so the window opens without it and fast. The 'files' storage engine is plain Node
    // fs (no native module), so the relay loads in Electron as in Node, from source and packaged alike.
    startRelay: async (options) => (await import('../server/index')).createRelay(options),
    dataDir: path.join(app.getPath('userData'), 'relay'),
    webRoot: RENDERER_ROOT,
    lanUrlsFor: (port) => lanUrls(os.networkInterfaces(), port),
    preferredPort: readRememberedPort(portFile, DEFAULT_HOST_PORT),
    rememberPort: (port) => {
      try {
        rememberPort(portFile, port);
      } catch (error) {
        console.error('Could not remember the hosted relay port', error);
      }
    },
  });

  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      appInfo: { version: app.getVersion(), platform: process.platform },
      settings,
      openExternal: (url) => shell.openExternal(url),
      relay,
      dialog,
      windowFor: (event) => (mainWindow?.webContents === event.sender ? mainWindow : null),
      defaultFolder: app.getPath('documents'),
    }),
    { validateOutput: !app.isPackaged },
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(process.platform, { devTools: !app.isPackaged })),
  );

  const showWindow = () => {
    mainWindow = openMainWindow({
      settings,
      preloadPath: PRELOAD_PATH,
      onPageReady: () => deepLinks.pageReady(),
      onPageGone: () => deepLinks.pageGone(),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  showWindow();
  reopenWindow = showWindow;

  app.on('activate', () => {
    if (mainWindow === null) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  stopRelayBeforeQuit(relay.stop);
  // Spaces made on this computer live in its relay: bring it back (on loopback only; sharing on the local
  // network is asked for again each time) so they open as they were left. No port file: never hosted.
  if (existsSync(portFile)) {
    relay
      .start({ network: 'this-computer' })
      .catch((error: unknown) => console.error('The hosted relay did not start', error));
  }
}

/** Lets the hosted relay flush its documents before the app exits. */
function stopRelayBeforeQuit(stop: () => Promise<unknown>): void {
  let stopped = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    stopped = true;
    stop()
      .catch((error: unknown) => console.error('The hosted relay did not stop cleanly', error))
      .finally(() => app.quit());
  });
}
