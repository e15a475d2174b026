import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers } from '../../electron/ipc/handlers';

function handlers() {
  const openExternal = vi.fn(async (_url: string) => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const all = createIpcHandlers({
    appInfo: { version: '0.1.0', platform: 'linux' },
    settings: {} as never,
    relay: {} as never,
    openExternal,
    dialog: {} as never,
    windowFor: () => null,
    defaultFolder: '/tmp',
  });
  return { open: (url: string) => all['shell:open-external']({ url }, {} as never), openExternal };
}

describe('shell:open-external', () => {
  it('opens an https link in the system browser', async () => {
    const { open, openExternal } = handlers();
    await expect(open('https://www.unodc.org/')).resolves.toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledWith('https://www.unodc.org/');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'https://good.example@evil.example/'])(
    'answers opened: false and opens nothing for %s',
    async (url) => {
      const { open, openExternal } = handlers();
      await expect(open(url)).resolves.toEqual({ opened: false });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );
});
