// Shared on the local network, the desktop's relay keeps /metrics and the owners' management (members, invites,
// spaces, setup) on this computer, while people on the network can still join and read who is in the space.
// Called through this machine's own LAN address, so the relay sees a caller that is not loopback.
import os from 'node:os';
import { afterEach, expect, it } from 'vitest';
import { lanUrls } from '../../electron/host/lan-addresses';
import { realRelays, setUpSpace } from './host-fixture';

const real = realRelays();
afterEach(() => real.cleanUp());

it('answers the owner on this computer and refuses the same calls from the network', async () => {
  const { host } = real.host({ lanUrlsFor: (port) => lanUrls(os.networkInterfaces(), port) });
  const {
    url,
    lanUrls: [lan],
  } = await host.start({ network: 'local-network' });
  const setup = await setUpSpace(host, url, 'Workshop', 'Ana');
  expect(setup.status).toBe(200);
  const owner = (await setup.json()) as { token: string; space: string };
  const asOwner = { Authorization: `Bearer ${owner.token}`, 'Content-Type': 'application/json' };
  const invite = (where: string) =>
    fetch(`${where}/api/invites`, {
      method: 'POST',
      headers: asOwner,
      body: JSON.stringify({ role: 'editor' }),
    });

  expect((await invite(url)).status).toBe(200);
  expect((await fetch(`${url}/metrics`)).status).toBe(200);
  // A machine with no LAN address cannot be reached from a network; the relay's own tests cover that case.
  if (lan === undefined) return;
  expect((await invite(lan)).status).toBe(403);
  expect((await fetch(`${lan}/metrics`)).status).toBe(403);
  expect((await fetch(`${lan}/api/members`, { headers: asOwner })).status).toBe(200);
  const { code: inviteCode } = (await (await invite(url)).json()) as { code: string };
  const joined = await fetch(`${lan}/api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ space: owner.space, invite: inviteCode, displayName: 'Ben' }),
  });
  expect(joined.status).toBe(200);
});
