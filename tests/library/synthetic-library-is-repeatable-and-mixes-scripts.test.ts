// The benchmark's 10,000 entries: the same seed gives the same entries, and they mix the scripts and metadata
// a real space holds, so search and facet figures measure something realistic.
import { describe, expect, it } from 'vitest';
import { WORK_STREAMS } from '../../shared/vocabulary';
import { syntheticEntries } from '../support/synthetic-library';

describe('syntheticEntries', () => {
  const entries = syntheticEntries(10_000, 7);

  it('gives the same entries for the same seed and others for another seed', () => {
    expect(syntheticEntries(50, 7)).toEqual(entries.slice(0, 50));
    expect(syntheticEntries(50, 8)[0]?.text).not.toBe(entries[0]?.text);
  });

  it('makes the number asked for, with unique ids', () => {
    expect(entries).toHaveLength(10_000);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(10_000);
  });

  it('mixes Latin with accents, Cyrillic, Arabic, Lao and Thai', () => {
    const texts = entries.map((entry) => entry.text).join(' ');
    for (const script of [
      /[éóçã]/,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Arabic}/u,
      /\p{Script=Lao}/u,
      /\p{Script=Thai}/u,
    ])
      expect(texts).toMatch(script);
    expect(new Set(entries.map((entry) => entry.language)).size).toBeGreaterThanOrEqual(8);
  });

  it('spreads metadata over every work stream, many countries and fifteen years', () => {
    expect(new Set(entries.flatMap((entry) => entry.workStreams))).toEqual(new Set(WORK_STREAMS));
    expect(new Set(entries.flatMap((entry) => entry.countries)).size).toBeGreaterThanOrEqual(25);
    const years = new Set(entries.map((entry) => new Date(entry.createdAt).getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(14);
    for (const entry of entries) {
      expect(entry.summary.length).toBeLessThanOrEqual(280);
      expect(entry.updatedAt).toBeGreaterThanOrEqual(entry.createdAt);
      expect(entry.countries.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    }
  });
});
