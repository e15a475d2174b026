// Redis stopped and restarted while people edit: each instance keeps serving its own clients meanwhile, and
// once Redis is back every client on every instance converges on all the edits.
import { expect, test } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { sharedClusterPerFile } from './cluster-fixture';
import { eventually, type TestClient } from './support/relay';

const cluster = sharedClusterPerFile();
const redis = () => cluster.redis;

async function instance(): Promise<string> {
  return (await cluster.startRelay()).url.replace(/^http/, 'ws');
}

const edits = (client: TestClient) => client.doc.getArray<string>('edits').toArray();

test('instances serve their own clients without Redis and converge when it returns', {
  timeout: 120_000,
}, async () => {
  const [first, second] = [await instance(), await instance()];
  const { token } = await cluster.member('editor', 'Editors');
  const room = documentRoom('ngo-network', 'workshop-notes');
  const [ana, amir, ben, bea] = [first, first, second, second].map((url) =>
    cluster.connect(url, room, token),
  );
  const everyone = [ana, amir, ben, bea] as TestClient[];
  await Promise.all(everyone.map((client) => client.synced));

  const typed: string[] = [];
  const type = (client: TestClient, edit: string) => {
    client.doc.getArray<string>('edits').push([edit]);
    typed.push(edit);
  };
  type(ana as TestClient, 'before-outage');
  await eventually(() => edits(bea as TestClient).includes('before-outage'), 30_000);

  await redis().stop();
  // During the outage, people on the same instance still see each other.
  type(ana as TestClient, 'ana-during-outage');
  type(ben as TestClient, 'ben-during-outage');
  await eventually(() => edits(amir as TestClient).includes('ana-during-outage'), 30_000);
  await eventually(() => edits(bea as TestClient).includes('ben-during-outage'), 30_000);
  for (let i = 0; i < 20; i += 1) {
    type(everyone[i % 4] as TestClient, `outage-${i}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Let the edits reach the database (the cluster flushes every 50 ms) before Redis returns.
  await new Promise((resolve) => setTimeout(resolve, 300));

  await redis().start();
  for (let i = 0; i < 10; i += 1) type(everyone[i % 4] as TestClient, `after-${i}`);
  await eventually(() => everyone.every((client) => edits(client).length === typed.length), 40_000);
  for (const client of everyone) expect(new Set(edits(client))).toEqual(new Set(typed));
  expect(edits(ana as TestClient)).toEqual(edits(bea as TestClient));
});
