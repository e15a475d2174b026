// Creating spaces over HTTP: checking and using a one-time setup code (the first owner of a fresh relay), and an
// owner of any space here creating another one. Setup endpoints are rate-limited per address.
import type { Logger } from 'pino';
import { z } from 'zod';
import { canManageMembers } from '../../../shared/roles';
import type { Membership } from '../../auth/membership';
import type { FoundedSpace, Spaces } from '../../auth/spaces';
import { caller } from './access';
import { HttpError, type Route, readBody } from './http-json';

export interface SetupRoutesOptions {
  membership: Membership;
  spaces: Spaces;
  logger: Logger;
}

/** BCP 47 language tags as the UI offers them: "en", "fr", "pt-BR", "zh-Hant". */
const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language tag like "en" or "pt-BR"');

const spaceSchema = z.object({
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(2000).default(''),
  languages: z
    .array(languageTag)
    .max(30)
    .default([])
    .transform((tags) => [...new Set(tags)]),
});

const codeSchema = z.string().min(1).max(200);
const checkSchema = z.object({ code: codeSchema });
const displayName = z.string().trim().min(1).max(80);
const setupSchema = z.object({ code: codeSchema, displayName, space: spaceSchema });
const newSpaceSchema = z.object({ displayName, space: spaceSchema });

const SETUP_REFUSALS = {
  unknown: [404, 'This setup link is not valid.'],
  used: [410, 'This setup link has already been used. Ask whoever runs the relay for a new one.'],
  expired: [410, 'This setup link has expired. Ask whoever runs the relay for a new one.'],
} as const;

function refuseSetup(reason: keyof typeof SETUP_REFUSALS): never {
  const [status, message] = SETUP_REFUSALS[reason];
  throw new HttpError(status, message);
}

const describeFounded = ({ space, member, token }: FoundedSpace) => ({
  token,
  role: member.role,
  space: space.id,
  spaceName: space.name,
  memberId: member.id,
});

export function setupRoutes(options: SetupRoutesOptions): Route[] {
  const { membership, spaces, logger } = options;
  return [
    {
      method: 'POST',
      path: /^\/api\/setup\/check$/,
      rateLimited: true,
      administrative: true,
      async handle({ req }) {
        const { code } = await readBody(req, checkSchema);
        const check = await spaces.checkSetupCode(code);
        if (!check.ok) refuseSetup(check.reason);
        return { ok: true };
      },
    },
    {
      method: 'POST',
      path: /^\/api\/setup$/,
      rateLimited: true,
      administrative: true,
      async handle({ req }) {
        // The body is validated before the code is touched, so a mistake in the form does not use it up.
        const body = await readBody(req, setupSchema);
        const founded = await spaces.setUp(body.code, body.displayName, body.space);
        if ('error' in founded) refuseSetup(founded.error);
        logger.info(
          { space: founded.space.id, memberId: founded.member.id },
          'space set up with a setup code',
        );
        return describeFounded(founded);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/spaces$/,
      administrative: true,
      async handle({ req }) {
        const by = await caller(membership, req);
        if (!canManageMembers(by.role)) {
          throw new HttpError(403, 'Only an owner of a space on this relay can create another space.');
        }
        const body = await readBody(req, newSpaceSchema);
        const founded = await spaces.create(body.displayName, body.space);
        logger.info({ space: founded.space.id, memberId: founded.member.id, by: by.id }, 'space created');
        return describeFounded(founded);
      },
    },
  ];
}
