// Benchmark: the live editor in Chromium, against a relay from the built app. Two people (an author and a
// co-author, each in their own browser context) open a 3-paragraph and a 1,000-paragraph draft; the author types,
// and each keystroke is timed from keydown to the author's DOM change and to the co-author's DOM change, and the
// part of the latter between the author's page sending it and the co-author's page receiving it (the relay's
// share); the co-author's opening of each draft is timed until every block is in the page, and so is a newcomer's
// first opening of it (a fresh browser profile, a second after the list shows). Figures only, never pass/fail.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from '@playwright/test';
import { type MeasuredFigure as ChromiumFigure, measuredInRounds } from './results';

export type { MeasuredFigure as ChromiumFigure } from './results';

const ROOT = resolve(import.meta.dirname, '../..');
const SPACE = 'bench';
const LONG_PARAGRAPHS = 1000;
const KEYSTROKES = 40;
const WORDS =
  'victims referral shelter protection officer border identification cooperation training law'.split(' ');

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

type RelayModule = typeof import('../../server/index');

function paragraphText(index: number): string {
  return Array.from({ length: 50 }, (_, w) => WORDS[(index * 7 + w) % WORDS.length]).join(' ');
}

/** A long model law as a word processor would paste it: an article heading every ten paragraphs. */
function longDraftHtml(): string {
  const blocks: string[] = [];
  for (let i = 0; i < LONG_PARAGRAPHS; i++) {
    if (i % 10 === 0) blocks.push(`<h4 data-provision-level="article">Provision ${i / 10}</h4>`);
    blocks.push(`<p>${paragraphText(i)}</p>`);
  }
  return blocks.join('');
}

const body = (page: Page) => page.locator('.draft-body');

/**
 * Runs in each page before the app: timestamps every WebSocket frame sent and received, on the clock both pages
 * share, so a keystroke's trip to the co-author splits into the author's page, the relay and the co-author's page.
 */
function recordSocketFrames(): void {
  const state = window as unknown as { benchSends: number[]; benchReceives: number[] };
  state.benchSends = [];
  state.benchReceives = [];
  const now = () => performance.timeOrigin + performance.now();
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, data) {
    state.benchSends.push(now());
    send.call(this, data);
  };
  const Native = WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', () => state.benchReceives.push(now()));
    }
  };
}

async function joinSpace(browser: Browser, url: string, token: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(recordSocketFrames);
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.evaluate((profile) => localStorage.setItem('commons.profile', JSON.stringify(profile)), {
    displayName: name,
    colour: '#1f6feb',
    organisation: 'Bench',
    country: 'Morocco',
    language: 'en',
  });
  await page.goto(`${url}/#/join?${new URLSearchParams({ space: SPACE, token, role: 'editor' })}`);
  await page.reload();
  await page.locator('section.join-confirm button.primary').click();
  await page.locator('nav button:has([data-section="drafts"])').click();
  return page;
}

async function createDraft(page: Page, title: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.locator('[data-sync="saved"]').waitFor();
  await body(page).click();
}

/** Opens a draft from the list; resolves with the time until its last block is on screen. */
async function openDraft(page: Page, title: string, blocks: number): Promise<number> {
  const button = page.getByRole('button', { name: title, exact: true });
  await button.waitFor();
  await page.evaluate(() => {
    (window as unknown as { benchOpenAt: number }).benchOpenAt = performance.now();
  });
  await button.click();
  const handle = await page.waitForFunction(
    (count) => {
      const shown = document.querySelector('.draft-body')?.childElementCount ?? 0;
      return shown >= count
        ? performance.now() - (window as unknown as { benchOpenAt: number }).benchOpenAt
        : 0;
    },
    blocks,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function closeDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to drafts' }).click();
  await body(page).waitFor({ state: 'detached' });
}

/** Watches the draft's body: when it last changed, on the clock every page of this machine shares. */
function watchBody(page: Page): Promise<void> {
  return page.evaluate(() => {
    const state = window as unknown as { benchChanges: number[]; benchKeydowns: number[] };
    state.benchChanges = [];
    state.benchKeydowns = [];
    const now = () => performance.timeOrigin + performance.now();
    const target = document.querySelector('.draft-body');
    if (!target) throw new Error('no draft body');
    new MutationObserver(() => state.benchChanges.push(now())).observe(target, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    window.addEventListener('keydown', () => state.benchKeydowns.push(now()), { capture: true });
  });
}

const readChanges = (page: Page) =>
  page.evaluate(() => (window as unknown as { benchChanges: number[] }).benchChanges.slice());

type Frames = { benchSends: number[]; benchReceives: number[] };
const readFrames = (page: Page) =>
  page.evaluate(() => {
    const { benchSends, benchReceives } = window as unknown as Frames;
    return { sends: benchSends.slice(), receives: benchReceives.slice() };
  });

interface KeystrokeTimes {
  /** keydown → the author's DOM. */
  local: number[];
  /** keydown → the co-author's DOM. */
  remote: number[];
  /** The author's page sending the change → the co-author's page receiving it: the network and the relay. */
  relay: number[];
}

/** Types in the middle of the draft; per keystroke, keydown → own DOM and keydown → co-author's DOM. */
async function typeAndTime(author: Page, coAuthor: Page): Promise<KeystrokeTimes> {
  await watchBody(author);
  await watchBody(coAuthor);
  const paragraphs = body(author).locator(':scope > p');
  await paragraphs.nth(Math.floor((await paragraphs.count()) / 2)).click();
  await author.keyboard.press('End');
  const local: number[] = [];
  const remote: number[] = [];
  const relay: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const seen = (await readChanges(coAuthor)).length;
    const before = (await readChanges(author)).length;
    const sentBefore = (await readFrames(author)).sends.length;
    await author.keyboard.press('x');
    await coAuthor.waitForFunction(
      (count) => (window as unknown as { benchChanges: number[] }).benchChanges.length > count,
      seen,
      { polling: 'raf' },
    );
    const keydown = await author.evaluate(() =>
      (window as unknown as { benchKeydowns: number[] }).benchKeydowns.at(-1),
    );
    const ownChange = (await readChanges(author))[before];
    const theirChange = (await readChanges(coAuthor))[seen];
    if (keydown !== undefined && ownChange !== undefined) local.push(ownChange - keydown);
    if (keydown !== undefined && theirChange !== undefined) remote.push(theirChange - keydown);
    // The change goes out in the author's first frame after the keydown; it is the co-author's last frame
    // received before their DOM changed.
    const sent = (await readFrames(author)).sends
      .slice(sentBefore)
      .find((at) => keydown !== undefined && at >= keydown);
    const received = (await readFrames(coAuthor)).receives
      .filter((at) => theirChange !== undefined && at <= theirChange)
      .at(-1);
    if (sent !== undefined && received !== undefined && received >= sent) relay.push(received - sent);
    // Let both pages settle (debounced work, the relay's acknowledgement) as between a person's keystrokes.
    await author.waitForTimeout(40);
  }
  return { local, remote, relay };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** `webRoot`: the renderer build to serve (dist/renderer by default), so two builds can be compared. */
export async function runChromiumEditorBench(rounds = 5, webRoot?: string): Promise<ChromiumFigure[]> {
  const { createRelay, issueMemberToken } = (await import(
    pathToFileURL(join(ROOT, 'dist/server/index.mjs')).href
  )) as RelayModule;
  const dataDir = await mkdtemp(join(tmpdir(), 'commons-bench-editor-'));
  const relay = await createRelay({ port: 0, host: '127.0.0.1', dataDir, webRoot });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS });
  const perRound = new Map<string, number[]>();
  const record = (name: string, value: number) => perRound.set(name, [...(perRound.get(name) ?? []), value]);
  try {
    const token = (name: string) => issueMemberToken({ dataDir, space: SPACE, role: 'editor', name });
    const author = await joinSpace(browser, relay.url, await token('Author'), 'Author');
    // Someone who has just joined opens a draft for the first time: nothing in their local replica, and the
    // editor's code not yet run in their page. They read the list for a second before choosing, as a person does.
    let newcomers = 0;
    const firstOpenMs = async (title: string, blocks: number): Promise<number> => {
      newcomers += 1;
      const name = `Newcomer ${newcomers}`;
      const page = await joinSpace(browser, relay.url, await token(name), name);
      try {
        await page.getByRole('button', { name: title, exact: true }).waitFor();
        await page.waitForTimeout(1000);
        return await openDraft(page, title, blocks);
      } finally {
        await page.context().close();
      }
    };
    const coAuthor = await joinSpace(browser, relay.url, await token('Co-author'), 'Co-author');

    await createDraft(author, 'Short draft');
    await author.keyboard.type('First paragraph.');
    await author.keyboard.press('Enter');
    await author.keyboard.type('Second paragraph.');
    await author.keyboard.press('Enter');
    await author.keyboard.type('Third paragraph.');
    await closeDraft(author);

    await createDraft(author, 'Long draft');
    await author.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'long draft');
      document
        .querySelector('.draft-body')
        ?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    }, longDraftHtml());
    await author.waitForFunction(
      (count) => (document.querySelector('.draft-body')?.childElementCount ?? 0) >= count,
      LONG_PARAGRAPHS,
    );
    const longBlocks = await body(author).evaluate((element) => element.childElementCount);
    await author.locator('[data-sync="saved"]').waitFor();
    await closeDraft(author);

    const drafts = [
      { title: 'Short draft', blocks: 3, label: '3 paragraphs' },
      {
        title: 'Long draft',
        blocks: longBlocks,
        label: `${LONG_PARAGRAPHS.toLocaleString('en')} paragraphs`,
      },
    ];
    // One unmeasured round warms both pages' JIT; then the order of the two drafts alternates round by round.
    for (let index = -1; index < rounds; index++) {
      const order = index % 2 === 0 ? drafts : [...drafts].reverse();
      for (const draft of order) {
        await openDraft(author, draft.title, draft.blocks);
        const openMs = await openDraft(coAuthor, draft.title, draft.blocks);
        await coAuthor.locator('[data-sync="saved"]').waitFor();
        const { local, remote, relay } = await typeAndTime(author, coAuthor);
        await closeDraft(author);
        await closeDraft(coAuthor);
        if (index < 0) continue;
        local.sort((a, b) => a - b);
        remote.sort((a, b) => a - b);
        record(`keydown → DOM p50, ${draft.label}`, percentile(local, 50));
        record(`keydown → DOM p95, ${draft.label}`, percentile(local, 95));
        record(`keydown → co-author's DOM p50, ${draft.label}`, percentile(remote, 50));
        record(`keydown → co-author's DOM p95, ${draft.label}`, percentile(remote, 95));
        // The part of the trip to the co-author spent between the two pages (the relay and the loopback network).
        record(`of which author's send → co-author's receive p50, ${draft.label}`, median(relay));
        record(`open, ${draft.label}`, openMs);
        record(`first open by a new co-author, ${draft.label}`, await firstOpenMs(draft.title, draft.blocks));
      }
    }
  } finally {
    await browser.close();
    await relay.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return [...perRound].map(([name, values]) => measuredInRounds(`editor in Chromium: ${name}`, 'ms', values));
}
