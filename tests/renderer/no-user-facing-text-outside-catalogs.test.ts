// Every word in the interface comes from the catalogs, so it exists in all five languages. Scans every
// component in renderer/ (each feature's too) with a real parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUntranslatedText } from './untranslatedText';

const RENDERER = join(import.meta.dirname, '../../renderer');
const components = readdirSync(RENDERER, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.tsx'),
);

describe('the scanner', () => {
  it('finds hard-coded text, string children and read attributes, and allows symbols and catalog lookups', () => {
    const source = [
      'export const A = () => (',
      '  <div title="Tooltip" data-kind="not-read">',
      '    Hello',
      "    {'Goodbye'}",
      '    <button aria-label={`Close`} placeholder={t("ok")}>×</button>',
      "    <img alt='' />",
      '    {t("app.name")} · {count}',
      '  </div>',
      ');',
    ].join('\n');
    expect(findUntranslatedText('a.tsx', source)).toEqual([
      { line: 2, text: 'Tooltip' },
      { line: 3, text: 'Hello' },
      { line: 4, text: 'Goodbye' },
      { line: 5, text: 'Close' },
    ]);
  });
});

describe('renderer components', () => {
  it('exist to be scanned', () => {
    expect(components.length).toBeGreaterThan(5);
  });

  for (const file of components) {
    it(`${file} takes every user-facing string from the catalogs`, () => {
      const found = findUntranslatedText(file, readFileSync(join(RENDERER, file), 'utf8'));
      expect(found.map(({ line, text }) => `${file}:${line} ${JSON.stringify(text)}`)).toEqual([]);
    });
  }
});
