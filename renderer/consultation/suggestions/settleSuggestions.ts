// Accepting and rejecting suggestions in the body. Accept: an insertion's text stays (unwrapped), a deletion's
// text goes, a split stays (marker removed), a join joins. Reject: the opposite. Either way the body ends exactly
// as if the accepted edits had been typed and the rejected ones never.
import {
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { SuggestionType } from '../../../shared/suggestions';
import { $isSuggestionNode, type SuggestionNode } from './SuggestionNode';

export type Outcome = 'accept' | 'reject';

/** One suggestion as it stands in the body: its type and the text it wraps (in document order of first part). */
export interface SuggestionInBody {
  id: string;
  type: SuggestionType;
  text: string;
  /** A join: the end of the paragraph before the break and the start of the one after it, for the panel. */
  around?: { before: string; after: string };
}

const AROUND_LENGTH = 40;

/** The words either side of the break a join marker stands for. */
function $textAround(marker: SuggestionNode): { before: string; after: string } {
  const block = marker.getParent();
  const previous = block?.getPreviousSibling();
  const before = $isElementNode(previous) ? previous.getTextContent() : '';
  const after = block?.getTextContent() ?? '';
  return {
    before: before.length > AROUND_LENGTH ? `…${before.slice(-AROUND_LENGTH)}` : before,
    after: after.length > AROUND_LENGTH ? `${after.slice(0, AROUND_LENGTH)}…` : after,
  };
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
    const type = node.getSuggestionType();
    if (entry) entry.text += node.getTextContent();
    else if (type === 'join') byId.set(id, { id, type, text: '', around: $textAround(node) });
    else byId.set(id, { id, type, text: node.getTextContent() });
  }
  return [...byId.values()];
}

function $unwrap(node: SuggestionNode): void {
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

/**
 * Whether a marker still stands at the start of its block (only other empty nodes before it). One that does not
 * was carried into the middle of a paragraph by a direct edit: its break is gone already.
 */
function $standsAtBlockStart(marker: SuggestionNode): boolean {
  for (let node = marker.getPreviousSibling(); node !== null; node = node.getPreviousSibling()) {
    if (node.getTextContentSize() > 0 || $isDecoratorNode(node)) return false;
  }
  return true;
}

/**
 * Removing the paragraph break a marker stands for (rejecting a split, accepting a join, taking back one's own
 * split): the marker's paragraph joins the end of the one before it. When settling, every other marker at its
 * start goes too: they all stand for that same break (someone's split and someone else's proposal to join it),
 * which no longer exists. Someone taking back their own split keeps the others' markers (only a lead removes
 * someone else's suggestion); carried into the paragraph, they stand for no break and settle as nothing.
 */
export function $joinSplitParagraph(marker: SuggestionNode, others: 'drop' | 'keep' = 'drop'): void {
  const block = marker.getParent();
  const joins = $standsAtBlockStart(marker);
  marker.remove();
  if (!block || !joins) return;
  for (const child of others === 'drop' ? block.getChildren() : []) {
    if (child.getTextContentSize() > 0 || $isDecoratorNode(child)) break;
    if ($isSuggestionNode(child) && child.isBreakMarker()) child.remove();
  }
  const previous = block.getPreviousSibling();
  if (!$isElementNode(previous) || previous.isInline()) return;
  // The text goes back where it came from, after the last child (inside the same kind of block it left).
  previous.append(...block.getChildren());
  block.remove();
}

function $settleNode(node: SuggestionNode, outcome: Outcome): void {
  const type = node.getSuggestionType();
  const keep = (type === 'insert') === (outcome === 'accept');
  if (node.isBreakMarker()) {
    // A split keeps its break when accepted; a join removes the break when accepted.
    const breakStays = (type === 'split') === (outcome === 'accept');
    if (breakStays) node.remove();
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
    if (node.isBreakMarker()) return '';
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
