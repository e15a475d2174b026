// What a personal-data rule is: a pattern for one kind of data, the language its words belong to ('*' for
// patterns in every language, like e-mail addresses), and which part of a hit is the personal part.

export const PERSONAL_DATA_KINDS = [
  'name-with-age',
  'name',
  'phone',
  'email',
  'id-number',
  'address',
] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataRule {
  kind: PersonalDataKind;
  language: string;
  /** Global, unicode, with indices ('gdu'), so named groups give offsets. */
  pattern: RegExp;
  /** The named group that is the personal part; the whole hit when absent. */
  span?: 'name' | 'value';
  /** The name is in Arabic script: openers and article-words are trimmed off it differently. */
  arabicName?: boolean;
  /** A last check on the hit (digit counts, not a date); true keeps it. */
  accept?(hit: string, text: string, index: number): boolean;
}
