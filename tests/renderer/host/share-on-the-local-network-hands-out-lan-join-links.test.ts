import { describe, expect, it, vi } from 'vitest';
import {
  canShareFromHere,
  checkSharing,
  isOnThisComputer,
  lanJoinLinks,
  type MakeInvite,
  SHARE_INVITE_SECONDS,
  SHARING_CHECKING,
  type SharingState,
  shareOnNetwork,
  sharing,
  stopSharing,
} from '../../../renderer/host/model/sharing';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { parsePastedJoinLink } from '../../../shared/ipc/join-link';
import { fakeHost } from './fake-host';

const owner: SpaceMembership = {
  serverUrl: 'http://127.0.0.1:4455',
  space: 'kenya-drafting',
  spaceName: 'Kenya drafting',
  role: 'owner',
  token: 'owner-token',
};
const makeInvite = () =>
  vi.fn<MakeInvite>(async () => ({ code: 'invite-code', expiresAt: Date.parse('2026-12-03T14:00:00Z') }));

describe('sharing a space hosted on this computer', () => {
  it('rebinds to the local network, makes a day-long invite with the owner’s token, and links each LAN address', async () => {
    const host = fakeHost({ lanUrls: ['http://192.168.1.20:4455', 'http://10.0.0.5:4455'] });
    await host.start('this-computer');
    const invite = makeInvite();
    const event = await shareOnNetwork(host, owner, 'editor', invite);
    expect(host.calls.at(-1)).toBe('start local-network');
    expect(invite).toHaveBeenCalledWith(owner, {
      role: 'editor',
      expiresInSeconds: SHARE_INVITE_SECONDS,
      maxUses: null,
    });
    expect(event).toEqual({
      type: 'opened',
      lanUrls: ['http://192.168.1.20:4455', 'http://10.0.0.5:4455'],
      invite: {
        role: 'editor',
        expiresAt: Date.parse('2026-12-03T14:00:00Z'),
        links: [
          'http://192.168.1.20:4455/#/join?space=kenya-drafting&invite=invite-code',
          'http://10.0.0.5:4455/#/join?space=kenya-drafting&invite=invite-code',
        ],
      },
    });
  });

  it('makes links the shared parser reads back to the LAN server, space and invite', () => {
    const [link] = lanJoinLinks(['http://192.168.1.20:4455'], 'kenya-drafting', 'a.b_c-d~e');
    expect(parsePastedJoinLink(link ?? '')).toEqual({
      kind: 'invite',
      serverUrl: 'http://192.168.1.20:4455',
      space: 'kenya-drafting',
      invite: 'a.b_c-d~e',
    });
  });

  it('stays shared and says so when the invite cannot be made', async () => {
    const host = fakeHost();
    const failing = vi.fn<MakeInvite>(async () => {
      throw new Error('network');
    });
    const event = await shareOnNetwork(host, owner, 'viewer', failing);
    expect(event).toEqual({ type: 'opened', lanUrls: ['http://192.168.1.20:4455'], invite: null });
    expect(sharing({ step: 'opening' }, event)).toEqual({
      step: 'shared',
      lanUrls: ['http://192.168.1.20:4455'],
      invite: null,
      inviteFailed: true,
    });
  });

  it('explains a failed rebind and reports which network the relay is left on', async () => {
    const host = fakeHost();
    await host.start('this-computer');
    host.failNext('start', 'ports-taken: port 4455 is already in use by another program on this computer');
    const invite = makeInvite();
    await expect(shareOnNetwork(host, owner, 'editor', invite)).resolves.toEqual({
      type: 'failed',
      problem: 'ports-taken',
      network: 'this-computer',
    });
    expect(invite).not.toHaveBeenCalled();
  });

  it('stops sharing by going back to this computer only', async () => {
    const host = fakeHost();
    await host.start('local-network');
    await expect(stopSharing(host)).resolves.toEqual({ type: 'closed' });
    await expect(host.status()).resolves.toMatchObject({ network: 'this-computer', lanUrls: [] });
  });
});

describe('who may share from here', () => {
  it('only the owner of a space on the relay this computer runs', () => {
    const running = {
      running: true as const,
      network: 'this-computer' as const,
      url: 'http://127.0.0.1:4455',
      lanUrls: [],
    };
    expect(canShareFromHere(owner, running)).toBe(true);
    expect(canShareFromHere({ ...owner, role: 'editor' }, running)).toBe(false);
    expect(canShareFromHere({ ...owner, serverUrl: 'http://127.0.0.1:8080' }, running)).toBe(false);
    expect(canShareFromHere({ ...owner, serverUrl: 'https://relay.example' }, running)).toBe(false);
    expect(canShareFromHere(owner, { running: false, network: null, url: null, lanUrls: [] })).toBe(false);
  });

  it('recognises this computer’s loopback addresses and nothing that merely looks like them', () => {
    expect(isOnThisComputer('http://127.0.0.1:4455')).toBe(true);
    expect(isOnThisComputer('http://localhost:4455')).toBe(true);
    expect(isOnThisComputer('http://[::1]:4455')).toBe(true);
    expect(isOnThisComputer('http://127.0.0.1.evil.example:4455')).toBe(false);
    expect(isOnThisComputer('http://localhost.evil.example')).toBe(false);
    expect(isOnThisComputer('not a url')).toBe(false);
  });

  it('starts the relay for a hosted space after the app restarted, and hides the panel elsewhere', async () => {
    const host = fakeHost();
    await expect(checkSharing(host, owner)).resolves.toMatchObject({ type: 'checked', hostedHere: true });
    expect(host.calls).toEqual(['status', 'start this-computer']);

    const elsewhere = fakeHost();
    const remote = { ...owner, serverUrl: 'https://relay.example' };
    await expect(checkSharing(elsewhere, remote)).resolves.toMatchObject({ hostedHere: false });
    await expect(checkSharing(elsewhere, { ...owner, role: 'editor' })).resolves.toMatchObject({
      hostedHere: false,
    });
    expect(elsewhere.calls).toEqual([]);
  });
});

describe('the sharing steps', () => {
  const lan = ['http://192.168.1.20:4455'];

  it('find a space already shared (from an earlier visit) without a link to show', () => {
    const state = sharing(SHARING_CHECKING, {
      type: 'checked',
      hostedHere: true,
      status: { running: true, network: 'local-network', url: 'http://127.0.0.1:4455', lanUrls: lan },
    });
    expect(state).toEqual({ step: 'shared', lanUrls: lan, invite: null, inviteFailed: false });
  });

  it('go private → opening → shared → closing → private', () => {
    let state: SharingState = sharing(SHARING_CHECKING, {
      type: 'checked',
      hostedHere: true,
      status: { running: true, network: 'this-computer', url: 'http://127.0.0.1:4455', lanUrls: [] },
    });
    expect(state).toEqual({ step: 'private' });
    state = sharing(state, { type: 'open' });
    expect(state).toEqual({ step: 'opening' });
    // A second click while opening changes nothing.
    expect(sharing(state, { type: 'open' })).toBe(state);
    const invite = { role: 'editor' as const, links: ['l'], expiresAt: null };
    state = sharing(state, { type: 'opened', lanUrls: lan, invite });
    expect(state).toEqual({ step: 'shared', lanUrls: lan, invite, inviteFailed: false });
    state = sharing(state, { type: 'close' });
    expect(state).toEqual({ step: 'closing' });
    expect(sharing(state, { type: 'closed' })).toEqual({ step: 'private' });
  });

  it('ignore answers that arrive in the wrong step', () => {
    const privateState: SharingState = { step: 'private' };
    expect(sharing(privateState, { type: 'closed' })).toBe(privateState);
    expect(sharing(privateState, { type: 'opened', lanUrls: lan, invite: null })).toBe(privateState);
    expect(sharing(privateState, { type: 'failed', problem: 'failed', network: null })).toBe(privateState);
  });
});
