// Serves the built renderer from the privileged app:// scheme (Electron security checklist: "Avoid usage of the
// file protocol and prefer usage of custom protocols"). Only files inside the renderer folder are ever read:
// traversal, encoded traversal, absolute paths and symlinks that lead outside are all answered 404.
// Uses Node and web Response only, so it is tested without Electron.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeOf, webBuildSegments } from '../shared/web-build-files';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'commons';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs on the app's own origin (app://commons/...). */
export function isAppUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Maps an app:// URL to a file path under `root`, or null when the URL is not ours or tries to leave `root`.
 * Lexical only: symlinks are checked by serveAppRequest, which touches the disk.
 */
export function resolveAppPath(requestUrl: string, root: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const segments = webBuildSegments(new URL(requestUrl).pathname);
  if (segments === null) return null;
  const file = path.resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  return isInside(root, file) ? file : null;
}

/** Answers one app:// request from `root`, with the Content-Security-Policy on every response. */
export async function serveAppRequest(
  request: { url: string; method?: string },
  root: string,
): Promise<Response> {
  if (request.method !== undefined && request.method !== 'GET' && request.method !== 'HEAD') {
    return respond(405, 'Method not allowed');
  }
  const file = resolveAppPath(request.url, root);
  if (file === null) return respond(404, 'Not found');
  const served = (await existingFileInside(file, root)) ?? (await singlePageFallback(file, root));
  if (served === null) return respond(404, 'Not found');
  const body = await readFile(served);
  const type = contentTypeOf(served);
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(type) });
}

// Client-side routes (app://commons/library) have no extension and no file: they get the page itself.
async function singlePageFallback(file: string, root: string): Promise<string | null> {
  if (path.extname(file) !== '') return null;
  return existingFileInside(path.join(root, 'index.html'), root);
}

async function existingFileInside(file: string, root: string): Promise<string | null> {
  try {
    const [realFile, realRoot] = await Promise.all([realpath(file), realpath(root)]);
    if (!isInside(realRoot, realFile)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(path.resolve(root), file);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}

function headers(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  });
}

function respond(status: number, message: string): Response {
  return new Response(message, { status, headers: headers('text/plain; charset=utf-8') });
}
