// "Join with a link": the person pastes an invite link (web or commons://); the shared parser reads it and
// the usual join flow (useJoin) exchanges it for a membership, which opens the space.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../app/Announcer';
import { useSignedInProfile } from '../app/ProfileProvider';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { JoinPanel } from '../join/JoinPanel';
import { type JoinAttempt, useJoin } from '../join/useJoin';
import { readPastedLink } from './model/pastedLink';

export function JoinWithLink() {
  const { t } = useTranslation(['host', 'common']);
  const id = useId();
  const profile = useSignedInProfile();
  const announce = useAnnounce();
  const [text, setText] = useState('');
  const [error, setError] = useState<'empty' | 'malformed' | null>(null);
  const [attempt, setAttempt] = useState<JoinAttempt | null>(null);

  const join = useJoin(attempt, profile.displayName, (membership) => {
    setAttempt(null);
    setText('');
    announce(t('common:join.joined', { space: membership.spaceName }));
    navigate(routes.library(), { replace: true });
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const pasted = readPastedLink(text);
    if (pasted.kind === 'empty' || pasted.kind === 'malformed') {
      setError(pasted.kind);
      setAttempt(null);
      return;
    }
    setError(null);
    // A new object each time, so "Join" on the same link after a failure tries again.
    setAttempt({ ...pasted });
  }

  const inputId = `${id}-link`;
  const describedBy = error ? `${id}-error` : `${id}-hint`;
  return (
    <section className="welcome-choice" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('joinLink.heading')}</h2>
      <form className="join-with-link" noValidate onSubmit={submit}>
        <label htmlFor={inputId}>{t('joinLink.label')}</label>
        <div className="join-with-link-row">
          <input
            id={inputId}
            type="url"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="primary" disabled={join.state.status === 'joining'}>
            {t('joinLink.join')}
          </button>
        </div>
        {error ? (
          <p className="field-error" id={`${id}-error`} role="alert">
            {t(`joinLink.errors.${error}`)}
          </p>
        ) : (
          <p className="muted field-hint" id={`${id}-hint`}>
            {t('joinLink.hint')}
          </p>
        )}
      </form>
      <JoinPanel
        state={join.state}
        onConfirm={join.confirm}
        onRetry={join.retry}
        onDismiss={() => setAttempt(null)}
      />
    </section>
  );
}
