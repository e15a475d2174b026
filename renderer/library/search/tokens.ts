// Words for search, in every script the library holds: runs of letters and digits are words, and a run in a
// script written without spaces (Lao, Thai, Khmer, Burmese, Chinese, Japanese) is cut into words by
// Intl.Segmenter in the document's language. Segmenting everything would be the same for spaced scripts and
// about thirty times slower, which a 10,000-entry rebuild feels. Then each word is folded so case and accents
// do not matter: "Réfugiés" and "refugies" meet, as do "Ёлка" and "елка", and Arabic with or without vowel marks.

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const UNSPACED =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string | undefined): Intl.Segmenter {
  const key = language ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language || undefined, { granularity: 'word' });
    } catch {
      // A tag the runtime does not know: the root rules still cut unspaced scripts by their dictionaries.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** Each word of `text` as written (not folded), in order, with its position; for snippets and highlights. */
export function* wordsOf(text: string, language?: string): Generator<{ word: string; index: number }> {
  for (const run of text.matchAll(WORD_RUN)) {
    const word = run[0];
    if (!UNSPACED.test(word)) {
      yield { word, index: run.index };
      continue;
    }
    for (const part of segmenterFor(language).segment(word)) {
      if (part.isWordLike) yield { word: part.segment, index: run.index + part.index };
    }
  }
}

/** The words of `text` as a list (unfolded). */
export function tokenise(text: string, language?: string): string[] {
  const words: string[] = [];
  for (const { word } of wordsOf(text, language)) words.push(word);
  return words;
}

// Marks on Latin, Greek and Cyrillic letters are accents (é, ñ, ё, й); on Thai, Lao or Indic letters they are
// vowels and tones that change the word, so those stay.
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
// Arabic vowel marks (harakat), the dagger alif and tatweel: written sometimes, never needed to find a word.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const ARABIC_LETTERS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };
const ARABIC_VARIANTS = /[أإآٱىة]/g;
const ASCII = /^[ -~]*$/;

/** A word as the index keeps it: lower case, accents and Arabic vowel marks gone, letter variants joined. */
export function foldWord(word: string): string {
  // Most words of a Latin-script library are plain ASCII: nothing to decompose.
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(ACCENTED, '$1')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_VARIANTS, (letter) => ARABIC_LETTERS[letter] ?? letter)
    .normalize('NFC');
}
