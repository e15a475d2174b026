// Route → screen, in one table: what each route shows, its heading, and whether the section navigation
// lists it (in table order). A new screen is one entry here and, if it takes parameters, one route in routes.ts.
import { type ComponentType, lazy, type ReactNode } from 'react';
import { DraftsSection } from '../drafts/DraftsSection';
import { EntryScreen } from '../library/EntryScreen';
import { LibrarySection } from '../library/LibrarySection';
import { type Route, type RouteName, routes } from './routes';

/**
 * A screen loaded when first shown (the workspace's Suspense shows a loading status meanwhile): joining from an
 * invite link needs the Library only, so sessions, members, settings and setup stay off that slow first path.
 */
function onFirstUse<P extends object>(
  load: () => Promise<Record<string, ComponentType<P>>>,
  name: string,
): ComponentType<P> {
  return lazy(async () => {
    const component = (await load())[name];
    if (!component) throw new Error(`the screen ${name} is missing from its module`);
    return { default: component };
  });
}

const SessionsSection = onFirstUse(() => import('../sessions/SessionsSection'), 'SessionsSection');
const SessionGuestScreen = onFirstUse(
  () => import('../sessions/guest/SessionGuestScreen'),
  'SessionGuestScreen',
);
const ShareOnNetwork = onFirstUse(() => import('../host/ShareOnNetwork'), 'ShareOnNetwork');
const MembersPage = onFirstUse(() => import('../members/MembersPage'), 'MembersPage');
const SettingsSection = onFirstUse(() => import('../settings/SettingsSection'), 'SettingsSection');
const NewSpaceScreen = onFirstUse(() => import('../spaces/NewSpaceScreen'), 'NewSpaceScreen');
const SetupScreen = onFirstUse(() => import('../setup/SetupScreen'), 'SetupScreen');

export interface Screen<R extends Route = Route> {
  /** i18next key of the page heading (and of the navigation entry); 'namespace:key' for a feature's catalog. */
  title: string;
  /** Listed in the section navigation, which goes to this route. */
  nav?: Route;
  /** 'bare': the screen alone, without the top bar and navigation (a page shown before any space exists). */
  frame?: 'workspace' | 'bare';
  render(route: R): ReactNode;
}

export const SCREENS: { [N in RouteName]: Screen<Extract<Route, { name: N }>> } = {
  library: { title: 'nav.library', nav: routes.library(), render: () => <LibrarySection /> },
  // A library entry by its link (#/entry/<space>/<id>): switches to that space and opens the document.
  entry: {
    title: 'nav.library',
    render: (route) => <EntryScreen space={route.space} documentId={route.documentId} />,
  },
  drafts: {
    title: 'nav.drafts',
    nav: routes.drafts(),
    render: (route) => <DraftsSection documentId={route.documentId ?? null} />,
  },
  sessions: {
    title: 'nav.sessions',
    nav: routes.sessions(),
    render: (route) => <SessionsSection sessionId={route.sessionId ?? null} />,
  },
  // A participant's session screen: App shows it before (and without) a profile, alone on the page.
  'session-join': {
    title: 'sessions:join.title',
    frame: 'bare',
    render: (route) => <SessionGuestScreen query={route.query} />,
  },
  members: {
    title: 'nav.members',
    nav: routes.members(),
    // On the desktop, the owner of a space hosted on this computer also opens it to the room from here.
    render: () => (
      <>
        <ShareOnNetwork />
        <MembersPage />
      </>
    ),
  },
  settings: { title: 'nav.settings', nav: routes.settings(), render: () => <SettingsSection /> },
  'new-space': { title: 'nav.newSpace', render: () => <NewSpaceScreen /> },
  setup: { title: 'nav.setup', frame: 'bare', render: (route) => <SetupScreen code={route.code} /> },
  // A join link shows the library under the join notice, and becomes #/library once the join is done.
  join: { title: 'nav.library', render: () => <LibrarySection /> },
};

/** The table's entry for a route (the table is typed per route; this is the one place that widens it). */
export const screenFor = (route: Route): Screen => SCREENS[route.name] as Screen;

/** The navigation's entries, in table order. */
export const NAV_SCREENS: { name: RouteName; route: Route; title: string }[] = (
  Object.entries(SCREENS) as [RouteName, Screen][]
).flatMap(([name, screen]) => (screen.nav ? [{ name, route: screen.nav, title: screen.title }] : []));
