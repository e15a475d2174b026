// A live workshop (`<space>/session/<id>`): commenters and up take part. It guards relay content already, as
// workshop state the relay will own (timer, anonymous notes, hidden votes) must not be forgeable by clients.
import { canWrite } from '../../../shared/roles';
import { commonRequests, noHooks, type RoomPolicy } from './policy';

export const sessionPolicy: RoomPolicy = {
  kind: 'session',
  access: (role) => (canWrite(role, 'session') ? 'write' : 'read'),
  document: { gc: true },
  guardsRelayContent: true,
  ...noHooks,
  requests: { ...commonRequests },
};
