// Benchmark: the library with 10,000 entries in Chromium, through the app's own code (library-page.ts): the
// time a full index rebuild takes in the worker and the longest block of the page meanwhile (longtask
// entries), the time from opening the page to the first search answered from the saved index, and search
// latency (page → worker → page) over words, prefixes and one-typo words in every script. Each round starts
// from an empty browser profile; figures are the median of the rounds with their spread.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { SYNTHETIC_LANGUAGES } from '../support/synthetic-library-words';
import type { ChromiumFigure } from './editor-chromium';
import type { LibraryBench } from './library-page';
import { measuredInRounds } from './results';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRIES = Number(process.env.LIBRARY_BENCH_ENTRIES ?? 10_000);
const SEED = 11;
const QUERIES = 300;
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

declare const libraryBench: LibraryBench;

/** Whole words, 4-letter prefixes and words with one letter changed, from every language of the corpus. */
function queries(): string[] {
  const words = SYNTHETIC_LANGUAGES.flatMap((language) => [...language.words]);
  const list: string[] = [];
  for (let index = 0; index < QUERIES; index++) {
    const word = words[(index * 7919) % words.length] ?? 'law';
    const chars = [...word];
    if (index % 3 === 1 && chars.length >= 5) list.push(chars.slice(0, 4).join(''));
    else if (index % 3 === 2 && chars.length >= 5) {
      chars[2] = chars[2] === 'a' ? 'e' : 'a';
      list.push(chars.join(''));
    } else list.push(word);
  }
  return list;
}

async function bundle(dir: string): Promise<void> {
  const common = { bundle: true, format: 'esm', target: 'chrome120', logLevel: 'error' } as const;
  await build({
    ...common,
    entryPoints: [join(ROOT, 'tests/bench/library-page.ts')],
    outfile: join(dir, 'page.js'),
  });
  await build({
    ...common,
    entryPoints: [join(ROOT, 'renderer/library/search/search.worker.ts')],
    outfile: join(dir, 'worker.js'),
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>library bench</title><script type="module" src="/page.js"></script>',
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function runLibraryBench(rounds: number): Promise<ChromiumFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'commons-library-bench-'));
  await bundle(dir);
  const { readFile } = await import('node:fs/promises');
  const server = createServer(async (request, response) => {
    const name = (request.url ?? '/').split('?')[0] === '/' ? 'index.html' : (request.url ?? '').slice(1);
    try {
      const body = await readFile(join(dir, name.replace(/[^a-z.]/g, '')));
      const type = name.endsWith('.js') ? 'text/javascript' : 'text/html';
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS });
  const list = queries();
  const runs: {
    rebuild: number;
    block: number;
    searchable: number;
    p50: number;
    p95: number;
    replica: number;
    replicaBlock: number;
  }[] = [];
  try {
    // One unmeasured round first (the browser's caches, the JIT), then the measured ones.
    for (let round = 0; round <= rounds; round++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => 'libraryBench' in window);
      await page.evaluate(([count, seed]) => libraryBench.seed(count, seed), [ENTRIES, SEED] as const);
      await page.reload();
      await page.waitForFunction(() => 'libraryBench' in window);
      const rebuilt = await page.evaluate(() => libraryBench.rebuild());
      if (rebuilt.entries !== ENTRIES) throw new Error(`indexed ${rebuilt.entries} entries, not ${ENTRIES}`);
      await page.reload();
      await page.waitForFunction(() => 'libraryBench' in window);
      const opened = await page.evaluate((queries) => libraryBench.openAndSearch(queries), list);
      if (opened.found === 0) throw new Error('no query found anything: the bench measures nothing');
      const sorted = [...opened.searchMs].sort((a, b) => a - b);
      if (round > 0) {
        runs.push({
          rebuild: rebuilt.ms,
          block: rebuilt.longestBlockMs,
          searchable: opened.searchableMs,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          replica: rebuilt.openMs,
          replicaBlock: Math.max(rebuilt.openBlockMs, opened.openBlockMs),
        });
      }
      console.error(
        `library round ${round}${round === 0 ? ' (warm-up)' : ''}: rebuild ${rebuilt.ms.toFixed(0)} ms, ` +
          `longest block ${rebuilt.longestBlockMs.toFixed(0)} ms (reading the entries ${rebuilt.readMs.toFixed(0)} ms; index room replica opened before it in ${rebuilt.openMs.toFixed(0)} ms, longest block meanwhile ${rebuilt.openBlockMs.toFixed(0)} ms), searchable ${opened.searchableMs.toFixed(0)} ms (the replica after it ${opened.openMs.toFixed(0)} ms, longest block meanwhile ${opened.openBlockMs.toFixed(0)} ms), ` +
          `search p95 ${percentile(sorted, 95).toFixed(1)} ms`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const figure = measuredInRounds;
  return [
    figure(
      `library search p95 (${ENTRIES.toLocaleString('en')} entries, ${QUERIES} queries)`,
      'ms',
      runs.map((r) => r.p95),
    ),
    figure(
      'library search p50',
      'ms',
      runs.map((r) => r.p50),
    ),
    figure(
      'library searchable after opening (saved index)',
      'ms',
      runs.map((r) => r.searchable),
    ),
    figure(
      'library full rebuild in the worker',
      'ms',
      runs.map((r) => r.rebuild),
    ),
    figure(
      'library longest page block during a rebuild (0 = none ≥ 50 ms)',
      'ms',
      runs.map((r) => r.block),
    ),
    figure(
      'index room replica load before the library (room cache, not timed against a target)',
      'ms',
      runs.map((r) => r.replica),
    ),
    figure(
      'index room replica load: longest page block (0 = none ≥ 50 ms)',
      'ms',
      runs.map((r) => r.replicaBlock),
    ),
  ];
}
