// What a match of personal data becomes: initials for a name, or a placeholder in the document's language.
// Apart from the rules, so a screen that only shows replacements does not load every pattern.
import type { PersonalDataKind } from './rules/rule';

interface PersonalDataMatch {
  kind: PersonalDataKind;
  text: string;
}

/** "Maria Lopez" -> "M. L.", "Мария" -> "М.", "مريم" -> "م.". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word !== '' && !/^(?:de|da|del|dos|das|van|von|al|el|bin|ben|ibn|la|le)$/.test(word))
    .map((word) => `${[...word][0] ?? ''}.`)
    .join(' ');
}

/** Placeholders written into the document, in the document's language (they are its content, not the UI's). */
const PLACEHOLDERS: Record<string, Record<PersonalDataKind, string>> = {
  en: {
    'name-with-age': '[name]',
    name: '[name]',
    phone: '[phone number]',
    email: '[e-mail]',
    'id-number': '[ID number]',
    address: '[address]',
  },
  fr: {
    'name-with-age': '[nom]',
    name: '[nom]',
    phone: '[numéro de téléphone]',
    email: '[courriel]',
    'id-number': "[numéro d'identité]",
    address: '[adresse]',
  },
  es: {
    'name-with-age': '[nombre]',
    name: '[nombre]',
    phone: '[teléfono]',
    email: '[correo]',
    'id-number': '[número de documento]',
    address: '[dirección]',
  },
  ru: {
    'name-with-age': '[имя]',
    name: '[имя]',
    phone: '[телефон]',
    email: '[эл. почта]',
    'id-number': '[номер документа]',
    address: '[адрес]',
  },
  ar: {
    'name-with-age': '[الاسم]',
    name: '[الاسم]',
    phone: '[رقم الهاتف]',
    email: '[البريد الإلكتروني]',
    'id-number': '[رقم الوثيقة]',
    address: '[العنوان]',
  },
};

export type ReplacementStyle = 'initials' | 'placeholder';

/** What a match becomes: initials for a name (when asked), else a placeholder in the document's language. */
export function replacementFor(
  match: Pick<PersonalDataMatch, 'kind' | 'text'>,
  style: ReplacementStyle,
  language: string,
): string {
  const isName = match.kind === 'name' || match.kind === 'name-with-age';
  if (isName && style === 'initials') return initialsOf(match.text);
  const base = language.split('-')[0] ?? 'en';
  return (PLACEHOLDERS[base] ?? PLACEHOLDERS.en)?.[match.kind] ?? '[…]';
}
