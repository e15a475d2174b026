// A national officer types in article 3 on a train with no network; meanwhile a colleague moves article 3 up
// twice, and each move copies article 3 (someone else's caret is in the neighbour it passes). The officer comes
// back online days later, long after the old 30-second window: the relay still follows both moves and carries the
// typing into the copy of the copy, in every replica, exactly once, also when the relay was restarted in between
// (its document rebuilt from what it stored) and when the officer reconnects or the relay reloads again.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { moveSharedProvision } from '../../renderer/drafts/legislation/sharedProvisionMove';
import { moveForwardingHooks } from '../../server/rooms/kinds/doc-moves';
import type { Room } from '../../server/rooms/room';
import { draftRoot } from '../../shared/draft-content';
import { articleOrder, blockTexts as texts, typeInto, writeArticles } from './articlesDraft';
import { type BoundEditor, bindHeadlessEditor, exchange } from './collaborationHarness';

const THREE_DAYS_MS = 3 * 24 * 60 * 60 * 1000;

/** The relay's document room: following moves from before its stored state loads, on a clock the test turns. */
function relayDocument(clock: { now: number }, stored?: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  moveForwardingHooks.beforeLoad({ doc, name: 'care-network/doc/model-law' } as Room, () => clock.now);
  if (stored) Y.applyUpdate(doc, stored, 'storage');
  return doc;
}

/** What a relay stores when it stops: its whole document, as one snapshot. */
const restart = (relay: Y.Doc, clock: { now: number }) => relayDocument(clock, Y.encodeStateAsUpdate(relay));

/**
 * A client reconnecting: it and the relay send each other whatever the other lacks, the client first (the relay
 * opens with its state vector, which the client answers before the relay's answer to its own reaches it).
 */
const reconnect = (relay: Y.Doc, client: BoundEditor) => exchange(client.doc, relay);

const occurrences = (replica: BoundEditor, text: string) => texts(replica).join('\n').split(text).length - 1;

interface Draft {
  clock: { now: number };
  relay: Y.Doc;
  typist: BoundEditor;
  mover: BoundEditor;
}

/** Everyone has the draft; the typist then goes offline and types in article 3; the mover moves it up twice. */
async function movedWhileOffline({ moverOnline = true } = {}): Promise<Draft> {
  const clock = { now: Date.now() };
  const relay = relayDocument(clock);
  const typist = bindHeadlessEditor();
  const mover = bindHeadlessEditor();
  writeArticles(typist.editor);
  typeInto(typist.editor, 'identification', ' Online.');
  await reconnect(relay, typist);
  await reconnect(relay, mover);

  // Offline: nothing the typist types reaches anyone.
  typeInto(typist.editor, 'identification', ' Offline.');
  typeInto(typist.editor, 'identification', 'Train: ', 0);

  // A third co-author's caret is in article 2, then in article 1, so each move copies article 3 itself.
  expect(moveSharedProvision(mover.doc, 'identification', 'up', new Set([3]))).toBe(true);
  if (moverOnline) await reconnect(relay, mover);
  expect(moveSharedProvision(mover.doc, 'identification', 'up', new Set([1]))).toBe(true);
  await reconnect(relay, mover);
  return { clock, relay, typist, mover };
}

function expectTypingOnceEverywhere({ typist, mover }: Draft): void {
  for (const replica of [typist, mover]) {
    expect(articleOrder(replica.doc)).toEqual(['identification', 'scope', 'definitions', 'referral']);
    expect(texts(replica)).toContain('Train: Body of identification. Online. Offline.');
    expect(occurrences(replica, 'Offline.')).toBe(1);
    expect(occurrences(replica, 'Train: ')).toBe(1);
    expect(occurrences(replica, 'Online.')).toBe(1);
  }
  expect(texts(typist)).toEqual(texts(mover));
}

describe('an article moved while a co-author types in it offline', () => {
  it('keeps their typing when they reconnect days later', async () => {
    const draft = await movedWhileOffline();
    draft.clock.now += THREE_DAYS_MS;
    await reconnect(draft.relay, draft.typist);
    await reconnect(draft.relay, draft.mover);
    expectTypingOnceEverywhere(draft);
    expect(draftRoot(draft.relay).toString()).toBe(draftRoot(draft.mover.doc).toString());

    // Reconnecting again changes nothing.
    const before = Y.encodeStateVector(draft.relay);
    await reconnect(draft.relay, draft.typist);
    await reconnect(draft.relay, draft.mover);
    expect(Y.encodeStateVector(draft.relay)).toEqual(before);
    expectTypingOnceEverywhere(draft);
  });

  it('keeps their typing when the mover was offline too and both moves reach the relay at once', async () => {
    const draft = await movedWhileOffline({ moverOnline: false });
    draft.clock.now += THREE_DAYS_MS;
    draft.relay = restart(draft.relay, draft.clock);
    await reconnect(draft.relay, draft.typist);
    await reconnect(draft.relay, draft.mover);
    expectTypingOnceEverywhere(draft);
  });

  it('keeps their typing in an article the offline mover moved up three times, copying it each time', async () => {
    const clock = { now: Date.now() };
    let relay = relayDocument(clock);
    const typist = bindHeadlessEditor();
    const mover = bindHeadlessEditor();
    writeArticles(typist.editor);
    await reconnect(relay, typist);
    await reconnect(relay, mover);
    typeInto(typist.editor, 'referral', ' Offline.');
    for (const busy of [5, 3, 1]) {
      expect(moveSharedProvision(mover.doc, 'referral', 'up', new Set([busy]))).toBe(true);
    }
    await reconnect(relay, mover);
    clock.now += THREE_DAYS_MS;
    relay = restart(relay, clock);
    await reconnect(relay, typist);
    await reconnect(relay, mover);
    for (const replica of [typist, mover]) {
      expect(articleOrder(replica.doc)).toEqual(['referral', 'scope', 'definitions', 'identification']);
      expect(texts(replica)).toContain('Body of referral. Offline.');
      expect(occurrences(replica, 'Offline.')).toBe(1);
    }
  });

  it('keeps their typing when the relay restarted between the move and the reconnect', async () => {
    const draft = await movedWhileOffline();
    draft.clock.now += THREE_DAYS_MS;
    draft.relay = restart(draft.relay, draft.clock);
    await reconnect(draft.relay, draft.typist);
    await reconnect(draft.relay, draft.mover);
    expectTypingOnceEverywhere(draft);

    // Another restart and both reconnect: nothing is forwarded a second time.
    const before = Y.encodeStateVector(draft.relay);
    draft.relay = restart(draft.relay, draft.clock);
    await reconnect(draft.relay, draft.typist);
    await reconnect(draft.relay, draft.mover);
    expect(Y.encodeStateVector(draft.relay)).toEqual(before);
    expectTypingOnceEverywhere(draft);
  });

  it('keeps following after a restart: later typing from the old replica still lands once', async () => {
    const draft = await movedWhileOffline();
    // A second offline replica of the typist's (another device) that had not sent its typing either.
    const laptop = bindHeadlessEditor();
    Y.applyUpdate(laptop.doc, Y.encodeStateAsUpdate(draft.typist.doc));
    await new Promise((resolve) => setTimeout(resolve, 0));
    typeInto(laptop.editor, 'identification', ' Laptop.');
    draft.clock.now += THREE_DAYS_MS;
    draft.relay = restart(draft.relay, draft.clock);
    await reconnect(draft.relay, draft.typist);
    draft.relay = restart(draft.relay, draft.clock);
    await reconnect(draft.relay, laptop);
    await reconnect(draft.relay, draft.typist);
    await reconnect(draft.relay, draft.mover);
    for (const replica of [draft.typist, draft.mover, laptop]) {
      expect(texts(replica)).toContain('Train: Body of identification. Online. Offline. Laptop.');
      expect(occurrences(replica, 'Offline.')).toBe(1);
    }
  });

  it('keeps the originals only within the window: their text leaves what the relay stores after it', async () => {
    const draft = await movedWhileOffline();
    // Article 3's original and its first copy (both moved away) are kept, as well as the copy in place.
    expect(storedCopiesOf(draft.relay, 'Heading identification')).toBe(3);
    expect(storedCopiesOf(restart(draft.relay, draft.clock), 'Heading identification')).toBe(3);

    draft.clock.now += 31 * 24 * 60 * 60 * 1000;
    expect(storedCopiesOf(restart(draft.relay, draft.clock), 'Heading identification')).toBe(1);
    // In a room that stays loaded, the next edit after the window lets them go.
    typeInto(draft.mover.editor, 'referral', ' Later.');
    await reconnect(draft.relay, draft.mover);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storedCopiesOf(draft.relay, 'Heading identification')).toBe(1);
  });
});

/** How many times `text` is in what the relay would store of `doc`. */
const storedCopiesOf = (doc: Y.Doc, text: string) =>
  Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1').split(text).length - 1;
