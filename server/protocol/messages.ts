// The y-websocket wire format: reading client frames into typed messages and writing the relay's replies.
// Built on lib0 and y-protocols so the stock WebsocketProvider understands every byte.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { MAX_REQUEST_BYTES, MESSAGE_COMMONS } from '../../shared/relay-requests';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** WebSocket close codes (RFC 6455) the relay uses for bad frames. */
export const CLOSE_PROTOCOL_ERROR = 1002;
export const CLOSE_UNSUPPORTED_DATA = 1003;

export type ClientMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'sync-step-2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' }
  /** The request channel (shared/relay-requests.ts); `text` is null when the frame is cut short or too large. */
  | { kind: 'request'; text: string | null; oversized: boolean };

/** A frame the relay cannot accept; `closeCode` says how to end the connection that sent it. */
export class ProtocolError extends Error {
  constructor(
    message: string,
    readonly closeCode: number,
    readonly reason: string,
  ) {
    super(message);
  }
}

/** Runs a Yjs call that may throw on hostile input, turning the throw into a protocol error. */
export function guarded<T>(run: () => T, reason: string): T {
  try {
    return run();
  } catch (error) {
    throw new ProtocolError(`${reason}: ${String(error)}`, CLOSE_PROTOCOL_ERROR, reason.replaceAll(' ', '-'));
  }
}

/** Decodes one client frame; throws ProtocolError for anything that is not a well-formed y-websocket message. */
export function readClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  try {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC: {
        const syncType = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (syncType === syncProtocol.messageYjsSyncStep1)
          return { kind: 'sync-step-1', stateVector: payload };
        if (syncType === syncProtocol.messageYjsSyncStep2) return { kind: 'sync-step-2', update: payload };
        if (syncType === syncProtocol.messageYjsUpdate) return { kind: 'update', update: payload };
        throw new ProtocolError(
          `unknown sync message type ${syncType}`,
          CLOSE_UNSUPPORTED_DATA,
          'unknown-type',
        );
      }
      case MESSAGE_AWARENESS:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      case MESSAGE_QUERY_AWARENESS:
        return { kind: 'query-awareness' };
      case MESSAGE_AUTH:
        return { kind: 'auth' };
      case MESSAGE_COMMONS:
        // A damaged request is answered, not punished: the channel replies 'bad-request' and the socket stays.
        if (frame.byteLength > MAX_REQUEST_BYTES) return { kind: 'request', text: null, oversized: true };
        try {
          return { kind: 'request', text: decoding.readVarString(decoder), oversized: false };
        } catch {
          return { kind: 'request', text: null, oversized: false };
        }
      default:
        throw new ProtocolError(`unknown message type ${type}`, CLOSE_UNSUPPORTED_DATA, 'unknown-type');
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    // lib0 throws plain errors for truncated varints and lengths past the end of the frame.
    throw new ProtocolError(`undecodable frame: ${String(error)}`, CLOSE_PROTOCOL_ERROR, 'undecodable');
  }
}

/**
 * The finished message as a Buffer view of the same bytes: ws sends a Buffer as it is but wraps any other
 * Uint8Array in a new Buffer on every send, and a broadcast is sent once per reader.
 */
function finish(encoder: encoding.Encoder): Uint8Array {
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function writeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return finish(encoder);
}

export function writeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return finish(encoder);
}

export function writeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return finish(encoder);
}

export function writeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return finish(encoder);
}

export function writePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  authProtocol.writePermissionDenied(encoder, reason);
  return finish(encoder);
}
