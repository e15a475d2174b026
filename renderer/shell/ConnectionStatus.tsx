// Says whether the current space is connected to its relay, so people know if others see their edits.
// A polite live region announces changes without interrupting.
import { useTranslation } from 'react-i18next';
import { useSpaces } from '../app/SpacesProvider';
import { useSpaceConnection } from '../spaces/useSpaceConnection';

export function ConnectionStatus() {
  const { t } = useTranslation();
  const membership = useSpaces().current;
  const state = useSpaceConnection(membership);
  const label = membership ? t(`connection.${state}`) : t('connection.noSpace');
  return (
    <p className="connection" data-state={membership ? state : 'none'} role="status" aria-live="polite">
      <span className="connection-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('connection.label')} </span>
      {label}
    </p>
  );
}
