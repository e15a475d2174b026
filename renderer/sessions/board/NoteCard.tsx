// One note on the board: its text, its author when the session's anonymity lets this person see it, its dots
// (this person's own before the reveal, everyone's after), and for the facilitator the cluster it belongs to.
import { useTranslation } from 'react-i18next';
import type { SessionCluster, SessionNote } from '../model/sessionView';

export interface NoteCardProps {
  note: SessionNote;
  /** The name to show, or null when nobody may see it here. */
  author: string | null;
  clusters: SessionCluster[];
  /** The facilitator may move it between clusters. */
  onCluster?: ((clusterId: string | null) => void) | undefined;
  /** Dots this person placed (before sending), and the controls to change them; absent when voting is over. */
  myDots?: { count: number; canAdd: boolean; add(): void; remove(): void } | undefined;
  /** Everyone's dots, once revealed. */
  total?: number | undefined;
}

export function NoteCard({ note, author, clusters, onCluster, myDots, total }: NoteCardProps) {
  const { t } = useTranslation('sessions');
  return (
    <li className="session-note" data-note-id={note.id}>
      <p className="session-note-text">{note.text}</p>
      {author && <p className="session-note-author">{author}</p>}
      {total !== undefined && (
        <p className="session-note-total" data-dots={total}>
          {t('vote.dots', { count: total })}
        </p>
      )}
      {myDots && (
        <fieldset className="session-note-dots" aria-label={t('vote.myDotsOn', { text: note.text })}>
          <button
            type="button"
            onClick={myDots.remove}
            disabled={myDots.count === 0}
            aria-label={t('vote.removeDot', { text: note.text })}
          >
            −
          </button>
          <span className="session-dot-count" data-my-dots={myDots.count}>
            {t('vote.myDots', { count: myDots.count })}
          </span>
          <button
            type="button"
            onClick={myDots.add}
            disabled={!myDots.canAdd}
            aria-label={t('vote.addDot', { text: note.text })}
          >
            +
          </button>
        </fieldset>
      )}
      {onCluster && (
        <label className="session-note-cluster">
          <span>{t('cluster.moveTo')}</span>
          <select value={note.cluster ?? ''} onChange={(event) => onCluster(event.target.value || null)}>
            <option value="">{t('cluster.none')}</option>
            {clusters.map((cluster) => (
              <option key={cluster.id} value={cluster.id}>
                {cluster.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </li>
  );
}
