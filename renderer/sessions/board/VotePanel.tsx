// Dot voting on one item's notes: the facilitator opens the vote; each person places up to N dots (several on
// one note if they like) and sends them to the relay, which counts each person once (sending again replaces the
// earlier dots). Until the facilitator reveals, everyone sees only how many have voted; then dots per note.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionActions, SessionMe } from '../model/sessionActions';
import type { SessionNote, SessionView } from '../model/sessionView';
import { useRequestStatus } from '../model/useRequestStatus';
import { RequestProblem } from '../RequestProblem';

export interface DotVoting {
  open: boolean;
  dotsPerPerson: number;
  placed: number;
  voters: number;
  revealed: boolean;
  /** The dots on screen are the ones the relay has. */
  sent: boolean;
  busy: boolean;
  problem: ReturnType<typeof useRequestStatus>['problem'];
  dotsFor(noteId: string): { count: number; canAdd: boolean; add(): void; remove(): void } | undefined;
  totalFor(noteId: string): number | undefined;
  clusterTotal(notes: SessionNote[]): number | undefined;
  start(): void;
  send(): void;
  reveal(): void;
}

const countDots = (noteIds: readonly string[]): Record<string, number> => {
  const dots: Record<string, number> = {};
  for (const id of noteIds) dots[id] = (dots[id] ?? 0) + 1;
  return dots;
};

export function useDotVoting(
  view: SessionView,
  actions: SessionActions,
  me: SessionMe | null,
  itemId: string,
): DotVoting {
  const vote = view.votes.find((entry) => entry.itemId === itemId);
  const voteId = vote?.id ?? null;
  const mine = voteId ? me?.votes[voteId] : undefined;
  const [dots, setDots] = useState<Record<string, number>>({});
  const [sent, setSent] = useState(false);
  const { problem, busy, run } = useRequestStatus();
  const revealed = vote?.status === 'revealed';
  const placed = Object.values(dots).reduce((sum, count) => sum + count, 0);
  const open = vote !== undefined && !revealed && view.status !== 'closed';
  const perPerson = vote?.dotsPerPerson ?? view.dotsPerPerson;
  const totals = new Map((vote?.results ?? []).map((result) => [result.noteId, result.dots]));

  // The dots the relay holds for this person (after a reload, or on another screen of theirs) show as placed.
  const mineKey = mine?.join(' ') ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `mineKey` stands for `mine`.
  useEffect(() => {
    if (!mine) return;
    setDots(countDots(mine));
    setSent(true);
  }, [mineKey]);

  const change = (noteId: string, by: number) => {
    setSent(false);
    setDots((current) => ({ ...current, [noteId]: Math.max(0, (current[noteId] ?? 0) + by) }));
  };

  return {
    open,
    dotsPerPerson: perPerson,
    placed,
    voters: vote?.voters ?? 0,
    revealed,
    sent,
    busy,
    problem,
    dotsFor: (noteId) =>
      open
        ? {
            count: dots[noteId] ?? 0,
            canAdd: placed < perPerson,
            add: () => change(noteId, 1),
            remove: () => change(noteId, -1),
          }
        : undefined,
    totalFor: (noteId) => (revealed ? (totals.get(noteId) ?? 0) : undefined),
    clusterTotal: (notes) =>
      revealed ? notes.reduce((sum, note) => sum + (totals.get(note.id) ?? 0), 0) : undefined,
    start: () => void run(() => actions.openVote(itemId)),
    send: () => {
      if (!voteId) return;
      const noteIds = Object.entries(dots).flatMap(([noteId, count]) => Array<string>(count).fill(noteId));
      void run(() => actions.castVote(voteId, noteIds)).then((ok) => setSent(ok));
    },
    reveal: () => {
      if (voteId) void run(() => actions.revealVote(voteId));
    },
  };
}

export function VotePanel({
  voting,
  facilitator,
  closed,
}: {
  voting: DotVoting;
  facilitator: boolean;
  closed: boolean;
}) {
  const { t } = useTranslation('sessions');
  const exists = voting.open || voting.revealed;
  if (!exists && (!facilitator || closed)) return null;
  return (
    <section className="session-vote" aria-labelledby="session-vote-heading" data-revealed={voting.revealed}>
      <h4 id="session-vote-heading">{t('vote.heading')}</h4>
      {!exists && (
        <button type="button" disabled={voting.busy} onClick={voting.start}>
          {t('vote.open', { count: voting.dotsPerPerson })}
        </button>
      )}
      {exists && (
        <p className="session-voters" data-voters={voting.voters} aria-live="polite">
          {voting.revealed
            ? t('vote.revealed', { count: voting.voters })
            : t('vote.voters', { count: voting.voters })}
        </p>
      )}
      {voting.open && (
        <>
          <p className="muted">
            {t('vote.instructions', { count: voting.dotsPerPerson, placed: voting.placed })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={voting.busy || voting.placed === 0}
              onClick={voting.send}
            >
              {t('vote.send')}
            </button>
            {facilitator && (
              <button type="button" disabled={voting.busy} onClick={voting.reveal}>
                {t('vote.reveal')}
              </button>
            )}
          </div>
          {voting.sent && <p role="status">{t('vote.sent')}</p>}
        </>
      )}
      <RequestProblem problem={voting.problem} />
    </section>
  );
}
