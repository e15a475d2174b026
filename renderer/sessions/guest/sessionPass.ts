// A participant's pass into one session: the relay's answer to a short code and a name (a token for that
// session's room only), kept in this browser so a phone that locks or reloads comes back into the session.
// Also reads where a session link points: its relay and code.
import { z } from 'zod';
import { normaliseSessionCode, sessionCodeSchema, sessionJoinAnswer } from '../../../shared/session-join';
import { callRelay } from '../../spaces/relayApi';

const STORAGE_KEY = 'commons.session-pass';

export const sessionPass = z.object({
  serverUrl: z.string().url(),
  code: z.string(),
  answer: sessionJoinAnswer,
});
export type SessionPass = z.infer<typeof sessionPass>;

export function loadPass(): SessionPass | null {
  try {
    const parsed = sessionPass.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function savePass(pass: SessionPass): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(pass));
  } catch {
    // Private browsing with no storage: the pass lasts as long as the page.
  }
}

export function forgetPass(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}

/** An http(s) origin, or null. */
function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Where a join points: the relay (the page's own origin unless the query names one) and the code, if any. */
export interface SessionTarget {
  serverUrl: string | null;
  code: string;
}

/** Reads the route's query (`code=…`, optionally `server=…` for the desktop app). */
export function targetFromQuery(query: string, pageOrigin: string): SessionTarget {
  const params = new URLSearchParams(query);
  const code = params.get('code') ?? '';
  const server = originOf(params.get('server')) ?? originOf(pageOrigin);
  return {
    serverUrl: server,
    code: sessionCodeSchema.safeParse(code).success ? normaliseSessionCode(code) : '',
  };
}

/**
 * What a person typed: a whole session link (`https://host/#/session-join?code=…`, whose relay is that link's
 * origin) or just the code (for the relay `fallbackServer`).
 */
export function targetFromTyped(typed: string, fallbackServer: string | null): SessionTarget | null {
  const trimmed = typed.trim();
  const match = /^(https?:\/\/[^#]+)#\/session-join\?(.*)$/s.exec(trimmed);
  if (match) {
    const target = targetFromQuery(match[2] ?? '', match[1] ?? '');
    return target.code ? target : null;
  }
  const code = sessionCodeSchema.safeParse(trimmed);
  if (!code.success || !fallbackServer) return null;
  return { serverUrl: fallbackServer, code: code.data };
}

/** Redeems a code at the relay for a session-only token. */
export async function redeemSessionCode(
  serverUrl: string,
  code: string,
  displayName: string,
): Promise<SessionPass> {
  const answer = await callRelay({
    serverUrl,
    path: '/api/sessions/join',
    method: 'POST',
    body: { code, displayName },
    answer: sessionJoinAnswer,
  });
  return { serverUrl, code, answer };
}
