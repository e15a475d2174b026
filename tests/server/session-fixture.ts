// Helpers the workshop-session tests share: a facilitator who sets a session up over the request channel,
// guests who join by its code over HTTP, and reading a reply's output or failing with the relay's error.
import { expect } from 'vitest';
import type { RelayReply } from '../../shared/relay-requests';
import { sessionRoom } from '../../shared/rooms';
import type { SessionJoinAnswer } from '../../shared/session-join';
import type { AgendaItem, Anonymity } from '../../shared/sessions';
import { callApi } from './support/api';
import type { TestRelay } from './support/relay';
import { type ChannelClient, openChannelClient } from './support/request-channel';

export const SPACE = 'pacific-network';

/** The output of a reply that must have succeeded. */
export function outputOf<T>(reply: RelayReply): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error.code} ${reply.error.message}`);
  return reply.output as T;
}

/** Asks and returns the output, failing the test on a refusal. */
export async function ask<T = Record<string, unknown>>(
  client: ChannelClient,
  type: string,
  input: unknown = {},
): Promise<T> {
  return outputOf<T>(await client.request(type, input));
}

/** Asks and expects a refusal with this code. */
export async function expectRefused(client: ChannelClient, type: string, input: unknown, code: string) {
  const reply = await client.request(type, input);
  expect(reply).toMatchObject({ ok: false, error: { code } });
}

export interface SetUpSession {
  room: string;
  sessionId: string;
  facilitator: ChannelClient;
  facilitatorToken: string;
  facilitatorId: string;
  agenda: AgendaItem[];
  code: string;
}

/** An editor sets a session up with two agenda items (10 and 5 minutes) and mints its code. */
export async function setUpSession(
  relay: TestRelay,
  options: { anonymity?: Anonymity; dotsPerPerson?: number; sessionId?: string } = {},
): Promise<SetUpSession> {
  const sessionId = options.sessionId ?? 'workshop-1';
  const room = sessionRoom(SPACE, sessionId);
  const { token, memberId } = await relay.member(SPACE, 'editor', 'Facilitator Fatima');
  const facilitator = await openChannelClient(relay.wsUrl, room, token);
  const { agenda } = await ask<{ agenda: AgendaItem[] }>(facilitator, 'session:setup', {
    title: 'Referral pathways',
    date: '2026-12-02',
    agenda: [
      { title: 'What works today', minutes: 10 },
      { title: 'What to change', minutes: 5 },
    ],
    anonymity: options.anonymity ?? 'anonymous',
    dotsPerPerson: options.dotsPerPerson ?? 3,
  });
  const { code } = await ask<{ code: string }>(facilitator, 'session:code');
  return { room, sessionId, facilitator, facilitatorToken: token, facilitatorId: memberId, agenda, code };
}

/** Redeems a code with a name, as the join page does; fails unless the relay lets them in. */
export async function joinAsGuest(
  relay: TestRelay,
  code: string,
  displayName: string,
): Promise<SessionJoinAnswer> {
  const answer = await callApi<SessionJoinAnswer>(relay.url, 'POST', '/api/sessions/join', {
    body: { code, displayName },
  });
  if (answer.status !== 200) throw new Error(`join refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}
