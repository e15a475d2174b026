import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('the native menu', () => {
  it('on macOS starts with the app menu, then file, edit, view, window and help', () => {
    const template = buildMenuTemplate('darwin', { devTools: false });
    expect(template[0]?.role).toBe('appMenu');
    expect(roles(template)).toEqual(expect.arrayContaining(['fileMenu', 'editMenu', 'windowMenu', 'help']));
  });

  it('on Windows and Linux has no app menu and offers About under help', () => {
    const template = buildMenuTemplate('win32', { devTools: false });
    expect(roles(template)).not.toContain('appMenu');
    expect(roles(template)).toContain('about');
  });

  it('offers zoom and full screen through roles, which bring their usual shortcuts', () => {
    expect(roles(buildMenuTemplate('linux', { devTools: false }))).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  it('offers developer tools and reload only in development builds', () => {
    expect(roles(buildMenuTemplate('linux', { devTools: false }))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate('linux', { devTools: true }))).toEqual(
      expect.arrayContaining(['toggleDevTools', 'reload']),
    );
  });
});
