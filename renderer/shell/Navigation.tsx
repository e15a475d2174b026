// The section navigation: a landmark of buttons (Enter and Space both work), the current one marked for
// assistive technology with aria-current.
import { useTranslation } from 'react-i18next';
import { SECTIONS, type Section } from './sections';

export interface NavigationProps {
  current: Section;
  onNavigate: (section: Section) => void;
}

export function Navigation({ current, onNavigate }: NavigationProps) {
  const { t } = useTranslation();
  return (
    <nav className="sections" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              aria-current={section === current ? 'page' : undefined}
              onClick={() => onNavigate(section)}
            >
              <span className="section-icon" aria-hidden="true" data-section={section} />
              {t(`nav.${section}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
