// A document's discussion (`<space>/doc/<id>/discussion`): comment threads, which the relay writes for
// commenters and up with its own client id, stamping author and time itself (shared/discussion.ts is the
// shape, discussion-comments.ts the rules).
import { canWrite } from '../../../shared/roles';
import { deleteComment, editComment, postComment, resolveThread } from './discussion-comments';
import { suggestionDiscussionHandlers, suggestionDiscussionHooks } from './doc-suggestions';
import { commonRequests, noHooks, type RoomPolicy } from './policy';

export const discussionPolicy: RoomPolicy = {
  kind: 'discussion',
  access: (role) => (canWrite(role, 'discussion') ? 'write' : 'read'),
  document: { gc: true },
  guardsRelayContent: true,
  ...noHooks,
  ...suggestionDiscussionHooks,
  requests: {
    ...commonRequests,
    'comment:post': postComment,
    'comment:edit': editComment,
    'comment:delete': deleteComment,
    'thread:resolve': resolveThread,
    ...suggestionDiscussionHandlers,
  },
};
