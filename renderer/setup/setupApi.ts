// The relay's setup and space-creation endpoints: check a one-time setup code, create the first space with it,
// or create another space as an owner. Answers are validated; a new space comes back as a membership to save.
import { z } from 'zod';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { ROLES } from '../../shared/roles';
import { SPACE_ID_PATTERN } from '../../shared/rooms';
import { callRelay, RelayApiError } from '../spaces/relayApi';

export interface NewSpace {
  name: string;
  description: string;
  languages: string[];
}

/** Why a setup code cannot be used: never issued (or mistyped), already used, or past its seven days. */
export type SetupCodeRefusal = 'unknown' | 'used' | 'expired';

export type SetupCodeCheck = { ok: true } | { ok: false; reason: SetupCodeRefusal };

const checkAnswer = z.object({ ok: z.literal(true) });

const createdAnswer = z.object({
  token: z.string().min(1).max(8192),
  role: z.enum(ROLES),
  space: z.string().regex(SPACE_ID_PATTERN),
  spaceName: z.string().max(120),
  memberId: z.string().min(1),
});

/**
 * The relay answers 404 for a code it never issued and 410 for one that is used or expired, with a sentence
 * saying which (or a `reason` field); a 410 that says neither is treated as used, the likelier of the two.
 */
export function setupRefusal(error: RelayApiError): SetupCodeRefusal | null {
  if (error.reason === 'not-found') return 'unknown';
  if (error.reason !== 'gone') return null;
  return /expir/i.test(error.relayMessage ?? '') ? 'expired' : 'used';
}

export async function checkSetupCode(
  serverUrl: string,
  code: string,
  fetchImpl?: typeof fetch,
): Promise<SetupCodeCheck> {
  try {
    await callRelay({
      serverUrl,
      path: '/api/setup/check',
      method: 'POST',
      body: { code },
      answer: checkAnswer,
      fetchImpl,
    });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof RelayApiError)) throw error;
    // Only a malformed code makes the check itself invalid (its body is just the code).
    const refusal = error.reason === 'invalid' ? 'unknown' : setupRefusal(error);
    if (refusal) return { ok: false, reason: refusal };
    throw error;
  }
}

function membershipFrom(serverUrl: string, answer: z.infer<typeof createdAnswer>): SpaceMembership {
  return {
    serverUrl,
    space: answer.space,
    spaceName: answer.spaceName,
    role: answer.role,
    token: answer.token,
  };
}

export type SpaceCreator = { setupCode: string } | { ownerToken: string };

/** Creates a space with a setup code (the first owner) or an owner's token (another space on the same relay). */
export async function createSpace(
  serverUrl: string,
  creator: SpaceCreator,
  displayName: string,
  space: NewSpace,
  fetchImpl?: typeof fetch,
): Promise<SpaceMembership> {
  const answer =
    'setupCode' in creator
      ? await callRelay({
          serverUrl,
          path: '/api/setup',
          method: 'POST',
          body: { code: creator.setupCode, displayName, space },
          answer: createdAnswer,
          fetchImpl,
        })
      : await callRelay({
          serverUrl,
          path: '/api/spaces',
          method: 'POST',
          token: creator.ownerToken,
          body: { displayName, space },
          answer: createdAnswer,
          fetchImpl,
        });
  return membershipFrom(serverUrl, answer);
}
