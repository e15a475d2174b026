// Calls the relay's JSON HTTP API and turns every way it can fail into one reason the UI can explain (no
// connection, refused, gone, conflict...), keeping the relay's own sentence for the cases that need it.
import type { z } from 'zod';

export type RelayFailure =
  | 'network'
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'gone'
  | 'conflict'
  | 'rate-limited'
  | 'server';

export class RelayApiError extends Error {
  constructor(
    readonly reason: RelayFailure,
    readonly status?: number,
    /** The relay's `{ error }` sentence, in English: for logs and to tell apart two 410s, never shown as is. */
    readonly relayMessage?: string,
  ) {
    super(
      `relay request failed: ${reason}${status ? ` (${status})` : ''}${relayMessage ? `: ${relayMessage}` : ''}`,
    );
  }
}

const FAILURE_BY_STATUS: Record<number, RelayFailure> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  410: 'gone',
  413: 'invalid',
  429: 'rate-limited',
};

export function failureForStatus(status: number): RelayFailure {
  return FAILURE_BY_STATUS[status] ?? 'server';
}

export interface RelayRequest<T> {
  serverUrl: string;
  path: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  token?: string;
  body?: unknown;
  /** The shape a successful answer must have; anything else is treated as a server fault. */
  answer: z.ZodType<T>;
  fetchImpl?: typeof fetch;
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function relaySentence(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string')
    return body.error;
  return undefined;
}

export async function callRelay<T>(request: RelayRequest<T>): Promise<T> {
  const { serverUrl, path, method = 'GET', token, body, answer, fetchImpl = fetch } = request;
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchImpl(new URL(path, serverUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new RelayApiError('network');
  }
  const parsedBody = await readBody(response);
  if (!response.ok) {
    throw new RelayApiError(failureForStatus(response.status), response.status, relaySentence(parsedBody));
  }
  const parsed = answer.safeParse(parsedBody);
  if (!parsed.success) throw new RelayApiError('server', response.status);
  return parsed.data;
}

/** The reason behind any error a relay call threw (a bug in our own code reads as a server fault). */
export const failureOf = (error: unknown): RelayFailure =>
  error instanceof RelayApiError ? error.reason : 'server';
