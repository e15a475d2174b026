// Loads a language's catalogs on demand as an i18next backend: English ships in the first script (it is the
// fallback for every key), each other language is one chunk fetched only when someone uses it, so adding a
// language costs the first visit nothing.
import type { BackendModule, ReadCallback } from 'i18next';
import type { UiLanguage } from '../../shared/profile';
import { type Catalog, catalogResources } from './catalogResources';

type CatalogFiles = Record<string, Catalog>;

/** One dynamic import per language: Vite makes each its own chunk (renderer/i18n/catalogs/<language>.ts). */
const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: CatalogFiles }>> = {
  fr: () => import('./catalogs/fr'),
  es: () => import('./catalogs/es'),
  ru: () => import('./catalogs/ru'),
  ar: () => import('./catalogs/ar'),
  pt: () => import('./catalogs/pt'),
  uk: () => import('./catalogs/uk'),
  ur: () => import('./catalogs/ur'),
  ne: () => import('./catalogs/ne'),
  lo: () => import('./catalogs/lo'),
  bn: () => import('./catalogs/bn'),
};

const loaded = new Map<string, Promise<Record<string, Catalog>>>();

/** The language's namespaces (empty for a language Commons has no catalogs in: i18next falls back to English). */
function namespacesOf(language: string): Promise<Record<string, Catalog>> {
  let pending = loaded.get(language);
  if (!pending) {
    const load = LOADERS[language as keyof typeof LOADERS];
    pending = load
      ? load().then((module) => catalogResources(module.default)[language] ?? {})
      : Promise.resolve({});
    // A failed download (offline before the chunk was kept) may succeed on the next try.
    pending.catch(() => loaded.delete(language));
    loaded.set(language, pending);
  }
  return pending;
}

export const languageBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    namespacesOf(language).then(
      (namespaces) => callback(null, namespaces[namespace] ?? {}),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
