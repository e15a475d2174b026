// An owner's role change reaches the member's open connections as a `role` notice on the request channel, on
// every room they have open, so the app can turn read-only without a reload; whoami agrees afterwards.
import { expect, test } from 'vitest';
import { MESSAGE_COMMONS } from '../../shared/relay-requests';
import { documentRoom, indexRoom } from '../../shared/rooms';
import { callApi, setUpSpace, setupCodeOf } from './support/api';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const setup = relayPerTest();

test('an editor made commenter hears it on each open room, and whoami says so', async () => {
  const url = setup.relay.url;
  const owner = await setUpSpace(url, setupCodeOf(setup.relay.relay.setupLink ?? ''));
  const invite = await callApi(url, 'POST', '/api/invites', { token: owner.token, body: { role: 'editor' } });
  const editor = await callApi<{ token: string; memberId: string }>(url, 'POST', '/api/join', {
    body: { space: owner.space, invite: invite.body.code, displayName: 'Bo' },
  });
  const index = await openChannelClient(setup.relay.wsUrl, indexRoom(owner.space), editor.body.token);
  const draft = await openChannelClient(
    setup.relay.wsUrl,
    documentRoom(owner.space, 'plan'),
    editor.body.token,
  );
  const silent = await openChannelClient(
    setup.relay.wsUrl,
    documentRoom(owner.space, 'plan'),
    editor.body.token,
  );
  for (const client of [index, draft]) expect((await client.request('time')).ok).toBe(true);

  const changed = await callApi(url, 'PATCH', `/api/members/${editor.body.memberId}`, {
    token: owner.token,
    body: { role: 'commenter' },
  });
  expect(changed.status).toBe(200);
  for (const client of [index, draft]) {
    // Besides 'stored' notices (one comes at a client's first request), exactly one role notice.
    const roleNotices = () => client.notices.filter((notice) => notice.notice === 'role');
    await eventually(() => roleNotices().length > 0);
    expect(roleNotices()).toEqual([{ notice: 'role', role: 'commenter', writable: false }]);
  }
  expect(await draft.request('whoami')).toMatchObject({
    ok: true,
    output: { role: 'commenter', writable: false },
  });
  // A connection that never spoke on the channel is made read-only too, but hears nothing on it.
  expect(silent.frames.some((frame) => frame[0] === MESSAGE_COMMONS)).toBe(false);
  for (const client of [index, draft, silent]) client.close();
});
