// A member's inbox (`<space>/inbox/<memberId>`): the mentions of them in comments, written by the relay
// (mention-notices.ts) when it stores such a comment. Only that member opens it, and nobody writes it directly:
// every connection is read-only, so a client can neither forge a notice nor read anyone else's. The member
// marks notices read by asking (`inbox:read`), and the relay writes the mark.
import { INBOX_EVENTS, type InboxEvent, readMentions } from '../../../shared/mentions';
import { parseRoomName } from '../../../shared/rooms';
import { commonRequests, noHooks, type RequestHandler, RequestRefused, type RoomPolicy } from './policy';

const markRead: RequestHandler<'inbox:read'> = async (input, context) => {
  // The gateway admits only the inbox's member; this is a second lock.
  if (parseRoomName(context.room.name)?.id !== context.member.id) {
    throw new RequestRefused('forbidden', 'this inbox is another member’s');
  }
  const unread = readMentions(context.room.doc).filter((mention) => !mention.read);
  const marked =
    'all' in input ? unread : unread.filter((mention) => input.comments.includes(mention.comment));
  // Marking what is already read writes nothing, so the inbox grows only with what happens.
  if (marked.length === 0) return { ok: true };
  const at = Math.max(context.now(), ...marked.map((mention) => mention.at));
  const event: InboxEvent =
    'all' in input ? { type: 'read-all', at } : { type: 'read', comments: marked.map((m) => m.comment), at };
  context.writeAsRelay((doc) => doc.getArray(INBOX_EVENTS).push([event]));
  await context.room.flush();
  return { ok: true };
};

export const inboxPolicy: RoomPolicy = {
  kind: 'inbox',
  access: () => 'read',
  opens: (room, member) => room.id === member.id && member.session === undefined,
  document: { gc: true },
  // Every connection is read-only already; the guard would only repeat that.
  guardsRelayContent: false,
  ...noHooks,
  requests: { ...commonRequests, 'inbox:read': markRead },
};
