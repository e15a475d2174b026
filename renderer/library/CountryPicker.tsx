// Countries of a document: the chosen ones as removable chips, and a field to add one by typing its name in
// the UI language (or its code). Only ISO codes are stored; names come from Intl.DisplayNames.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countriesByName, countryName } from './countries';

export function CountryPicker({ value, onChange }: { value: string[]; onChange(next: string[]): void }) {
  const { t, i18n } = useTranslation('library');
  const [typed, setTyped] = useState('');
  const ui = i18n.language;
  const all = useMemo(() => countriesByName(ui), [ui]);

  const add = (text: string) => {
    const wanted = text.trim().toLocaleLowerCase(ui);
    const found = all.find(
      (country) => country.name.toLocaleLowerCase(ui) === wanted || country.code.toLowerCase() === wanted,
    );
    if (!found) return;
    if (!value.includes(found.code)) onChange([...value, found.code]);
    setTyped('');
  };

  return (
    <fieldset className="library-countries">
      <legend>{t('metadata.countries')}</legend>
      <ul>
        {value.map((code) => (
          <li key={code}>
            {countryName(code, ui)}
            <button
              type="button"
              aria-label={t('metadata.removeCountry', { country: countryName(code, ui) })}
              onClick={() => onChange(value.filter((c) => c !== code))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t('metadata.addCountry')}
        <input
          value={typed}
          list="library-countries"
          onChange={(event) => {
            setTyped(event.target.value);
            // Picking from the list fills the whole name at once: add it then.
            if (all.some((country) => country.name === event.target.value)) add(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add(typed);
            }
          }}
        />
      </label>
      <datalist id="library-countries">
        {all.map((country) => (
          <option key={country.code} value={country.name} />
        ))}
      </datalist>
    </fieldset>
  );
}
