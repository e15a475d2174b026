// Keeps every web contents on the app's own pages: navigation away is refused, new windows are refused (http(s)
// links open in the system browser instead), <webview> is refused, and permissions are denied unless listed.
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

/**
 * The only permission a page may have, and only on app://: writing to the clipboard from a "Copy link" button.
 * Camera, microphone, location, notifications, devices and the rest are never needed (checklist 5,
 * "Handle session permission requests from remote content").
 */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/** Checklist 13, "Disable or limit navigation": a page may only move within app://commons. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

type OpenExternal = (url: string) => Promise<boolean>;

/** Checklist 14, "Disable or limit creation of new windows": every request is denied; web links go outside. */
export function handleWindowOpen(url: string, openExternal: OpenExternal): { action: 'deny' } {
  void openExternal(url).catch(() => false);
  return { action: 'deny' };
}

export function lockDownWebContents(contents: WebContents, openExternal: OpenExternal): void {
  const refuseNavigation = (details: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(details.url)) {
      details.preventDefault();
      console.warn(`Refused navigation to ${details.url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.setWindowOpenHandler(({ url }) => handleWindowOpen(url, openExternal));
  // Checklist 12, "Verify WebView options before creation": there are none to verify; none may be created.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}
