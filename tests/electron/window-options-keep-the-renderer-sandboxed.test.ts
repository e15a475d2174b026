import { describe, expect, it } from 'vitest';
import { buildWindowOptions, DEFAULT_WINDOW_SIZE } from '../../electron/window-options';

const options = buildWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs' });
const web = options.webPreferences ?? {};

describe('the main window', () => {
  it('runs the page in the OS sandbox', () => expect(web.sandbox).toBe(true));
  it('isolates the preload from the page', () => expect(web.contextIsolation).toBe(true));
  it('gives the page no Node.js, in frames and workers either', () => {
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
  });
  it('keeps web security on and insecure content off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
  });
  it('allows no <webview>', () => expect(web.webviewTag).toBe(false));
  it('does not navigate to files dropped on it', () => expect(web.navigateOnDragDrop).toBe(false));
  it('loads the given preload', () => expect(web.preload).toBe('/app/dist/electron/preload.cjs'));
});

describe('window placement', () => {
  it('opens centred at the default size the first time', () => {
    expect(options).toMatchObject({ ...DEFAULT_WINDOW_SIZE, center: true });
    expect(options.x).toBeUndefined();
  });

  it('opens where it was last time', () => {
    const restored = buildWindowOptions({
      preloadPath: '/p.cjs',
      bounds: { x: 40, y: 50, width: 1000, height: 700 },
    });
    expect(restored).toMatchObject({ x: 40, y: 50, width: 1000, height: 700 });
    expect(restored.center).toBeUndefined();
    expect(restored.webPreferences?.sandbox).toBe(true);
  });
});
