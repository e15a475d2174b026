// The starting outline of a new document, one per kind: the headings a good lesson, practice or guideline
// answers (a lesson: context, what happened, what worked and what did not, recommendation, evidence). The
// headings' words come from the library catalog (`template.<kind>.<section>`), in the document's language.
import type { DocumentKind } from '../../../shared/vocabulary';
import type { BodyBlock } from './documentBody';

export const TEMPLATE_SECTIONS: Record<DocumentKind, readonly string[]> = {
  lesson: ['context', 'whatHappened', 'whatWorked', 'recommendation', 'evidence'],
  'good-practice': ['context', 'practice', 'results', 'replication', 'resources'],
  guideline: ['purpose', 'scope', 'principles', 'steps', 'references'],
  'model-law': ['preamble', 'definitions', 'offences', 'protection', 'finalProvisions'],
  curriculum: ['objectives', 'audience', 'modules', 'methods', 'assessment'],
  'session-notes': ['agenda', 'discussion', 'decisions', 'actions'],
};

/** The template as blocks: each section a heading followed by an empty paragraph to write in. */
export function templateBlocks(kind: DocumentKind, heading: (key: string) => string): BodyBlock[] {
  return TEMPLATE_SECTIONS[kind].flatMap((section): BodyBlock[] => [
    { type: 'heading', text: heading(`template.${kind}.${section}`) },
    { type: 'paragraph', text: '' },
  ]);
}
