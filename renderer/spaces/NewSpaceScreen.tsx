// "New space" (#/new-space): an owner of the current space creates another space on the same relay, owned by
// them, which then opens; or adds the demo space with sample lessons. Anyone else is told why they cannot.
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { useAnnounce } from '../app/Announcer';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useSpaces } from '../app/SpacesProvider';
import { AddDemoSpace } from '../library/demo/AddDemoSpace';
import { EmptyState } from '../shell/EmptyState';
import { CreateSpaceForm } from './CreateSpaceForm';

export function NewSpaceScreen() {
  const { t } = useTranslation('spaces');
  const { current, save } = useSpaces();
  const announce = useAnnounce();

  if (!current) return <EmptyState message={t('newSpace.noSpace')} />;
  if (current.role !== 'owner')
    return <EmptyState message={t('newSpace.ownersOnly', { space: current.spaceName })} />;

  async function created(membership: SpaceMembership) {
    await save(membership);
    announce(t('newSpace.created', { space: membership.spaceName }));
    navigate(routes.drafts(), { replace: true });
  }

  return (
    <div className="new-space">
      <p className="lead">
        {t('newSpace.intro', { server: new URL(current.serverUrl).host, space: current.spaceName })}
      </p>
      <CreateSpaceForm serverUrl={current.serverUrl} ownerToken={current.token} onCreated={created} />
      <AddDemoSpace />
    </div>
  );
}
