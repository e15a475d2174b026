// The comments side panel: threads in the order of their words in the draft, filtered (open, resolved, mine),
// with the new comment being written at the top. A drawer beside the draft on wide screens, below the draft
// on phones (comments.css).
import { X } from 'lucide-react';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentAnchor, DiscussionThread } from '../../../shared/discussion';
import type { Role } from '../../../shared/roles';
import { CommentComposer } from './CommentComposer';
import { ThreadCard } from './ThreadCard';
import type { Discussion } from './useDiscussion';
import { inDocumentOrder, type ThreadPlaces } from './useThreadRanges';
import '../consultation-panel.css';

export const THREAD_FILTERS = ['open', 'resolved', 'mine'] as const;
export type ThreadFilter = (typeof THREAD_FILTERS)[number];

export interface CommentsPanelProps {
  discussion: Discussion;
  places: ThreadPlaces;
  role: Role;
  filter: ThreadFilter;
  onFilter(filter: ThreadFilter): void;
  active: string | null;
  onActivate(thread: string): void;
  /** The range a new thread is being written about, if any. */
  pending: CommentAnchor | null;
  onPosted(thread: string): void;
  onCancelPending(): void;
  onClose(): void;
}

function matches(thread: DiscussionThread, filter: ThreadFilter, memberId: string | null): boolean {
  if (filter === 'open') return thread.resolved === null;
  if (filter === 'resolved') return thread.resolved !== null;
  return thread.comments.some((comment) => comment.author.memberId === memberId);
}

export function CommentsPanel(props: CommentsPanelProps) {
  const { discussion, places, role, filter, active, pending } = props;
  const { t } = useTranslation('consultation');
  const headingId = useId();
  const shown = inDocumentOrder(
    discussion.threads.filter((thread) => matches(thread, filter, discussion.memberId)),
    places,
  );

  useEffect(() => {
    if (!active) return;
    document.querySelector(`[data-thread="${CSS.escape(active)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <aside className="consultation-panel comments-panel" aria-labelledby={headingId}>
      <header className="consultation-panel-head">
        <h3 id={headingId}>{t('comments.panel')}</h3>
        <button
          type="button"
          className="comments-close"
          aria-label={t('comments.close')}
          onClick={props.onClose}
        >
          <X size={16} aria-hidden />
        </button>
      </header>
      <fieldset className="comments-filter">
        <legend>{t('comments.filter.label')}</legend>
        {THREAD_FILTERS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${headingId}-filter`}
              checked={filter === option}
              onChange={() => props.onFilter(option)}
            />
            {t(`comments.filter.${option}`)}
          </label>
        ))}
      </fieldset>
      {pending && (
        <section className="comment-new">
          <blockquote className="comment-quote">{pending.quote}</blockquote>
          <CommentComposer
            label={t('comments.newLabel')}
            submitLabel={t('comments.post')}
            members={discussion.members}
            onWantMembers={discussion.refreshMembers}
            autoFocus
            onSubmit={async (body, mentions) => {
              props.onPosted(await discussion.post({ body, mentions, anchor: pending }));
            }}
            onCancel={props.onCancelPending}
          />
        </section>
      )}
      {shown.length === 0 ? (
        <p className="comments-empty">{t(`comments.empty.${filter}`)}</p>
      ) : (
        <ol className="comment-threads">
          {shown.map((thread) => (
            <ThreadCard
              key={thread.id}
              thread={thread}
              gone={places.get(thread.id)?.gone ?? false}
              active={thread.id === active}
              discussion={discussion}
              role={role}
              onActivate={() => props.onActivate(thread.id)}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
