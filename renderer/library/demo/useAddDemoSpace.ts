// Adding the demo space as a step a screen can show: create "Commons demo" as an owner of a space on the
// same relay, fill it (progress per lesson), then save the membership. The content and the seeding code load
// only when this runs, so no screen that merely offers the demo downloads them.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { useAnnounce } from '../../app/Announcer';
import { useSignedInProfile } from '../../app/ProfileProvider';
import { useSpaces } from '../../app/SpacesProvider';
import { useRoomCache } from '../../rooms/RoomsProvider';

export type DemoStep =
  | { kind: 'idle' }
  | { kind: 'creating' }
  | { kind: 'seeding'; done: number; total: number }
  | { kind: 'failed' };

export interface AddDemoSpaceOptions {
  /** Keep `from` as the current space afterwards (the demo is then one click away in the switcher). */
  stayInCurrent?: boolean;
  /** false: return the membership unsaved, for a screen that saves it itself (saving changes the screen). */
  save?: boolean;
}

export function useAddDemoSpace(): {
  step: DemoStep;
  add(from: SpaceMembership, options?: AddDemoSpaceOptions): Promise<SpaceMembership | null>;
} {
  const { t } = useTranslation('library');
  const { save, choose } = useSpaces();
  const profile = useSignedInProfile();
  const cache = useRoomCache();
  const announce = useAnnounce();
  const [step, setStep] = useState<DemoStep>({ kind: 'idle' });

  const add = useCallback(
    async (from: SpaceMembership, options: AddDemoSpaceOptions = {}) => {
      setStep({ kind: 'creating' });
      try {
        const { createDemoSpace, seedDemoSpace } = await import('./seedDemoSpace');
        const membership = await createDemoSpace(
          from.serverUrl,
          { ownerToken: from.token },
          profile.displayName,
          t('demo.description'),
        );
        try {
          await seedDemoSpace(cache, membership, (progress) => setStep({ kind: 'seeding', ...progress }));
        } finally {
          // Saved even if seeding stopped half way: the space exists on the relay, and seeding again fills
          // it. Saved last, since saving makes it the current space and the screen around the button changes.
          if (options.save !== false) {
            await save(membership);
            if (options.stayInCurrent) choose(from);
          }
        }
        setStep({ kind: 'idle' });
        announce(t('demo.added', { space: membership.spaceName }));
        return membership;
      } catch {
        setStep({ kind: 'failed' });
        return null;
      }
    },
    [announce, cache, choose, profile.displayName, save, t],
  );

  return { step, add };
}
