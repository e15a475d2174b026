import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppPath, serveAppRequest } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security-policy';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'commons-app-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Commons</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("hi")');
  writeFileSync(path.join(base, 'secret.txt'), 'settings and tokens');
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'evil');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'escape.txt'));
  symlinkSync(base, path.join(root, 'assets', 'up'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => serveAppRequest({ url, method: 'GET' }, root);

describe('the app:// protocol', () => {
  it('serves the renderer page and its assets with the right type', async () => {
    const page = await get('app://commons/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Commons</title>');
    const script = await get('app://commons/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves the page for the bare origin and for client-side routes', async () => {
    expect(await (await get('app://commons/')).text()).toContain('Commons');
    expect(await (await get('app://commons/library')).text()).toContain('Commons');
  });

  it('sends the strict Content-Security-Policy and nosniff with every answer, refusals included', async () => {
    for (const url of [
      'app://commons/index.html',
      'app://commons/missing.js',
      'app://commons/%2e%2e/secret.txt',
    ]) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers 404 for a missing asset rather than the page', async () => {
    expect((await get('app://commons/assets/missing.js')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await serveAppRequest({ url: 'app://commons/index.html', method: 'POST' }, root)).status).toBe(
      405,
    );
  });
});

describe('path traversal', () => {
  it.each([
    'app://commons/../secret.txt',
    'app://commons/assets/../../secret.txt',
    'app://commons/%2e%2e/secret.txt',
    'app://commons/%2E%2E/secret.txt',
    'app://commons/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://commons/..%2fsecret.txt',
    'app://commons/..%5csecret.txt',
    'app://commons/%252e%252e/secret.txt',
    'app://commons/..\\secret.txt',
    'app://commons/C:%5cWindows%5cwin.ini',
    'app://commons/%2fetc%2fpasswd',
    'app://commons/index.html%00.js',
    'app://commons/%E0%A4%A',
    'app://commons/../renderer-evil/x.js',
  ])('is refused: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('settings and tokens');
    expect(body).not.toContain('evil');
  });

  it.each([
    'app://commons/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://commons/..%2fsecret.txt',
    'app://commons/..%5csecret.txt',
    'app://commons/C:%5cWindows%5cwin.ini',
    'app://commons/%2fetc%2fpasswd',
    'app://commons/index.html%00.js',
    'app://commons/%E0%A4%A',
  ])(
    'is refused before the disk is touched when decoding reveals separators, drives, NUL or bad escapes: %s',
    (url) => {
      expect(resolveAppPath(url, root)).toBeNull();
    },
  );

  it('is refused through a symlink that leads out of the renderer folder', async () => {
    expect((await get('app://commons/assets/escape.txt')).status).toBe(404);
    expect((await get('app://commons/assets/up/secret.txt')).status).toBe(404);
  });

  it('never resolves outside the folder, for any URL', () => {
    for (const url of [
      'app://commons/../../etc/passwd',
      'app://commons//etc/passwd',
      'app://commons/a/../../../x',
    ]) {
      const resolved = resolveAppPath(url, root);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    }
  });

  it('does not serve other schemes or hosts through this handler', async () => {
    expect(resolveAppPath('file:///etc/passwd', root)).toBeNull();
    expect(resolveAppPath('app://other-host/index.html', root)).toBeNull();
    expect((await get('https://commons/index.html')).status).toBe(404);
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

  it('keeps scripts and everything by default on the app itself, with no eval', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('lets the page reach relays over web sockets and http(s), and nothing else beyond itself', () => {
    expect(directives.get('connect-src')).toEqual(["'self'", 'ws:', 'wss:', 'http:', 'https:']);
  });

  it('forbids plugins, frames, framing and base or form tricks', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});
