// Sets up i18next with every catalog in the renderer: renderer/i18n/locales/<lang>.json is the 'common'
// namespace, and renderer/<feature>/**/locales/<lang>.json (at any depth) is the '<feature>' namespace (e.g.
// 'drafts' for renderer/drafts/locales and renderer/drafts/editor/locales alike).
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RTL_LANGUAGES, UI_LANGUAGES, type UiLanguage } from '../../shared/profile';

type Catalog = Record<string, unknown>;

// Vite names files in this folder './locales/..' and the others '../<feature>/[any/folders/]locales/..'.
const catalogFiles = import.meta.glob<Catalog>(['./locales/*.json', '../*/**/locales/*.json'], {
  eager: true,
  import: 'default',
});

const CATALOG_PATH = /^(?:\.\/|\.\.\/([^/]+)\/(?:[^/]+\/)*)locales\/([^/]+)\.json$/;

/**
 * Groups catalog files by language and namespace (the feature folder right under renderer/; the i18n folder's
 * own catalogs are 'common'). Catalogs of one feature at different depths merge into its one namespace.
 */
export function catalogResources(files: Record<string, Catalog>): Record<string, Record<string, Catalog>> {
  const resources: Record<string, Record<string, Catalog>> = {};
  // Shallow paths first, so a nested catalog can only add keys beside its feature's top-level one.
  const paths = Object.keys(files).sort(
    (a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b),
  );
  for (const path of paths) {
    const match = CATALOG_PATH.exec(path);
    const catalog = files[path];
    if (!match || !catalog) continue;
    const [, folder, language = ''] = match;
    const namespace = folder === undefined || folder === 'i18n' ? 'common' : folder;
    resources[language] ??= {};
    resources[language][namespace] = mergeCatalogs(resources[language][namespace] ?? {}, catalog);
  }
  return resources;
}

function mergeCatalogs(into: Catalog, from: Catalog): Catalog {
  const merged: Catalog = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const existing = merged[key];
    merged[key] = isCatalog(existing) && isCatalog(value) ? mergeCatalogs(existing, value) : value;
  }
  return merged;
}

const isCatalog = (value: unknown): value is Catalog =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The browser's preferred UI language when Commons has one, else English (used before a profile exists). */
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
  const resources = catalogResources(catalogFiles);
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    defaultNS: 'common',
    ns: Object.keys(resources.en ?? { common: {} }),
    // React escapes text itself; escaping twice would show entities to the reader.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
