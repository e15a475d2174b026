// Keeps a live connection to the current space's index room, so the shell can say whether edits reach the
// relay. The index document itself is read by the features that need it.
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { websocketUrl } from '../../shared/relay-url';
import { indexRoom } from '../../shared/rooms';
import { JitteredWebsocketProvider } from '../sync/reconnect';

export type ConnectionState = 'connected' | 'connecting' | 'offline';

export function useSpaceConnection(membership: SpaceMembership | null): ConnectionState {
  const [state, setState] = useState<ConnectionState>('offline');
  const serverUrl = membership?.serverUrl;
  const space = membership?.space;
  const token = membership?.token;

  useEffect(() => {
    if (!serverUrl || !space || !token) {
      setState('offline');
      return;
    }
    setState('connecting');
    const doc = new Y.Doc();
    const provider = new JitteredWebsocketProvider(websocketUrl(serverUrl), indexRoom(space), doc, {
      params: { token },
    });
    provider.on('status', ({ status }) => {
      setState(status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline');
    });
    return () => {
      provider.destroy();
      doc.destroy();
    };
  }, [serverUrl, space, token]);

  return state;
}
