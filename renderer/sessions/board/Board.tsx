// The board of one agenda item: everyone's notes (grouped into the facilitator's named clusters), adding a
// note unless the facilitator locked the board, and dot voting (VotePanel.tsx). Names show as the session's
// anonymity allows: on every note when named, to the facilitator only (asked from the relay), or never.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionActions, SessionMe } from '../model/sessionActions';
import type { SessionCluster, SessionNote, SessionView } from '../model/sessionView';
import { useRequestStatus } from '../model/useRequestStatus';
import { RequestProblem } from '../RequestProblem';
import { NoteCard } from './NoteCard';
import { useDotVoting, VotePanel } from './VotePanel';

const MAX_NOTE_LENGTH = 500;

export interface BoardProps {
  view: SessionView;
  actions: SessionActions;
  me: SessionMe | null;
  itemId: string;
  facilitator: boolean;
  /** noteId → author, for the facilitator of a 'facilitator-only' session. */
  authors: Record<string, string>;
}

export function Board({ view, actions, me, itemId, facilitator, authors }: BoardProps) {
  const { t } = useTranslation('sessions');
  const [text, setText] = useState('');
  const [clusterName, setClusterName] = useState('');
  const { problem, busy, run } = useRequestStatus();
  const notes = view.notes.filter((note) => note.itemId === itemId);
  const clusters = view.clusters.filter((cluster) => cluster.itemId === itemId);
  const voting = useDotVoting(view, actions, me, itemId);
  const closed = view.status === 'closed';

  const authorOf = (note: SessionNote): string | null => {
    if (view.anonymity === 'named') return note.author?.name ?? null;
    if (view.anonymity === 'facilitator-only' && facilitator) return authors[note.id] ?? null;
    return null;
  };

  const addNote = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    if (await run(() => actions.addNote(itemId, trimmed))) setText('');
  };

  const addCluster = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = clusterName.trim();
    if (!trimmed) return;
    if (await run(() => actions.addCluster(itemId, trimmed))) setClusterName('');
  };

  const card = (note: SessionNote) => (
    <NoteCard
      key={note.id}
      note={note}
      author={authorOf(note)}
      clusters={clusters}
      onCluster={
        facilitator && !closed ? (id) => void run(() => actions.clusterNote(note.id, id)) : undefined
      }
      myDots={voting.dotsFor(note.id)}
      total={voting.totalFor(note.id)}
    />
  );

  const group = (cluster: SessionCluster | null) => {
    const inGroup = notes.filter((note) => note.cluster === (cluster?.id ?? null));
    if (cluster === null && inGroup.length === 0) return null;
    const total = voting.clusterTotal(inGroup);
    return (
      <section
        key={cluster?.id ?? 'unclustered'}
        className="session-cluster"
        data-cluster={cluster?.name ?? ''}
        aria-label={cluster ? t('cluster.named', { name: cluster.name }) : t('cluster.unclustered')}
      >
        {cluster && (
          <h4>
            {cluster.name}
            {total !== undefined && (
              <span className="session-cluster-total"> · {t('vote.dots', { count: total })}</span>
            )}
          </h4>
        )}
        <ul className="session-notes">{inGroup.map(card)}</ul>
      </section>
    );
  };

  return (
    <section className="session-board" aria-labelledby="session-board-heading" data-locked={view.locked}>
      <h3 id="session-board-heading">{t('board.heading')}</h3>
      {view.locked && <p className="session-locked">{t('board.locked')}</p>}
      {!closed && (
        <form className="session-note-form" onSubmit={addNote}>
          <label className="field">
            <span>{t('board.newNote')}</span>
            <textarea
              value={text}
              maxLength={MAX_NOTE_LENGTH}
              rows={2}
              disabled={view.locked && !facilitator}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <button
            type="submit"
            className="primary"
            disabled={busy || (view.locked && !facilitator) || !text.trim()}
          >
            {t('board.addNote')}
          </button>
        </form>
      )}
      {view.anonymity !== 'named' && <p className="muted">{t(`board.anonymity.${view.anonymity}`)}</p>}
      {notes.length === 0 && <p className="muted">{t('board.empty')}</p>}
      {clusters.map(group)}
      {group(null)}
      {facilitator && !closed && (
        <form className="session-cluster-form" onSubmit={addCluster}>
          <label className="field">
            <span>{t('cluster.newName')}</span>
            <input
              value={clusterName}
              maxLength={120}
              onChange={(event) => setClusterName(event.target.value)}
            />
          </label>
          <button type="submit" disabled={busy || !clusterName.trim()}>
            {t('cluster.add')}
          </button>
        </form>
      )}
      <RequestProblem problem={problem} />
      <VotePanel voting={voting} facilitator={facilitator} closed={closed} />
    </section>
  );
}
