// Spaces already hold entries written before the library had its metadata: they must still list, with their
// old status read in the new words, free-text countries dropped rather than guessed, and sensible defaults.
import { describe, expect, it } from 'vitest';
import { readDocumentEntries } from '../../shared/documents';

describe('entries written before the library', () => {
  it('read with defaults and their old status mapped', () => {
    const [entry] = readDocumentEntries([
      [
        'old1',
        {
          title: 'NRM procedures',
          kind: 'guideline',
          countries: ['Morocco', 'tn'],
          workStreams: ['legislation'],
          language: 'fr',
          tags: [],
          status: 'in-review',
          updatedAt: 1000,
          summary: 'x'.repeat(600),
        },
      ],
    ]);
    expect(entry).toMatchObject({
      id: 'old1',
      countries: ['TN'],
      region: '',
      status: 'in-consultation',
      sensitivity: 'community',
      createdAt: 1000,
      text: '',
    });
    expect(entry?.summary).toHaveLength(280);
  });

  it('read an archived entry as final', () => {
    const entries = readDocumentEntries([
      ['old2', { title: 'T', kind: 'lesson', language: 'en', status: 'archived', updatedAt: 5, summary: '' }],
    ]);
    expect(entries[0]?.status).toBe('final');
  });
});
