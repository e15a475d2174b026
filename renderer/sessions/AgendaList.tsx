// The agenda as a list of items with their timeboxes: the one on screen is marked, and so is the one the
// facilitator has everyone on; a participant who stepped away gets a way back.
import { useTranslation } from 'react-i18next';
import type { SessionView } from './model/sessionView';
import type { ViewedItem } from './model/useViewedItem';

export function AgendaList({
  view,
  viewed,
  facilitator,
}: {
  view: SessionView;
  viewed: ViewedItem;
  facilitator: boolean;
}) {
  const { t } = useTranslation('sessions');
  return (
    <nav className="session-agenda" aria-label={t('agenda.label')}>
      {!facilitator && viewed.steppedAway && (
        <button type="button" className="primary session-back" onClick={viewed.backToFacilitator}>
          {t('agenda.backToFacilitator')}
        </button>
      )}
      <ol>
        {view.agenda.map((item) => (
          <li key={item.id} data-item-id={item.id}>
            <button
              type="button"
              aria-current={item.id === viewed.itemId ? 'step' : undefined}
              onClick={() => viewed.choose(item.id)}
            >
              <span className="session-agenda-title">{item.title}</span>
              <span className="session-agenda-minutes">{t('agenda.minutes', { count: item.minutes })}</span>
              {item.id === viewed.facilitatorItemId && (
                <span className="session-agenda-here">{t('agenda.facilitatorHere')}</span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
