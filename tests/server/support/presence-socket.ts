// A raw presence client: opens a room over a plain WebSocket, mirrors every presence frame the relay sends into
// an Awareness (and counts them), and sends hand-made awareness updates a stock client never would.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;

export interface PresenceEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

export interface PresenceSocket {
  ws: WebSocket;
  /** Everything the relay has said about presence, as a stock client would hold it. */
  presence: Awareness;
  /** Presence frames received so far. */
  awarenessFrames: number;
  /** Sends one awareness message carrying these entries. */
  send(entries: PresenceEntry[]): void;
  /** Waits until the relay has handled every frame sent before (a query-awareness round trip). */
  settle(): Promise<void>;
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export function awarenessFrame(entries: PresenceEntry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/**
 * Opens `room`; resolves once the relay greets the connection, or with the close code when it closes first
 * (a connection turned away is accepted, then closed before any greeting).
 */
export async function openPresenceSocket(
  wsUrl: string,
  room: string,
  token: string,
): Promise<PresenceSocket | { refused: number; reason: string }> {
  const ws = new WebSocket(`${wsUrl}/${room}?token=${encodeURIComponent(token)}`);
  const presence = new Awareness(new Y.Doc());
  presence.setLocalState(null);
  const waiting: Array<() => void> = [];
  const socket: PresenceSocket = {
    ws,
    presence,
    awarenessFrames: 0,
    send: (entries) => ws.send(awarenessFrame(entries)),
    async settle() {
      const answered = new Promise<void>((resolve) => waiting.push(resolve));
      ws.send(Uint8Array.of(MESSAGE_QUERY_AWARENESS));
      await answered;
    },
    closed: new Promise((resolve) =>
      ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    ),
    close() {
      ws.close();
      presence.destroy();
    },
  };
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MESSAGE_AWARENESS) return;
    socket.awarenessFrames += 1;
    applyAwarenessUpdate(presence, decoding.readVarUint8Array(decoder), 'relay');
    waiting.shift()?.();
  });
  return new Promise((resolve, reject) => {
    ws.once('message', () => resolve(socket));
    ws.once('close', (code, reason) => {
      presence.destroy();
      resolve({ refused: code, reason: reason.toString() });
    });
    ws.once('error', reject);
  });
}

/** Opens a connection the test expects to be greeted; fails it otherwise. */
export async function openGreeted(wsUrl: string, room: string, token: string): Promise<PresenceSocket> {
  const opened = await openPresenceSocket(wsUrl, room, token);
  if ('refused' in opened) throw new Error(`connection closed with ${opened.refused} ${opened.reason}`);
  return opened;
}
