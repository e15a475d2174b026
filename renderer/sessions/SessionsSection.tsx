// Live workshop sessions. A placeholder until the sessions feature lands.
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { EmptyState } from '../shell/EmptyState';

export function SessionsSection({ membership }: { membership: SpaceMembership | null }) {
  const { t } = useTranslation('sessions');
  return <EmptyState message={membership ? t('empty', { space: membership.spaceName }) : t('noSpace')} />;
}
