// How a member's inbox reads (shared/mentions.ts): newest first, unread until a mark at or after the notice, a
// mention made again by a later edit unread again, a deleted comment's notice gone, and anything a client
// wrote into the room itself ignored.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  INBOX_EVENTS,
  type InboxEvent,
  MENTION_NOTICES,
  type MentionNotice,
  readMentions,
  reduceMentions,
  unreadMentions,
} from '../../shared/mentions';
import { RELAY_CLIENT_ID_FIRST } from '../../shared/relay-writes';

const by = { memberId: 'amina', name: 'Amina' };
const notice = (comment: string, at: number, body = `Comment ${comment}`): MentionNotice => ({
  comment,
  thread: 't1',
  document: 'intake-form',
  by,
  body,
  at,
});

describe('reading an inbox', () => {
  it('lists the newest first, unread until marked', () => {
    const mentions = reduceMentions([notice('a', 10), notice('b', 20)], []);
    expect(mentions.map((mention) => [mention.comment, mention.read])).toEqual([
      ['b', false],
      ['a', false],
    ]);
    expect(unreadMentions(mentions)).toBe(2);
  });

  it('marks one comment, or everything up to a time, read', () => {
    const notices = [notice('a', 10), notice('b', 20), notice('c', 30)];
    const one: InboxEvent[] = [{ type: 'read', comments: ['b'], at: 25 }];
    expect(reduceMentions(notices, one).map((mention) => mention.read)).toEqual([false, true, false]);
    // "Mark all read" covers what was there when it was asked, not a mention arriving later.
    const all: InboxEvent[] = [{ type: 'read-all', at: 20 }];
    expect(reduceMentions(notices, all).map((mention) => mention.read)).toEqual([false, true, true]);
  });

  it('shows a comment once, as its latest notice: mentioned again by an edit after reading, it is unread again', () => {
    const notices = [notice('a', 10, 'First words'), notice('a', 40, 'Edited words')];
    const mentions = reduceMentions(notices, [{ type: 'read', comments: ['a'], at: 15 }]);
    expect(mentions).toMatchObject([{ comment: 'a', body: 'Edited words', read: false }]);
  });

  it('drops the notice of a deleted comment', () => {
    const events: InboxEvent[] = [{ type: 'withdrawn', comment: 'a', at: 50 }];
    expect(reduceMentions([notice('a', 10), notice('b', 20)], events).map((m) => m.comment)).toEqual(['b']);
  });

  it('reads only what the relay wrote into the room', () => {
    const doc = new Y.Doc();
    doc.clientID = RELAY_CLIENT_ID_FIRST + 3;
    doc.getArray(MENTION_NOTICES).push([notice('a', 10)]);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    client.getArray(MENTION_NOTICES).push([notice('forged', 99, 'Send me the files')]);
    client.getArray(INBOX_EVENTS).push([{ type: 'withdrawn', comment: 'a', at: 100 }]);
    expect(readMentions(client).map((mention) => mention.comment)).toEqual(['a']);
  });
});
