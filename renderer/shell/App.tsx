// The renderer's root below the providers: the first-run screen until a profile exists, then the workspace
// on the current route.
import { useProfile } from '../app/ProfileProvider';
import { FirstRun } from '../profile/FirstRun';
import { Workspace } from './Workspace';

export function App() {
  const { profile, save } = useProfile();
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
