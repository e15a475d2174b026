// Requests answered in a member's inbox room (`<space>/inbox/<memberId>`), by that member only: marking
// mentions read. Nobody writes an inbox directly; the relay writes the notices and the marks.
import { z } from 'zod';
import { MAX_MARKED_AT_ONCE } from '../mentions';
import { ENTITY_ID_PATTERN } from '../rooms';
import type { RequestSchemas } from './request-schemas';

export const inboxRequests = {
  /** Marks the notices of these comments read, or (`all`) every notice the inbox holds now. */
  'inbox:read': {
    input: z.union([
      z.object({ comments: z.array(z.string().regex(ENTITY_ID_PATTERN)).min(1).max(MAX_MARKED_AT_ONCE) }),
      z.object({ all: z.literal(true) }),
    ]),
    output: z.object({ ok: z.literal(true) }),
  },
} as const satisfies RequestSchemas;
