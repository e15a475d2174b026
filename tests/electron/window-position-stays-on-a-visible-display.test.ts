import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clampToVisibleDisplay, trackWindowState, type WindowState } from '../../electron/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('a saved window position', () => {
  it('is kept when its display is still there', () => {
    const bounds = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(clampToVisibleDisplay(bounds, [laptop, monitorOnTheRight])).toEqual(bounds);
  });

  it('is dropped (the window opens centred) when its monitor was unplugged', () => {
    expect(clampToVisibleDisplay({ x: 1600, y: 100, width: 1200, height: 800 }, [laptop])).toBeNull();
  });

  it('is shrunk and moved inside a display smaller than the window', () => {
    expect(clampToVisibleDisplay({ x: 100, y: 10, width: 3000, height: 2000 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 860,
    });
  });

  it('is dropped when the title bar sits above every display', () => {
    expect(clampToVisibleDisplay({ x: 100, y: -500, width: 800, height: 600 }, [laptop])).toBeNull();
  });

  it('stays null when nothing was saved', () => {
    expect(clampToVisibleDisplay(null, [laptop])).toBeNull();
  });
});

describe('tracking the window', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function fakeWindow() {
    const events = new EventEmitter();
    let bounds = { x: 0, y: 0, width: 800, height: 600 };
    return Object.assign(events, {
      isMaximized: () => false,
      isMinimized: () => false,
      isDestroyed: () => false,
      getNormalBounds: () => bounds,
      moveTo(x: number) {
        bounds = { ...bounds, x };
        events.emit('move');
      },
    });
  }

  it('saves once after a burst of moves settles, with the final position', () => {
    const window = fakeWindow();
    const saved: WindowState[] = [];
    trackWindowState(window as never, (state) => saved.push(state), 500);
    for (let x = 1; x <= 30; x++) window.moveTo(x);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(saved).toEqual([{ bounds: { x: 30, y: 0, width: 800, height: 600 }, maximized: false }]);
  });

  it('saves at once when the window closes', () => {
    const window = fakeWindow();
    const saved: WindowState[] = [];
    trackWindowState(window as never, (state) => saved.push(state), 500);
    window.moveTo(5);
    window.emit('close');
    expect(saved).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(saved).toHaveLength(1);
  });
});
