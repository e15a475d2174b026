// A commenter never writes a document body, but may suggest: the relay applies a suggestion only if the body
// with every suggestion rejected stays the same and nobody else's suggestion changes, records it as the
// commenter's, and refuses a direct change of the text, someone else's suggestion touched, or junk.
import { $getSelection, $isRangeSelection } from 'lexical';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { $suggestionNodes } from '../../renderer/consultation/suggestions/settleSuggestions';
import {
  $suggestInsertText,
  $suggestRemoveSelection,
} from '../../renderer/consultation/suggestions/suggestionEdits';
import { discussionRoom, documentRoom } from '../../shared/rooms';
import { readSuggestionRecords } from '../../shared/suggestions';
import {
  $select,
  paragraphs,
  seedParagraphs,
  suggestingAuthor,
  write,
} from '../consultation/suggestionHarness';
import { type BoundEditor, bindHeadlessEditor } from '../drafts/collaborationHarness';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const SPACE = 'care-network';
const DOC = documentRoom(SPACE, 'referral-guideline');
const DISCUSSION = discussionRoom(SPACE, 'referral-guideline');
const setup = relayPerTest();

/** The Yjs update a change in the editor produces, as the client would send it (base64). */
function capture(bound: BoundEditor, change: () => void): string {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  bound.doc.on('update', collect);
  write(bound.editor, change);
  bound.doc.off('update', collect);
  return Buffer.from(Y.mergeUpdates(updates)).toString('base64');
}

/** A headless editor on a copy of what a client of the relay holds, as the commenter's app has it. */
async function copyOf(doc: Y.Doc): Promise<BoundEditor> {
  const copy = bindHeadlessEditor();
  Y.applyUpdate(copy.doc, Y.encodeStateAsUpdate(doc));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return copy;
}

/** An editor writes the body; a commenter holds a synced copy with a headless editor on it. */
async function draftWithCommenter() {
  const author = bindHeadlessEditor();
  const editorClient = setup.connect(DOC, await setup.relay.token(SPACE, 'editor'));
  await editorClient.synced;
  author.doc.on('update', (update: Uint8Array) => Y.applyUpdate(editorClient.doc, update));
  seedParagraphs(author.editor, 'Victims are referred within days.');
  // The discussion is open, as it is whenever the draft is open in the app.
  const discussionReader = setup.connect(DISCUSSION, await setup.relay.token(SPACE, 'viewer'));
  await discussionReader.synced;

  const amina = await setup.relay.member(SPACE, 'commenter', 'Amina');
  const commenterClient = setup.connect(DOC, amina.token);
  await commenterClient.synced;
  await eventually(() => bodyText(commenterClient.doc).includes('within days'));
  const channel = await openChannelClient(setup.relay.wsUrl, DOC, amina.token);
  return { author, editorClient, commenterClient, discussionReader, amina, channel };
}

const bodyText = (doc: Y.Doc) => doc.get('root', Y.XmlText).toString();

test('a genuine suggestion is applied for everyone and recorded as the commenter’s', async () => {
  const { editorClient, commenterClient, discussionReader, amina, channel } = await draftWithCommenter();
  const copy = await copyOf(commenterClient.doc);
  expect(paragraphs(copy.editor)).toEqual(['Victims are referred within days.']);
  const suggests = suggestingAuthor('amina');
  const update = capture(copy, () => {
    $select('within days');
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $suggestRemoveSelection(suggests, selection, false);
    $select('.', 'start');
    $suggestInsertText(suggests, 'without delay');
  });
  const reply = await channel.request('suggestion:apply', { update });
  expect(reply).toMatchObject({ ok: true, output: { recorded: true } });
  const made = (reply as { output: { made: string[] } }).output.made;
  expect(made.sort()).toEqual([...suggests.made].sort());

  // Everyone's copy has the suggestions, and the relay says who made them.
  await eventually(() => bodyText(editorClient.doc).includes('without delay'));
  await eventually(() => readSuggestionRecords(discussionReader.doc).size === 2);
  for (const record of readSuggestionRecords(discussionReader.doc).values()) {
    expect(record.author).toEqual({ memberId: amina.memberId, name: 'Amina' });
  }

  // Changing her own suggestion later is fine.
  const own = capture(copy, () => {
    $select('delay');
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $suggestRemoveSelection(suggests, selection, false);
  });
  expect(await channel.request('suggestion:apply', { update: own })).toMatchObject({ ok: true });
  await eventually(() => !bodyText(editorClient.doc).includes('delay'));
  channel.close();
});

test('a direct change of the text, someone else’s suggestion touched, or junk is refused and reaches nobody', async () => {
  const { author, editorClient, commenterClient, channel } = await draftWithCommenter();
  // An editor suggests in the body directly.
  const editorSuggests = suggestingAuthor('editor');
  write(author.editor, () => {
    $select('.', 'start');
    $suggestInsertText(editorSuggests, ' at the latest');
  });
  await eventually(() => bodyText(commenterClient.doc).includes('at the latest'));
  const before = bodyText(editorClient.doc);

  const removesOthers = capture(await copyOf(commenterClient.doc), () => {
    for (const node of $suggestionNodes()) node.remove();
  });
  expect(await channel.request('suggestion:apply', { update: removesOthers })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });

  const direct = capture(await copyOf(commenterClient.doc), () => {
    $select('within days');
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertText('never');
  });
  expect(await channel.request('suggestion:apply', { update: direct })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });

  for (const junk of [Buffer.from('not a yjs update at all').toString('base64'), '%%%', 'AQ==']) {
    const reply = await channel.request('suggestion:apply', { update: junk });
    expect(reply, junk).toMatchObject({ ok: false });
  }
  expect(await channel.request('suggestion:apply', { update: 'x'.repeat(60_000) })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  // The connection still answers, and nothing of it reached the body.
  expect(await channel.request('whoami', {})).toMatchObject({ ok: true });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(bodyText(editorClient.doc)).toBe(before);

  const viewer = await openChannelClient(setup.relay.wsUrl, DOC, await setup.relay.token(SPACE, 'viewer'));
  const genuine = capture(await copyOf(commenterClient.doc), () => {
    $select('Victims', 'start');
    $suggestInsertText(suggestingAuthor('viewer'), 'All ');
  });
  expect(await viewer.request('suggestion:apply', { update: genuine })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  viewer.close();
  channel.close();
});
