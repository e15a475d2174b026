// The spaces this person joined, with their role and server, and a two-step "leave" so one stray click
// does not drop a membership (leaving forgets the token; rejoining needs a new invite).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';

const keyOf = (membership: SpaceMembership) => `${membership.serverUrl} ${membership.space}`;

export interface SpacesListProps {
  spaces: SpaceMembership[];
  onLeave: (membership: SpaceMembership) => Promise<void>;
}

export function SpacesList({ spaces, onLeave }: SpacesListProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);

  if (spaces.length === 0) return <p className="empty-state">{t('settings.noSpaces')}</p>;
  return (
    <ul className="spaces-list">
      {spaces.map((membership) => {
        const key = keyOf(membership);
        const space = membership.spaceName;
        return (
          <li key={key}>
            <div>
              <p className="space-name">{space}</p>
              <p className="muted">
                {t(`role.${membership.role}`)} · {new URL(membership.serverUrl).host}
              </p>
            </div>
            {confirming === key ? (
              <div className="actions">
                <span>{t('settings.confirmLeave', { space })}</span>
                <button
                  type="button"
                  className="danger"
                  // The Leave button this replaces had focus; keep keyboard users where they were.
                  ref={(button) => button?.focus()}
                  onClick={() => void onLeave(membership)}
                >
                  {t('settings.leaveConfirmed')}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('settings.cancel')}
                </button>
              </div>
            ) : (
              <button
                type="button"
                aria-label={t('settings.leaveLabel', { space })}
                onClick={() => setConfirming(key)}
              >
                {t('settings.leave')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
