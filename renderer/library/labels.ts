// Names of languages in the UI language (Intl.DisplayNames), for facets and the metadata panel.
const namers = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, uiLanguage: string): string {
  let namer = namers.get(uiLanguage);
  if (!namer) {
    namer = new Intl.DisplayNames([uiLanguage], { type: 'language' });
    namers.set(uiLanguage, namer);
  }
  try {
    return namer.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages offered when a document is created or described (any BCP 47 tag can still be typed). */
export const COMMON_LANGUAGES = [
  'en',
  'fr',
  'es',
  'pt',
  'ar',
  'ru',
  'uk',
  'ur',
  'ne',
  'lo',
  'th',
  'bn',
  'zh',
];
