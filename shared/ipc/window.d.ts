// `window.commons` is the preload's API in the desktop app and absent in a browser (web mode).
import type { CommonsApi } from './contract';

declare global {
  interface Window {
    commons?: CommonsApi;
  }
}
