// Picks the languages a space works in: a group of checkboxes (simpler by keyboard and screen reader than a
// multiple <select>), each language named in the interface language and in itself.
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageList, namedLanguages } from './spaceLanguages';

export interface LanguageChoiceProps {
  /** Given to the first checkbox, so a form can move focus to the group when it needs fixing. */
  id: string;
  value: string[];
  onChange: (languages: string[]) => void;
  errorId?: string;
  error?: ReactNode;
}

export function LanguageChoice({ id, value, onChange, errorId, error }: LanguageChoiceProps) {
  const { t, i18n } = useTranslation('spaces');
  const languages = useMemo(() => namedLanguages(i18n.language), [i18n.language]);
  const chosen = new Set(value);

  function toggle(code: string, on: boolean) {
    // Keeps the order in which the person chose them: the first is the space's main language.
    onChange(on ? [...value.filter((c) => c !== code), code] : value.filter((c) => c !== code));
  }

  return (
    <fieldset
      className="field language-choice"
      aria-describedby={errorId}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('form.languages')}</legend>
      <p className="muted field-hint">{t('form.languagesHint')}</p>
      {/* The list scrolls, so say what is chosen where it is always seen. */}
      {value.length > 0 && (
        <p className="field-hint languages-chosen">
          {t('form.languagesChosen', { list: languageList(value, i18n.language) })}
        </p>
      )}
      <ul>
        {languages.map(({ code, name, autonym }, index) => (
          <li key={code}>
            <label>
              <input
                id={index === 0 ? id : undefined}
                type="checkbox"
                value={code}
                checked={chosen.has(code)}
                onChange={(event) => toggle(code, event.target.checked)}
              />
              <span>{name}</span>
              {autonym !== name && (
                <span className="muted autonym" lang={code}>
                  {autonym}
                </span>
              )}
            </label>
          </li>
        ))}
      </ul>
      {error}
    </fieldset>
  );
}
