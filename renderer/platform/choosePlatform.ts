// Picks the Platform for where the renderer runs: Electron's preload exposes window.commons, a browser does not.
import type { CommonsApi } from '../../shared/ipc/contract';
import { desktopPlatform } from './desktopPlatform';
import type { Platform } from './Platform';
import { webPlatform } from './webPlatform';

export function choosePlatform(
  host: { commons?: CommonsApi } = window as Window & { commons?: CommonsApi },
): Platform {
  return host.commons ? desktopPlatform(host.commons) : webPlatform();
}
