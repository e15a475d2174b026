// Who may call main: only the app's own page, in the window's top frame (Electron security checklist 17,
// "Validate the sender of all IPC messages"). An iframe, another origin or a frame that is gone is refused.
import { isAppUrl } from '../app-protocol';

/** The parts of Electron's WebFrameMain the check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

export function isAppMainFrame(frame: SenderFrame | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  return frame.parent === null && typeof frame.url === 'string' && isAppUrl(frame.url);
}
