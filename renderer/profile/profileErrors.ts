// Validates a profile draft with the shared schema and names each problem by a catalog key, one per field,
// so the form can show it next to the field in the person's language.
import { type Profile, profileSchema } from '../../shared/profile';

export type ProfileField = keyof Profile;
export type ProfileErrors = Partial<Record<ProfileField, string>>;

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; errors: ProfileErrors };

const FIELDS: readonly ProfileField[] = ['displayName', 'colour', 'organisation', 'country', 'language'];

function errorKey(field: ProfileField, code: string): string {
  if (field === 'displayName')
    return code === 'too_big' ? 'profile.errors.displayNameTooLong' : 'profile.errors.displayNameRequired';
  if (field === 'organisation') return 'profile.errors.organisationTooLong';
  if (field === 'country') return 'profile.errors.countryTooLong';
  if (field === 'colour') return 'profile.errors.colourInvalid';
  return 'profile.errors.languageInvalid';
}

export function checkProfile(draft: Profile): ProfileCheck {
  const parsed = profileSchema.safeParse(draft);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const errors: ProfileErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) {
      const name = field as ProfileField;
      errors[name] ??= errorKey(name, issue.code);
    }
  }
  return { ok: false, errors };
}
