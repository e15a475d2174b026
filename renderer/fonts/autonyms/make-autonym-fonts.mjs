// Remakes the picker's autonym faces (fonts.css): the glyphs of each language's name in itself, cut with
// HarfBuzz's subsetter from the shipped @fontsource Noto face (shaping rules kept). Not part of the build: run
// `npm install --no-save subset-font && node renderer/fonts/autonyms/make-autonym-fonts.mjs` when a name or a
// face changes, and copy the printed ranges into fonts.css.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const FACES = [
  ['lao', 'lo', '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2'],
  [
    'devanagari',
    'ne',
    '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2',
  ],
  ['bengali', 'bn', '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff2'],
];

for (const [name, language, face] of FACES) {
  const autonym = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  const subset = await subsetFont(await readFile(require.resolve(face)), autonym, { targetFormat: 'woff2' });
  await writeFile(new URL(`./${name}.woff2`, import.meta.url), subset);
  const range = [...new Set(autonym)]
    .map((character) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .sort();
  console.log(`${name}.woff2 (${autonym}): ${subset.byteLength} bytes, unicode-range: ${range.join(', ')}`);
}
