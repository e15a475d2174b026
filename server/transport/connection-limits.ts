// How many connections each member and each address holds, and how many rooms a member keeps loaded: past a cap
// a new connection is turned away, so one member (or one machine) cannot exhaust the relay for everyone else.
export interface ConnectionCaps {
  /** Open connections one member may hold (every tab, device and document counts). */
  perMember: number;
  /**
   * Open connections from one client address (the proxy's client with trustProxy). Sized for an office or a
   * workshop behind one NAT address: a few hundred people with a few rooms open each.
   */
  perAddress: number;
  /** Different rooms one member's connections may keep open; more connections to those rooms are fine. */
  roomsPerMember: number;
}

export const DEFAULT_CONNECTION_CAPS: ConnectionCaps = {
  perMember: 64,
  perAddress: 1024,
  roomsPerMember: 32,
};

export type CapReached = 'member-connections' | 'address-connections' | 'member-rooms';

interface MemberHold {
  connections: number;
  /** Room name → this member's connections to it. */
  rooms: Map<string, number>;
}

export interface Holder {
  memberId: string;
  address: string;
  room: string;
}

export class ConnectionLimits {
  private readonly members = new Map<string, MemberHold>();
  private readonly addresses = new Map<string, number>();

  constructor(private readonly caps: ConnectionCaps) {}

  /** Counts a new connection in, or names the cap it would pass (and counts nothing). */
  admit({ memberId, address, room }: Holder): CapReached | null {
    const member = this.members.get(memberId) ?? { connections: 0, rooms: new Map<string, number>() };
    const fromAddress = this.addresses.get(address) ?? 0;
    if (member.connections >= this.caps.perMember) return 'member-connections';
    if (fromAddress >= this.caps.perAddress) return 'address-connections';
    const inRoom = member.rooms.get(room) ?? 0;
    if (inRoom === 0 && member.rooms.size >= this.caps.roomsPerMember) return 'member-rooms';
    member.connections += 1;
    member.rooms.set(room, inRoom + 1);
    this.members.set(memberId, member);
    this.addresses.set(address, fromAddress + 1);
    return null;
  }

  /** Counts a closed connection out. */
  release({ memberId, address, room }: Holder): void {
    const member = this.members.get(memberId);
    if (member) {
      member.connections -= 1;
      const inRoom = (member.rooms.get(room) ?? 1) - 1;
      if (inRoom > 0) member.rooms.set(room, inRoom);
      else member.rooms.delete(room);
      if (member.connections <= 0) this.members.delete(memberId);
    }
    const fromAddress = (this.addresses.get(address) ?? 1) - 1;
    if (fromAddress > 0) this.addresses.set(address, fromAddress);
    else this.addresses.delete(address);
  }
}
