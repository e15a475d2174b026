// How a facet value reads in the UI language: kinds, work streams and statuses from the catalog, countries and
// languages from Intl.DisplayNames, years, regions and tags as written.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from './countries';
import { languageName } from './labels';
import type { Facet } from './model/facets';

export function useFacetLabel(): (facet: Facet, value: string) => string {
  const { t, i18n } = useTranslation('library');
  const ui = i18n.language;
  return useCallback(
    (facet: Facet, value: string) => {
      switch (facet) {
        case 'kind':
          return t(`kind.${value}`);
        case 'workStream':
          return t(`workStream.${value}`);
        case 'status':
          return t(`status.${value}`);
        case 'country':
          return countryName(value, ui);
        case 'language':
          return languageName(value, ui);
        default:
          return value;
      }
    },
    [t, ui],
  );
}
