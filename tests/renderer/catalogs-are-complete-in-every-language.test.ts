// Every string a person reads comes from a catalog, in each UI language: same keys, nothing empty, the same
// {{placeholders}}, and every plural form the language needs (Ukrainian one/few/many/other, Arabic's six...).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../shared/profile';

const RENDERER = join(import.meta.dirname, '../../renderer');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** namespace (folder holding locales/) -> language -> flattened catalog */
function loadCatalogs(): Map<string, Map<string, Map<string, string>>> {
  const catalogs = new Map<string, Map<string, Map<string, string>>>();
  const files = readdirSync(RENDERER, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /(^|\/)locales\/[^/]+\.json$/.test(file),
  );
  for (const file of files) {
    // The namespace is the feature folder right under renderer/, however deep its locales/ folder sits.
    const [folder = '', language = ''] =
      /^([^/]+)\/(?:.*\/)?locales\/([^/]+)\.json$/.exec(file)?.slice(1) ?? [];
    const namespace = folder === 'i18n' ? 'common' : folder;
    if (!catalogs.has(namespace)) catalogs.set(namespace, new Map());
    const languages = catalogs.get(namespace) ?? new Map<string, Map<string, string>>();
    const flat = languages.get(language) ?? new Map<string, string>();
    flatten(JSON.parse(readFileSync(join(RENDERER, file), 'utf8')), '', flat);
    languages.set(language, flat);
  }
  return catalogs;
}

function flatten(value: unknown, prefix: string, into: Map<string, string>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
  }
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1]).sort();

const baseKeys = (catalog: Map<string, string>) =>
  new Set([...catalog.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));

const catalogs = loadCatalogs();

describe('UI catalogs', () => {
  it('include the common namespace and at least one feature namespace', () => {
    expect(catalogs.has('common')).toBe(true);
    expect(catalogs.size).toBeGreaterThan(1);
  });

  for (const [namespace, languages] of catalogs) {
    describe(`namespace "${namespace}"`, () => {
      const english = languages.get('en') ?? new Map<string, string>();

      it('exists in every UI language and no others', () => {
        expect([...languages.keys()].sort()).toEqual([...UI_LANGUAGES].sort());
      });

      for (const language of UI_LANGUAGES) {
        const catalog = languages.get(language) ?? new Map<string, string>();

        it(`${language}: has exactly the English keys`, () => {
          expect([...baseKeys(catalog)].sort()).toEqual([...baseKeys(english)].sort());
        });

        it(`${language}: has no empty values`, () => {
          const empty = [...catalog].filter(([, text]) => text.trim() === '').map(([key]) => key);
          expect(empty).toEqual([]);
        });

        it(`${language}: uses the same placeholders as English`, () => {
          for (const [key, text] of catalog) {
            const source = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other')) ?? '';
            expect(placeholders(text), `${namespace}:${key}`).toEqual(placeholders(source));
          }
        });

        it(`${language}: has every plural form the language needs`, () => {
          const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
          const pluralBases = new Set(
            [...english.keys(), ...catalog.keys()]
              .filter((k) => PLURAL_SUFFIX.test(k))
              .map((k) => k.replace(PLURAL_SUFFIX, '')),
          );
          for (const base of pluralBases) {
            for (const category of needed)
              expect(catalog.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
          }
        });

        if (language !== 'en') {
          it(`${language}: is translated, not an English copy`, () => {
            const copied = [...catalog].filter(
              ([key, text]) => english.get(key) === text && /\p{L}{4,}/u.test(text),
            );
            // Names that read the same everywhere (the product name, "Sessions" in French) are few.
            expect(copied.length, copied.map(([key]) => key).join(', ')).toBeLessThanOrEqual(
              Math.max(3, Math.floor(catalog.size * 0.1)),
            );
          });
        }
      }
    });
  }
});
