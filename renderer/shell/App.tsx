// The renderer's root below the providers: the first-run screen until a profile exists, then the workspace
// on the current route.
import { useProfile } from '../app/ProfileProvider';
import { useRoute } from '../app/router';
import { FirstRun } from '../profile/FirstRun';
import { SessionGuestScreen } from '../sessions/guest/SessionGuestScreen';
import { Workspace } from './Workspace';

export function App() {
  const { profile, save } = useProfile();
  const route = useRoute();
  // A workshop participant joins with a name only: no profile, no space, no other section.
  if (route.name === 'session-join') return <SessionGuestScreen query={route.query} />;
  if (profile === null)
    return (
      <FirstRun
        onSave={async (next) => {
          await save(next);
        }}
      />
    );
  return <Workspace />;
}
