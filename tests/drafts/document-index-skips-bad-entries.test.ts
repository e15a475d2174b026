// The space index is written by every editor's client: entries that do not match the schema are skipped,
// valid ones are listed newest first, and new entries get sensible defaults.
import { describe, expect, it } from 'vitest';
import { newDocumentMetadata, readDocumentEntries, summarise } from '../../shared/documents';

describe('document metadata', () => {
  it('lists valid entries newest first and skips malformed ones', () => {
    const good = newDocumentMetadata({ title: 'NRM procedures', kind: 'guideline' }, 2000);
    const older = newDocumentMetadata({ title: 'Lessons from Accra', kind: 'lesson' }, 1000);
    const entries = readDocumentEntries([
      ['older', older],
      ['good', good],
      ['bad-kind', { ...good, kind: 'novel' }],
      ['../escape', good],
      ['not-an-object', 'hello'],
    ]);
    expect(entries.map((entry) => entry.id)).toEqual(['good', 'older']);
  });

  it('refuses an empty title when a document is created', () => {
    expect(() => newDocumentMetadata({ title: '  ', kind: 'guideline' }, 1)).toThrow();
  });

  it('keeps summaries short and on one line', () => {
    expect(summarise('  One\n\ntwo  ')).toBe('One two');
    expect(summarise('x'.repeat(500))).toHaveLength(280);
  });
});
