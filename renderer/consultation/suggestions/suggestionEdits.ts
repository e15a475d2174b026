// What typing, deleting, pasting and Enter do while suggesting: text is never removed from the body (it is
// wrapped in a deletion), new text always lands in an insertion, Enter leaves a split marker and removing a
// paragraph break leaves a join marker (suggestionJoins.ts). The only text really removed is this person's own
// pending insertion, which nobody has accepted yet.
import {
  $createTextNode,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import type { SuggestionType } from '../../../shared/suggestions';
import { $createSuggestionNode, $isSuggestionNode, type SuggestionNode } from './SuggestionNode';
import { $blocksAcross, $suggestJoin, $suggestJoinsAcross } from './suggestionJoins';

/** The person suggesting, as the edits need them. */
export interface SuggestingAuthor {
  /** Whether a suggestion id is this person's (made here, or recorded by the relay as theirs). */
  owns(id: string): boolean;
  /** A fresh id for a suggestion made now; the caller records it with the relay if it ends up in the body. */
  newId(type: SuggestionType): string;
}

export type DeleteUnit = 'character' | 'word' | 'lineboundary';

/** The suggestion a node sits in, if any (suggestions never nest). */
export function $enclosingSuggestion(node: LexicalNode): SuggestionNode | null {
  for (let current: LexicalNode | null = node; current !== null; current = current.getParent()) {
    if ($isSuggestionNode(current)) return current;
  }
  return null;
}

const isOwnInsertion = (node: SuggestionNode | null, author: SuggestingAuthor): boolean =>
  node !== null && node.getSuggestionType() === 'insert' && author.owns(node.getSuggestionId());

/** Puts an inline node where the selection's anchor is, outside any suggestion it would otherwise nest in. */
function $insertInlineAtAnchor(selection: RangeSelection, node: LexicalNode): boolean {
  const { anchor } = selection;
  const anchorNode = anchor.getNode();
  const around = $enclosingSuggestion(anchorNode);
  if (around) {
    const first = around.getFirstDescendant();
    const atStart = anchor.offset === 0 && (anchorNode.is(around) || anchorNode.is(first));
    // A split or join marker stays first in its paragraph; new text always goes after it.
    if (atStart && !around.isBreakMarker()) around.insertBefore(node);
    else around.insertAfter(node);
    return true;
  }
  if ($isTextNode(anchorNode)) {
    const size = anchorNode.getTextContentSize();
    if (anchor.offset <= 0) anchorNode.insertBefore(node);
    else if (anchor.offset >= size) anchorNode.insertAfter(node);
    else anchorNode.splitText(anchor.offset)[0]?.insertAfter(node);
    return true;
  }
  if ($isElementNode(anchorNode) && !$isRootOrShadowRoot(anchorNode)) {
    const child = anchorNode.getChildAtIndex(anchor.offset);
    if (child) child.insertBefore(node);
    else anchorNode.append(node);
    return true;
  }
  return false;
}

/** Typing or pasting one line of text: it goes into this person's insertion at the cursor, or a new one. */
export function $suggestInsertText(author: SuggestingAuthor, text: string): void {
  let selection = $getSelection();
  if (!$isRangeSelection(selection) || text.length === 0) return;
  if (!selection.isCollapsed()) {
    $suggestRemoveSelection(author, selection, false);
    selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
  }
  const anchorNode = selection.anchor.getNode();
  if ($isTextNode(anchorNode) && isOwnInsertion($enclosingSuggestion(anchorNode), author)) {
    // Lexical's own insertText would step out of the insertion at its end (it does not extend inline elements).
    anchorNode.spliceText(selection.anchor.offset, 0, text, true);
    return;
  }
  // Right after this person's insertion (Lexical puts the caret outside an inline element at its end): extend it.
  const before = $nodeBeforeAnchor(selection);
  if ($isSuggestionNode(before) && isOwnInsertion(before, author)) {
    const last = before.getLastDescendant();
    if ($isTextNode(last)) {
      last.spliceText(last.getTextContentSize(), 0, text, true);
      return;
    }
  }
  const insertion = $createSuggestionNode(author.newId('insert'), 'insert');
  const textNode = $createTextNode(text);
  textNode.setFormat(selection.format);
  textNode.setStyle(selection.style);
  insertion.append(textNode);
  if ($insertInlineAtAnchor(selection, insertion)) textNode.select(text.length, text.length);
}

/** The node just before a collapsed selection's anchor, in the same parent. */
function $nodeBeforeAnchor(selection: RangeSelection): LexicalNode | null {
  const { anchor } = selection;
  const node = anchor.getNode();
  if ($isTextNode(node)) return anchor.offset === 0 ? node.getPreviousSibling() : null;
  if ($isElementNode(node) && anchor.offset > 0) return node.getChildAtIndex(anchor.offset - 1);
  return null;
}

/** Pasted or dropped text: its first line is inserted, each further line starts a suggested new paragraph. */
export function $suggestInsertLines(author: SuggestingAuthor, text: string): void {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, index) => {
    if (index > 0) $suggestSplit(author);
    $suggestInsertText(author, line);
  });
}

/** Wraps the selected text in a deletion (this person's own pending insertion is simply removed). */
export function $suggestRemoveSelection(
  author: SuggestingAuthor,
  selection: RangeSelection,
  isBackward: boolean,
): void {
  if (selection.isCollapsed()) return;
  const blocks = $blocksAcross(selection);
  const nodes = selection.extract();
  let deletion: SuggestionNode | null = null;
  const touched: LexicalNode[] = [];
  for (const node of nodes) {
    const leaf = $isTextNode(node) || $isLineBreakNode(node) || ($isDecoratorNode(node) && node.isInline());
    if (!leaf) continue;
    const around = $enclosingSuggestion(node);
    if (isOwnInsertion(around, author)) {
      node.remove();
      continue;
    }
    touched.push(around ?? node);
    // Someone else's insertion, or text already proposed for deletion: left as it is.
    if (around) continue;
    const previous = node.getPreviousSibling();
    if (deletion && previous?.is(deletion)) {
      deletion.append(node);
      continue;
    }
    deletion = $createSuggestionNode(author.newId('delete'), 'delete');
    node.insertBefore(deletion);
    deletion.append(node);
    deletion = $mergeWithOwnDeletions(deletion, author);
  }
  $suggestJoinsAcross(author, blocks);
  // The cursor lands before what was struck when deleting backwards, after it otherwise.
  const landing = isBackward
    ? touched.find((node) => node.isAttached())
    : touched.findLast((node) => node.isAttached());
  if (landing) {
    const container = $enclosingSuggestion(landing) ?? landing;
    if (isBackward) container.selectPrevious();
    else container.selectNext(0, 0);
  }
}

/** Repeated backspaces make one deletion, not one per character: joins this person's adjacent deletions. */
function $mergeWithOwnDeletions(deletion: SuggestionNode, author: SuggestingAuthor): SuggestionNode {
  const isOwnDeletion = (node: LexicalNode | null): node is SuggestionNode =>
    $isSuggestionNode(node) && node.getSuggestionType() === 'delete' && author.owns(node.getSuggestionId());
  let merged = deletion;
  const next = merged.getNextSibling();
  if (isOwnDeletion(next)) {
    const first = next.getFirstChild();
    for (const child of merged.getChildren()) {
      if (first) first.insertBefore(child);
      else next.append(child);
    }
    merged.remove();
    merged = next;
  }
  const previous = merged.getPreviousSibling();
  if (isOwnDeletion(previous)) {
    previous.append(...merged.getChildren());
    merged.remove();
    merged = previous;
  }
  return merged;
}

/** Backspace or Delete by a unit while suggesting. */
export function $suggestDelete(author: SuggestingAuthor, isBackward: boolean, unit: DeleteUnit): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if (selection.isCollapsed()) {
    const block = selection.anchor.getNode().getTopLevelElement();
    // Backspace at a paragraph's start proposes joining it to the one before (or takes back this person's own
    // split or join there); Delete at a paragraph's end, the same for the next one.
    if (isBackward && block && $isAtBlockStart(selection, block)) {
      $suggestJoin(author, block, true);
      return;
    }
    const next = block?.getNextSibling();
    if (!isBackward && block && $isElementNode(next) && $isAtBlockEnd(selection, block)) {
      $suggestJoin(author, next, false);
      return;
    }
    selection.modify('extend', isBackward, unit);
    if (selection.isCollapsed()) return;
    // A word or line further than the break (inside a list, say): the cursor just moves over the boundary.
    const anchorBlock = selection.anchor.getNode().getTopLevelElement();
    const focusBlock = selection.focus.getNode().getTopLevelElement();
    if (anchorBlock && focusBlock && !anchorBlock.is(focusBlock)) {
      const { focus } = selection;
      selection.anchor.set(focus.key, focus.offset, focus.type);
      return;
    }
  }
  $suggestRemoveSelection(author, selection, isBackward);
}

/** Enter while suggesting: the paragraph is split and the new one starts with a split marker. */
export function $suggestSplit(author: SuggestingAuthor): void {
  let selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if (!selection.isCollapsed()) {
    $suggestRemoveSelection(author, selection, false);
    selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
  }
  // Never split inside someone's deletion or insertion: split just after it.
  const around = $enclosingSuggestion(selection.anchor.getNode());
  if (around && !isOwnInsertion(around, author)) around.selectNext(0, 0);
  selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const created = selection.insertParagraph();
  if (!created) return;
  const marker = $createSuggestionNode(author.newId('split'), 'split');
  const first = created.getFirstChild();
  if (first) first.insertBefore(marker);
  else created.append(marker);
  created.select(1, 1);
}

/** Whether a collapsed selection is at the very start of its block (before any text, after a split marker). */
function $isAtBlockStart(selection: RangeSelection, block: ElementNode): boolean {
  const { anchor } = selection;
  const anchorNode = anchor.getNode();
  if (anchorNode.is(block)) {
    return block
      .getChildren()
      .slice(0, anchor.offset)
      .every((child) => child.getTextContentSize() === 0);
  }
  if (anchor.offset !== 0) return false;
  return $nothingBetween(anchorNode, block, (node) => node.getPreviousSibling());
}

/** Whether a collapsed selection is at the very end of its block (after all its text). */
function $isAtBlockEnd(selection: RangeSelection, block: ElementNode): boolean {
  const { anchor } = selection;
  const anchorNode = anchor.getNode();
  if ($isElementNode(anchorNode)) {
    const after = anchorNode.getChildren().slice(anchor.offset);
    if (after.some((child) => child.getTextContentSize() > 0)) return false;
    if (anchorNode.is(block)) return true;
  } else if (anchor.offset < anchorNode.getTextContentSize()) return false;
  return $nothingBetween(anchorNode, block, (node) => node.getNextSibling());
}

/** Whether every sibling on one side of `from` and of its ancestors, up to `block`, is empty. */
function $nothingBetween(
  from: LexicalNode,
  block: ElementNode,
  step: (node: LexicalNode) => LexicalNode | null,
): boolean {
  for (let node: LexicalNode | null = from; node !== null && !node.is(block); node = node.getParent()) {
    for (let sibling = step(node); sibling !== null; sibling = step(sibling)) {
      if (sibling.getTextContentSize() > 0) return false;
    }
  }
  return true;
}
