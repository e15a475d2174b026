// Requests answered in document rooms (`<space>/doc/<id>`) about named versions: the relay keeps each one as the
// room's whole state with its name, who named it and when, apart from the room's own log.
import { z } from 'zod';
import { ENTITY_ID_PATTERN } from '../rooms';
import type { RequestSchemas } from './request-schemas';

export const VERSION_NAME_MAX = 200;

const versionName = z.string().trim().min(1).max(VERSION_NAME_MAX);

/** A version as lists show it (its state only comes with `version:get`). */
export const versionSummary = z.object({
  id: z.string().regex(ENTITY_ID_PATTERN),
  name: z.string(),
  createdAt: z.number(),
  /** Who named it, by the relay's records (null for versions no member made). */
  createdBy: z.object({ memberId: z.string(), name: z.string() }).nullable(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

export const versionRequests = {
  /** Editors and owners: keep the room's current state under this name. */
  'version:save': {
    input: z.object({ name: versionName }),
    output: z.object({ version: versionSummary }),
  },
  /** Anyone who reads the document: its versions, oldest first. */
  'version:list': {
    input: z.object({}),
    output: z.object({ versions: z.array(versionSummary) }),
  },
  /** Anyone who reads the document: one version with its state (a Yjs update, base64), to open or compare. */
  'version:get': {
    input: z.object({ id: z.string().regex(ENTITY_ID_PATTERN) }),
    output: z.object({ version: versionSummary, state: z.string() }),
  },
  /**
   * Editors and owners: first keeps the current state as a version named `automaticName` (the client's words
   * for "Before restoring …" in its language), then writes, as a new edit everyone receives, the content that
   * makes the document read as the version did. Nothing in the history is rewritten.
   */
  'version:restore': {
    input: z.object({ id: z.string().regex(ENTITY_ID_PATTERN), automaticName: versionName.optional() }),
    output: z.object({ restored: versionSummary, automatic: versionSummary }),
  },
} as const satisfies RequestSchemas;
