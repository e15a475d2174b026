// Edits, deletions and resolution in a discussion room: the relay writes them as its own events, stamping who
// and when; mentions keep only members of the space; a commenter edits and deletes only their own comments, an owner may delete anyone's, and events a
// client writes into the room itself change nothing anyone reads.
import { expect, test } from 'vitest';
import { COMMENT_EVENTS, type DiscussionComment, readThreads } from '../../shared/discussion';
import { discussionRoom } from '../../shared/rooms';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { type ChannelClient, openChannelClient } from './support/request-channel';

const SPACE = 'care-network';
const setup = relayPerTest();
const ROOM = discussionRoom(SPACE, 'referral-guideline');
const ANCHOR = { start: 'AQID', end: 'BAUG', quote: 'the hotline' };

async function post(client: ChannelClient, input: Record<string, unknown>): Promise<DiscussionComment> {
  const reply = await client.request('comment:post', input);
  expect(reply.ok).toBe(true);
  return (reply as { output: { comment: DiscussionComment } }).output.comment;
}

test('a thread keeps its anchor and quote, and its author edits it while the relay stamps the edit', async () => {
  const amina = await setup.relay.member(SPACE, 'commenter', 'Amina');
  const channel = await openChannelClient(setup.relay.wsUrl, ROOM, amina.token);
  const reader = setup.connect(ROOM, await setup.relay.token(SPACE, 'viewer'));
  const lead = await setup.relay.member(SPACE, 'editor', 'Lead');
  const started = await post(channel, {
    body: 'Name it, @Lead.',
    anchor: ANCHOR,
    mentions: [lead.memberId, lead.memberId, 'not-a-member'],
  });
  // Mentions keep only members of the space, each once.
  expect(started).toMatchObject({
    anchor: ANCHOR,
    mentions: [lead.memberId],
    author: { memberId: amina.memberId },
  });
  // A reply never carries a range of its own.
  const reply = await post(channel, { thread: started.id, body: 'Also the hours.', anchor: ANCHOR });
  expect(reply.anchor).toBeUndefined();

  const before = Date.now();
  expect(
    await channel.request('comment:edit', { comment: started.id, body: 'Name the hotline.' }),
  ).toMatchObject({ ok: true });
  await eventually(() => readThreads(reader.doc)[0]?.comments[0]?.body === 'Name the hotline.');
  const [thread] = readThreads(reader.doc);
  expect(thread?.anchor).toEqual(ANCHOR);
  expect(thread?.comments[0]?.editedAt).toBeGreaterThanOrEqual(before);
  expect(thread?.comments.map((comment) => comment.body)).toEqual(['Name the hotline.', 'Also the hours.']);
  channel.close();
});

test("a commenter can neither edit nor delete someone else's comment; an owner may delete it but not edit it", async () => {
  const amina = await setup.relay.member(SPACE, 'commenter', 'Amina');
  const mine = await openChannelClient(setup.relay.wsUrl, ROOM, amina.token);
  const other = await openChannelClient(setup.relay.wsUrl, ROOM, await setup.relay.token(SPACE, 'commenter'));
  const owner = await openChannelClient(setup.relay.wsUrl, ROOM, await setup.relay.token(SPACE, 'owner'));
  const comment = await post(mine, { body: 'Mine.' });

  expect(await other.request('comment:edit', { comment: comment.id, body: 'Hijacked.' })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await other.request('comment:delete', { comment: comment.id })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await owner.request('comment:edit', { comment: comment.id, body: 'Owner words.' })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  const reader = setup.connect(ROOM, await setup.relay.token(SPACE, 'viewer'));
  await eventually(() => readThreads(reader.doc).length === 1);
  expect(readThreads(reader.doc)[0]?.comments[0]?.body).toBe('Mine.');

  expect(await owner.request('comment:delete', { comment: comment.id })).toMatchObject({ ok: true });
  await eventually(() => readThreads(reader.doc).length === 0);
  // Gone is gone: no editing a deleted comment back.
  expect(await mine.request('comment:edit', { comment: comment.id, body: 'Back.' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  for (const client of [mine, other, owner]) client.close();
});

test('anyone who may comment resolves and reopens a thread; viewers may not', async () => {
  const commenter = await openChannelClient(
    setup.relay.wsUrl,
    ROOM,
    await setup.relay.token(SPACE, 'commenter'),
  );
  const editor = await setup.relay.member(SPACE, 'editor', 'Lead');
  const lead = await openChannelClient(setup.relay.wsUrl, ROOM, editor.token);
  const viewer = await openChannelClient(setup.relay.wsUrl, ROOM, await setup.relay.token(SPACE, 'viewer'));
  const reader = setup.connect(ROOM, await setup.relay.token(SPACE, 'viewer'));
  const thread = await post(commenter, { body: 'Resolve me.' });

  expect(await viewer.request('thread:resolve', { thread: thread.id, resolved: true })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await lead.request('thread:resolve', { thread: thread.id, resolved: true })).toMatchObject({
    ok: true,
  });
  await eventually(() => readThreads(reader.doc)[0]?.resolved !== null);
  expect(readThreads(reader.doc)[0]?.resolved?.by).toEqual({ memberId: editor.memberId, name: 'Lead' });
  expect(await commenter.request('thread:resolve', { thread: thread.id, resolved: false })).toMatchObject({
    ok: true,
  });
  await eventually(() => readThreads(reader.doc)[0]?.resolved === null);
  for (const client of [commenter, lead, viewer]) client.close();
});

test('events a client writes into the room itself are ignored by every reader', async () => {
  const channel = await openChannelClient(setup.relay.wsUrl, ROOM, await setup.relay.token(SPACE, 'owner'));
  const comment = await post(channel, { body: 'Stays as written.' });
  const forger = setup.connect(ROOM, await setup.relay.token(SPACE, 'commenter'));
  const reader = setup.connect(ROOM, await setup.relay.token(SPACE, 'viewer'));
  await Promise.all([forger.synced, reader.synced]);
  await eventually(() => readThreads(forger.doc).length === 1 && readThreads(reader.doc).length === 1);
  const by = { memberId: 'x', name: 'Boss' };
  forger.doc.getArray(COMMENT_EVENTS).push([
    { type: 'edit', comment: comment.id, body: 'Forged words.', by, at: 1 },
    { type: 'resolve', thread: comment.id, by, at: 1 },
    { type: 'delete', comment: comment.id, by, at: 1 },
  ]);
  await eventually(() => reader.doc.getArray(COMMENT_EVENTS).length === 3);
  expect(readThreads(reader.doc)).toMatchObject([
    { resolved: null, comments: [{ body: 'Stays as written.', deleted: false, editedAt: null }] },
  ]);
  channel.close();
});
