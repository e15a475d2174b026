// Opens the one Commons window: restored to where it was (on a display that is still there), locked down by
// window-options.ts, and showing the renderer from app://.
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-protocol';
import type { Settings } from './settings/settings';
import { buildWindowOptions } from './window-options';
import { clampToVisibleDisplay, trackWindowState } from './window-state';

export interface MainWindowOptions {
  settings: Settings;
  preloadPath: string;
  /** Called each time the page finishes loading (it may reload), and when it goes away. */
  onPageReady: (window: BrowserWindow) => void;
  onPageGone: () => void;
}

export function openMainWindow({
  settings,
  preloadPath,
  onPageReady,
  onPageGone,
}: MainWindowOptions): BrowserWindow {
  const state = settings.getWindowState();
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = clampToVisibleDisplay(state.bounds, workAreas) ?? undefined;
  const window = new BrowserWindow(buildWindowOptions({ preloadPath, bounds }));
  if (state.maximized) window.maximize();
  trackWindowState(window, (next) => settings.setWindowState(next));

  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-finish-load', () => onPageReady(window));
  window.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) onPageGone();
  });
  window.on('closed', onPageGone);
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
