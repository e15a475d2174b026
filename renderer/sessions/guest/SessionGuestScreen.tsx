// A workshop participant's own screen, reached from a session link (`#/session-join?code=…`) or by typing the
// short code: a name, then that one session and nothing else of the space (the relay's token opens only its
// room). Needs no profile and no space; the pass is kept so a phone that locks comes back into the session.
import { type FormEvent, useContext, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { routes } from '../../app/routes';
import { SpacesContext } from '../../app/SpacesProvider';
import { failureOf, type RelayFailure } from '../../spaces/relayApi';
import { GuestSession } from './GuestSession';
import {
  forgetPass,
  loadPass,
  redeemSessionCode,
  type SessionPass,
  savePass,
  targetFromQuery,
  targetFromTyped,
} from './sessionPass';

type JoinProblem = 'unreadable' | 'unknown-code' | 'rate-limited' | 'network' | 'server';

const problemFor = (failure: RelayFailure): JoinProblem =>
  failure === 'not-found' || failure === 'gone' || failure === 'invalid' || failure === 'forbidden'
    ? 'unknown-code'
    : failure === 'rate-limited'
      ? 'rate-limited'
      : failure === 'network'
        ? 'network'
        : 'server';

export function SessionGuestScreen({ query }: { query: string }) {
  const { t } = useTranslation('sessions');
  const id = useId();
  const target = useMemo(() => targetFromQuery(query, window.location.origin), [query]);
  // In the desktop app the page is not served by a relay: a bare code goes to the space on screen's relay.
  const spaceServer = useContext(SpacesContext)?.current?.serverUrl ?? null;
  const [pass, setPass] = useState<SessionPass | null>(() => {
    const saved = loadPass();
    // A link to another session than the saved one asks again.
    return saved && (!target.code || saved.code === target.code) ? saved : null;
  });
  const [typed, setTyped] = useState(target.code);
  const [name, setName] = useState(() => loadPass()?.answer.name ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<JoinProblem | null>(null);

  const leave = () => {
    forgetPass();
    setPass(null);
    navigate(routes.sessionJoin(), { replace: true });
  };

  if (pass) return <GuestSession pass={pass} onLeave={leave} />;

  const join = async (event: FormEvent) => {
    event.preventDefault();
    const where = targetFromTyped(typed, target.serverUrl ?? spaceServer);
    if (!where?.serverUrl || !where.code) {
      setProblem('unreadable');
      return;
    }
    if (!name.trim()) return;
    setBusy(true);
    setProblem(null);
    try {
      const joined = await redeemSessionCode(where.serverUrl, where.code, name.trim());
      savePass(joined);
      setPass(joined);
    } catch (error) {
      setProblem(problemFor(failureOf(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="session-guest-join first-run">
      <div className="first-run-card">
        <h1 id={`${id}-heading`}>{t('join.title')}</h1>
        <p className="lead">{t('join.intro')}</p>
        <form onSubmit={join} aria-labelledby={`${id}-heading`}>
          <label className="field">
            <span>{t('join.code')}</span>
            <input
              value={typed}
              dir="ltr"
              autoCapitalize="characters"
              autoComplete="off"
              onChange={(event) => setTyped(event.target.value)}
            />
          </label>
          <label className="field">
            <span>{t('join.name')}</span>
            <input
              value={name}
              maxLength={80}
              autoComplete="name"
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <p className="muted">{t('join.nameUse')}</p>
          {problem && (
            <p className="form-error" role="alert">
              {t(`join.problem.${problem}`)}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy || !typed.trim() || !name.trim()}>
              {t('join.submit')}
            </button>
          </div>
        </form>
      </div>
    </main>
  );
}
