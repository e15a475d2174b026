// Serves the built renderer (web mode): hashed assets cached for a year, index.html never cached and
// answered for every other unknown path so the app's own routes work; no path may leave the web root. Each file
// goes Brotli- or gzip-compressed when the build prepared that copy and the client accepts it, and source maps
// only when the relay was asked to serve them.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { contentTypeOf, extensionOf, webBuildSegments } from '../../shared/web-build-files';
import { acceptableEncodings, PREPARED_ENCODINGS } from './content-encoding';

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

export interface WebBuildOptions {
  /** Whether .map files are served (commons-relay --source-maps); otherwise they are not found. */
  serveSourceMaps: boolean;
}

/** The prepared compressed copy of a file the client accepts, or the file itself. */
async function chosenCopy(
  req: IncomingMessage,
  path: string,
  size: number,
): Promise<{ path: string; size: number; coding: string | null }> {
  for (const coding of acceptableEncodings(req.headers['accept-encoding'])) {
    const suffix = PREPARED_ENCODINGS.find((entry) => entry.coding === coding)?.suffix ?? '';
    const compressedSize = await fileSize(path + suffix);
    if (compressedSize !== null) return { path: path + suffix, size: compressedSize, coding };
  }
  return { path, size, coding: null };
}

export async function serveWebBuild(
  req: IncomingMessage,
  res: ServerResponse,
  webRoot: string,
  options: WebBuildOptions = { serveSourceMaps: false },
): Promise<void> {
  const root = resolve(webRoot);
  const segments = webBuildSegments(req.url ?? '/');
  if (!segments) return sendText(res, 403, 'forbidden');
  const requested = resolve(join(root, ...segments));
  if (requested !== root && !requested.startsWith(root + sep)) return sendText(res, 403, 'forbidden');

  const isAsset = segments[0] === 'assets';
  const isSourceMap = extensionOf(segments.at(-1) ?? '') === '.map';
  if (isSourceMap && !options.serveSourceMaps) return sendText(res, 404, 'not found');
  let path = requested;
  let size = segments.length > 0 ? await fileSize(path) : null;
  if (size === null) {
    // A missing hashed asset must stay a 404: answering with HTML would break the page in confusing ways.
    if (isAsset || isSourceMap) return sendText(res, 404, 'not found');
    path = join(root, 'index.html');
    size = await fileSize(path);
    if (size === null) return sendText(res, 404, 'the web build is not available on this relay');
  }
  const isIndex = path === join(root, 'index.html');
  const copy = await chosenCopy(req, path, size);
  res.writeHead(200, {
    'Content-Type': contentTypeOf(path),
    'Content-Length': copy.size,
    ...(copy.coding ? { 'Content-Encoding': copy.coding } : {}),
    // Caches must keep the copies apart: the same URL answers in several encodings.
    Vary: 'Accept-Encoding',
    'Cache-Control': isAsset && !isIndex ? IMMUTABLE : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(copy.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
