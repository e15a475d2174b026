// The demo space's content: at least 40 lessons and good practices over all six work streams, eight countries
// and four languages (Arabic, Russian and Lao among them), valid index metadata spread over the years, and
// no personal data in any of it (the personal-data rules stay quiet on ordinary lessons in every language).
import { describe, expect, it } from 'vitest';
import { DEMO_ENTRIES } from '../../renderer/library/demo/content';
import { demoDocumentId, demoMetadata, demoPlainText } from '../../renderer/library/demo/demoEntry';
import { findPersonalData } from '../../renderer/library/privacy/personalData';
import { documentIdSchema, newDocumentMetadata } from '../../shared/documents';
import { WORK_STREAMS } from '../../shared/vocabulary';

const distinct = <T>(values: T[]) => new Set(values);

describe('the demo space content', () => {
  it('has at least 40 lessons and good practices', () => {
    const lessons = DEMO_ENTRIES.filter((entry) => entry.kind === 'lesson' || entry.kind === 'good-practice');
    expect(lessons.length).toBeGreaterThanOrEqual(40);
    expect(distinct(lessons.map((entry) => entry.kind))).toEqual(new Set(['lesson', 'good-practice']));
  });

  it('covers all six work streams, at least eight countries and four languages incl. ar, ru and lo', () => {
    expect(distinct(DEMO_ENTRIES.flatMap((entry) => entry.workStreams))).toEqual(new Set(WORK_STREAMS));
    expect(distinct(DEMO_ENTRIES.flatMap((entry) => entry.countries)).size).toBeGreaterThanOrEqual(8);
    const languages = distinct(DEMO_ENTRIES.map((entry) => entry.language));
    expect(languages.size).toBeGreaterThanOrEqual(4);
    for (const language of ['ar', 'ru', 'lo']) expect(languages.has(language)).toBe(true);
  });

  it('gives every entry valid, unique index metadata, spread over at least eight years', () => {
    const ids = DEMO_ENTRIES.map(demoDocumentId);
    expect(distinct(ids).size).toBe(DEMO_ENTRIES.length);
    for (const entry of DEMO_ENTRIES) {
      expect(documentIdSchema.safeParse(demoDocumentId(entry)).success).toBe(true);
      const metadata = newDocumentMetadata(demoMetadata(entry), Date.UTC(2026, 0, 1));
      expect(metadata.countries.length).toBeGreaterThan(0);
      expect(metadata.workStreams.length).toBeGreaterThan(0);
      expect(metadata.tags.length).toBeGreaterThan(0);
    }
    const years = distinct(DEMO_ENTRIES.map((entry) => entry.written[0]));
    expect(years.size).toBeGreaterThanOrEqual(8);
    expect(distinct(DEMO_ENTRIES.map((entry) => entry.status))).toEqual(
      new Set(['draft', 'in-consultation', 'final']),
    );
  });

  it('contains no personal data in any language', () => {
    for (const entry of DEMO_ENTRIES) {
      const found = findPersonalData(`${entry.title}\n${demoPlainText(entry)}`);
      expect({ slug: entry.slug, found }).toEqual({ slug: entry.slug, found: [] });
    }
  });
});
