// Serves the built renderer (web mode): hashed assets cached for a year, index.html never cached and
// answered for every other unknown path so the app's own routes work; no path may leave the web root.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

async function fileSize(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** The request path split into segments, or null when it tries to climb out of the web root. */
function safeSegments(rawUrl: string): string[] | null {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/').filter((segment) => segment.length > 0 && segment !== '.');
  return segments.includes('..') ? null : segments;
}

export async function serveWebBuild(
  req: IncomingMessage,
  res: ServerResponse,
  webRoot: string,
): Promise<void> {
  const root = resolve(webRoot);
  const segments = safeSegments(req.url ?? '/');
  if (!segments) return sendText(res, 403, 'forbidden');
  const requested = resolve(join(root, ...segments));
  if (requested !== root && !requested.startsWith(root + sep)) return sendText(res, 403, 'forbidden');

  const isAsset = segments[0] === 'assets';
  let path = requested;
  let size = segments.length > 0 ? await fileSize(path) : null;
  if (size === null) {
    // A missing hashed asset must stay a 404: answering with HTML would break the page in confusing ways.
    if (isAsset) return sendText(res, 404, 'not found');
    path = join(root, 'index.html');
    size = await fileSize(path);
    if (size === null) return sendText(res, 404, 'the web build is not available on this relay');
  }
  const isIndex = path === join(root, 'index.html');
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': isAsset && !isIndex ? IMMUTABLE : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
