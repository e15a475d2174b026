// Slow links: the relay sends the web build as the Brotli or gzip copy the build step prepared, whichever the
// client's Accept-Encoding prefers (Brotli on a tie), says so in Content-Encoding and Vary, and sends the plain
// file to a client that accepts neither.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startRelay, type TestRelay, tempDir } from './support/relay';

let relay: TestRelay;
let webRoot: string;
const script = `${'console.log("commons, a community of practice");\n'.repeat(200)}`;

beforeAll(async () => {
  webRoot = tempDir('commons-web-');
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(
    join(webRoot, 'index.html'),
    `<!doctype html><title>Commons</title>${'<p>x</p>'.repeat(100)}`,
  );
  writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), script);
  // The same post-build step `npm run build` runs.
  execFileSync(process.execPath, ['scripts/compress-web-build.mjs', webRoot]);
  relay = await startRelay({ webRoot });
});

afterAll(async () => {
  await relay.close();
  rmSync(webRoot, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these headers (fetch would add its own Accept-Encoding and decode the answer). */
function get(path: string, headers: Record<string, string>, method = 'GET'): Promise<Answer> {
  const { hostname, port } = new URL(relay.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const scriptPath = '/assets/index-abc123.js';

test('a browser that accepts Brotli gets the Brotli copy, which decodes to the file', async () => {
  const answer = await get(scriptPath, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
  expect(answer.status).toBe(200);
  expect(answer.headers['content-encoding']).toBe('br');
  expect(answer.headers.vary).toBe('Accept-Encoding');
  expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  expect(answer.body.length).toBeLessThan(script.length / 10);
  expect(brotliDecompressSync(answer.body).toString()).toBe(script);
});

test('a client that accepts only gzip gets the gzip copy, which decodes to the file', async () => {
  const answer = await get(scriptPath, { 'Accept-Encoding': 'gzip' });
  expect(answer.headers['content-encoding']).toBe('gzip');
  expect(answer.headers.vary).toBe('Accept-Encoding');
  expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  expect(gunzipSync(answer.body).toString()).toBe(script);
});

test('q-values decide: gzip ranked above Brotli wins, a refused coding is never sent', async () => {
  const preferred = await get(scriptPath, { 'Accept-Encoding': 'br;q=0.5, gzip;q=0.9' });
  expect(preferred.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(preferred.body).toString()).toBe(script);
  const refused = await get(scriptPath, { 'Accept-Encoding': 'br;q=0, gzip' });
  expect(refused.headers['content-encoding']).toBe('gzip');
  const wildcard = await get(scriptPath, { 'Accept-Encoding': '*' });
  expect(wildcard.headers['content-encoding']).toBe('br');
});

test('a client that accepts neither gets the plain file, still marked as varying', async () => {
  const cases: Record<string, string>[] = [
    {},
    { 'Accept-Encoding': 'identity' },
    { 'Accept-Encoding': 'br;q=0, gzip;q=0' },
  ];
  for (const headers of cases) {
    const answer = await get(scriptPath, headers);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.body.toString()).toBe(script);
  }
});

test('index.html and the app routes answered with it are compressed too, never cached', async () => {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  for (const path of ['/', '/library/lessons']) {
    const answer = await get(path, { 'Accept-Encoding': 'br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(answer.body).toString()).toBe(html);
  }
});

test('HEAD names the encoding and length of what GET would send', async () => {
  const head = await get(scriptPath, { 'Accept-Encoding': 'br' }, 'HEAD');
  const full = await get(scriptPath, { 'Accept-Encoding': 'br' });
  expect(head.headers['content-encoding']).toBe('br');
  expect(head.headers['content-length']).toBe(String(full.body.length));
  expect(head.body.length).toBe(0);
});
