// Quick polls: the facilitator asks a single- or multiple-choice question; each person answers once (the relay
// counts them); until the reveal everyone sees only how many have answered, then the totals per option.
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionActions, SessionMe } from '../model/sessionActions';
import type { SessionPoll, SessionView } from '../model/sessionView';
import { useRequestStatus } from '../model/useRequestStatus';
import { RequestProblem } from '../RequestProblem';

function PollCard({
  poll,
  actions,
  me,
  facilitator,
}: {
  poll: SessionPoll;
  actions: SessionActions;
  me: SessionMe | null;
  facilitator: boolean;
}) {
  const { t } = useTranslation('sessions');
  const [choices, setChoices] = useState<number[]>([]);
  const [answered, setAnswered] = useState(false);
  const { problem, busy, run } = useRequestStatus();
  const open = poll.status === 'open';
  // This person's answer as the relay holds it (after a reload, or from another screen of theirs).
  const mine = me?.polls[poll.id]?.join(' ') ?? '';
  useEffect(() => {
    if (!mine) return;
    setChoices(mine.split(' ').map(Number));
    setAnswered(true);
  }, [mine]);

  const toggle = (index: number, on: boolean) =>
    setChoices((current) =>
      poll.multiple ? (on ? [...current, index] : current.filter((c) => c !== index)) : on ? [index] : [],
    );

  const answer = async (event: FormEvent) => {
    event.preventDefault();
    if (choices.length === 0) return;
    if (
      await run(() =>
        actions.answerPoll(
          poll.id,
          [...choices].sort((a, b) => a - b),
        ),
      )
    )
      setAnswered(true);
  };

  return (
    <li className="session-poll" data-poll-id={poll.id} data-status={poll.status}>
      <form onSubmit={answer}>
        <fieldset disabled={!open || busy}>
          <legend>{poll.question}</legend>
          {poll.options.map((option, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: options are fixed once the poll is asked.
            <label key={index} className="session-poll-option">
              <input
                type={poll.multiple ? 'checkbox' : 'radio'}
                name={`poll-${poll.id}`}
                checked={choices.includes(index)}
                onChange={(event) => toggle(index, event.target.checked)}
              />
              <span>{option}</span>
              {poll.results && (
                <span className="session-poll-result" data-result={poll.results[index] ?? 0}>
                  {' '}
                  {t('poll.answers', { count: poll.results[index] ?? 0 })}
                </span>
              )}
            </label>
          ))}
        </fieldset>
        <p className="session-voters" data-voters={poll.voters} aria-live="polite">
          {t('poll.voters', { count: poll.voters })}
        </p>
        {open && (
          <div className="actions">
            <button type="submit" className="primary" disabled={busy || choices.length === 0}>
              {t('poll.answer')}
            </button>
            {facilitator && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void run(() => actions.revealPoll(poll.id))}
              >
                {t('poll.reveal')}
              </button>
            )}
          </div>
        )}
        {answered && open && <p role="status">{t('poll.answered')}</p>}
      </form>
      <RequestProblem problem={problem} />
    </li>
  );
}

function NewPollForm({ actions, itemId }: { actions: SessionActions; itemId: string | null }) {
  const { t } = useTranslation('sessions');
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const [multiple, setMultiple] = useState(false);
  const { problem, busy, run } = useRequestStatus();
  const optionList = options
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    if (!question.trim() || optionList.length < 2) return;
    const ok = await run(() =>
      actions.addPoll({ itemId, question: question.trim(), options: optionList, multiple }),
    );
    if (ok) {
      setQuestion('');
      setOptions('');
      setMultiple(false);
    }
  };

  return (
    <form className="session-poll-form" onSubmit={ask}>
      <label className="field">
        <span>{t('poll.question')}</span>
        <input value={question} maxLength={300} onChange={(event) => setQuestion(event.target.value)} />
      </label>
      <label className="field">
        <span>{t('poll.options')}</span>
        <textarea value={options} rows={3} onChange={(event) => setOptions(event.target.value)} />
      </label>
      <label className="session-checkbox">
        <input type="checkbox" checked={multiple} onChange={(event) => setMultiple(event.target.checked)} />
        <span>{t('poll.multiple')}</span>
      </label>
      <button type="submit" disabled={busy || !question.trim() || optionList.length < 2}>
        {t('poll.ask')}
      </button>
      <RequestProblem problem={problem} />
    </form>
  );
}

export function Polls({
  view,
  actions,
  me,
  facilitator,
  itemId,
}: {
  view: SessionView;
  actions: SessionActions;
  me: SessionMe | null;
  facilitator: boolean;
  itemId: string | null;
}) {
  const { t } = useTranslation('sessions');
  const closed = view.status === 'closed';
  if (view.polls.length === 0 && (!facilitator || closed)) return null;
  return (
    <section className="session-polls" aria-labelledby="session-polls-heading">
      <h3 id="session-polls-heading">{t('poll.heading')}</h3>
      <ul>
        {view.polls.map((poll) => (
          <PollCard key={poll.id} poll={poll} actions={actions} me={me} facilitator={facilitator} />
        ))}
      </ul>
      {facilitator && !closed && <NewPollForm actions={actions} itemId={itemId} />}
    </section>
  );
}
