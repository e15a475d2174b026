// The renderer's root below the providers: the first-run screen until a profile exists, then the workspace
// on the current route. The first-run screen is all a first visit downloads; the workspace and a session
// participant's screen are chunks of their own, loaded when shown (and fetched ahead once the first screen is
// up, unless the data saver is on), each with the live rooms only they use.
import { lazy, Suspense, useEffect } from 'react';
import { useProfile } from '../app/ProfileProvider';
import { preloadableLazy } from '../app/preloadableLazy';
import { useRoute } from '../app/router';
import { FirstRun } from '../profile/FirstRun';
import { dataSaverOn } from '../settings/dataSaver/dataSaver';
import { LoadingScreen } from './LoadingScreen';

const workspace = preloadableLazy(() => import('./WorkspaceRoot').then((module) => module.default));
const WorkspaceRoot = workspace.Component;
const SessionGuestRoot = lazy(() => import('./SessionGuestRoot'));

export function App() {
  const { profile, save } = useProfile();
  const route = useRoute();
  const firstRun = profile === null && route.name !== 'session-join';
  // While the person fills in the first-run form, the workspace downloads, so Save (or Join) opens it at once.
  useEffect(() => {
    if (firstRun && !dataSaverOn()) workspace.preload().catch(() => undefined);
  }, [firstRun]);

  // A workshop participant joins with a name only: no profile, no space, no other section.
  if (route.name === 'session-join')
    return (
      <Suspense fallback={<LoadingScreen />}>
        <SessionGuestRoot query={route.query} />
      </Suspense>
    );
  if (profile === null)
    return (
      <FirstRun
        onSave={async (next) => {
          await save(next);
        }}
      />
    );
  return (
    <Suspense fallback={<LoadingScreen />}>
      <WorkspaceRoot />
    </Suspense>
  );
}
