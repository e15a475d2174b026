// Two stock y-websocket clients editing the same document converge through the relay, and someone
// joining later receives the whole document.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { documentRoom } from '../../shared/rooms';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';

const setup = relayPerTest();

/** Two people in the same room, both with the relay's state. */
async function twoInRoom(room: string, token: string) {
  const pair = [setup.connect(room, token), setup.connect(room, token)] as const;
  await Promise.all(pair.map((client) => client.synced));
  return pair;
}

test('two editors converge and a third joining later gets the document', async () => {
  const room = documentRoom('ngo-network', 'referral-guideline');
  const token = await setup.relay.token('ngo-network', 'editor');
  const [ana, ben] = await twoInRoom(room, token);

  ana.doc.getText('body').insert(0, 'Victims are referred within 24 hours. ');
  ben.doc.getText('body').insert(0, 'Section 1. ');
  ben.doc.getMap('meta').set('status', 'draft');

  await eventually(() => ana.doc.getText('body').toString() === ben.doc.getText('body').toString());
  expect(ana.doc.getText('body').toString()).toContain('Victims are referred');
  expect(ana.doc.getText('body').toString()).toContain('Section 1.');
  await eventually(() => ana.doc.getMap('meta').get('status') === 'draft');

  const carla = setup.connect(room, token);
  await carla.synced;
  expect(carla.doc.getText('body').toString()).toBe(ana.doc.getText('body').toString());
  expect(carla.doc.getMap('meta').get('status')).toBe('draft');
});

test('presence is shared between clients in the same room', async () => {
  const room = documentRoom('ngo-network', 'lesson-1');
  const [ana, ben] = await twoInRoom(room, await setup.relay.token('ngo-network', 'viewer', 'Ana'));
  ana.provider.awareness.setLocalStateField('user', { name: 'Ana' });
  await eventually(() =>
    [...ben.provider.awareness.getStates().values()].some((state) => state.user?.name === 'Ana'),
  );
  ana.destroy();
  await eventually(() => ben.provider.awareness.getStates().size === 1);
});

test("a client alone in a room hears its own presence back, which keeps the stock client's watchdog quiet", async () => {
  const token = await setup.relay.token('ngo-network', 'viewer', 'Alone');
  const ws = new WebSocket(`${setup.relay.wsUrl}/${documentRoom('ngo-network', 'quiet')}?token=${token}`);
  await new Promise((resolve) => ws.once('message', resolve));
  const sender = new Awareness(new Y.Doc());
  sender.setLocalStateField('user', { name: 'Alone' });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(sender, [sender.clientID]));
  const echoed = new Promise<Buffer>((resolve) =>
    ws.on('message', (data: Buffer) => {
      if (data[0] === 1) resolve(data);
    }),
  );
  ws.send(encoding.toUint8Array(encoder));
  const receiver = new Awareness(new Y.Doc());
  const decoder = decoding.createDecoder(new Uint8Array(await echoed));
  decoding.readVarUint(decoder);
  applyAwarenessUpdate(receiver, decoding.readVarUint8Array(decoder), null);
  expect(receiver.getStates().get(sender.clientID)).toEqual({ user: { name: 'Alone' } });
  ws.close();
});
