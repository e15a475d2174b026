// Builds the main window's options in one pure function, so a test can hold every security setting in place.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const;
export const MINIMUM_WINDOW_SIZE = { width: 640, height: 480 } as const;

export interface WindowOptionsInput {
  preloadPath: string;
  /** Restored bounds; when absent the window opens centred at the default size. */
  bounds?: WindowBounds;
  title?: string;
}

export function buildWindowOptions({
  preloadPath,
  bounds,
  title = 'Commons',
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title,
    width: bounds?.width ?? DEFAULT_WINDOW_SIZE.width,
    height: bounds?.height ?? DEFAULT_WINDOW_SIZE.height,
    ...(bounds !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    // Shown once the first paint is ready, so nobody sees a blank white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      // Checklist 4, "Enable process sandboxing": the renderer runs in Chromium's OS-level sandbox.
      sandbox: true,
      // Checklist 3, "Enable Context Isolation": the preload's world is kept apart from the page's.
      contextIsolation: true,
      // Checklist 2, "Do not enable Node.js integration for remote content": the page never gets require().
      nodeIntegration: false,
      // Checklist 2 again, for workers and subframes, which would otherwise be a way around it.
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Checklist 6, "Do not disable webSecurity": same-origin policy and CORS stay on.
      webSecurity: true,
      // Checklist 7, "Do not allow insecure content": no http scripts inside an app:// page.
      allowRunningInsecureContent: false,
      // Checklist 8, "Do not enable experimental features".
      experimentalFeatures: false,
      // Checklist 9, "Do not use enableBlinkFeatures": none are turned on.
      enableBlinkFeatures: '',
      // Checklist 10, "Do not use allowpopups" / "<webview>": no embedded guest pages at all.
      webviewTag: false,
      // Checklist 13, "Disable or limit navigation": dropping a file on the window must not navigate to it.
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
