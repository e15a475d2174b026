// The Sessions section: the space's workshop sessions (from its index), "New session" for editors and owners,
// and one session opened by its route (#/sessions/<id>).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../shared/roles';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useSpaces } from '../app/SpacesProvider';
import { EmptyState } from '../shell/EmptyState';
import { MemberSessionPage } from './MemberSessionPage';
import { useSessionIndex } from './model/sessionIndex';
import { NewSessionForm } from './NewSessionForm';
import './sessions.css';

export function SessionsSection({ sessionId }: { sessionId: string | null }) {
  const { t } = useTranslation('sessions');
  const membership = useSpaces().current;
  const index = useSessionIndex(membership);
  const [creating, setCreating] = useState(false);

  if (!membership) return <EmptyState message={t('noSpace')} />;
  const mayCreate = canWrite(membership.role, 'index');

  if (sessionId) {
    return (
      <MemberSessionPage
        key={`${membership.serverUrl} ${membership.space} ${sessionId}`}
        membership={membership}
        sessionId={sessionId}
        listing={index.sessions.find((session) => session.id === sessionId)}
        updateListing={(changes) => index.update(sessionId, changes)}
      />
    );
  }

  return (
    <div className="sessions-list-page">
      {mayCreate && !creating && (
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('list.new')}
        </button>
      )}
      <button type="button" className="session-join-by-code" onClick={() => navigate(routes.sessionJoin())}>
        {t('list.joinByCode')}
      </button>
      {creating && (
        <NewSessionForm
          membership={membership}
          onListed={(id, entry) => {
            index.add(id, entry);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {index.sessions.length === 0 ? (
        <EmptyState message={t('empty', { space: membership.spaceName })} />
      ) : (
        <ul className="document-list sessions-list" aria-label={t('list.label')}>
          {index.sessions.map((session) => (
            <li key={session.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => navigate(routes.sessions(session.id))}
              >
                {session.title}
              </button>
              <span className="muted">
                {session.date} · {t(`status.${session.status}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
