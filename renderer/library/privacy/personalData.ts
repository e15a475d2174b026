// Finds likely personal data in a text (names with ages, phone numbers, ID and passport numbers, e-mail
// addresses, exact addresses) with every language's rules at once, since a lesson in Arabic can quote a
// Latin-script name; and says what a match becomes when replaced by initials or a placeholder.
import { NAME_WITH_AGE_RULES } from './rules/namesWithAges';
import { NUMBER_AND_PLACE_RULES } from './rules/numbersAndPlaces';
import { personalPart } from './rules/patterns';
import type { PersonalDataKind, PersonalDataRule } from './rules/rule';

export type { PersonalDataKind } from './rules/rule';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** Offsets in the text searched: [start, end). */
  start: number;
  end: number;
  text: string;
  /** The language of the rule that found it ('*' for rules of every language). */
  language: string;
}

export const PERSONAL_DATA_RULES: readonly PersonalDataRule[] = [
  ...NAME_WITH_AGE_RULES,
  ...NUMBER_AND_PLACE_RULES,
];

function spanOf(rule: PersonalDataRule, hit: RegExpExecArray): { start: number; text: string } | null {
  const group = rule.span ? hit.indices?.groups?.[rule.span] : undefined;
  const [start, end] = group ?? [hit.index, hit.index + hit[0].length];
  const raw = hit.input.slice(start, end);
  if (rule.kind !== 'name-with-age') return { start, text: raw };
  const person = personalPart(raw, rule.arabicName);
  return person ? { start: start + person.offset, text: person.name } : null;
}

function matchesOf(rule: PersonalDataRule, text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  rule.pattern.lastIndex = 0;
  for (let hit = rule.pattern.exec(text); hit; hit = rule.pattern.exec(text)) {
    if (hit[0].length === 0) {
      rule.pattern.lastIndex++;
      continue;
    }
    if (rule.accept && !rule.accept(hit[0], text, hit.index)) continue;
    const span = spanOf(rule, hit);
    if (!span || span.text.trim() === '') continue;
    const end = span.start + span.text.length;
    found.push({ kind: rule.kind, start: span.start, end, text: span.text, language: rule.language });
  }
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Other mentions of a name found with an age ("Maria said…"), which identify her just as well. */
function laterMentions(text: string, named: PersonalDataMatch[]): PersonalDataMatch[] {
  const names = new Set<string>();
  for (const match of named) {
    names.add(match.text);
    const first = match.text.split(/\s+/)[0] ?? '';
    if (first.length >= 3) names.add(first);
  }
  const found: PersonalDataMatch[] = [];
  for (const name of names) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of text.matchAll(pattern)) {
      const start = hit.index ?? 0;
      found.push({ kind: 'name', start, end: start + name.length, text: name, language: '*' });
    }
  }
  return found;
}

/** Keeps the first of overlapping matches (by start, then the longer), so each character is in one match. */
function withoutOverlaps(matches: PersonalDataMatch[]): PersonalDataMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataMatch[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** Every likely piece of personal data in `text`, in reading order, none overlapping. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const direct = PERSONAL_DATA_RULES.flatMap((rule) => matchesOf(rule, text));
  const named = direct.filter((match) => match.kind === 'name-with-age');
  return withoutOverlaps([...direct, ...laterMentions(text, named)]);
}

export { initialsOf, type ReplacementStyle, replacementFor } from './replacements';
