import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { lockDownSession, lockDownWebContents } from '../../electron/window-guards';

function fakeWebContents() {
  const events = new EventEmitter();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(events, {
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => {
      windowOpenHandler = handler;
    },
    getURL: () => 'app://commons/index.html',
  });
  return {
    contents,
    navigate(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string) {
      const details = { url, preventDefault: vi.fn() };
      events.emit(event, details);
      return details.preventDefault.mock.calls.length > 0 ? 'refused' : 'allowed';
    },
    open: (url: string) => windowOpenHandler?.({ url }),
  };
}

function lockedDown() {
  const page = fakeWebContents();
  const openExternal = vi.fn(async (_url: string) => true);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  lockDownWebContents(page.contents as never, openExternal);
  return { page, openExternal };
}

describe('navigation', () => {
  it('within the app is allowed', () => {
    const { page } = lockedDown();
    expect(page.navigate('will-navigate', 'app://commons/index.html#/library')).toBe('allowed');
  });

  it.each([
    'https://evil.example/',
    'http://localhost:8080/',
    'file:///etc/passwd',
    'app://commons.evil/index.html',
    'javascript:alert(1)',
  ])('anywhere else is refused, in the top frame, in subframes and through redirects: %s', (url) => {
    const { page } = lockedDown();
    expect(page.navigate('will-navigate', url)).toBe('refused');
    expect(page.navigate('will-frame-navigate', url)).toBe('refused');
    expect(page.navigate('will-redirect', url)).toBe('refused');
  });
});

describe('new windows', () => {
  it('are always denied; a web link is passed to the safe opener instead', () => {
    const { page, openExternal } = lockedDown();
    expect(page.open('https://www.unodc.org/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.unodc.org/');
  });

  it('are denied for app pages and hostile URLs too', () => {
    const { page } = lockedDown();
    expect(page.open('app://commons/index.html')).toEqual({ action: 'deny' });
    expect(page.open('javascript:alert(1)')).toEqual({ action: 'deny' });
  });
});

it('refuses to attach a <webview>', () => {
  const { page } = lockedDown();
  const event = { preventDefault: vi.fn() };
  page.contents.emit('will-attach-webview', event, {}, {});
  expect(event.preventDefault).toHaveBeenCalled();
});

describe('permissions', () => {
  function lockedDownSession() {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    lockDownSession({
      setPermissionRequestHandler: (handler: typeof request) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler: typeof check) => {
        check = handler;
      },
    } as never);
    const contents = { getURL: () => 'app://commons/index.html' };
    return {
      ask(permission: string, requestingUrl: string) {
        const callback = vi.fn();
        request?.(contents, permission, callback, { requestingUrl });
        return callback.mock.calls[0]?.[0];
      },
      check: (permission: string, origin: string) => check?.(contents, permission, origin, {}),
    };
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'midiSysex',
    'clipboard-read',
    'display-capture',
    'openExternal',
  ])('requests and checks for %s are denied, even from the app', (permission) => {
    const session = lockedDownSession();
    expect(session.ask(permission, 'app://commons/index.html')).toBe(false);
    expect(session.check(permission, 'app://commons')).toBe(false);
  });

  it('lets only the app page write to the clipboard', () => {
    const session = lockedDownSession();
    expect(session.ask('clipboard-sanitized-write', 'app://commons/index.html')).toBe(true);
    expect(session.check('clipboard-sanitized-write', 'app://commons')).toBe(true);
    expect(session.ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(session.check('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });
});
