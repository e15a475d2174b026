// The UI language choice. Each language is named in itself (Français, العربية) so people find their own
// even when the interface is in a language they do not read.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/profile';

function autonym(language: UiLanguage): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

export interface LanguagePickerProps {
  value: UiLanguage;
  onChange: (language: UiLanguage) => void;
  disabled?: boolean;
  /** When a visible heading already says "Language", the label is only for assistive technology. */
  hideLabel?: boolean;
}

export function LanguagePicker({ value, onChange, disabled, hideLabel }: LanguagePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {t('profile.language')}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {autonym(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
