// comment:post in a discussion room: the relay writes the comment itself, under its own client id, stamping
// the author and time; viewers are refused; and a client can neither pass its own writes off as the relay's
// nor delete what the relay wrote.
import { expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { COMMENTS, type DiscussionComment, readComments, readThreads } from '../../shared/discussion';
import { isRelayClientId, RELAY_CLIENT_ID_FIRST } from '../../shared/relay-writes';
import { discussionRoom, documentRoom } from '../../shared/rooms';
import { connectClient, eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const SPACE = 'care-network';
const setup = relayPerTest();
const ROOM = discussionRoom(SPACE, 'referral-guideline');

/** The client ids that wrote the entries of the comments array. */
function writersOf(doc: Y.Doc): number[] {
  const writers: number[] = [];
  for (let item = doc.getArray(COMMENTS)._start; item; item = item.right) {
    if (!item.deleted) writers.push(item.id.client);
  }
  return writers;
}

test("a commenter's comment reaches every client, written by the relay with the author and time it stamped", async () => {
  const { token, memberId } = await setup.relay.member(SPACE, 'commenter', 'Amina');
  const editor = setup.connect(ROOM, await setup.relay.token(SPACE, 'editor'));
  const viewer = setup.connect(ROOM, await setup.relay.token(SPACE, 'viewer'));
  await Promise.all([editor.synced, viewer.synced]);
  const commenter = await openChannelClient(setup.relay.wsUrl, ROOM, token);

  const before = Date.now();
  const reply = await commenter.request('comment:post', {
    body: 'Section 2 should name the hotline.',
    author: { memberId: 'someone-else', name: 'The Director' },
    createdAt: 0,
  });
  const after = Date.now();
  expect(reply.ok).toBe(true);
  const posted = (reply as { output: { comment: DiscussionComment } }).output.comment;
  expect(posted).toMatchObject({
    body: 'Section 2 should name the hotline.',
    author: { memberId, name: 'Amina' },
    thread: posted.id,
  });
  expect(posted.createdAt).toBeGreaterThanOrEqual(before);
  expect(posted.createdAt).toBeLessThanOrEqual(after);

  for (const client of [editor, viewer]) {
    await eventually(() => readComments(client.doc).length === 1);
    expect(readComments(client.doc)).toEqual([posted]);
    expect(writersOf(client.doc).every(isRelayClientId)).toBe(true);
    expect(writersOf(client.doc)).not.toContain(client.doc.clientID);
  }

  const answer = await commenter.request('comment:post', { thread: posted.id, body: 'Agreed.' });
  expect(answer.ok).toBe(true);
  await eventually(() => readComments(viewer.doc).length === 2);
  expect(readThreads(viewer.doc)).toMatchObject([{ id: posted.id, comments: [{}, { body: 'Agreed.' }] }]);
  commenter.close();
});

test("a viewer's comment is refused as forbidden and nothing is written", async () => {
  const viewer = await openChannelClient(setup.relay.wsUrl, ROOM, await setup.relay.token(SPACE, 'viewer'));
  const reader = setup.connect(ROOM, await setup.relay.token(SPACE, 'editor'));
  await reader.synced;
  const reply = await viewer.request('comment:post', { body: 'I am only a viewer.' });
  expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  // A commenter's comment after it arrives alone: the viewer's never was written.
  const commenter = await openChannelClient(
    setup.relay.wsUrl,
    ROOM,
    await setup.relay.token(SPACE, 'commenter'),
  );
  expect((await commenter.request('comment:post', { body: 'Second.' })).ok).toBe(true);
  await eventually(() => readComments(reader.doc).length === 1);
  expect(readComments(reader.doc).map((comment) => comment.body)).toEqual(['Second.']);
  viewer.close();
  commenter.close();
});

test('comments are answered in discussion rooms only, and a reply needs an existing thread', async () => {
  const token = await setup.relay.token(SPACE, 'owner');
  const inDocument = await openChannelClient(
    setup.relay.wsUrl,
    documentRoom(SPACE, 'referral-guideline'),
    token,
  );
  expect(await inDocument.request('comment:post', { body: 'Here?' })).toMatchObject({
    ok: false,
    error: { code: 'not-here' },
  });
  const inDiscussion = await openChannelClient(setup.relay.wsUrl, ROOM, token);
  expect(
    await inDiscussion.request('comment:post', { thread: 'no-such-thread', body: 'Reply' }),
  ).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  expect(await inDiscussion.request('comment:post', { body: '   ' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  inDocument.close();
  inDiscussion.close();
});

test("a client cannot write under the relay's client id nor delete the relay's comments", async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const commenterToken = await setup.relay.token(SPACE, 'commenter');
  const channel = await openChannelClient(setup.relay.wsUrl, ROOM, commenterToken);
  expect((await channel.request('comment:post', { body: 'Genuine.' })).ok).toBe(true);
  const reader = setup.connect(ROOM, await setup.relay.token(SPACE, 'editor'));
  await eventually(() => readComments(reader.doc).length === 1);

  // A forger whose document writes as a relay id, and who also tries to delete the genuine comment.
  const forgedDoc = new Y.Doc();
  forgedDoc.clientID = RELAY_CLIENT_ID_FIRST + 7;
  const forger = connectClient(setup.relay.wsUrl, ROOM, commenterToken, forgedDoc);
  await forger.synced;
  await eventually(() => readComments(forger.doc).length === 1);
  forger.doc.getArray(COMMENTS).push([
    {
      id: 'forged',
      thread: 'forged',
      body: 'Forged.',
      author: { memberId: 'x', name: 'Boss' },
      createdAt: 1,
    },
  ]);
  await eventually(() => warn.mock.calls.some((call) => String(call[0]).includes('Permission denied')));

  // A plain commenter client deleting the relay's comment, and adding one under its own id.
  const deleter = setup.connect(ROOM, commenterToken);
  await deleter.synced;
  deleter.doc.getArray(COMMENTS).delete(0, 1);
  deleter.doc.getArray(COMMENTS).push([
    {
      id: 'mine',
      thread: 'mine',
      body: 'Self-made.',
      author: { memberId: 'x', name: 'Boss' },
      createdAt: 1,
    },
  ]);

  // The self-made entry reaches others (commenters may write here), after the refused deletion it followed.
  const entryIds = () => reader.doc.getArray<{ id?: string }>(COMMENTS).map((entry) => entry.id);
  await eventually(() => entryIds().includes('mine'));
  // A genuine comment after them all: once it is in, the forged one would have been too.
  expect((await channel.request('comment:post', { body: 'Still genuine.' })).ok).toBe(true);
  await eventually(() => readComments(reader.doc).length === 2);
  expect(readComments(reader.doc).map((comment) => comment.body)).toEqual(['Genuine.', 'Still genuine.']);
  expect(entryIds()).not.toContain('forged');
  channel.close();
  vi.restoreAllMocks();
});
