// The native menu: standard roles only, so the OS supplies the familiar labels (in the system's language) and
// shortcuts (copy, paste, undo, zoom, full screen...). Everything Commons-specific lives in the page itself.
import type { MenuItemConstructorOptions } from 'electron';

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  { devTools }: { devTools: boolean },
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(devTools
          ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  );
  return template;
}
