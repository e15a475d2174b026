// A workshop participant's screen with its live rooms: a chunk of its own, loaded only on a session link.

import { RoomsProvider } from '../rooms/RoomsProvider';
import { SessionGuestScreen } from '../sessions/guest/SessionGuestScreen';

export default function SessionGuestRoot({ query }: { query: string }) {
  return (
    <RoomsProvider>
      <SessionGuestScreen query={query} />
    </RoomsProvider>
  );
}
