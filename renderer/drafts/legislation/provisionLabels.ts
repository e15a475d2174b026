// Reads provision labels ("Article 12") in any of the UI languages, so imported DOCX and Markdown files written
// in English, French, Spanish, Russian or Arabic get their parts, chapters and articles back as structure.
import ar from '../locales/ar.json';
import en from '../locales/en.json';
import es from '../locales/es.json';
import fr from '../locales/fr.json';
import ru from '../locales/ru.json';
import { PROVISION_LEVELS, type ProvisionLevel } from './ProvisionHeadingNode';

const CATALOGS = [en, fr, es, ru, ar];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function labelPattern(level: ProvisionLevel): string {
  const alternatives = new Set(
    CATALOGS.map((catalog) =>
      escapeRegExp(catalog.provision[level]).replace('\\{\\{number\\}\\}', '(?:\\d+|[IVXLCDM]+)'),
    ),
  );
  return `(?:${[...alternatives].join('|')})`;
}

/** Matches a label at the start of a heading, then an optional separator before the title. */
const LABEL_AT_START = PROVISION_LEVELS.map((level) => ({
  level,
  pattern: new RegExp(`^\\s*${labelPattern(level)}(?=\\s|$|[.:—–-])\\s*[.:—–-]?\\s*`, 'iu'),
}));

/** Recognises "Article 12 — Definitions" as an article titled "Definitions"; null when it is no provision label. */
export function readProvisionLabel(text: string): { level: ProvisionLevel; title: string } | null {
  for (const { level, pattern } of LABEL_AT_START) {
    const match = text.match(pattern);
    if (match) return { level, title: text.slice(match[0].length) };
  }
  return null;
}

/** The separator written between a provision's label and its title in exported files. */
export const LABEL_SEPARATOR = ' — ';
