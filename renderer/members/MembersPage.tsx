// The space's Members page: everyone sees who is in the space; owners also manage roles, remove people, make
// invite links and revoke them. Every change goes to the relay, which checks it again.
import { useTranslation } from 'react-i18next';
import { useSpaces } from '../app/SpacesProvider';
import { EmptyState } from '../shell/EmptyState';
import { InvitePanel } from './InvitePanel';
import { MembersList } from './MembersList';
import { OpenInvites } from './OpenInvites';
import { useMembersPage } from './useMembersPage';
import './members.css';

export function MembersPage() {
  const { t, i18n } = useTranslation('members');
  const { current } = useSpaces();
  const { state, reload } = useMembersPage(current, i18n.language);

  if (!current) return <EmptyState message={t('noSpace')} />;
  if (state.status === 'loading') return <p className="muted">{t('loading')}</p>;
  if (state.status === 'failed') {
    return (
      <div className="notice notice-error">
        <p role="alert">
          {t('errors.load')} {t(`errors.reason.${state.reason}`)}
        </p>
        <button type="button" onClick={() => void reload().catch(() => {})}>
          {t('retry')}
        </button>
      </div>
    );
  }

  const { space, members, invites } = state.data;
  const isOwner = space.you.role === 'owner';
  return (
    <div className="members-page">
      <p className="lead members-intro">{t(isOwner ? 'introOwner' : 'intro', { space: space.name })}</p>
      <MembersList
        membership={current}
        members={members}
        you={space.you.memberId}
        canManage={isOwner}
        onChanged={reload}
      />
      {isOwner && invites && (
        <>
          <InvitePanel membership={current} onCreated={reload} />
          <OpenInvites membership={current} invites={invites} onChanged={reload} />
        </>
      )}
    </div>
  );
}
