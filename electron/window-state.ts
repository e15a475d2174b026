// Remembers where the main window was: bounds are clamped to a display that is still connected (a laptop
// undocked from its monitor must not open the window off-screen), and saved, debounced, on move and resize.
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds | null;
  maximized: boolean;
}

/** How much of the window's title bar must stay on a display for the saved position to be kept. */
const MINIMUM_VISIBLE = 64;

/**
 * Returns saved bounds that fit a visible display's work area (shrunk if they are larger), or null when no
 * display shows enough of the window, in which case the window opens centred.
 */
export function clampToVisibleDisplay(
  bounds: WindowBounds | null,
  workAreas: readonly Rectangle[],
): WindowBounds | null {
  if (bounds === null) return null;
  for (const area of workAreas) {
    const overlapWidth = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const titleBarVisible = bounds.y >= area.y && bounds.y < area.y + area.height - MINIMUM_VISIBLE / 2;
    if (overlapWidth >= MINIMUM_VISIBLE && titleBarVisible) {
      const width = Math.min(bounds.width, area.width);
      const height = Math.min(bounds.height, area.height);
      return {
        width,
        height,
        x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
        y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
      };
    }
  }
  return null;
}

type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'isMaximized' | 'isMinimized' | 'isDestroyed' | 'getNormalBounds'
>;

/** Calls `save` with the window's state after it stops moving or resizing for `delayMs`, and when it closes. */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => void,
  delayMs = 500,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed() || window.isMinimized()) return;
    save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };
  window.on('move', saveSoon);
  window.on('resize', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);
}
