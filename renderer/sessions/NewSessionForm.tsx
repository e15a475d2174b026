// "New session", for editors and owners: title, date, agenda items with their timeboxes, how anonymous the
// board is, and how many dots each person votes with. The session is listed in the space at once and set up by
// the relay (which makes its creator the facilitator), then opens.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { sessionRoom } from '../../shared/rooms';
import { newSessionId } from '../../shared/session-index';
import { ANONYMITY_MODES, type Anonymity, MAX_DOTS_PER_PERSON } from '../../shared/sessions';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useRoomCache } from '../rooms/RoomsProvider';
import { type RequestProblem as Problem, problemOf } from './model/useRequestStatus';
import { RequestProblem } from './RequestProblem';

interface AgendaRow {
  key: number;
  title: string;
  minutes: number;
}

const today = () => new Date().toISOString().slice(0, 10);

export function NewSessionForm({
  membership,
  onListed,
  onCancel,
}: {
  membership: SpaceMembership;
  onListed(id: string, entry: { title: string; date: string }): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('sessions');
  const cache = useRoomCache();
  const id = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [rows, setRows] = useState<AgendaRow[]>([{ key: 0, title: '', minutes: 10 }]);
  const [anonymity, setAnonymity] = useState<Anonymity>('named');
  const [dots, setDots] = useState(3);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const agenda = rows.filter((row) => row.title.trim());

  const setRow = (key: number, change: Partial<AgendaRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || agenda.length === 0) return;
    setBusy(true);
    setProblem(null);
    const sessionId = newSessionId();
    const lease = cache.acquire({
      serverUrl: membership.serverUrl,
      token: membership.token,
      room: sessionRoom(membership.space, sessionId),
    });
    try {
      await lease.room.channel.request('session:setup', {
        title: title.trim(),
        date,
        agenda: agenda.map((row) => ({ title: row.title.trim(), minutes: row.minutes })),
        anonymity,
        dotsPerPerson: dots,
      });
      onListed(sessionId, { title: title.trim(), date });
      navigate(routes.sessions(sessionId));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
      // The session page leases it again within the cache's grace period: one connection throughout.
      lease.release();
    }
  };

  return (
    <form className="session-new" onSubmit={create} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('new.heading')}</h2>
      <label className="field">
        <span>{t('new.title')}</span>
        <input value={title} maxLength={200} required onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="field">
        <span>{t('new.date')}</span>
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <fieldset className="session-new-agenda">
        <legend>{t('new.agenda')}</legend>
        {rows.map((row, index) => (
          <div key={row.key} className="session-new-agenda-row">
            <label className="field">
              <span>{t('new.itemTitle', { number: index + 1 })}</span>
              <input
                value={row.title}
                maxLength={200}
                onChange={(event) => setRow(row.key, { title: event.target.value })}
              />
            </label>
            <label className="field session-minutes">
              <span>{t('new.itemMinutes', { number: index + 1 })}</span>
              <input
                type="number"
                min={1}
                max={600}
                value={row.minutes}
                onChange={(event) =>
                  setRow(row.key, { minutes: Math.max(1, Number(event.target.value) || 1) })
                }
              />
            </label>
            {rows.length > 1 && (
              <button
                type="button"
                onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}
              >
                {t('new.removeItem', { number: index + 1 })}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setRows((current) => [
              ...current,
              { key: Math.max(...current.map((r) => r.key)) + 1, title: '', minutes: 10 },
            ])
          }
        >
          {t('new.addItem')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('new.anonymity')}</legend>
        {ANONYMITY_MODES.map((mode) => (
          <label key={mode} className="session-checkbox">
            <input
              type="radio"
              name={`${id}-anonymity`}
              value={mode}
              checked={anonymity === mode}
              onChange={() => setAnonymity(mode)}
            />
            <span>{t(`anonymity.${mode}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field session-minutes">
        <span>{t('new.dots')}</span>
        <input
          type="number"
          min={1}
          max={MAX_DOTS_PER_PERSON}
          value={dots}
          onChange={(event) =>
            setDots(Math.min(MAX_DOTS_PER_PERSON, Math.max(1, Number(event.target.value) || 1)))
          }
        />
      </label>
      <RequestProblem problem={problem} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !title.trim() || agenda.length === 0}>
          {t('new.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('new.cancel')}
        </button>
      </div>
    </form>
  );
}
