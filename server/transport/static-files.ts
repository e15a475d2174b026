// Serves the built renderer (web mode): hashed assets cached for a year, index.html never cached and
// answered for every other unknown path so the app's own routes work; no path may leave the web root.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { contentTypeOf, webBuildSegments } from '../../shared/web-build-files';

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

export async function serveWebBuild(
  req: IncomingMessage,
  res: ServerResponse,
  webRoot: string,
): Promise<void> {
  const root = resolve(webRoot);
  const segments = webBuildSegments(req.url ?? '/');
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
    'Content-Type': contentTypeOf(path),
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
