// The space switcher's "New space" button, offered to owners of the current space (the relay lets an owner
// of any of its spaces create another one there).
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useSpaces } from '../app/SpacesProvider';
import './spaces.css';

export function NewSpaceButton() {
  const { t } = useTranslation('spaces');
  const { current } = useSpaces();
  if (current?.role !== 'owner') return null;
  return (
    <button type="button" className="new-space-button" onClick={() => navigate(routes.newSpace())}>
      {t('newSpace.button')}
    </button>
  );
}
