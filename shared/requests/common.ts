// Requests every room kind answers, for every role.
import { z } from 'zod';
import { ROLES } from '../roles';
import type { RequestSchemas } from './request-schemas';

const empty = z.object({});

export const commonRequests = {
  /** The relay's clock, for NTP-style offset estimates. */
  time: { input: empty, output: z.object({ serverTime: z.number() }) },
  /** Who the relay thinks this connection is. */
  whoami: {
    input: empty,
    output: z.object({
      memberId: z.string(),
      name: z.string(),
      role: z.enum(ROLES),
      writable: z.boolean(),
    }),
  },
} as const satisfies RequestSchemas;
