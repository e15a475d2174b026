// The one rule both servers of the web build (the desktop app:// protocol and the relay) use to turn a URL
// path into file names: hostile paths are refused before any file system call, and types follow extensions.
import { describe, expect, it } from 'vitest';
import { contentTypeOf, extensionOf, webBuildSegments } from '../../shared/web-build-files';

describe('webBuildSegments', () => {
  it('names the files of ordinary requests, ignoring the query and the fragment', () => {
    expect(webBuildSegments('/')).toEqual([]);
    expect(webBuildSegments('')).toEqual([]);
    expect(webBuildSegments('/assets/index-Cw6_7Kgz.js')).toEqual(['assets', 'index-Cw6_7Kgz.js']);
    expect(webBuildSegments('/library/lessons?country=np#top')).toEqual(['library', 'lessons']);
    expect(webBuildSegments('//assets///app.js')).toEqual(['assets', 'app.js']);
    expect(webBuildSegments('/docs/r%C3%A9f%C3%A9rence.txt')).toEqual(['docs', 'référence.txt']);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/./index.html',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..\\secret.txt',
    '/C:%5cWindows%5cwin.ini',
    '/C:/Windows/win.ini',
    '/%2fetc%2fpasswd',
    '/%00index.html',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(webBuildSegments(path)).toBeNull();
  });

  it('decodes once, so a double-encoded climb is only a strange file name', () => {
    expect(webBuildSegments('/%252e%252e/secret.txt')).toEqual(['%2e%2e', 'secret.txt']);
  });
});

describe('contentTypeOf', () => {
  it('types the files a web build holds, whatever the case of the extension', () => {
    expect(contentTypeOf('/srv/web/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('assets/APP.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('C:\\app\\renderer\\assets\\style.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('manifest.webmanifest')).toBe('application/manifest+json');
  });

  it('sends unknown, extensionless and hidden files as plain bytes', () => {
    expect(contentTypeOf('archive.tar.zst')).toBe('application/octet-stream');
    expect(contentTypeOf('assets/README')).toBe('application/octet-stream');
    expect(contentTypeOf('/srv/.html')).toBe('application/octet-stream');
    expect(extensionOf('/srv/web.d/README')).toBe('');
  });
});
