// Live workshop sessions. A placeholder until the sessions feature lands.
import { useTranslation } from 'react-i18next';
import { useSpaces } from '../app/SpacesProvider';
import { EmptyState } from '../shell/EmptyState';

export function SessionsSection({ sessionId }: { sessionId: string | null }) {
  const { t } = useTranslation('sessions');
  const membership = useSpaces().current;
  if (sessionId) return null;
  return <EmptyState message={membership ? t('empty', { space: membership.spaceName }) : t('noSpace')} />;
}
