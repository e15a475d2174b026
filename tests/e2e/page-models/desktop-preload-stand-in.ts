// A stand-in for what Electron's preload exposes (`window.commons`), for running the app's desktop platform and
// screens unchanged in Chromium: settings are kept in the page's localStorage, and host:* calls go to `answerHost`
// in the test (the embedded relay, or a test relay standing in for it).
import type { Page } from '@playwright/test';
import type { Profile } from '../../../shared/profile';

export type HostMethod = 'start' | 'status' | 'setupCode' | 'stop';
export type HostNetwork = 'this-computer' | 'local-network';
export type AnswerHost = (method: HostMethod, input?: { network: HostNetwork }) => Promise<unknown>;

export async function installDesktopPreload(
  page: Page,
  profile: Profile,
  answerHost: AnswerHost,
): Promise<void> {
  await page.exposeFunction('__hostCall', answerHost);
  await page.addInitScript((saved) => {
    const read = (key: string, fallback: unknown) =>
      JSON.parse(localStorage.getItem(key) ?? 'null') ?? fallback;
    const write = (key: string, value: unknown) => {
      localStorage.setItem(key, JSON.stringify(value));
      return value;
    };
    type Space = { serverUrl: string; space: string };
    const same = (a: Space, b: Space) => a.serverUrl === b.serverUrl && a.space === b.space;
    const call = (method: string) => (input?: unknown) =>
      (window as unknown as { __hostCall(m: string, i?: unknown): Promise<unknown> }).__hostCall(
        method,
        input,
      );
    write('desktop.profile', read('desktop.profile', saved));
    Object.assign(window, {
      commons: {
        app: { getInfo: async () => ({ version: 'test', platform: 'linux' }) },
        settings: {
          getProfile: async () => read('desktop.profile', null),
          setProfile: async (next: unknown) => write('desktop.profile', next),
          listSpaces: async () => read('desktop.spaces', []),
          saveSpace: async (membership: Space) =>
            write('desktop.spaces', [
              ...read('desktop.spaces', []).filter((s: Space) => !same(s, membership)),
              membership,
            ]),
          removeSpace: async (key: Space) =>
            write(
              'desktop.spaces',
              read('desktop.spaces', []).filter((s: Space) => !same(s, key)),
            ),
          listRecentDocuments: async () => read('desktop.recent', []),
          addRecentDocument: async (document: unknown) => write('desktop.recent', [document]),
        },
        shell: { openExternal: async () => ({ opened: false }) },
        file: { save: async () => ({ saved: false }), open: async () => null },
        print: { toPdf: async () => ({ saved: false }) },
        host: {
          start: call('start'),
          status: call('status'),
          setupCode: call('setupCode'),
          stop: call('stop'),
        },
        onDeepLink: () => () => {},
      },
    });
  }, profile);
}
