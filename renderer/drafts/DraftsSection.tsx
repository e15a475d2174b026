// Placeholder for the Drafts section; the collaborative editor replaces it.
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { Profile } from '../../shared/profile';
import type { Platform } from '../platform/Platform';

export interface DraftsSectionProps {
  membership: SpaceMembership | null;
  profile: Profile;
  platform: Platform;
}

export function DraftsSection(_props: DraftsSectionProps) {
  return null;
}
