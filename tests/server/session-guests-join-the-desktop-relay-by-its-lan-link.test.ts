// The relay the desktop app hosts, shared on the local network: a person on the network redeems the session's
// code at the LAN address, opens the session with the token and takes part, while the owners' management stays
// on this computer. Called through this machine's own LAN address, so the relay sees a caller that is not
// loopback. Stopping the host and starting it again keeps the session's notes and hidden votes.
import os from 'node:os';
import { afterEach, expect, it } from 'vitest';
import { lanUrls } from '../../electron/host/lan-addresses';
import { sessionRoom } from '../../shared/rooms';
import { type SessionJoinAnswer, sessionJoinLink } from '../../shared/session-join';
import { readNotes, readVotes } from '../../shared/sessions';
import { realRelays, setUpSpace } from '../electron/host-fixture';
import { ask } from './session-fixture';
import { connectClient, eventually } from './support/relay';
import { openChannelClient } from './support/request-channel';

const real = realRelays();
afterEach(() => real.cleanUp());

it('a guest on the network joins by the LAN link, takes part, and a restart of the host keeps it all', async () => {
  const { host } = real.host({ lanUrlsFor: (port) => lanUrls(os.networkInterfaces(), port) });
  const started = await host.start({ network: 'local-network' });
  // A machine with no LAN address is reached on loopback; the test still covers joining and the restart.
  const lan = started.lanUrls[0] ?? started.url;
  const owner = (await (await setUpSpace(host, started.url, 'Workshop', 'Ana')).json()) as {
    token: string;
    space: string;
  };
  const room = sessionRoom(owner.space, 'lan-session');
  const ws = (base: string) => base.replace(/^http/, 'ws');
  const facilitator = await openChannelClient(ws(started.url), room, owner.token);
  const { agenda } = await ask<{ agenda: { id: string }[] }>(facilitator, 'session:setup', {
    title: 'Village meeting',
    date: '2026-12-02',
    agenda: [{ title: 'Water points', minutes: 15 }],
    anonymity: 'anonymous',
    dotsPerPerson: 1,
  });
  const itemId = agenda[0]?.id ?? '';
  const { code } = await ask<{ code: string }>(facilitator, 'session:code');
  const link = sessionJoinLink(lan, code);
  expect(link).toBe(`${lan}/#/session-join?code=${code}`);

  const joined = await fetch(`${lan}/api/sessions/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      code: new URLSearchParams(new URL(link).hash.split('?')[1]).get('code'),
      displayName: 'Ben',
    }),
  });
  expect(joined.status).toBe(200);
  const guest = (await joined.json()) as SessionJoinAnswer;
  const participant = await openChannelClient(ws(lan), room, guest.token);
  const { noteId } = await ask<{ noteId: string }>(participant, 'note:add', {
    itemId,
    text: 'A second pump',
  });
  const { voteId } = await ask<{ voteId: string }>(facilitator, 'vote:open', { itemId });
  await ask(participant, 'vote:cast', { voteId, noteIds: [noteId] });
  // The guest's token is for the session alone, from the network as from here.
  expect(
    (await fetch(`${lan}/api/members`, { headers: { Authorization: `Bearer ${guest.token}` } })).status,
  ).toBe(403);
  participant.close();
  facilitator.close();

  await host.stop();
  const again = await host.start({ network: 'local-network' });
  const reopened = await openChannelClient(ws(again.url), room, owner.token);
  await ask(reopened, 'vote:reveal', { voteId });
  const reader = connectClient(ws(again.url), room, owner.token);
  await eventually(() => readVotes(reader.doc)[0]?.status === 'revealed');
  expect(readNotes(reader.doc).map((note) => note.text)).toEqual(['A second pump']);
  expect(readVotes(reader.doc)[0]?.results).toEqual([{ noteId, dots: 1 }]);
  reader.destroy();
  reopened.close();
});
