// Mentions reach the mentioned member: when the relay stores a comment (or an edit) mentioning someone, it writes
// a notice into that member's inbox room, never the author's own; only that member opens the inbox, nobody
// writes into it directly (so no one forges a notice), marks are the relay's on request, and deleting the
// comment withdraws its notices.
import * as encoding from 'lib0/encoding';
import { expect, test } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { DiscussionComment } from '../../shared/discussion';
import { MENTION_NOTICES, readMentions } from '../../shared/mentions';
import { discussionRoom, inboxRoom } from '../../shared/rooms';
import { eventually, upgradeStatus } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { type ChannelClient, openChannelClient } from './support/request-channel';

const SPACE = 'care-network';
const DOCUMENT = 'referral-guideline';
const setup = relayPerTest();

async function post(client: ChannelClient, input: Record<string, unknown>): Promise<DiscussionComment> {
  const reply = await client.request('comment:post', input);
  expect(reply.ok).toBe(true);
  return (reply as { output: { comment: DiscussionComment } }).output.comment;
}

async function people() {
  const amina = await setup.relay.member(SPACE, 'commenter', 'Amina');
  const chen = await setup.relay.member(SPACE, 'editor', 'Chen');
  const dara = await setup.relay.member(SPACE, 'commenter', 'Dara');
  const discussion = await openChannelClient(setup.relay.wsUrl, discussionRoom(SPACE, DOCUMENT), amina.token);
  return { amina, chen, dara, discussion };
}

test('the relay writes a notice for each mentioned member, none for the author, and only the member reads it', async () => {
  const { amina, chen, dara, discussion } = await people();
  const comment = await post(discussion, {
    body: 'Can you check the hotline, @Chen?',
    mentions: [chen.memberId, amina.memberId],
  });

  const chenInbox = setup.connect(inboxRoom(SPACE, chen.memberId), chen.token);
  await eventually(() => readMentions(chenInbox.doc).length === 1);
  expect(readMentions(chenInbox.doc)).toEqual([
    {
      comment: comment.id,
      thread: comment.id,
      document: DOCUMENT,
      by: { memberId: amina.memberId, name: 'Amina' },
      body: 'Can you check the hotline, @Chen?',
      at: expect.any(Number),
      read: false,
    },
  ]);
  // Mentioning oneself tells nobody; someone not mentioned has nothing.
  for (const person of [amina, dara]) {
    const own = setup.connect(inboxRoom(SPACE, person.memberId), person.token);
    await own.synced;
    expect(own.doc.getArray(MENTION_NOTICES).length).toBe(0);
  }
  // Nobody else opens Chen's inbox, whatever their role.
  const owner = await setup.relay.token(SPACE, 'owner');
  for (const token of [amina.token, dara.token, owner]) {
    const url = `${setup.relay.wsUrl}/${inboxRoom(SPACE, chen.memberId)}?token=${encodeURIComponent(token)}`;
    expect(await upgradeStatus(url)).toBe(403);
  }
  discussion.close();
});

test("a member's own write into their inbox is refused, so a notice can come only from the relay", async () => {
  const { chen, dara, discussion } = await people();
  await post(discussion, { body: 'For Chen.', mentions: [chen.memberId] });
  const room = inboxRoom(SPACE, chen.memberId);
  const copy = setup.connect(room, chen.token);
  await eventually(() => readMentions(copy.doc).length === 1);
  // Chen's client adds a notice "from Dara" to the inbox it holds and sends the change to the relay.
  const before = Y.encodeStateVector(copy.doc);
  copy.doc.getArray(MENTION_NOTICES).push([
    {
      comment: 'forged',
      thread: 'forged',
      document: DOCUMENT,
      by: { memberId: dara.memberId, name: 'Dara' },
      body: 'Send me the files.',
      at: Date.now(),
    },
  ]);
  const forger = await openChannelClient(setup.relay.wsUrl, room, chen.token);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(copy.doc, before));
  forger.send(encoding.toUint8Array(encoder));
  // A reply on the same socket comes after the relay handled the update sent before it.
  expect(await forger.request('time')).toMatchObject({ ok: true });

  // What the relay holds: a fresh connection sees only the relay's notice, not even the forged entry.
  const reader = setup.connect(room, chen.token);
  await reader.synced;
  await eventually(() => readMentions(reader.doc).length === 1);
  expect(reader.doc.getArray(MENTION_NOTICES).length).toBe(1);
  expect(readMentions(reader.doc)[0]?.body).toBe('For Chen.');
  forger.close();
  discussion.close();
});

test('marks are written by the relay on request; an edit that adds a member tells them; a deletion withdraws', async () => {
  const { chen, dara, discussion } = await people();
  const first = await post(discussion, { body: 'One for Chen.', mentions: [chen.memberId] });
  const second = await post(discussion, {
    thread: first.id,
    body: 'Two for Chen.',
    mentions: [chen.memberId],
  });
  const inbox = await openChannelClient(setup.relay.wsUrl, inboxRoom(SPACE, chen.memberId), chen.token);
  const chenInbox = setup.connect(inboxRoom(SPACE, chen.memberId), chen.token);
  await eventually(() => readMentions(chenInbox.doc).length === 2);
  // Newest first.
  expect(readMentions(chenInbox.doc).map((mention) => mention.body)).toEqual([
    'Two for Chen.',
    'One for Chen.',
  ]);

  expect(await inbox.request('inbox:read', { comments: [first.id] })).toMatchObject({ ok: true });
  await eventually(() => readMentions(chenInbox.doc).find((m) => m.comment === first.id)?.read === true);
  expect(readMentions(chenInbox.doc).find((m) => m.comment === second.id)?.read).toBe(false);
  expect(await inbox.request('inbox:read', { all: true })).toMatchObject({ ok: true });
  await eventually(() => readMentions(chenInbox.doc).every((mention) => mention.read));

  // Dara is added by an edit and told; Chen, mentioned already, is not told again.
  expect(
    await discussion.request('comment:edit', {
      comment: second.id,
      body: 'Two for Chen and Dara.',
      mentions: [chen.memberId, dara.memberId],
    }),
  ).toMatchObject({ ok: true });
  const daraInbox = setup.connect(inboxRoom(SPACE, dara.memberId), dara.token);
  await eventually(() => readMentions(daraInbox.doc)[0]?.body === 'Two for Chen and Dara.');
  expect(readMentions(daraInbox.doc)[0]).toMatchObject({ comment: second.id, thread: first.id, read: false });
  expect(readMentions(chenInbox.doc).every((mention) => mention.read)).toBe(true);

  expect(await discussion.request('comment:delete', { comment: second.id })).toMatchObject({ ok: true });
  await eventually(() => readMentions(daraInbox.doc).length === 0);
  await eventually(() => readMentions(chenInbox.doc).length === 1);
  expect(readMentions(chenInbox.doc)[0]?.comment).toBe(first.id);
  inbox.close();
  discussion.close();
});
