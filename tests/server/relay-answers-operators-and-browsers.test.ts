// Operations and web mode: /healthz and /metrics answer, the web build is served at / with long caching for
// hashed assets and none for index.html, unknown app paths get index.html, and nothing outside it is reachable.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { connectClient, startRelay, type TestRelay, tempDir } from './support/relay';

let relay: TestRelay;
let webRoot: string;

beforeAll(async () => {
  webRoot = tempDir('commons-web-');
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Commons</title>');
  writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log("commons")');
  writeFileSync(join(webRoot, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(webRoot, 'favicon.svg'), '<svg/>');
  // A secret next to the web root that no URL may reach.
  writeFileSync(join(webRoot, '..', 'commons-secret.txt'), 'secret');
  relay = await startRelay({ webRoot });
});

afterAll(async () => {
  await relay.close();
  rmSync(webRoot, { recursive: true, force: true });
  rmSync(join(webRoot, '..', 'commons-secret.txt'), { force: true });
});

/** A raw GET that sends the path exactly as written (fetch would normalise away the dot segments). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(relay.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('healthz reports status, rooms, connections and uptime', async () => {
  const token = await relay.token('ops', 'viewer');
  const client = connectClient(relay.wsUrl, documentRoom('ops', 'runbook'), token);
  await client.synced;
  const response = await fetch(`${relay.url}/healthz`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: 'ok', rooms: 1, connections: 1 });
  expect(typeof body.uptime).toBe('number');
  client.destroy();
});

test('metrics answer in Prometheus text with the relay counters', async () => {
  const response = await fetch(`${relay.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  const text = await response.text();
  for (const name of [
    'commons_relay_connections',
    'commons_relay_rooms_loaded',
    'commons_relay_messages_in_total',
    'commons_relay_bytes_out_total',
    'commons_relay_persistence_seconds_bucket',
    'commons_relay_rejected_messages_total',
  ]) {
    expect(text).toContain(name);
  }
});

test('hashed assets are cached for a year, index.html is not cached, with the right types', async () => {
  const script = await fetch(`${relay.url}/assets/index-abc123.js`);
  expect(script.status).toBe(200);
  expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(await script.text()).toBe('console.log("commons")');
  const style = await fetch(`${relay.url}/assets/index-abc123.css`);
  expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');

  const index = await fetch(`${relay.url}/`);
  expect(index.status).toBe(200);
  expect(index.headers.get('cache-control')).toBe('no-cache');
  expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(index.headers.get('x-content-type-options')).toBe('nosniff');
  expect(index.headers.get('referrer-policy')).toBe('no-referrer');
  expect((await fetch(`${relay.url}/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
});

test('unknown app paths get index.html, unknown assets a 404', async () => {
  const route = await fetch(`${relay.url}/library/lessons?country=np`);
  expect(route.status).toBe(200);
  expect(await route.text()).toContain('<title>Commons</title>');
  expect((await fetch(`${relay.url}/assets/missing-123.js`)).status).toBe(404);
});

test('paths that climb out of the web root are refused', async () => {
  for (const path of [
    '/../commons-secret.txt',
    '/assets/../../commons-secret.txt',
    '/%2e%2e/commons-secret.txt',
    '/..%2fcommons-secret.txt',
    '/assets/..%5c..%5ccommons-secret.txt',
    '/%00index.html',
  ]) {
    const response = await rawGet(path);
    expect(response.status, path).toBe(403);
    expect(response.body).not.toContain('secret');
  }
});
