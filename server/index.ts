// The relay as a library: the factory the CLI and the desktop app's "host on this computer" call, plus the
// membership tasks scripts and tests run against a data folder.
export {
  createInviteLink,
  createSetupLink,
  type DataFolder,
  type InviteLinkRequest,
  issueMember,
  issueMemberToken,
  listMembers,
  type MemberTokenRequest,
  revokeMember,
} from './admin';
export { createLogger, redactUrl } from './operations/logger';
export { createRelay, type Relay, type RelayOptions } from './relay';
export { REMOTE_ORIGIN, type Room } from './rooms/room';
// openStorage, not a backend directly: it loads SQLite only when asked for, so the desktop app never loads it.
export { openStorage, type StorageChoice, type StorageEngine } from './storage/open';
export type {
  Invite,
  InviteRedemption,
  Member,
  MemberStore,
  RelayStorage,
  RoomLog,
  SetupCode,
  SetupCodeCheck,
  Space,
  StoredRoom,
  StoredVersion,
  VersionStore,
} from './storage/storage';
export { CLOSE_REVOKED } from './transport/websocket';
