// An owner's change to a member takes effect on that member's open connections at once: removed, their sockets
// close for good and their token stops opening new ones; made a viewer, their writes stop being accepted.
import { afterEach, expect, test, vi } from 'vitest';
import { CLOSE_REVOKED } from '../../server/transport/websocket';
import { documentRoom, indexRoom } from '../../shared/rooms';
import { callApi, type FoundedSpace, setUpSpace, setupCodeOf } from './support/api';
import { eventually, upgradeStatus } from './support/relay';
import { relayPerTest } from './support/relay-per-test';

const setup = relayPerTest();

afterEach(() => {
  vi.restoreAllMocks();
});

async function ownerAndEditor(): Promise<{
  owner: FoundedSpace;
  editor: { token: string; memberId: string };
}> {
  const owner = await setUpSpace(setup.relay.url, setupCodeOf(setup.relay.relay.setupLink ?? ''));
  const invite = await callApi(setup.relay.url, 'POST', '/api/invites', {
    token: owner.token,
    body: { role: 'editor' },
  });
  const joined = await callApi<{ token: string; memberId: string }>(setup.relay.url, 'POST', '/api/join', {
    body: { space: owner.space, invite: invite.body.code, displayName: 'Bo' },
  });
  return { owner, editor: joined.body };
}

test('a removed member loses their open connection at once and cannot open another', async () => {
  const { owner, editor } = await ownerAndEditor();
  const client = setup.connect(indexRoom(owner.space), editor.token);
  await client.synced;
  const closed = new Promise<number>((resolve) =>
    client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
  );
  const removed = await callApi(setup.relay.url, 'DELETE', `/api/members/${editor.memberId}`, {
    token: owner.token,
  });
  expect(removed).toEqual({ status: 200, body: { removed: editor.memberId } });
  expect(await closed).toBe(CLOSE_REVOKED);
  expect(await upgradeStatus(`${setup.relay.wsUrl}/${indexRoom(owner.space)}?token=${editor.token}`)).toBe(
    401,
  );
});

test('an editor made a viewer stops having their writes accepted, without reconnecting', async () => {
  const { owner, editor } = await ownerAndEditor();
  const room = documentRoom(owner.space, 'charter');
  const ownerClient = setup.connect(room, owner.token);
  const editorClient = setup.connect(room, editor.token);
  await Promise.all([ownerClient.synced, editorClient.synced]);
  const editorText = editorClient.doc.getText('body');
  const ownerText = ownerClient.doc.getText('body');
  editorText.insert(0, 'Draft.');
  await eventually(() => ownerText.toString() === 'Draft.');
  let reconnects = 0;
  editorClient.provider.on('status', ({ status }: { status: string }) => {
    if (status === 'connecting') reconnects += 1;
  });

  const changed = await callApi(setup.relay.url, 'PATCH', `/api/members/${editor.memberId}`, {
    token: owner.token,
    body: { role: 'viewer' },
  });
  expect(changed.status).toBe(200);
  expect(changed.body.member).toMatchObject({ id: editor.memberId, role: 'viewer' });

  // The stock client reports the relay's refusal ("Permission denied") once the relay has read the write.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  editorText.insert(editorText.length, ' UNAUTHORISED');
  await eventually(() => warn.mock.calls.some((call) => String(call[0]).includes('Permission denied')));
  // The owner's next change travels the same path back, so once the editor has it, the refused write would
  // already have reached the owner had it been accepted.
  ownerText.insert(ownerText.length, ' Signed.');
  await eventually(() => editorText.toString().includes('Signed.'));
  expect(ownerText.toString()).toBe('Draft. Signed.');
  expect(reconnects).toBe(0);
});
