// Creating spaces: the one-time setup code that lets the first person create a space and own it, and owners
// adding more spaces later. Knows storage and membership, never HTTP (the API parses and calls it).
import { randomUUID } from 'node:crypto';
import type { Member, MemberStore, SetupCodeCheck, Space } from '../storage/storage';
import type { Membership } from './membership';
import { hashCode, newCode } from './one-time-codes';
import { spaceIdCandidates } from './space-ids';

export const SETUP_CODE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface SpaceDetails {
  name: string;
  description: string;
  languages: string[];
}

/** A new space and the token of its first owner. */
export interface FoundedSpace {
  space: Space;
  member: Member;
  token: string;
}

export type SetupResult = FoundedSpace | { error: Exclude<SetupCodeCheck, { ok: true }>['reason'] };

export class Spaces {
  constructor(
    private readonly store: MemberStore,
    private readonly membership: Membership,
  ) {}

  /** Whether this relay holds any space yet (a relay without one offers a setup link). */
  hasAny(): Promise<boolean> {
    return this.store.hasAnySpace();
  }

  /** Mints a setup code valid for seven days; only its hash is stored. */
  async createSetupCode(): Promise<string> {
    const code = newCode();
    const createdAt = Date.now();
    await this.store.createSetupCode({
      codeHash: hashCode(code),
      createdAt,
      expiresAt: createdAt + SETUP_CODE_TTL_MS,
    });
    return code;
  }

  /** Whether a setup code would still work, without using it (so the page can say so before the form). */
  checkSetupCode(code: string): Promise<SetupCodeCheck> {
    return this.store.checkSetupCode(hashCode(code), Date.now());
  }

  /** Uses a setup code once: creates the space and makes this person its owner. */
  async setUp(code: string, displayName: string, details: SpaceDetails): Promise<SetupResult> {
    // Consuming first means two people racing with one link cannot both found a space with it.
    // biome-ignore lint/correctness/useHookAtTopLevel: a storage method that uses up a code, not a React hook.
    const used = await this.store.useSetupCode(hashCode(code), Date.now());
    if (!used.ok) return { error: used.reason };
    return this.found(displayName, details);
  }

  /** A further space, created by an owner of another one; they become its owner under the name given. */
  create(displayName: string, details: SpaceDetails): Promise<FoundedSpace> {
    return this.found(displayName, details);
  }

  /**
   * The space's record. Spaces made before spaces had records (members issued by `commons-relay token`)
   * are described from their members: the id as name, the first member's arrival as creation time.
   */
  async describe(id: string): Promise<Space | null> {
    const space = await this.store.getSpace(id);
    if (space) return space;
    const members = await this.store.listMembers(id);
    if (members.length === 0) return null;
    const createdAt = Math.min(...members.map((member) => member.createdAt));
    return { id, name: id, description: '', languages: [], createdAt, createdBy: null };
  }

  private async found(displayName: string, details: SpaceDetails): Promise<FoundedSpace> {
    const ownerId = randomUUID();
    const space = await this.claimSpace({
      name: details.name,
      description: details.description,
      languages: details.languages,
      createdAt: Date.now(),
      createdBy: ownerId,
    });
    const { member, token } = await this.membership.issue(space.id, 'owner', displayName, ownerId);
    return { space, member, token };
  }

  /** Records the space under the first free id its name gives. */
  private async claimSpace(space: Omit<Space, 'id'>): Promise<Space> {
    for (const id of spaceIdCandidates(space.name)) {
      // An id that already has members (from before space records) is taken even without a record:
      // otherwise a new space would hand its owner someone else's members and documents.
      if ((await this.store.listMembers(id)).length > 0) continue;
      const record = { ...space, id };
      if (await this.store.createSpace(record)) return record;
    }
    throw new Error('unreachable: space id candidates never run out');
  }
}
