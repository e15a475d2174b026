// Data saver: a person moving their cursor sends their presence at most once per interval (the last position
// of a burst still arrives), never re-sends other people's presence, and without data saver sends each move.
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SAVER_PRESENCE_INTERVAL_MS } from '../../renderer/settings/dataSaver/dataSaver';
import { PresenceSender } from '../../renderer/settings/dataSaver/presenceSender';

interface FakeProvider {
  provider: WebsocketProvider;
  sent: Uint8Array[];
  awareness: Awareness;
}

/** The few provider members the sender uses, with y-websocket's own handler attached as the provider does. */
function fakeProvider(): FakeProvider {
  const awareness = new Awareness(new Y.Doc());
  const sent: Uint8Array[] = [];
  const ws = { OPEN: 1, readyState: 1, send: (data: Uint8Array) => sent.push(data) };
  const stockHandler = () => sent.push(new Uint8Array([255]));
  awareness.on('update', stockHandler);
  const provider = { awareness, ws, wsconnected: true, _awarenessUpdateHandler: stockHandler };
  return { provider: provider as unknown as WebsocketProvider, sent, awareness };
}

function moveCursor(awareness: Awareness, position: number): void {
  awareness.setLocalStateField('cursor', { anchor: position, head: position });
}

describe('presence with and without data saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('without data saver, sends every cursor move of this person at once', () => {
    const { provider, sent, awareness } = fakeProvider();
    const sender = new PresenceSender(provider, () => 0);
    for (let position = 0; position < 10; position += 1) moveCursor(awareness, position);
    expect(sent).toHaveLength(10);
    expect(sent.some((message) => message[0] === 255)).toBe(false);
    sender.destroy();
  });

  it('with data saver, sends a burst of moves as the first and the last, one interval apart', () => {
    const { provider, sent, awareness } = fakeProvider();
    const sender = new PresenceSender(provider, () => SAVER_PRESENCE_INTERVAL_MS);
    for (let position = 0; position < 20; position += 1) {
      moveCursor(awareness, position);
      vi.advanceTimersByTime(100); // 20 moves in 2 seconds
    }
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(SAVER_PRESENCE_INTERVAL_MS);
    expect(sent).toHaveLength(2);
    // The second message carries the last position, so co-authors see where the cursor came to rest.
    const other = new Awareness(new Y.Doc());
    const decoder = decoding.createDecoder(sent[1] ?? new Uint8Array());
    expect(decoding.readVarUint(decoder)).toBe(1); // y-websocket's awareness message
    awarenessProtocol.applyAwarenessUpdate(other, decoding.readVarUint8Array(decoder), 'relay');
    expect(other.getStates().get(awareness.clientID)?.cursor).toEqual({ anchor: 19, head: 19 });
    sender.destroy();
  });

  it('never re-sends the presence of other people it hears', () => {
    const { provider, sent, awareness } = fakeProvider();
    const sender = new PresenceSender(provider, () => 0);
    const colleague = new Awareness(new Y.Doc());
    colleague.setLocalState({ name: 'Somchai', cursor: { anchor: 3, head: 3 } });
    const update = awarenessProtocol.encodeAwarenessUpdate(colleague, [colleague.clientID]);
    awarenessProtocol.applyAwarenessUpdate(awareness, update, 'relay');
    expect(sent).toHaveLength(0);
    sender.destroy();
  });
});
