// Groups catalog files into i18next resources: renderer/i18n/locales/<lang>.json is the 'common' namespace,
// and renderer/<feature>/**/locales/<lang>.json (at any depth) is the '<feature>' namespace (e.g. 'drafts' for
// renderer/drafts/locales and renderer/drafts/editor/locales alike).

export type Catalog = Record<string, unknown>;

// Vite names files as the glob was written: './locales/..' and '../<feature>/[any/folders/]locales/..' from
// this folder, or '/<feature>/[any/folders/]locales/..' from the renderer's root.
const CATALOG_PATH = /^(?:\.\/|(?:\.\.\/|\/)([^/]+)\/(?:[^/]+\/)*)locales\/([^/]+)\.json$/;

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
