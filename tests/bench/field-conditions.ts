// Benchmark: Commons on a slow link, in Chromium with the DevTools protocol's network emulation against a relay
// serving the built app (compressed as the relay serves it). Per network profile and round: a first visit to a
// usable first-run screen (time, bytes), joining a space from an invite link to the Library, a repeat visit
// through the service worker, and opening a draft for the first time (the editor not yet downloaded); and, on
// an unthrottled link, the bytes on the wire per keystroke in a two-person draft. Median and spread of the
// rounds; figures only, the targets are printed beside them (issue 13: < 5 s and < 200 KB, < 8 s, < 1 s, < 5 s).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from '@playwright/test';
import { MEDIUM_LINK, type NetworkProfile, SLOW_LINK, throttledPage } from './field-network';
import { type MeasuredFigure as FieldFigure, measuredInRounds } from './results';

export type { MeasuredFigure as FieldFigure } from './results';

type RelayModule = typeof import('../../server/index');

const ROOT = resolve(import.meta.dirname, '../..');
const SPACE = 'field';
const DRAFT = 'Field report';
const DRAFT_TEXT = 'Referral of a child found at the border crossing';
const KEYSTROKES = 30;
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

interface Relay {
  url: string;
  invite(): Promise<string>;
  token(name: string): Promise<string>;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

async function firstRunScreen(page: Page): Promise<void> {
  await page.locator('main.first-run h1').waitFor();
  await page.locator('main.first-run input[type="text"]').first().waitFor();
}

/** Fills the first-run profile and answers Join: what a new participant does with an invite link. */
async function profileAndJoin(page: Page, name: string): Promise<void> {
  await page.locator('main.first-run input[type="text"]').first().fill(name);
  await page.locator('main.first-run button[type="submit"]').click();
  await page.locator('section.join-confirm button.primary').click();
  await page.locator('nav button:has([data-section="library"])').waitFor();
  await page.waitForURL(/#\/library$/);
}

/** Waits until the service worker controls the page and has kept the whole app (it fetches it after load). */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await page.waitForFunction(
    async () => {
      const manifest = (await (await fetch('app-files.json')).json()) as { files: string[] };
      const cache = await caches.open((await caches.keys())[0] ?? '');
      const wanted = manifest.files.filter((file) => !/\.woff2?$/.test(file));
      const kept = await Promise.all(wanted.map((file) => cache.match(new URL(file, document.baseURI).href)));
      return kept.every(Boolean);
    },
    null,
    { timeout: 120_000, polling: 1000 },
  );
}

/** One round on one link: four figures, in seconds and bytes. */
async function fieldRound(
  browser: Browser,
  relay: Relay,
  link: NetworkProfile,
): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};

  // A first visit, then (untimed) the profile and an invite, then a repeat visit through the service worker.
  const visitor = await browser.newContext();
  const first = await throttledPage(visitor, link);
  let started = performance.now();
  await first.page.goto(`${relay.url}/`);
  await firstRunScreen(first.page);
  figures.firstVisit = seconds(started);
  figures.firstVisitBytes = first.wire.received();
  figures.firstVisitHeavyParts = first.wire
    .urls()
    .filter((url) => /DraftEditor|export|import/i.test(url)).length;
  await first.page.goto(`${relay.url}/#/join?space=${SPACE}&invite=${await relay.invite()}`);
  await profileAndJoin(first.page, 'Visitor');
  await serviceWorkerReady(first.page);
  started = performance.now();
  await first.page.reload();
  await first.page.locator('nav button:has([data-section="library"])').waitFor();
  await first.page.locator('main h1').waitFor();
  figures.repeatVisit = seconds(started);
  await visitor.close();

  // Joining from an invite link, then opening a draft: service workers off, so the editor is fetched now.
  const joiner = await browser.newContext({ serviceWorkers: 'block' });
  const second = await throttledPage(joiner, link);
  started = performance.now();
  await second.page.goto(`${relay.url}/#/join?space=${SPACE}&invite=${await relay.invite()}`);
  await profileAndJoin(second.page, 'Joiner');
  await second.page.locator('main h1').waitFor();
  figures.join = seconds(started);
  figures.joinBytes = second.wire.received();
  await second.page.locator('nav button:has([data-section="drafts"])').click();
  const draft = second.page.getByRole('button', { name: DRAFT, exact: true });
  await draft.waitFor({ timeout: 60_000 });
  started = performance.now();
  const before = second.wire.received();
  await draft.click();
  await second.page.locator('.draft-body', { hasText: DRAFT_TEXT }).waitFor({ timeout: 60_000 });
  figures.openDraft = seconds(started);
  figures.openDraftBytes = second.wire.received() - before;
  await joiner.close();
  return figures;
}

/** Two people in one draft, unthrottled: WebSocket bytes per keystroke sent by the author, received by the other. */
async function keystrokeRound(
  browser: Browser,
  relay: Relay,
): Promise<{ keystrokeSent: number; keystrokeReceived: number }> {
  const people = await Promise.all(
    ['Author', 'Co-author'].map(async (name) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const person = await throttledPage(context, null);
      await person.page.goto(`${relay.url}/`);
      await person.page.evaluate(
        (profile) => localStorage.setItem('commons.profile', JSON.stringify(profile)),
        {
          displayName: name,
          colour: '#1f6feb',
          organisation: 'Bench',
          country: 'Niger',
          language: 'en',
        },
      );
      const token = await relay.token(name);
      await person.page.goto(
        `${relay.url}/#/join?${new URLSearchParams({ space: SPACE, token, role: 'editor' })}`,
      );
      await person.page.reload();
      await person.page.locator('section.join-confirm button.primary').click();
      await person.page.locator('nav button:has([data-section="drafts"])').click();
      await person.page.getByRole('button', { name: DRAFT, exact: true }).click();
      await person.page.locator('[data-sync="saved"]').waitFor({ timeout: 60_000 });
      return { context, ...person };
    }),
  );
  const [author, coAuthor] = people;
  if (!author || !coAuthor) throw new Error('two people expected');
  await author.page.locator('.draft-body p').last().click();
  await author.page.keyboard.press('End');
  // Settle: presence of both arrives, the first caret placement is sent.
  await author.page.waitForTimeout(1500);
  const sentBefore = author.wire.socketSent();
  const receivedBefore = coAuthor.wire.socketReceived();
  for (let index = 0; index < KEYSTROKES; index += 1) {
    await author.page.keyboard.press('x');
    await author.page.waitForTimeout(120);
  }
  await author.page.locator('[data-sync="saved"]').waitFor({ timeout: 30_000 });
  await coAuthor.page.waitForTimeout(1000);
  const figures = {
    keystrokeSent: (author.wire.socketSent() - sentBefore) / KEYSTROKES,
    keystrokeReceived: (coAuthor.wire.socketReceived() - receivedBefore) / KEYSTROKES,
  };
  for (const person of people) await person.context.close();
  return figures;
}

const FIGURES: ReadonlyArray<[key: string, name: string, unit: string, scale: number]> = [
  ['firstVisit', 'first visit to the first-run screen (target < 5 s)', 's', 1],
  ['firstVisitBytes', 'first visit, bytes transferred (target < 200 KB)', 'KB', 1 / 1000],
  ['firstVisitHeavyParts', 'first visit, editor/export/import files requested', 'files', 1],
  ['join', 'invite link to the Library (target < 8 s)', 's', 1],
  ['joinBytes', 'invite link to the Library, bytes transferred', 'KB', 1 / 1000],
  ['repeatVisit', 'repeat visit with the service worker (target < 1 s)', 's', 1],
  ['openDraft', 'opening a draft the first time (target < 5 s)', 's', 1],
  ['openDraftBytes', 'opening a draft the first time, bytes transferred', 'KB', 1 / 1000],
];

export async function runFieldBench(
  rounds = 5,
  links: NetworkProfile[] = [SLOW_LINK, MEDIUM_LINK],
): Promise<FieldFigure[]> {
  const { createRelay, issueMemberToken } = (await import(
    pathToFileURL(join(ROOT, 'dist/server/index.mjs')).href
  )) as RelayModule;
  const dataDir = await mkdtemp(join(tmpdir(), 'commons-bench-field-'));
  const server = await createRelay({ port: 0, host: '127.0.0.1', dataDir });
  const token = (name: string, role: 'owner' | 'editor' = 'editor') =>
    issueMemberToken({ dataDir, space: SPACE, role, name });
  const relay: Relay = {
    url: server.url,
    token,
    async invite() {
      const response = await fetch(`${server.url}/api/invites`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await token('Owner', 'owner')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ role: 'editor' }),
      });
      return ((await response.json()) as { code: string }).code;
    },
  };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS });
  const perRound = new Map<string, number[]>();
  const record = (name: string, value: number) => perRound.set(name, [...(perRound.get(name) ?? []), value]);
  try {
    await seedDraft(browser, relay);
    for (let round = 0; round < rounds; round += 1) {
      for (const link of links) {
        console.error(`field: round ${round + 1} of ${rounds}, ${link.name}`);
        const figures = await fieldRound(browser, relay, link);
        for (const [key, name, , scale] of FIGURES)
          record(`${name}, ${link.name}`, (figures[key] ?? 0) * scale);
      }
      const keys = await keystrokeRound(browser, relay);
      record('bytes per keystroke sent, two-person draft', keys.keystrokeSent);
      record('bytes per keystroke received by the co-author', keys.keystrokeReceived);
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return [...perRound].map(([name, values]) =>
    measuredInRounds(
      `field: ${name}`,
      name.includes('bytes per keystroke')
        ? 'B'
        : (FIGURES.find(([, figure]) => name.startsWith(figure))?.[2] ?? ''),
      values,
    ),
  );
}

/** A draft someone else wrote, for the joiners to open. */
async function seedDraft(browser: Browser, relay: Relay): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${relay.url}/`);
  await page.evaluate((profile) => localStorage.setItem('commons.profile', JSON.stringify(profile)), {
    displayName: 'Seeder',
    colour: '#1f6feb',
    organisation: 'Bench',
    country: 'Niger',
    language: 'en',
  });
  const token = await relay.token('Seeder');
  await page.goto(`${relay.url}/#/join?${new URLSearchParams({ space: SPACE, token, role: 'editor' })}`);
  await page.reload();
  await page.locator('section.join-confirm button.primary').click();
  await page.locator('nav button:has([data-section="drafts"])').click();
  await page.getByRole('textbox', { name: 'Title' }).fill(DRAFT);
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.locator('[data-sync="saved"]').waitFor();
  await page.locator('.draft-body').click();
  await page.keyboard.type(DRAFT_TEXT);
  await page.locator('[data-sync="saved"]').waitFor();
  await context.close();
}
