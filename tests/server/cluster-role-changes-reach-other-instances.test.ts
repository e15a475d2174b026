// A role changed through one relay instance reaches the member's open connections on another at once: the
// change travels on Redis with the revocations, and that instance's policy makes the connection read-only and
// sends its `role` notice, with no reconnect.
import { expect, test, vi } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { sharedClusterPerFile } from './cluster-fixture';
import { callApi } from './support/api';
import { eventually } from './support/relay';
import { openChannelClient } from './support/request-channel';

const cluster = sharedClusterPerFile();

test('an editor made viewer on one instance is read-only at once on another', {
  timeout: 60_000,
}, async () => {
  // The revocation poll is slowed down: only the published change can act within the test.
  const first = await cluster.startRelay({ revocationCheckMs: 60_000 });
  const second = await cluster.startRelay({ revocationCheckMs: 60_000 });
  const room = documentRoom('ngo-network', 'field-manual');
  const owner = await cluster.member('owner', 'Ana');
  const editor = await cluster.member('editor', 'Bo');
  const ownerClient = cluster.connect(first.url.replace(/^http/, 'ws'), room, owner.token);
  const editorClient = cluster.connect(second.url.replace(/^http/, 'ws'), room, editor.token);
  const listener = await openChannelClient(second.url.replace(/^http/, 'ws'), room, editor.token);
  await Promise.all([ownerClient.synced, editorClient.synced]);
  expect(await listener.request('whoami')).toMatchObject({
    ok: true,
    output: { role: 'editor', writable: true },
  });

  const changed = await callApi(first.url, 'PATCH', `/api/members/${editor.memberId}`, {
    token: owner.token,
    body: { role: 'viewer' },
  });
  expect(changed.status).toBe(200);
  await eventually(() => listener.notices.some((notice) => notice.notice === 'role'));
  expect(listener.notices).toContainEqual({ notice: 'role', role: 'viewer', writable: false });

  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  editorClient.doc.getText('body').insert(0, 'UNAUTHORISED');
  await eventually(() => warn.mock.calls.some((call) => String(call[0]).includes('Permission denied')));
  ownerClient.doc.getText('body').insert(0, 'Signed.');
  await eventually(() => editorClient.doc.getText('body').toString().includes('Signed.'), 20_000);
  expect(ownerClient.doc.getText('body').toString()).toBe('Signed.');
  warn.mockRestore();
  listener.close();
});
