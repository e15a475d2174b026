// A document body (`<space>/doc/<id>`): written by editors and owners. Garbage collection stays on for now:
// named versions are stored as full states (see the storage's version store), which does not need history,
// and turning it off grows every document.
import { canWrite } from '../../../shared/roles';
import { moveForwardingHooks } from './doc-moves';
import { admitsWrite, suggestionDocHandlers } from './doc-suggestions';
import { versionHandlers } from './doc-versions';
import { commonRequests, noHooks, type RoomPolicy } from './policy';

export const docPolicy: RoomPolicy = {
  kind: 'doc',
  access: (role) => (canWrite(role, 'doc') ? 'write' : 'read'),
  document: { gc: true },
  guardsRelayContent: false,
  ...noHooks,
  ...moveForwardingHooks,
  admitsWrite,
  requests: { ...commonRequests, ...versionHandlers, ...suggestionDocHandlers },
};
