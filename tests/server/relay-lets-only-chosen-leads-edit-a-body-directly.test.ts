// When an owner chooses that everyone but the chosen leads suggests, the relay drops other editors' direct
// edits of the body (their changes must come as suggestions) and only owners and leads settle suggestions; only
// an owner makes that choice, and turning it off lets editors write again.
import { expect, test } from 'vitest';
import type * as Y from 'yjs';
import { discussionRoom, documentRoom } from '../../shared/rooms';
import { readSuggestionSettings } from '../../shared/suggestions';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const SPACE = 'care-network';
const DOC = documentRoom(SPACE, 'referral-guideline');
const DISCUSSION = discussionRoom(SPACE, 'referral-guideline');
const setup = relayPerTest();

test('only the chosen leads write the body directly once the owner says so', async () => {
  const owner = await openChannelClient(
    setup.relay.wsUrl,
    DISCUSSION,
    await setup.relay.token(SPACE, 'owner'),
  );
  const lead = await setup.relay.member(SPACE, 'editor', 'Lead');
  const other = await setup.relay.member(SPACE, 'editor', 'Other editor');
  const otherChannel = await openChannelClient(setup.relay.wsUrl, DISCUSSION, other.token);
  expect(
    await otherChannel.request('suggestion:settings', { leadsOnly: true, leads: [other.memberId] }),
  ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(
    await owner.request('suggestion:settings', { leadsOnly: true, leads: [lead.memberId] }),
  ).toMatchObject({ ok: true, output: { leadsOnly: true, leads: [lead.memberId] } });
  const discussionReader = setup.connect(DISCUSSION, await setup.relay.token(SPACE, 'viewer'));
  await eventually(() => readSuggestionSettings(discussionReader.doc).leadsOnly);

  const leadClient = setup.connect(DOC, lead.token);
  const otherClient = setup.connect(DOC, other.token);
  const reader = setup.connect(DOC, await setup.relay.token(SPACE, 'viewer'));
  await Promise.all([leadClient.synced, otherClient.synced, reader.synced]);
  const notes = (client: { doc: Y.Doc }) => client.doc.getMap<string>('notes');

  notes(otherClient).set('other', 'typed directly');
  notes(leadClient).set('lead', 'typed directly');
  await eventually(() => notes(reader).get('lead') === 'typed directly');
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(notes(reader).get('other')).toBeUndefined();

  // Only owners and leads settle suggestions now.
  expect(
    await otherChannel.request('suggestion:settle', { ids: ['a'.repeat(22)], outcome: 'accepted' }),
  ).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // Turned off, editors write again: what was dropped arrives with their next sync.
  expect(await owner.request('suggestion:settings', { leadsOnly: false, leads: [] })).toMatchObject({
    ok: true,
  });
  notes(otherClient).set('again', 'typed directly');
  otherClient.provider.disconnect();
  otherClient.provider.connect();
  await eventually(() => notes(reader).get('again') === 'typed directly');
  expect(notes(reader).get('other')).toBe('typed directly');
  for (const client of [owner, otherChannel]) client.close();
});
