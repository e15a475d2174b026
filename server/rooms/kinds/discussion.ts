// A document's discussion (`<space>/doc/<id>/discussion`): comments, which the relay writes for commenters and
// up with its own client id, stamping author and time itself (shared/discussion.ts is the shape).
import { randomBytes } from 'node:crypto';
import { COMMENTS, type DiscussionComment, readComments } from '../../../shared/discussion';
import { atLeast, canWrite } from '../../../shared/roles';
import { commonRequests, noHooks, type RequestHandler, RequestRefused, type RoomPolicy } from './policy';

const newCommentId = (): string => randomBytes(12).toString('base64url');

const postComment: RequestHandler<'comment:post'> = async (input, context) => {
  const { member, room } = context;
  if (!atLeast(member.role, 'commenter')) {
    throw new RequestRefused('forbidden', 'your role cannot comment in this space');
  }
  const id = newCommentId();
  if (input.thread !== undefined && !readComments(room.doc).some((comment) => comment.id === input.thread)) {
    throw new RequestRefused('bad-request', 'there is no thread with that id here');
  }
  const comment: DiscussionComment = {
    id,
    thread: input.thread ?? id,
    body: input.body,
    author: { memberId: member.id, name: member.name },
    createdAt: context.now(),
  };
  context.writeAsRelay((doc) => doc.getArray(COMMENTS).push([comment]));
  // Answer once it is stored, so "posted" means it survives a relay restart.
  await room.flush();
  return { comment };
};

export const discussionPolicy: RoomPolicy = {
  kind: 'discussion',
  access: (role) => (canWrite(role, 'discussion') ? 'write' : 'read'),
  document: { gc: true },
  guardsRelayContent: true,
  ...noHooks,
  requests: { ...commonRequests, 'comment:post': postComment },
};
