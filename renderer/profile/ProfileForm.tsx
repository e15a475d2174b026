// The profile form used on first run and in Settings: who this person is to their colleagues. Validated with
// the shared schema; each problem is shown next to its field and the first bad field gets focus.
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../shared/profile';
import { checkProfile, type ProfileErrors, type ProfileField } from './profileErrors';

export interface ProfileFormProps {
  initial: Profile;
  submitLabel: string;
  onSave: (profile: Profile) => Promise<void>;
  /** Extra fields rendered first inside the form (the language picker on first run). */
  children?: ReactNode;
  /** The language is chosen outside the text fields; the form saves whatever it currently is. */
  language: Profile['language'];
}

type TextField = Exclude<ProfileField, 'colour' | 'language' | 'dataSaver'>;
const TEXT_FIELDS: ReadonlyArray<{ field: TextField; autoComplete: string; required: boolean }> = [
  { field: 'displayName', autoComplete: 'name', required: true },
  { field: 'organisation', autoComplete: 'organization', required: false },
  { field: 'country', autoComplete: 'country-name', required: false },
];

export function ProfileForm({ initial, submitLabel, onSave, children, language }: ProfileFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Profile>(initial);
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const fieldId = (field: ProfileField) => `${id}-${field}`;
  const errorId = (field: ProfileField) => `${id}-${field}-error`;
  const update = (field: ProfileField, value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkProfile({ ...draft, language });
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = Object.keys(checked.errors)[0];
      if (first)
        form.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first as ProfileField))}`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    setFailed(false);
    try {
      await onSave(checked.profile);
      setSaved(true);
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  }

  const describedBy = (field: ProfileField) => (errors[field] ? errorId(field) : undefined);

  return (
    <form ref={form} className="profile-form" noValidate onSubmit={submit}>
      {children}
      {TEXT_FIELDS.map(({ field, autoComplete, required }) => (
        <div className="field" key={field}>
          <label htmlFor={fieldId(field)}>{t(`profile.${field}`)}</label>
          <input
            id={fieldId(field)}
            type="text"
            value={draft[field]}
            autoComplete={autoComplete}
            required={required}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={describedBy(field)}
            onChange={(event) => update(field, event.target.value)}
          />
          {errors[field] && (
            <p className="field-error" id={errorId(field)}>
              {t(errors[field])}
            </p>
          )}
        </div>
      ))}
      <div className="field field-colour">
        <label htmlFor={fieldId('colour')}>{t('profile.colour')}</label>
        <input
          id={fieldId('colour')}
          type="color"
          value={draft.colour}
          aria-invalid={errors.colour ? true : undefined}
          aria-describedby={describedBy('colour')}
          onChange={(event) => update('colour', event.target.value)}
        />
        {errors.colour && (
          <p className="field-error" id={errorId('colour')}>
            {t(errors.colour)}
          </p>
        )}
      </div>
      {Object.keys(errors).length > 0 && (
        <p className="form-error" role="alert">
          {t('profile.errors.summary')}
        </p>
      )}
      {failed && (
        <p className="form-error" role="alert">
          {t('profile.errors.notSaved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {submitLabel}
        </button>
        <p className="saved" role="status">
          {saved ? t('profile.saved') : ''}
        </p>
      </div>
    </form>
  );
}
