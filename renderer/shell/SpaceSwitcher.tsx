// Chooses which joined space the app shows; spaces on different relays can share a name, so the choice is
// keyed by server and space together.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { NewSpaceButton } from '../spaces/NewSpaceButton';

const keyOf = (membership: SpaceMembership) => `${membership.serverUrl} ${membership.space}`;

export interface SpaceSwitcherProps {
  spaces: SpaceMembership[];
  current: SpaceMembership | null;
  onChoose: (membership: SpaceMembership) => void;
}

export function SpaceSwitcher({ spaces, current, onChoose }: SpaceSwitcherProps) {
  const { t } = useTranslation();
  const id = useId();
  if (spaces.length === 0) return <p className="space-switcher muted">{t('space.none')}</p>;
  return (
    <div className="space-switcher">
      <label htmlFor={id}>{t('space.label')}</label>
      <select
        id={id}
        value={current ? keyOf(current) : ''}
        onChange={(event) => {
          const chosen = spaces.find((s) => keyOf(s) === event.target.value);
          if (chosen) onChoose(chosen);
        }}
      >
        {spaces.map((membership) => (
          <option key={keyOf(membership)} value={keyOf(membership)}>
            {membership.spaceName}
          </option>
        ))}
      </select>
      <NewSpaceButton />
    </div>
  );
}
