// "Posted" means stored: the relay answers comment:post only after the comment is in storage, so a relay
// killed (SIGKILL) right after answering still has it when it comes back.
import { afterEach, beforeAll, expect, test } from 'vitest';
import { issueMemberToken } from '../../server/admin';
import { readComments } from '../../shared/discussion';
import { discussionRoom } from '../../shared/rooms';
import { ensureCliBuilt } from './support/build-cli';
import { eventually, OpenClients } from './support/relay';
import { relayProcesses } from './support/relay-process';
import { openChannelClient } from './support/request-channel';

const SECRET = 'comment-durability-secret';
const SPACE = 'east-africa';
const clients = new OpenClients();
const relays = relayProcesses(SECRET);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

afterEach(() => {
  clients.closeAll();
  relays.cleanUp();
});

test('a comment the relay answered for survives the relay being killed at once', {
  timeout: 60_000,
}, async () => {
  const dataDir = relays.folder();
  const token = await issueMemberToken({
    dataDir,
    secret: SECRET,
    space: SPACE,
    role: 'commenter',
    name: 'Wanjiru',
  });
  const room = discussionRoom(SPACE, 'safeguarding-policy');
  const first = await relays.start(dataDir);
  const commenter = await openChannelClient(first.wsUrl, room, token);
  for (let i = 0; i < 5; i++) {
    expect((await commenter.request('comment:post', { body: `Point ${i}.` })).ok).toBe(true);
  }
  first.child.kill('SIGKILL');
  await first.exited;

  const second = await relays.start(dataDir);
  const reader = clients.connect(second.wsUrl, room, token);
  await reader.synced;
  await eventually(() => readComments(reader.doc).length === 5);
  expect(readComments(reader.doc).map((comment) => comment.body)).toEqual([
    'Point 0.',
    'Point 1.',
    'Point 2.',
    'Point 3.',
    'Point 4.',
  ]);
});
