// Accepting and rejecting suggestions in the body. Accept: an insertion's text stays (unwrapped), a deletion's
// text goes, a split stays (marker removed). Reject: the opposite. Either way the body ends exactly as if the
// accepted edits had been typed and the rejected ones never.
import { $getRoot, $isElementNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import type { SuggestionType } from '../../../shared/suggestions';
import { $isSuggestionNode, type SuggestionNode } from './SuggestionNode';

export type Outcome = 'accept' | 'reject';

/** One suggestion as it stands in the body: its type and the text it wraps (in document order of first part). */
export interface SuggestionInBody {
  id: string;
  type: SuggestionType;
  text: string;
}

function $collect(node: ElementNode, found: SuggestionNode[]): void {
  for (const child of node.getChildren()) {
    if ($isSuggestionNode(child)) found.push(child);
    else if ($isElementNode(child)) $collect(child, found);
  }
}

/** Every suggestion node in the body, in document order. */
export function $suggestionNodes(): SuggestionNode[] {
  const found: SuggestionNode[] = [];
  $collect($getRoot(), found);
  return found;
}

/** The suggestions in the body, one entry per id (an id may span several nodes, e.g. across a link). */
export function $suggestionsInBody(): SuggestionInBody[] {
  const byId = new Map<string, SuggestionInBody>();
  for (const node of $suggestionNodes()) {
    const id = node.getSuggestionId();
    const entry = byId.get(id);
    if (entry) entry.text += node.getTextContent();
    else byId.set(id, { id, type: node.getSuggestionType(), text: node.getTextContent() });
  }
  return [...byId.values()];
}

function $unwrap(node: SuggestionNode): void {
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

/** Rejecting a split: the paragraph holding the marker joins the end of the one before it. */
export function $joinSplitParagraph(marker: SuggestionNode): void {
  const block = marker.getParent();
  marker.remove();
  if (!block) return;
  const previous = block.getPreviousSibling();
  if (!$isElementNode(previous) || previous.isInline()) return;
  // The text goes back where it came from, after the last child (inside the same kind of block it left).
  previous.append(...block.getChildren());
  block.remove();
}

function $settleNode(node: SuggestionNode, outcome: Outcome): void {
  const type = node.getSuggestionType();
  const keep = (type === 'insert') === (outcome === 'accept');
  if (type === 'split') {
    if (outcome === 'accept') node.remove();
    else $joinSplitParagraph(node);
  } else if (keep) $unwrap(node);
  else node.remove();
}

/** Accepts or rejects every node of the given suggestions; returns the ids that were in the body. */
export function $settleSuggestions(ids: Iterable<string>, outcome: Outcome): string[] {
  const wanted = new Set(ids);
  const settled = new Set<string>();
  for (const node of $suggestionNodes()) {
    const id = node.getSuggestionId();
    if (!wanted.has(id) || !node.isAttached()) continue;
    $settleNode(node, outcome);
    settled.add(id);
  }
  return [...settled];
}

/** Accepts or rejects everything (or everything but what `keep` says to leave). */
export function $settleAll(outcome: Outcome, include: (id: string) => boolean = () => true): string[] {
  const ids = $suggestionNodes()
    .map((node) => node.getSuggestionId())
    .filter(include);
  return $settleSuggestions(ids, outcome);
}

/** The plain text a node would read with every suggestion settled one way, for tests and previews. */
export function $textAfter(outcome: Outcome, node: LexicalNode = $getRoot()): string {
  if ($isTextNode(node)) return node.getTextContent();
  if (!$isElementNode(node)) return node.getTextContent();
  if ($isSuggestionNode(node)) {
    const type = node.getSuggestionType();
    if (type === 'split') return '';
    const keep = (type === 'insert') === (outcome === 'accept');
    return keep
      ? node
          .getChildren()
          .map((child) => $textAfter(outcome, child))
          .join('')
      : '';
  }
  return node
    .getChildren()
    .map((child) => $textAfter(outcome, child))
    .join('');
}
