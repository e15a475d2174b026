// Which file of the built renderer a request names, and its Content-Type: one set of rules for the desktop
// app's app:// protocol and the relay's web mode. Strings only (no node:path), so it runs everywhere.

const CONTENT_TYPES: Readonly<Record<string, string>> = {
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
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The extension of a file name or path, lower-cased with its dot ("app.JS" → ".js"), or "" when it has none. */
export function extensionOf(fileName: string): string {
  const name = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  // A leading dot starts a hidden file's name (".env"), not an extension.
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The Content-Type to send for a file; unknown kinds go as plain bytes (sent with nosniff by both servers). */
export function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[extensionOf(fileName)] ?? 'application/octet-stream';
}

/**
 * The folder and file names a URL path asks for inside the web build (`/assets/app.js?v=1` → ["assets",
 * "app.js"]; `/` → []), or null when it tries to leave the build or hide a path in one name: `.` or `..`,
 * percent-encoded or not, separators encoded as %2f or %5c, a backslash, a drive letter's colon, NUL, or an
 * escape that does not decode. Each name is decoded once, so `%252e%252e` stays the harmless name "%2e%2e".
 */
export function webBuildSegments(urlPath: string): string[] | null {
  const path = urlPath.split(/[?#]/, 1)[0] ?? '';
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}
