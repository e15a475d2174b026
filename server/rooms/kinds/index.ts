// The space index (`<space>/index`): the list of documents and sessions. Editors and owners change it; it keeps
// Yjs garbage collection on, as nothing needs its history.
import { canWrite } from '../../../shared/roles';
import { commonRequests, noHooks, type RoomPolicy } from './policy';

export const indexPolicy: RoomPolicy = {
  kind: 'index',
  access: (role) => (canWrite(role, 'index') ? 'write' : 'read'),
  document: { gc: true },
  guardsRelayContent: false,
  ...noHooks,
  requests: { ...commonRequests },
};
