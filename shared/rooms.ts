// Room names are the contract between clients, relay and storage (see docs/architecture.md, "Rooms").
// Parsing them in one place keeps the relay's role checks and the renderer's room choices in step.

export const SPACE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_ROOM_NAME_LENGTH = 200;

export type RoomKind = 'index' | 'doc' | 'discussion' | 'session' | 'inbox';

export interface Room {
  space: string;
  kind: RoomKind;
  /** Document or session id, or the member id of an inbox; absent for the space index. */
  id?: string;
}

export function isValidSpaceId(space: string): boolean {
  return SPACE_ID_PATTERN.test(space);
}

/** Parses a room name, or returns null when it is not one of the shapes docs/architecture.md names. */
export function parseRoomName(name: string): Room | null {
  if (name.length === 0 || name.length > MAX_ROOM_NAME_LENGTH) return null;
  const parts = name.split('/');
  const [space, kind, id, extra] = parts;
  if (space === undefined || !isValidSpaceId(space)) return null;
  if (parts.length === 2 && kind === 'index') return { space, kind: 'index' };
  if (id === undefined || !ENTITY_ID_PATTERN.test(id)) return null;
  if (parts.length === 3 && kind === 'doc') return { space, kind: 'doc', id };
  if (parts.length === 3 && kind === 'session') return { space, kind: 'session', id };
  if (parts.length === 3 && kind === 'inbox') return { space, kind: 'inbox', id };
  if (parts.length === 4 && kind === 'doc' && extra === 'discussion')
    return { space, kind: 'discussion', id };
  return null;
}

export function roomName(room: Room): string {
  switch (room.kind) {
    case 'index':
      return `${room.space}/index`;
    case 'doc':
      return `${room.space}/doc/${room.id}`;
    case 'discussion':
      return `${room.space}/doc/${room.id}/discussion`;
    case 'session':
      return `${room.space}/session/${room.id}`;
    case 'inbox':
      return `${room.space}/inbox/${room.id}`;
  }
}

export const indexRoom = (space: string): string => roomName({ space, kind: 'index' });
export const documentRoom = (space: string, id: string): string => roomName({ space, kind: 'doc', id });
export const discussionRoom = (space: string, id: string): string =>
  roomName({ space, kind: 'discussion', id });
export const sessionRoom = (space: string, id: string): string => roomName({ space, kind: 'session', id });
/** One member's mentions in a space (docs/consultations.md, "Mentions"): only that member opens it. */
export const inboxRoom = (space: string, memberId: string): string =>
  roomName({ space, kind: 'inbox', id: memberId });
