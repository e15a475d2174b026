// A raw client of the relay's request channel (shared/relay-requests.ts): opens a room over a plain WebSocket,
// sends requests as type-20 frames and collects every reply and notice, so tests can see exactly what the relay
// sends and when.
import { WebSocket } from 'ws';
import {
  decodeCommonsFrame,
  encodeCommonsFrame,
  MESSAGE_COMMONS,
  type RelayNotice,
  type RelayReply,
  relayMessage,
} from '../../../shared/relay-requests';
import { eventually } from './relay';

export interface ChannelClient {
  ws: WebSocket;
  /** Every frame the relay sent, in order. */
  frames: Uint8Array[];
  replies: RelayReply[];
  notices: RelayNotice[];
  /** Sends a request and waits for the reply with its id. */
  request(type: string, input?: unknown): Promise<RelayReply>;
  /** Sends a frame as it is. */
  send(frame: Uint8Array): void;
  /** Resolves when the socket closes, with its close code. */
  closed: Promise<number>;
  close(): void;
}

/** Opens `room` and resolves once the relay has greeted the connection (its sync step 1). */
export async function openChannelClient(wsUrl: string, room: string, token: string): Promise<ChannelClient> {
  const ws = new WebSocket(`${wsUrl}/${room}?token=${encodeURIComponent(token)}`);
  const frames: Uint8Array[] = [];
  const replies: RelayReply[] = [];
  const notices: RelayNotice[] = [];
  ws.on('message', (data: Buffer) => {
    const frame = new Uint8Array(data);
    frames.push(frame);
    if (frame[0] !== MESSAGE_COMMONS) return;
    const text = decodeCommonsFrame(frame);
    const parsed = relayMessage.parse(JSON.parse(text ?? 'null'));
    if ('notice' in parsed) notices.push(parsed);
    else replies.push(parsed);
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('message', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  return {
    ws,
    frames,
    replies,
    notices,
    async request(type, input = {}) {
      const id = nextId++;
      ws.send(encodeCommonsFrame({ id, type, input }));
      let reply: RelayReply | undefined;
      await eventually(() => {
        reply = replies.find((candidate) => candidate.id === id);
        return reply !== undefined;
      });
      return reply as RelayReply;
    },
    send: (frame) => ws.send(frame),
    closed,
    close: () => ws.close(),
  };
}
