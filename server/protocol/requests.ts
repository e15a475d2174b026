// The relay's side of the request channel (shared/relay-requests.ts) for one connection: reads a request,
// rate-limits, validates it against its declared schema, has the room's policy answer it, and replies; it
// also carries notices, only once the client has shown it speaks the channel by sending something on it.
import type { Logger } from 'pino';
import {
  encodeCommonsFrame,
  isRelayRequestType,
  type RelayErrorCode,
  type RelayNotice,
  type RelayReply,
  relayRequestFrame,
  relayRequests,
} from '../../shared/relay-requests';
import { type RequestContext, RequestRefused, type RoomPolicy } from '../rooms/kinds/policy';
import type { ClientMessage } from './messages';

export interface RequestLimit {
  /** Requests allowed at once. */
  burst: number;
  /** Requests regained per second. */
  perSecond: number;
}

export interface RequestChannelOptions {
  roomName: string;
  policy: RoomPolicy;
  limit: RequestLimit;
  send(message: Uint8Array): void;
  rejected(reason: string): void;
  logger: Logger;
}

type AnyHandler = (input: unknown, context: RequestContext) => unknown;

export class RequestChannel {
  /** True once the client sent anything on the channel: before that it hears nothing from it. */
  used = false;
  private tokens: number;
  private refilledAt = Date.now();

  constructor(private readonly options: RequestChannelOptions) {
    this.tokens = options.limit.burst;
  }

  /** Answers one request; never throws, whatever the client sent. */
  async handle(request: Extract<ClientMessage, { kind: 'request' }>, context: RequestContext): Promise<void> {
    this.used = true;
    const { text } = request;
    let id = readableId(text);
    const refuse = (code: RelayErrorCode, message: string) => {
      this.options.rejected(`request-${code}`);
      this.reply({ id, ok: false, error: { code, message } });
    };
    if (!this.take()) return refuse('rate-limited', 'too many requests; wait a moment');
    if (request.oversized) return refuse('bad-request', 'the request is too large');
    if (text === null) return refuse('bad-request', 'the request frame is cut short');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return refuse('bad-request', 'the request is not JSON');
    }
    const rawId = (raw as { id?: unknown } | null)?.id;
    if (typeof rawId === 'number' && Number.isSafeInteger(rawId) && rawId >= 0) id = rawId;
    const frame = relayRequestFrame.safeParse(raw);
    if (!frame.success) return refuse('bad-request', 'a request is { id, type, input }');
    const { type } = frame.data;
    if (!isRelayRequestType(type)) return refuse('unknown-type', `the relay does not know "${type}"`);
    const handler = this.options.policy.requests[type] as AnyHandler | undefined;
    if (!handler) return refuse('not-here', `this room does not answer "${type}"`);
    const input = relayRequests[type].input.safeParse(frame.data.input);
    if (!input.success) {
      const issue = input.error.issues[0];
      return refuse('bad-request', `input ${issue?.path.join('.') || ''}: ${issue?.message ?? 'invalid'}`);
    }
    try {
      const output = await handler(input.data, context);
      this.reply({ id: frame.data.id, ok: true, output });
    } catch (error) {
      if (error instanceof RequestRefused) return refuse(error.code, error.message);
      this.options.logger.error({ err: error, room: this.options.roomName, type }, 'a request failed');
      refuse('internal', 'the relay could not do this');
    }
  }

  /** Sends a notice, to a client that uses the channel only. */
  notify(notice: RelayNotice): void {
    if (this.used) this.options.send(encodeCommonsFrame(notice));
  }

  private reply(reply: RelayReply): void {
    this.options.send(encodeCommonsFrame(reply));
  }

  /** A token bucket per connection: a burst is fine, a sustained flood is answered 'rate-limited'. */
  private take(now = Date.now()): boolean {
    const { burst, perSecond } = this.options.limit;
    this.tokens = Math.min(burst, this.tokens + ((now - this.refilledAt) / 1000) * perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** The request's id read without parsing (clients put it first), so even a refused flood can be matched. */
function readableId(text: string | null): number | null {
  if (text === null) return null;
  const match = /^\s*\{\s*"id"\s*:\s*(\d{1,15})\s*[,}]/.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}
