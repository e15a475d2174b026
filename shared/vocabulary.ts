// The library's controlled vocabulary (docs/architecture.md): document kinds and work streams, as stable keys.
// Display names come from the i18n catalogs (keys `kind.<key>` and `workStream.<key>`).

export const DOCUMENT_KINDS = [
  'guideline',
  'lesson',
  'good-practice',
  'model-law',
  'curriculum',
  'session-notes',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const WORK_STREAMS = [
  'strategy-policy',
  'legislation',
  'capacity-building',
  'cooperation',
  'protection-assistance',
  'protection-children',
] as const;
export type WorkStream = (typeof WORK_STREAMS)[number];
