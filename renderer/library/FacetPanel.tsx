// The facets beside the results: per facet, its values with counts (what picking it would show), as
// checkboxes; the most frequent first, the rest behind "Show all". Picked values stay listed even at zero.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACETS, type Facet, type FacetCounts, type FacetSelection } from './model/facets';
import { useFacetLabel } from './useFacetLabel';

const SHOWN_AT_FIRST = 8;

export function FacetPanel({
  counts,
  selection,
  onToggle,
}: {
  counts: FacetCounts;
  selection: FacetSelection;
  onToggle(facet: Facet, value: string): void;
}) {
  const { t } = useTranslation('library');
  return (
    <div className="library-facets">
      {FACETS.map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          counts={counts[facet]}
          picked={selection[facet] ?? []}
          onToggle={(value) => onToggle(facet, value)}
          heading={t(`facet.${facet}`)}
        />
      ))}
    </div>
  );
}

function FacetGroup({
  facet,
  counts,
  picked,
  onToggle,
  heading,
}: {
  facet: Facet;
  counts: Map<string, number>;
  picked: readonly string[];
  onToggle(value: string): void;
  heading: string;
}) {
  const { t } = useTranslation('library');
  const label = useFacetLabel();
  const [all, setAll] = useState(false);
  const values = [...new Set([...counts.keys(), ...picked])].sort(
    (a, b) =>
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b)),
  );
  if (values.length === 0) return null;
  const visible = all ? values : values.slice(0, SHOWN_AT_FIRST);
  return (
    <fieldset className="library-facet" data-facet={facet}>
      <legend>{heading}</legend>
      {visible.map((value) => (
        <label key={value} className="library-check">
          <input type="checkbox" checked={picked.includes(value)} onChange={() => onToggle(value)} />
          <span className="library-facet-value">{label(facet, value)}</span>
          <span className="library-facet-count">{counts.get(value) ?? 0}</span>
        </label>
      ))}
      {values.length > SHOWN_AT_FIRST && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? t('facets.fewer') : t('facets.all', { count: values.length })}
        </button>
      )}
    </fieldset>
  );
}
