// Two relay instances on one PostgreSQL and one Redis serve the same rooms: stock clients on different
// instances co-edit and converge, presence crosses between them, a third instance started afterwards serves
// the result, and a member revoked through one instance loses connections on the other.
import { expect, test } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { sharedClusterPerFile } from './cluster-fixture';
import { eventually } from './support/relay';

const cluster = sharedClusterPerFile();
const member = cluster.member;
const client = cluster.connect;

async function startInstance() {
  // The revocation poll is slowed down so only the published revocation can disconnect within a test.
  const relay = await cluster.startRelay({ revocationCheckMs: 60_000 });
  return { relay, wsUrl: relay.url.replace(/^http/, 'ws') };
}

test('clients on two instances co-edit, see each other, and a third instance serves the result', {
  timeout: 90_000,
}, async () => {
  const [first, second] = [await startInstance(), await startInstance()];
  const room = documentRoom('ngo-network', 'referral-guideline');
  const { token } = await member('editor', 'Amina');
  const ana = client(first.wsUrl, room, token);
  const ben = client(second.wsUrl, room, token);
  await Promise.all([ana.synced, ben.synced]);

  for (let i = 0; i < 20; i += 1) {
    ana.doc.getArray('edits').push([`ana-${i}`]);
    ben.doc.getArray('edits').push([`ben-${i}`]);
  }
  ana.doc.getText('body').insert(0, 'Victims are referred within 24 hours.');
  const same = () =>
    ana.doc.getArray('edits').length === 40 &&
    ben.doc.getArray('edits').length === 40 &&
    ben.doc.getText('body').toString() === ana.doc.getText('body').toString();
  await eventually(same, 30_000);
  expect(ben.doc.getArray('edits').toJSON()).toEqual(ana.doc.getArray('edits').toJSON());

  ana.provider.awareness.setLocalStateField('user', { name: 'Amina' });
  await eventually(
    () => [...ben.provider.awareness.getStates().values()].some((state) => state.user?.name === 'Amina'),
    30_000,
  );
  ana.destroy();
  await eventually(
    () => [...ben.provider.awareness.getStates().values()].every((state) => state.user?.name !== 'Amina'),
    30_000,
  );

  const third = await startInstance();
  const carla = client(third.wsUrl, room, token);
  await carla.synced;
  await eventually(() => carla.doc.getArray('edits').length === 40, 30_000);
  expect(carla.doc.getText('body').toString()).toBe('Victims are referred within 24 hours.');
  expect(carla.doc.getArray('edits').toJSON()).toEqual(ben.doc.getArray('edits').toJSON());
});

test('a member revoked through one instance is disconnected from the others at once', {
  timeout: 60_000,
}, async () => {
  const first = (await startInstance()).relay;
  const second = (await startInstance()).relay;
  const owner = await member('owner', 'Owner');
  const leaving = await member('viewer', 'Leaving');
  const room = documentRoom('ngo-network', 'lesson-1');
  const watcher = client(second.url.replace(/^http/, 'ws'), room, leaving.token);
  await watcher.synced;
  const closed = new Promise<number>((resolve) =>
    watcher.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
  );
  const response = await fetch(`${first.url}/api/members/${leaving.memberId}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${owner.token}` },
  });
  expect(response.status).toBeLessThan(300);
  // The revocation poll is set to a minute here, so only the published revocation can close it in time.
  expect(await closed).toBe(4401);
});
