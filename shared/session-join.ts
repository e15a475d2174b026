// Joining a workshop session by its short code or link: the codes' alphabet and form, the join link, and
// `POST /api/sessions/join`'s request and answer (a session-only token for that one session room).
import { z } from 'zod';
import { ENTITY_ID_PATTERN } from './rooms';

const entityId = z.string().regex(ENTITY_ID_PATTERN);

/** Short codes use these letters only: no 0/O, 1/I/L, so they read aloud and type without doubt. */
export const SESSION_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SESSION_CODE_LENGTH = 8;

/** A typed code as the relay compares it: upper case, spaces and dashes dropped. */
export const normaliseSessionCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

export const sessionCodeSchema = z
  .string()
  .transform(normaliseSessionCode)
  .pipe(
    z
      .string()
      .length(SESSION_CODE_LENGTH)
      .regex(/^[A-HJKMNP-Z2-9]+$/),
  );

/** Shown to people as two groups of four: "ABCD-EFGH". */
export const formatSessionCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/**
 * The join link for a session: the web build's hash route `#/session-join?code=…` on the relay's address. The
 * renderer's route reads `code`, asks for a name and redeems it at `POST /api/sessions/join`.
 */
export const sessionJoinLink = (relayUrl: string, code: string): string =>
  `${relayUrl.replace(/\/+$/, '')}/#/session-join?code=${encodeURIComponent(code)}`;

/** `POST /api/sessions/join` (no token; rate-limited per address like /api/join). */
export const sessionJoinRequest = z.object({
  code: sessionCodeSchema,
  displayName: z.string().trim().min(1).max(80),
});
export type SessionJoinRequest = z.input<typeof sessionJoinRequest>;

/**
 * What the relay answers: a token that opens `room` (`<space>/session/<session>`) and nothing else of the space
 * (other rooms: 403 on upgrade; the space's HTTP API: 403). Its role is 'commenter'.
 */
export const sessionJoinAnswer = z.object({
  token: z.string(),
  space: z.string(),
  spaceName: z.string(),
  session: entityId,
  room: z.string(),
  title: z.string(),
  memberId: z.string(),
  name: z.string(),
  role: z.literal('commenter'),
});
export type SessionJoinAnswer = z.infer<typeof sessionJoinAnswer>;
