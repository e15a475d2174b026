// For the facilitator: who is in the session and whose hands are up, in the order raised, by name (the relay
// tells the facilitator in every mode; the shared room holds names only in named sessions). Asked again
// whenever the count of people or hands changes; a hand is lowered once the person has spoken.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionActions, SessionPeople } from '../model/sessionActions';
import type { SessionView } from '../model/sessionView';
import { useRequestStatus } from '../model/useRequestStatus';
import { RequestProblem } from '../RequestProblem';

export function Attendance({ view, actions }: { view: SessionView; actions: SessionActions }) {
  const { t } = useTranslation('sessions');
  const { problem, run } = useRequestStatus();
  const [people, setPeople] = useState<SessionPeople>({ present: [], hands: [] });
  const handIds = view.hands.map((hand) => hand.id).join(' ');
  const present = view.attendance.present;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the counts and hands are reasons to ask again.
  useEffect(() => {
    let cancelled = false;
    actions
      .people()
      .then((answer) => {
        if (!cancelled) setPeople(answer);
      })
      .catch(() => {
        // Offline: the last answer stays on screen.
      });
    return () => {
      cancelled = true;
    };
  }, [actions, handIds, present]);

  // The room's queue is the order; names come from the relay's answer.
  const nameOf = new Map(people.hands.map((hand) => [hand.handId, hand.name]));
  return (
    <section className="session-people" aria-labelledby="session-people-heading">
      <h2 id="session-people-heading">{t('people.heading')}</h2>
      <h3>{t('people.hands', { count: view.hands.length })}</h3>
      {view.hands.length === 0 ? (
        <p className="muted">{t('people.noHands')}</p>
      ) : (
        <ol className="session-hands" aria-label={t('people.handsInOrder')}>
          {view.hands.map((hand) => {
            const name = nameOf.get(hand.id) ?? hand.name ?? t('people.someone');
            return (
              <li key={hand.id}>
                <span className="session-hand-name">{name}</span>
                <button type="button" onClick={() => void run(() => actions.lowerHand(hand.id))}>
                  {t('people.lowerHandOf', { name })}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <h3>{t('people.present', { count: present })}</h3>
      <ul className="session-attendance">
        {people.present.map((person, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two people may share a name; the list is redrawn whole.
          <li key={index}>
            {person.name}
            {person.facilitator && <span className="muted"> · {t('people.facilitator')}</span>}
          </li>
        ))}
      </ul>
      <RequestProblem problem={problem} />
    </section>
  );
}
