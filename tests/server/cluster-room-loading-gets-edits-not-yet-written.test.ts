// Instances publish an edit as soon as they accept it, before writing it. A room loading on another instance
// right then finds the edit neither in the database nor over Redis (it subscribed too late): it must get it from
// the instance that holds it, or a reader there would not see the edit (and a ballot on a vote opened there
// would be refused).
import { expect, test } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { sharedClusterPerFile } from './cluster-fixture';
import { eventually } from './support/relay';

const cluster = sharedClusterPerFile();
const ws = (url: string) => url.replace(/^http/, 'ws');

test('a room first opened on another instance has the edit the writer’s instance has not written yet', {
  timeout: 60_000,
}, async () => {
  // The writer's instance waits 10 s before writing, so only its answer can bring the edit in time.
  const writers = await cluster.startRelay({ flushIntervalMs: 10_000 });
  const readers = await cluster.startRelay();
  const room = documentRoom('ngo-network', 'referral-guideline');
  const { token } = await cluster.member('editor', 'Amina');

  const amina = cluster.connect(ws(writers.url), room, token);
  await amina.synced;
  amina.doc.getText('body').insert(0, 'Victims are referred within 24 hours.');
  // A second client on the same instance sees it: the instance has accepted (and published) the edit.
  const witness = cluster.connect(ws(writers.url), room, token);
  await eventually(() => witness.doc.getText('body').toString() !== '', 5_000);

  const bakhyt = cluster.connect(ws(readers.url), room, token);
  await bakhyt.synced;
  await eventually(() => bakhyt.doc.getText('body').toString() !== '', 2_000);
  expect(bakhyt.doc.getText('body').toString()).toBe('Victims are referred within 24 hours.');

  // And what Bakhyt's instance loaded keeps flowing both ways.
  bakhyt.doc.getText('body').insert(0, 'Rule 1. ');
  await eventually(() => amina.doc.getText('body').toString().startsWith('Rule 1. '), 5_000);
});
