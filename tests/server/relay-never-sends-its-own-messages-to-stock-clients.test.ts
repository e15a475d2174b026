// Stock y-websocket clients keep working beside the request channel: while others post comments, edit (so
// `stored` notices go out) and ask for the time in the same rooms, a stock client never receives a type-20
// frame, and still syncs.
import { expect, test, vi } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readComments } from '../../shared/discussion';
import { MESSAGE_COMMONS } from '../../shared/relay-requests';
import { discussionRoom, documentRoom } from '../../shared/rooms';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const SPACE = 'mediators';
const setup = relayPerTest({ flushIntervalMs: 20 });

/** Every frame any stock client's socket received, recorded before the provider sees it. */
const received: Uint8Array[] = [];
class RecordingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  }
}

function stockClient(room: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(setup.relay.wsUrl, room, doc, {
    params: { token },
    WebSocketPolyfill: RecordingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) =>
    provider.on('sync', (isSynced: boolean) => isSynced && resolve()),
  );
  return { doc, provider, synced };
}

test('a stock client never receives a type-20 message while others use the channel in its rooms', async () => {
  const unknownMessage = vi.spyOn(console, 'error');
  const token = await setup.relay.token(SPACE, 'commenter');
  const editorToken = await setup.relay.token(SPACE, 'editor');
  const discussion = discussionRoom(SPACE, 'mediation-steps');
  const document = documentRoom(SPACE, 'mediation-steps');
  const stockInDiscussion = stockClient(discussion, token);
  const stockInDocument = stockClient(document, editorToken);
  await Promise.all([stockInDiscussion.synced, stockInDocument.synced]);

  const talker = await openChannelClient(setup.relay.wsUrl, discussion, token);
  const timer = await openChannelClient(setup.relay.wsUrl, document, editorToken);
  for (let i = 0; i < 5; i++) {
    expect((await talker.request('comment:post', { body: `Point ${i}.` })).ok).toBe(true);
    expect((await timer.request('time')).ok).toBe(true);
    stockInDocument.doc.getText('body').insert(0, `Step ${i}. `);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  await eventually(() => readComments(stockInDiscussion.doc).length === 5);
  // The channel users did hear `stored` notices for the same edits.
  await eventually(() => timer.notices.some((notice) => notice.notice === 'stored'));

  expect(received.length).toBeGreaterThan(0);
  expect(received.filter((frame) => frame[0] === MESSAGE_COMMONS)).toEqual([]);
  expect(unknownMessage.mock.calls.filter((call) => String(call[0]).includes('Unable to compute'))).toEqual(
    [],
  );
  for (const client of [stockInDiscussion, stockInDocument]) {
    client.provider.destroy();
    client.doc.destroy();
  }
  talker.close();
  timer.close();
  unknownMessage.mockRestore();
});
