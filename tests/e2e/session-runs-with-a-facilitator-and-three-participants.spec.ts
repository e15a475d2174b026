// A workshop from start to finish, in Chromium: a facilitator (a member of the space) and three participants
// who join with the session's link and a name (one on a phone-sized screen in Arabic, one whose computer clock
// is 37 seconds fast). The timer agrees everywhere; "bring everyone here" moves people; in a fully anonymous
// session no participant's name reaches what another participant's browser holds or receives; dots and poll
// answers stay hidden until the reveal, then total correctly; closing writes the session-notes document.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import * as Y from 'yjs';
import { SESSION_PARTS } from '../../shared/sessions';
import { expect, screenshotForReview, test } from './fixtures';
import { SessionFacilitator } from './page-models/session-facilitator';
import { SessionParticipant } from './page-models/session-participant';

const SPACE = 'coast-network';
const ITEMS = [
  { title: 'Opening ideas', minutes: 10 },
  { title: 'Priorities for next year', minutes: 5 },
];
const NAMES = ['Zanele Mokoena', 'Tomasz Wiśniewski', 'Layla Benali'];
const NOTES = ['Fund the shelters all year', 'Train labour inspectors', 'خط ساخن مجاني للضحايا'];
const CLOCK_SKEW_MS = 37_000;

// Four browsers on a shared machine: a click may wait for a busy page a little longer than usual.
test.use({ actionTimeout: 20_000 });

interface Person {
  page: Page;
  participant: SessionParticipant;
  /** Every WebSocket frame this browser received. */
  frames: Buffer[];
}

async function participantBrowser(
  browser: Browser,
  options: { phone?: boolean; locale?: string; clockSkewMs?: number },
): Promise<Person> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    acceptDownloads: true,
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
  });
  if (options.clockSkewMs) {
    // This computer's clock is wrong: the timer must still agree, through the measured offset.
    await context.addInitScript((skew) => {
      const realNow = Date.now.bind(Date);
      const clock = window as unknown as { clockSkewMs: number };
      clock.clockSkewMs = skew;
      Date.now = () => realNow() + clock.clockSkewMs;
    }, options.clockSkewMs);
  }
  const page = await context.newPage();
  const frames: Buffer[] = [];
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => frames.push(Buffer.from(payload as string | Buffer))),
  );
  return { page, participant: new SessionParticipant(page), frames };
}

/** Every screen's timer agrees with the facilitator's within half a second (each read on its own clock). */
async function expectTimersAgree(
  everyone: SessionParticipant[],
  state: 'running' | 'paused',
): Promise<number> {
  let reference = 0;
  let last: unknown = null;
  await expect(async () => {
    const readings = await Promise.all(everyone.map((screen) => screen.readTimer()));
    last = readings;
    for (const reading of readings) expect(reading.state).toBe(state);
    const values = readings.map((reading) => reading.remainingMs);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThan(500);
    reference = values[0] ?? 0;
  })
    .toPass({ timeout: 15_000 })
    .catch((error: Error) => {
      throw new Error(`timers disagree: ${JSON.stringify(last)}\n${error.message}`);
    });
  return reference;
}

/** The session room's updates this browser keeps in IndexedDB (its local replica), merged into one document. */
async function storedSessionState(page: Page): Promise<{ bytes: Buffer; doc: Y.Doc }> {
  const updates = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name ?? '');
    const all: number[][] = [];
    for (const name of names.filter((n) => n.includes('/session/'))) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const values = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('updates').objectStore('updates').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const value of values) all.push(Array.from(value as Uint8Array));
      db.close();
    }
    return all;
  });
  expect(updates.length).toBeGreaterThan(0);
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update));
  return { bytes: Buffer.concat(updates.map((update) => Buffer.from(update))), doc };
}

const containsName = (bytes: Buffer, name: string) => bytes.includes(Buffer.from(name, 'utf8'));

test('a fully anonymous workshop: shared timer, bring everyone here, hidden votes and polls, notes in the library', async ({
  page,
  browser,
  openJoined,
}) => {
  test.setTimeout(240_000);
  await openJoined({ space: SPACE, role: 'editor', profile: { displayName: 'Grace Achieng' } });
  const facilitator = new SessionFacilitator(page);
  await facilitator.createSession({
    title: 'Coast workshop',
    agenda: ITEMS,
    anonymity: /Fully anonymous/,
    dots: 3,
  });
  await facilitator.code();
  const link = await facilitator.joinLink();
  expect(link).toMatch(/#\/session-join\?code=[A-Z2-9]{8}$/);

  const people = [
    await participantBrowser(browser, {}),
    await participantBrowser(browser, { clockSkewMs: CLOCK_SKEW_MS }),
    await participantBrowser(browser, { phone: true, locale: 'ar' }),
  ];
  for (const [index, person] of people.entries()) await person.participant.join(link, NAMES[index] ?? '');
  const [zanele, tomasz, layla] = people.map((person) => person.participant) as [
    SessionParticipant,
    SessionParticipant,
    SessionParticipant,
  ];
  const everyone = [facilitator, zanele, tomasz, layla];
  await expect(layla.page.locator('html')).toHaveAttribute('dir', 'rtl');
  // A participant sees the session and nothing else of the space.
  await expect(zanele.page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);

  // The timer: started, paused, extended, resumed and extended again, the same on every screen.
  await facilitator.startTimer();
  const started = await expectTimersAgree(everyone, 'running');
  expect(started).toBeGreaterThan(9 * 60_000);
  await facilitator.pause();
  const paused = await expectTimersAgree(everyone, 'paused');
  await facilitator.extend(5);
  await expect(async () => {
    expect(await expectTimersAgree(everyone, 'paused')).toBe(paused + 5 * 60_000);
  }).toPass();
  const resumedAt = Date.now();
  await facilitator.resume();
  const resumed = await expectTimersAgree(everyone, 'running');
  // It goes on from where it was paused: no more than that, less only by the time since resuming.
  expect(resumed).toBeLessThanOrEqual(paused + 5 * 60_000 + 500);
  expect(resumed).toBeGreaterThan(paused + 5 * 60_000 - (Date.now() - resumedAt) - 500);
  await facilitator.extend(1);
  await expect(async () => {
    expect(await expectTimersAgree(everyone, 'running')).toBeGreaterThan(resumed + 50_000);
  }).toPass();
  // A laptop wakes from sleep with its clock corrected by a minute: shown again, the page measures again.
  await tomasz.page.evaluate(() => {
    (window as unknown as { clockSkewMs: number }).clockSkewMs -= 60_000;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expectTimersAgree(everyone, 'running');

  // Bring everyone here: participants follow the timed item until someone steps away; the facilitator moves all.
  for (const person of [zanele, tomasz, layla]) await expect(person.itemTitle()).toHaveText('Opening ideas');
  await zanele.stepTo('Priorities for next year');
  await zanele.stepTo('Opening ideas');
  await expect(zanele.backToFacilitator()).toBeHidden();
  await zanele.stepTo('Priorities for next year');
  await expect(zanele.backToFacilitator()).toBeVisible();
  await zanele.backToFacilitator().click();
  await expect(zanele.itemTitle()).toHaveText('Opening ideas');
  await zanele.stepTo('Opening ideas');
  await facilitator.chooseItem('Priorities for next year');
  await facilitator.bringEveryoneHere();
  for (const person of [zanele, tomasz, layla])
    await expect(person.itemTitle()).toHaveText('Priorities for next year');
  await zanele.stepTo('Opening ideas');
  await zanele.backToFacilitator().click();
  await expect(zanele.itemTitle()).toHaveText('Priorities for next year');

  // The board: one note each, clustered by the facilitator.
  for (const [index, person] of [zanele, tomasz, layla].entries()) await person.addNote(NOTES[index] ?? '');
  for (const text of NOTES) await expect(facilitator.note(text)).toBeVisible();
  await facilitator.addCluster('Funding');
  await facilitator.addCluster('Prevention');
  await facilitator.putInCluster(NOTES[0] ?? '', 'Funding');
  await facilitator.putInCluster(NOTES[1] ?? '', 'Prevention');
  await facilitator.putInCluster(NOTES[2] ?? '', 'Prevention');

  // Dot voting: only how many have voted shows until the reveal.
  await facilitator.openVoting();
  await zanele.placeDots(NOTES[0] ?? '', 3);
  await zanele.sendDots();
  await tomasz.placeDots(NOTES[1] ?? '', 2);
  await tomasz.placeDots(NOTES[0] ?? '', 1);
  await tomasz.sendDots();
  await layla.placeDots(NOTES[2] ?? '', 3);
  await layla.sendDots();
  for (const screen of everyone) {
    await expect(screen.voters()).toHaveAttribute('data-voters', '3');
    await expect(screen.board.locator('.session-note-total')).toHaveCount(0);
  }
  await facilitator.revealVotes();
  for (const screen of everyone) {
    await expect(screen.noteTotal(NOTES[0] ?? '')).toHaveAttribute('data-dots', '4');
    await expect(screen.noteTotal(NOTES[1] ?? '')).toHaveAttribute('data-dots', '2');
    await expect(screen.noteTotal(NOTES[2] ?? '')).toHaveAttribute('data-dots', '3');
  }

  // A quick poll: answered by all three, hidden until revealed.
  const question = 'Meet again in March?';
  await facilitator.askPoll(question, ['Yes', 'No', 'Not sure']);
  await zanele.answerPoll(question, [0]);
  await tomasz.answerPoll(question, [0]);
  await layla.answerPoll(question, [1]);
  for (const screen of everyone) {
    await expect(screen.poll(question).locator('.session-voters')).toHaveAttribute('data-voters', '3');
    await expect(screen.pollResults(question)).toHaveCount(0);
  }
  await facilitator.revealPoll(question);
  for (const screen of everyone) {
    await expect(screen.pollResults(question)).toHaveCount(3);
    const results = await screen
      .pollResults(question)
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.result));
    expect(results).toEqual(['2', '1', '0']);
  }

  // Live notes, written together in the editor.
  await zanele.page.locator('.session-live-notes-body').click();
  await zanele.page.keyboard.type('Decided: meet again in March');
  await expect(page.locator('.session-live-notes-body')).toContainText('Decided: meet again in March');
  await expect(layla.page.locator('.session-live-notes-body')).toContainText('Decided: meet again in March');

  // Raised hands reach the facilitator in the order raised, by name.
  await tomasz.raiseHand();
  await zanele.raiseHand();
  await expect(facilitator.hands()).toHaveText([NAMES[1] ?? '', NAMES[0] ?? '']);

  await screenshotForReview(layla.page, 'session-participant-phone-ar');
  await screenshotForReview(zanele.page, 'session-participant-desktop-en');
  await screenshotForReview(page, 'session-facilitator-desktop-en');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshotForReview(page, 'session-facilitator-phone-en');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Anonymity: no participant's name is in the session state any participant keeps, nor in what reached them.
  for (const [index, person] of people.entries()) {
    const { bytes, doc } = await storedSessionState(person.page);
    const readable = JSON.stringify(SESSION_PARTS.map((part) => doc.getArray(part).toJSON()));
    expect(readable).toContain(NOTES[index] ?? '');
    for (const name of NAMES) {
      expect(containsName(bytes, name), `${name} in the replica of participant ${index + 1}`).toBe(false);
      expect(readable).not.toContain(name);
    }
    const received = Buffer.concat(person.frames);
    expect(received.includes(Buffer.from(NOTES[0] ?? '', 'utf8'))).toBe(true);
    for (const [other, name] of NAMES.entries()) {
      if (other === index) continue;
      expect(containsName(received, name), `${name} reached participant ${index + 1}`).toBe(false);
    }
  }

  // Closing writes the session-notes document into the library, with all of it.
  await facilitator.close();
  const csv = page.waitForEvent('download');
  await page
    .locator('.session-outcome')
    .getByRole('button', { name: 'Download contributions (CSV)' })
    .click();
  const csvText = await readFile(await (await csv).path(), 'utf8');
  for (const text of NOTES) expect(csvText).toContain(text);
  expect(csvText).toContain('Meet again in March?');
  const docx = page.waitForEvent('download');
  await page.locator('.session-outcome').getByRole('button', { name: 'Download as Word' }).click();
  expect((await docx).suggestedFilename()).toBe('Coast workshop.docx');

  await page
    .locator('.session-outcome')
    .getByRole('button', { name: 'Session notes: Coast workshop' })
    .click();
  const body = page.locator('.draft-body');
  await expect(body).toContainText('Priorities for next year (5 min)');
  await expect(body).toContainText('Funding — 4 dots');
  await expect(body).toContainText('Prevention — 5 dots');
  await expect(body).toContainText(`${NOTES[0]} — 4 dots`);
  await expect(body).toContainText(`${NOTES[2]} — 3 dots`);
  await expect(body).toContainText('Yes: 2 answers');
  await expect(body).toContainText('No: 1 answer');
  await expect(body).toContainText('3 participants');
  await expect(body).toContainText('Decided: meet again in March');
  for (const name of NAMES) await expect(body).not.toContainText(name);
});
