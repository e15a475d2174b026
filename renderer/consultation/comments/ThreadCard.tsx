// One thread in the comments panel: the words it is on (or "on deleted text"), its comments with their
// authors and times as the relay stamped them, and what this person may do: reply, resolve or reopen, and
// edit or delete their own comments (owners may also delete others').
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentView, DiscussionThread } from '../../../shared/discussion';
import { atLeast, type Role } from '../../../shared/roles';
import { CommentComposer } from './CommentComposer';
import type { Discussion } from './useDiscussion';

export interface ThreadCardProps {
  thread: DiscussionThread;
  gone: boolean;
  active: boolean;
  discussion: Discussion;
  role: Role;
  onActivate(): void;
}

/** The comment's text with the members it mentions set apart. */
function withMentions(comment: CommentView, discussion: Discussion): ReactNode[] {
  const names = discussion.members
    .filter((member) => comment.mentions?.includes(member.id))
    .map((member) => `@${member.name}`);
  if (names.length === 0) return [comment.body];
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return comment.body.split(new RegExp(`(${escaped.join('|')})`)).map((part, index) =>
    names.includes(part) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order.
      <strong key={index} className="comment-mention">
        {part}
      </strong>
    ) : (
      part
    ),
  );
}

function CommentItem({
  comment,
  discussion,
  role,
}: {
  comment: CommentView;
  discussion: Discussion;
  role: Role;
}) {
  const { t, i18n } = useTranslation('consultation');
  const [editing, setEditing] = useState(false);
  const [failed, setFailed] = useState(false);
  const mine = discussion.memberId !== null && comment.author.memberId === discussion.memberId;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    comment.createdAt,
  );
  if (comment.deleted) {
    return <li className="comment comment-deleted">{t('comments.deletedComment')}</li>;
  }
  const remove = () => {
    setFailed(false);
    discussion.remove(comment.id).catch(() => setFailed(true));
  };
  return (
    <li className="comment" data-comment={comment.id}>
      <p className="comment-meta">
        <span className="comment-author">{comment.author.name}</span>{' '}
        <time dateTime={new Date(comment.createdAt).toISOString()}>{time}</time>
        {comment.editedAt !== null && <span className="comment-edited"> {t('comments.edited')}</span>}
      </p>
      {editing ? (
        <CommentComposer
          label={t('comments.editLabel')}
          submitLabel={t('comments.save')}
          members={discussion.members}
          onWantMembers={discussion.refreshMembers}
          initialText={comment.body}
          autoFocus
          onSubmit={async (body, mentions) => {
            await discussion.edit(comment.id, body, mentions);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment-body">{withMentions(comment, discussion)}</p>
      )}
      {!editing && (mine || role === 'owner') && (
        <div className="comment-actions">
          {mine && (
            <button type="button" onClick={() => setEditing(true)}>
              {t('comments.edit')}
            </button>
          )}
          <button type="button" onClick={remove}>
            {t('comments.delete')}
          </button>
        </div>
      )}
      {failed && (
        <p className="comment-error" role="alert">
          {t('comments.failed')}
        </p>
      )}
    </li>
  );
}

export function ThreadCard({ thread, gone, active, discussion, role, onActivate }: ThreadCardProps) {
  const { t } = useTranslation('consultation');
  const [replying, setReplying] = useState(false);
  const [failed, setFailed] = useState(false);
  const first = thread.comments[0];
  const resolved = thread.resolved !== null;
  const toggleResolved = () => {
    setFailed(false);
    discussion.resolve(thread.id, !resolved).catch(() => setFailed(true));
  };
  return (
    <li
      className="comment-thread"
      data-thread={thread.id}
      data-active={active}
      data-resolved={resolved}
      aria-label={t('comments.thread', { name: first?.author.name ?? '' })}
    >
      {thread.anchor && (
        <button type="button" className="comment-quote" onClick={onActivate}>
          {thread.anchor.quote}
        </button>
      )}
      {thread.anchor && gone && <p className="comment-gone">{t('comments.deletedText')}</p>}
      {resolved && (
        <p className="comment-resolved">{t('comments.resolvedBy', { name: thread.resolved?.by.name })}</p>
      )}
      <ul className="comment-list">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} discussion={discussion} role={role} />
        ))}
      </ul>
      {!atLeast(role, 'commenter') ? null : replying ? (
        <CommentComposer
          label={t('comments.replyLabel')}
          submitLabel={t('comments.reply')}
          members={discussion.members}
          onWantMembers={discussion.refreshMembers}
          autoFocus
          onSubmit={async (body, mentions) => {
            await discussion.post({ thread: thread.id, body, mentions });
            setReplying(false);
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <div className="comment-actions">
          <button type="button" onClick={() => setReplying(true)}>
            {t('comments.reply')}
          </button>
          <button type="button" onClick={toggleResolved}>
            {resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        </div>
      )}
      {failed && (
        <p className="comment-error" role="alert">
          {t('comments.failed')}
        </p>
      )}
    </li>
  );
}
