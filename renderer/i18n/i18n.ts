// Sets up i18next: English catalogs ship in the first script (the fallback for every key), any other language's
// catalogs load as one chunk when the UI switches to it (languageBackend.ts); numbers and dates go through Intl
// in the UI language (localFormats.ts); <html lang dir> follows the language.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RTL_LANGUAGES, UI_LANGUAGES, type UiLanguage } from '../../shared/profile';
import { type Catalog, catalogResources } from './catalogResources';
import { languageBackend } from './languageBackend';
import { localFormats } from './localFormats';
// The scripts' fonts travel with the languages: fetched only when a character of that script is shown.
import '../fonts/fonts.css';

export { catalogResources } from './catalogResources';

const englishFiles = import.meta.glob<Catalog>(['./locales/en.json', '../*/**/locales/en.json'], {
  eager: true,
  import: 'default',
});

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the browser's (or, in Electron, the system's) preferred languages that Commons speaks, else
 * English: used on first run, before a profile exists. 'pt-BR' and 'uk-UA' count as Portuguese and Ukrainian.
 */
export function preferredLanguage(languages: readonly string[] = navigator.languages): UiLanguage {
  for (const tag of languages) {
    const base = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

/** Sets <html lang dir> so the whole layout, built with logical CSS properties, follows the language. */
export function applyDocumentLanguage(language: string, root: HTMLElement = document.documentElement): void {
  root.lang = language;
  root.dir = RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
}

export async function setupI18n(language: UiLanguage): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => applyDocumentLanguage(lng));
  const resources = catalogResources(englishFiles);
  await instance
    .use(languageBackend)
    .use(localFormats)
    .use(initReactI18next)
    .init({
      resources,
      // English is bundled; the others come through the backend (changeLanguage waits for them).
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...UI_LANGUAGES],
      defaultNS: 'common',
      ns: Object.keys(resources.en ?? { common: {} }),
      // React escapes text itself; escaping twice would show entities to the reader.
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  return instance;
}
