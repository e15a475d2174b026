// Building blocks shared by the personal-data rules: digits in the scripts our people write them in (Western,
// Arabic-Indic, Persian), capitalised names, and the words that look like names but are not (headings,
// sentence openers, months, countries), so an ordinary lesson does not light up.

/** One digit: 0-9, Arabic-Indic ٠-٩ or Extended Arabic-Indic ۰-۹. */
export const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/** An age a person can have, written with one or two digits. */
export const AGE = `(?<age>${DIGIT}{1,2})`;

/** One capitalised word in a Latin or Cyrillic script: Maria, María, O'Neil, Jean-Luc, Мария. */
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]+)?";
const PARTICLE = '(?:de|da|del|dos|das|van|von|al|el|bin|ben|ibn|la|le)';
/** A name of one to three capitalised words, with particles (María de la Cruz); captured as `name`. */
export const NAME = `(?<name>${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${NAME_WORD}){0,2})`;
/** One or two Arabic-script words; the rules trim openers such as قالت off the front. */
export const ARABIC_NAME = '(?<name>\\p{Script=Arabic}+(?:\\s+\\p{Script=Arabic}+)?)';

/** Nothing of a word right before (so a pattern starts at a word's start). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Nothing of a word right after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Capitalised words that open sentences, headings and counts rather than name a person. */
const NOT_NAMES = new Set(
  [
    // English
    'a an the in on at by for from with of to and or but then when after before during since while this that these those',
    'article articles section chapter table figure annex paragraph step module day week phase group page box law act decree',
    'case cases item lesson recommendation total age aged children child girls boys women men victims survivors families',
    'officers staff migrants workers year years province district region ministry police court our we they he she it',
    'january february march april may june july august september october november december',
    'monday tuesday wednesday thursday friday saturday sunday',
    // French
    'le la les un une des au aux dans en par pour sur avec entre depuis selon chapitre tableau annexe étape mois',
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    // Spanish and Portuguese
    'el los las unos unas en con entre desde según artículo capítulo sección cuadro anexo paso niñas niños mujeres',
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    'os um uma em com artigo capítulo seção anexo janeiro fevereiro março maio junho julho setembro outubro novembro dezembro',
    // Russian
    'в во на по за из от до для при после статья статьи глава раздел таблица приложение шаг модуль группа дети',
    'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
  ]
    .join(' ')
    .split(' '),
);

/** Arabic words that come before a name or a number without being one. */
export const ARABIC_NOT_NAMES = new Set(
  'قالت قال وقالت وقال أن إن من في على عن مع هي هو كانت كان منذ خلال بعد قبل لمدة حوالي نحو أكثر أقل عمرها عمره المادة الفصل الجدول الملحق الفقرة الأطفال النساء الضحايا'.split(
    ' ',
  ),
);

const REGION_CODES =
  'AE AF AL AM AO AR AZ BA BD BF BG BH BJ BO BR BY CD CF CG CH CI CL CM CN CO CR CU CY CZ DE DJ DK DO DZ EC EE EG ER ES ET FI FR GA GB GE GH GM GN GQ GR GT GW HN HR HT HU ID IE IL IN IQ IR IT JO JP KE KG KH KM KP KR KW KZ LA LB LK LR LS LT LU LV LY MA MD ME MG MK ML MM MN MR MU MV MW MX MY MZ NA NE NG NI NL NO NP OM PA PE PH PK PL PS PT PY QA RO RS RU RW SA SD SE SG SI SK SL SN SO SS SV SY SZ TD TG TH TJ TL TM TN TR TT TZ UA UG US UY UZ VE VN YE ZA ZM ZW'.split(
    ' ',
  );
const LANGUAGES_OF_NAMES = ['en', 'fr', 'es', 'pt', 'ru', 'ar'];

let countryNames: Set<string> | null = null;
/** Country names in the languages we check, lower-cased (built once, on first use). */
function countries(): Set<string> {
  if (countryNames) return countryNames;
  countryNames = new Set();
  for (const language of LANGUAGES_OF_NAMES) {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of REGION_CODES) {
      const name = names.of(code);
      if (name && name !== code) countryNames.add(name.toLocaleLowerCase());
    }
  }
  return countryNames;
}

/**
 * The part of a captured name that is a person's: drops leading words that are openers, headings or countries
 * ("Then Maria" -> "Maria"); null when nothing is left ("Article", "Laos").
 */
export function personalPart(name: string, arabic = false): { offset: number; name: string } | null {
  const words = [...name.matchAll(/\S+/g)];
  let first = 0;
  const skip = (word: string) =>
    arabic
      ? ARABIC_NOT_NAMES.has(word) || countries().has(word.toLocaleLowerCase())
      : NOT_NAMES.has(word.toLocaleLowerCase()) || countries().has(word.toLocaleLowerCase());
  while (first < words.length && skip(words[first]?.[0] ?? '')) first++;
  // Arabic: a word with the article (الطفلة, الضحية) describes the person; the name follows it.
  if (arabic) while (first < words.length - 1 && (words[first]?.[0] ?? '').startsWith('ال')) first++;
  const kept = words.slice(first);
  const start = kept[0];
  const end = kept[kept.length - 1];
  if (!start || !end || start.index === undefined || end.index === undefined) return null;
  const text = name.slice(start.index, end.index + end[0].length);
  if (countries().has(text.toLocaleLowerCase())) return null;
  return { offset: start.index, name: text };
}

/** Digits of a string, Arabic-Indic and Persian ones read as 0-9. */
export function digitsOf(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\D/g, '');
}
