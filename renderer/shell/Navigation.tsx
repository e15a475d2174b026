// The section navigation: a landmark of buttons (Enter and Space both work), the current one marked for
// assistive technology with aria-current. Its entries are the screens table's (app/Screens.tsx).
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import type { RouteName } from '../app/routes';
import { NAV_SCREENS } from '../app/Screens';

export function Navigation({ current }: { current: RouteName }) {
  const { t } = useTranslation();
  return (
    <nav className="sections" aria-label={t('nav.label')}>
      <ul>
        {NAV_SCREENS.map((entry) => (
          <li key={entry.name}>
            <button
              type="button"
              aria-current={entry.name === current ? 'page' : undefined}
              onClick={() => navigate(entry.route)}
            >
              <span className="section-icon" aria-hidden="true" data-section={entry.name} />
              {t(entry.title)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
