// A feature keeps its catalogs beside the code that uses them, at any depth: renderer/<feature>/**/locales
// all load into the feature's one namespace, and the i18n folder's own catalogs are the 'common' namespace.
import { expect, it } from 'vitest';
import { catalogResources } from '../../renderer/i18n/i18n';

it('groups catalogs by language and feature, merging nested folders into the feature', () => {
  const resources = catalogResources({
    './locales/en.json': { app: { name: 'Commons' } },
    '../drafts/locales/en.json': { list: { heading: 'Drafts' } },
    '../drafts/editor/locales/en.json': { list: { empty: 'None yet' }, toolbar: { bold: 'Bold' } },
    '../consultation/threads/panel/locales/fr.json': { title: 'Fils' },
    '../i18n/locales/en.json': { skipLink: 'Skip' },
    '../drafts/editor/notlocales/en.json': { ignored: true },
    '../drafts/locales/en.txt': { ignored: true },
  });
  expect(resources).toEqual({
    en: {
      common: { app: { name: 'Commons' }, skipLink: 'Skip' },
      drafts: { list: { heading: 'Drafts', empty: 'None yet' }, toolbar: { bold: 'Bold' } },
    },
    fr: { consultation: { title: 'Fils' } },
  });
});
