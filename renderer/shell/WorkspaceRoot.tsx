// The workspace with its live rooms: a chunk of its own (App loads it once a profile exists), so the first-run
// screen downloads neither the sections nor Yjs and the relay connection.
import { RoomsProvider } from '../rooms/RoomsProvider';
import { Workspace } from './Workspace';

export default function WorkspaceRoot() {
  return (
    <RoomsProvider>
      <Workspace />
    </RoomsProvider>
  );
}
