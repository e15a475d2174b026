// The languages a space can say it works in: a short list of widely used ones, named by the browser's
// Intl.DisplayNames (in the interface language, and in themselves) so no catalog has to list them.

/** BCP 47 codes; the UI languages first among equals, then languages common in the communities we serve. */
export const SPACE_LANGUAGES = [
  'en',
  'fr',
  'es',
  'ru',
  'ar',
  'pt',
  'de',
  'it',
  'nl',
  'pl',
  'uk',
  'ro',
  'tr',
  'fa',
  'ur',
  'hi',
  'bn',
  'zh',
  'ja',
  'ko',
  'id',
  'vi',
  'sw',
  'ha',
  'am',
] as const;

function displayName(language: string, inLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(language) ?? language;
    return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
  } catch {
    return language;
  }
}

export interface NamedLanguage {
  code: string;
  /** The language's name in the interface language ("Arabic" in English). */
  name: string;
  /** Its name in itself ("العربية"), shown too so people find their own. */
  autonym: string;
}

/** The space languages named in `uiLanguage`, in that language's alphabetical order. */
export function namedLanguages(uiLanguage: string): NamedLanguage[] {
  const collator = new Intl.Collator(uiLanguage);
  return SPACE_LANGUAGES.map((code) => ({
    code,
    name: displayName(code, uiLanguage),
    autonym: displayName(code, code),
  })).sort((a, b) => collator.compare(a.name, b.name));
}

/** A space's languages as one phrase in the interface language ("English, French and Arabic"). */
export function languageList(codes: readonly string[], uiLanguage: string): string {
  const names = codes.map((code) => displayName(code, uiLanguage));
  try {
    return new Intl.ListFormat(uiLanguage, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
