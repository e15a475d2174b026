// The form that creates a space on a relay (name, description, languages) and makes this person its owner:
// with a one-time setup code (the first space) or an owner's token (another one). Nothing typed is lost when
// the relay refuses; a space created but not saved on this device can be saved again.
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { useSignedInProfile } from '../app/ProfileProvider';
import { createSpace, setupRefusal } from '../setup/setupApi';
import { LanguageChoice } from './LanguageChoice';
import { RelayApiError, type RelayFailure } from './relayApi';
import './spaces.css';

export const MAX_SPACE_NAME = 80;
export const MAX_SPACE_DESCRIPTION = 500;

export interface CreateSpaceFormProps {
  serverUrl: string;
  /** A one-time setup code: creates the relay's first space (or any space, once). */
  setupCode?: string;
  /** The token of an owner of a space on the same relay: creates another space. */
  ownerToken?: string;
  /** Called with the new membership; the form offers to try again if it rejects (e.g. could not be saved). */
  onCreated(membership: SpaceMembership): Promise<void> | void;
}

type Field = 'name' | 'description' | 'languages';
type Problem =
  | { kind: 'relay'; reason: RelayFailure }
  | { kind: 'setup-code'; reason: 'unknown' | 'used' | 'expired' }
  | { kind: 'not-saved'; membership: SpaceMembership };

function fieldErrors(name: string, description: string, languages: string[]): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (name.trim() === '') errors.name = 'form.errors.nameRequired';
  else if (name.trim().length > MAX_SPACE_NAME) errors.name = 'form.errors.nameTooLong';
  if (description.trim().length > MAX_SPACE_DESCRIPTION)
    errors.description = 'form.errors.descriptionTooLong';
  if (languages.length === 0) errors.languages = 'form.errors.languagesRequired';
  return errors;
}

export function CreateSpaceForm({ serverUrl, setupCode, ownerToken, onCreated }: CreateSpaceFormProps) {
  const { t, i18n } = useTranslation('spaces');
  const profile = useSignedInProfile();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const initialLanguages = useMemo(() => [i18n.language.split('-')[0] ?? 'en'], [i18n.language]);
  const [languages, setLanguages] = useState<string[]>(initialLanguages);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const fieldId = (field: Field) => `${id}-${field}`;
  const errorId = (field: Field) => `${id}-${field}-error`;

  async function finish(membership: SpaceMembership) {
    try {
      await onCreated(membership);
    } catch {
      setProblem({ kind: 'not-saved', membership });
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = fieldErrors(name, description, languages);
    setErrors(found);
    const first = Object.keys(found)[0] as Field | undefined;
    if (first) {
      form.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}`)?.focus();
      return;
    }
    const creator = setupCode ? { setupCode } : ownerToken ? { ownerToken } : null;
    if (!creator) return setProblem({ kind: 'relay', reason: 'unauthorized' });
    setBusy(true);
    setProblem(null);
    try {
      const space = { name: name.trim(), description: description.trim(), languages };
      const membership = await createSpace(serverUrl, creator, profile.displayName, space);
      await finish(membership);
    } catch (error) {
      const refusal = setupCode && error instanceof RelayApiError ? setupRefusal(error) : null;
      setProblem(
        refusal
          ? { kind: 'setup-code', reason: refusal }
          : { kind: 'relay', reason: error instanceof RelayApiError ? error.reason : 'server' },
      );
    } finally {
      setBusy(false);
    }
  }

  const describedBy = (field: Field) => (errors[field] ? errorId(field) : undefined);
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p className="field-error" id={errorId(field)}>
        {t(errors[field], { max: field === 'name' ? MAX_SPACE_NAME : MAX_SPACE_DESCRIPTION })}
      </p>
    ) : null;

  return (
    <form ref={form} className="create-space-form" noValidate onSubmit={submit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={fieldId('name')}>{t('form.name')}</label>
        <input
          id={fieldId('name')}
          type="text"
          value={name}
          required
          maxLength={MAX_SPACE_NAME * 2}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name') ?? `${id}-name-hint`}
          onChange={(event) => setName(event.target.value)}
        />
        {fieldError('name') ?? (
          <p className="muted field-hint" id={`${id}-name-hint`}>
            {t('form.nameHint')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={fieldId('description')}>{t('form.description')}</label>
        <textarea
          id={fieldId('description')}
          value={description}
          rows={3}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy('description')}
          onChange={(event) => setDescription(event.target.value)}
        />
        {fieldError('description')}
      </div>
      <LanguageChoice
        id={fieldId('languages')}
        value={languages}
        onChange={setLanguages}
        errorId={describedBy('languages')}
        error={fieldError('languages')}
      />
      {problem && <ProblemNotice problem={problem} onSaveAgain={finish} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || problem?.kind === 'not-saved'}>
          {busy ? t('form.creating') : t('form.create')}
        </button>
      </div>
    </form>
  );
}

function ProblemNotice({
  problem,
  onSaveAgain,
}: {
  problem: Problem;
  onSaveAgain: (membership: SpaceMembership) => Promise<void>;
}) {
  const { t } = useTranslation('spaces');
  if (problem.kind === 'not-saved') {
    return (
      <div className="notice notice-error">
        <p role="alert">{t('form.errors.notSaved', { space: problem.membership.spaceName })}</p>
        <button type="button" onClick={() => void onSaveAgain(problem.membership)}>
          {t('form.saveAgain')}
        </button>
      </div>
    );
  }
  const key = problem.kind === 'setup-code' ? `setupCode.${problem.reason}` : `form.errors.${problem.reason}`;
  return (
    <div className="notice notice-error">
      <p role="alert">{t(key)}</p>
    </div>
  );
}
