// The request channel between a client and the relay, on the room's own WebSocket beside y-websocket sync:
// declared once here (frame format, requests with their zod schemas, replies, notices) for both sides.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { z } from 'zod';
import { commonRequests } from './requests/common';
import { discussionRequests } from './requests/discussion';
import { inboxRequests } from './requests/inbox';
import type { RequestSchemas } from './requests/request-schemas';
import { sessionRequests } from './requests/sessions';
import { suggestionRequests } from './requests/suggestions';
import { versionRequests } from './requests/versions';
import { ROLES } from './roles';

/**
 * y-websocket message type of the channel: varUint(20) then varString(JSON). Stock clients never send it, and
 * the relay sends it only to a connection that has sent one, so they never see it.
 */
export const MESSAGE_COMMONS = 20;

/** Largest request frame the relay reads (bytes, type included); a larger one gets 'bad-request' unread. */
export const MAX_REQUEST_BYTES = 64 * 1024;

/** What a client sends: `id` is the client's own number, echoed in the reply. */
export const relayRequestFrame = z.object({
  id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  type: z.string().min(1).max(64),
  input: z.unknown(),
});
export type RelayRequestFrame = z.infer<typeof relayRequestFrame>;

export const RELAY_ERROR_CODES = [
  'bad-request',
  'unknown-type',
  'forbidden',
  'not-here',
  'rate-limited',
  'internal',
] as const;
export type RelayErrorCode = (typeof RELAY_ERROR_CODES)[number];

export const relayReply = z.union([
  z.object({ id: z.number(), ok: z.literal(true), output: z.unknown() }),
  z.object({
    /** Null when the request was too damaged to read its id. */
    id: z.number().nullable(),
    ok: z.literal(false),
    error: z.object({ code: z.enum(RELAY_ERROR_CODES), message: z.string() }),
  }),
]);
export type RelayReply = z.infer<typeof relayReply>;

/** Sent unasked, and only to a connection that has made at least one request. */
export const relayNotice = z.discriminatedUnion('notice', [
  /** An owner changed this member's role; `writable` is what the relay now allows on this connection. */
  z.object({ notice: z.literal('role'), role: z.enum(ROLES), writable: z.boolean() }),
  /** Everything up to this state vector (Yjs encoding, base64) is durably stored. */
  z.object({ notice: z.literal('stored'), stateVector: z.string() }),
]);
export type RelayNotice = z.infer<typeof relayNotice>;

export const relayMessage = z.union([relayReply, relayNotice]);
export type RelayMessage = z.infer<typeof relayMessage>;

/**
 * Every request the relay answers, one file per feature under shared/requests/; which room kinds answer which
 * is the relay's policy (server/rooms/kinds/, `not-here` otherwise).
 */
export const relayRequests = {
  ...commonRequests,
  ...discussionRequests,
  ...versionRequests,
  ...sessionRequests,
  ...suggestionRequests,
  ...inboxRequests,
} as const satisfies RequestSchemas;

export type RelayRequestType = keyof typeof relayRequests;
/** What the client passes. */
export type RelayRequestInput<T extends RelayRequestType> = z.input<(typeof relayRequests)[T]['input']>;
/** What the relay's handler receives once the input is validated. */
export type RelayRequestParsed<T extends RelayRequestType> = z.output<(typeof relayRequests)[T]['input']>;
export type RelayRequestOutput<T extends RelayRequestType> = z.output<(typeof relayRequests)[T]['output']>;

export const isRelayRequestType = (type: string): type is RelayRequestType =>
  Object.hasOwn(relayRequests, type);

/** A whole channel frame carrying `value` as JSON. */
export function encodeCommonsFrame(value: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_COMMONS);
  encoding.writeVarString(encoder, JSON.stringify(value));
  return encoding.toUint8Array(encoder);
}

/** The JSON text of a channel frame, or null when the frame is another message type or is cut short. */
export function decodeCommonsFrame(frame: Uint8Array): string | null {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_COMMONS) return null;
    return decoding.readVarString(decoder);
  } catch {
    return null;
  }
}
