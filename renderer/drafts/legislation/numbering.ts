// Derives the numbers of parts, chapters and articles from their order in the document, so that moving or
// inserting one renumbers everything after it. Nothing here is stored: it is recomputed from the tree.
import { $getRoot, type LexicalNode } from 'lexical';
import { $isProvisionHeadingNode, type ProvisionLevel } from './ProvisionHeadingNode';

export interface ProvisionOutline {
  level: ProvisionLevel;
  provisionId: string;
}

export interface ProvisionNumber {
  level: ProvisionLevel;
  number: number;
}

/**
 * Parts and articles count through the whole document (as in most model laws, an article keeps its number
 * whatever part it sits in); chapters start again at 1 in each part.
 */
export function numberProvisions(outline: readonly ProvisionOutline[]): Map<string, ProvisionNumber> {
  const numbers = new Map<string, ProvisionNumber>();
  let parts = 0;
  let chapters = 0;
  let articles = 0;
  for (const { level, provisionId } of outline) {
    if (level === 'part') {
      parts += 1;
      chapters = 0;
      numbers.set(provisionId, { level, number: parts });
    } else if (level === 'chapter') {
      chapters += 1;
      numbers.set(provisionId, { level, number: chapters });
    } else {
      articles += 1;
      numbers.set(provisionId, { level, number: articles });
    }
  }
  return numbers;
}

/** The provisions of the active editor state, in document order (provisions are top-level blocks). */
export function $provisionOutline(): ProvisionOutline[] {
  const outline: ProvisionOutline[] = [];
  let child: LexicalNode | null = $getRoot().getFirstChild();
  while (child !== null) {
    if ($isProvisionHeadingNode(child)) {
      outline.push({ level: child.getLevel(), provisionId: child.getProvisionId() });
    }
    child = child.getNextSibling();
  }
  return outline;
}

export function $provisionNumbers(): Map<string, ProvisionNumber> {
  return numberProvisions($provisionOutline());
}

/** Turns a level and number into the words a reader sees ("Article 12"); the UI passes a translated one. */
export type ProvisionLabeler = (level: ProvisionLevel, number: number) => string;

export const englishProvisionLabel: ProvisionLabeler = (level, number) =>
  `${level === 'part' ? 'Part' : level === 'chapter' ? 'Chapter' : 'Article'} ${number}`;
