// "Share on the local network", as a state machine apart from React: an owner of a space hosted on this
// computer rebinds its relay to the LAN, gets an invite, and hands out join links built from the LAN addresses.
import type { HostNetwork, SpaceMembership } from '../../../shared/ipc/contract';
import { formatWebJoinLink } from '../../../shared/ipc/join-link';
import type { Role } from '../../../shared/roles';
import type { HostControl, HostStatus } from '../../platform/Platform';
import { type HostProblem, hostProblem } from './hostProblem';

/** Roles a room-wide invite may give; owners are made from the Members page, one person at a time. */
export const SHARE_ROLES = ['editor', 'commenter', 'viewer'] as const satisfies readonly Role[];
export type ShareRole = (typeof SHARE_ROLES)[number];

/** An invite for the room lasts the day: long enough for a workshop, short enough not to linger. */
export const SHARE_INVITE_SECONDS = 24 * 60 * 60;

export interface LanInvite {
  role: ShareRole;
  /** One web join link per LAN address of this computer (a browser or the app's "Join with a link" opens it). */
  links: string[];
  expiresAt: number | null;
}

export type SharingState =
  | { step: 'checking' }
  /** Not a space this computer hosts, or this person is not its owner: nothing to share from here. */
  | { step: 'not-here' }
  | { step: 'private' }
  | { step: 'opening' }
  | { step: 'shared'; lanUrls: string[]; invite: LanInvite | null; inviteFailed: boolean }
  | { step: 'closing' }
  | { step: 'failed'; problem: HostProblem; network: HostNetwork | null };

export type SharingEvent =
  | { type: 'checked'; hostedHere: boolean; status: HostStatus }
  | { type: 'open' }
  | { type: 'opened'; lanUrls: string[]; invite: LanInvite | null }
  | { type: 'close' }
  | { type: 'closed' }
  | { type: 'failed'; problem: HostProblem; network: HostNetwork | null };

export const SHARING_CHECKING: SharingState = { step: 'checking' };

export function sharing(state: SharingState, event: SharingEvent): SharingState {
  switch (event.type) {
    case 'checked':
      if (!event.hostedHere) return { step: 'not-here' };
      // Shared earlier from this window (or another screen): the addresses are known, the invite is not.
      return event.status.running && event.status.network === 'local-network'
        ? { step: 'shared', lanUrls: event.status.lanUrls, invite: null, inviteFailed: false }
        : { step: 'private' };
    case 'open':
      return state.step === 'private' || state.step === 'failed' || state.step === 'shared'
        ? { step: 'opening' }
        : state;
    case 'opened':
      return state.step === 'opening'
        ? {
            step: 'shared',
            lanUrls: event.lanUrls,
            invite: event.invite,
            inviteFailed: event.invite === null,
          }
        : state;
    case 'close':
      return state.step === 'shared' || state.step === 'failed' ? { step: 'closing' } : state;
    case 'closed':
      return state.step === 'closing' ? { step: 'private' } : state;
    case 'failed':
      return state.step === 'opening' || state.step === 'closing' || state.step === 'checking'
        ? { step: 'failed', problem: event.problem, network: event.network }
        : state;
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A space reached on this computer's loopback address: the app's own relay is the only one it could be. */
export function isOnThisComputer(serverUrl: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(serverUrl).hostname);
  } catch {
    return false;
  }
}

/** Whether this person can share this space from here: they own it and it lives on the relay running here. */
export function canShareFromHere(
  membership: Pick<SpaceMembership, 'serverUrl' | 'role'>,
  status: HostStatus,
): boolean {
  return (
    membership.role === 'owner' &&
    status.running &&
    isOnThisComputer(membership.serverUrl) &&
    new URL(membership.serverUrl).origin === new URL(status.url).origin
  );
}

/** The web join links (`http://LAN:port/#/join?space=…&invite=…`): the relay serves the app to browsers too. */
export function lanJoinLinks(lanUrls: readonly string[], space: string, invite: string): string[] {
  return lanUrls.map((lanUrl) =>
    formatWebJoinLink({ kind: 'invite', serverUrl: new URL(lanUrl).origin, space, invite }),
  );
}

/** Creates an invite on the relay (the Members page's client in the app; a fake in tests). */
export type MakeInvite = (
  where: Pick<SpaceMembership, 'serverUrl' | 'token'>,
  invite: { role: ShareRole; expiresInSeconds: number; maxUses: null },
) => Promise<{ code: string; expiresAt: number | null }>;

const NOTHING_RUNNING: HostStatus = { running: false, network: null, url: null, lanUrls: [] };

/** Reads where the relay runs, once, for this space. A relay that is not running here yet is started. */
export async function checkSharing(host: HostControl, membership: SpaceMembership): Promise<SharingEvent> {
  if (membership.role !== 'owner' || !isOnThisComputer(membership.serverUrl)) {
    return { type: 'checked', hostedHere: false, status: NOTHING_RUNNING };
  }
  try {
    let status = await host.status();
    if (!status.running) {
      const started = await host.start('this-computer');
      status = { running: true, ...started };
    }
    return { type: 'checked', hostedHere: canShareFromHere(membership, status), status };
  } catch (error) {
    return { type: 'failed', problem: hostProblem(error), network: null };
  }
}

/** Rebinds the relay to the local network and makes an invite for it; never rejects. */
export async function shareOnNetwork(
  host: HostControl,
  membership: SpaceMembership,
  role: ShareRole,
  makeInvite: MakeInvite,
): Promise<SharingEvent> {
  let lanUrls: string[];
  try {
    lanUrls = (await host.start('local-network')).lanUrls;
  } catch (error) {
    return {
      type: 'failed',
      problem: hostProblem(error),
      network: (await statusOrNull(host))?.network ?? null,
    };
  }
  try {
    // The owner's own token works on the loopback address in either mode.
    const created = await makeInvite(membership, {
      role,
      expiresInSeconds: SHARE_INVITE_SECONDS,
      maxUses: null,
    });
    const links = lanJoinLinks(lanUrls, membership.space, created.code);
    return { type: 'opened', lanUrls, invite: { role, links, expiresAt: created.expiresAt } };
  } catch {
    return { type: 'opened', lanUrls, invite: null };
  }
}

/** Goes back to loopback only: people on the network are disconnected, this computer keeps working. */
export async function stopSharing(host: HostControl): Promise<SharingEvent> {
  try {
    await host.start('this-computer');
    return { type: 'closed' };
  } catch (error) {
    return {
      type: 'failed',
      problem: hostProblem(error),
      network: (await statusOrNull(host))?.network ?? null,
    };
  }
}

async function statusOrNull(host: HostControl): Promise<HostStatus | null> {
  return host.status().catch(() => null);
}
