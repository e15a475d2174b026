// Route → screen, in one table: what each route shows, its heading, and whether the section navigation
// lists it (in table order). A new screen is one entry here and, if it takes parameters, one route in routes.ts.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftsSection } from '../drafts/DraftsSection';
import { LibrarySection } from '../library/LibrarySection';
import { SessionsSection } from '../sessions/SessionsSection';
import { SettingsSection } from '../settings/SettingsSection';
import { EmptyState } from '../shell/EmptyState';
import { type Route, type RouteName, routes } from './routes';

export interface Screen<R extends Route = Route> {
  /** i18next key of the page heading (and of the navigation entry); 'namespace:key' for a feature's catalog. */
  title: string;
  /** Listed in the section navigation, which goes to this route. */
  nav?: Route;
  /** 'bare': the screen alone, without the top bar and navigation (a page shown before any space exists). */
  frame?: 'workspace' | 'bare';
  render(route: R): ReactNode;
}

/** Stands in for a screen that is not built yet, so its route still lands somewhere that says so. */
function NotYet() {
  const { t } = useTranslation();
  return <EmptyState message={t('app.notYet')} />;
}

export const SCREENS: { [N in RouteName]: Screen<Extract<Route, { name: N }>> } = {
  library: { title: 'nav.library', nav: routes.library(), render: () => <LibrarySection /> },
  drafts: {
    title: 'nav.drafts',
    nav: routes.drafts(),
    render: (route) => <DraftsSection documentId={route.documentId ?? null} />,
  },
  sessions: { title: 'nav.sessions', nav: routes.sessions(), render: () => <SessionsSection /> },
  settings: { title: 'nav.settings', nav: routes.settings(), render: () => <SettingsSection /> },
  members: { title: 'nav.members', render: () => <NotYet /> },
  'new-space': { title: 'nav.newSpace', render: () => <NotYet /> },
  setup: { title: 'nav.setup', render: () => <NotYet /> },
  // A join link shows the library under the join notice, and becomes #/library once the join is done.
  join: { title: 'nav.library', render: () => <LibrarySection /> },
};

/** The table's entry for a route (the table is typed per route; this is the one place that widens it). */
export const screenFor = (route: Route): Screen => SCREENS[route.name] as Screen;

/** The navigation's entries, in table order. */
export const NAV_SCREENS: { name: RouteName; route: Route; title: string }[] = (
  Object.entries(SCREENS) as [RouteName, Screen][]
).flatMap(([name, screen]) => (screen.nav ? [{ name, route: screen.nav, title: screen.title }] : []));
