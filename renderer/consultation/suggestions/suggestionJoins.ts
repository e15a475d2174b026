// Joining paragraphs while suggesting: the paragraph break is not removed but marked, by a join marker at the
// start of the second paragraph (accepting it joins the two, rejecting it leaves them as they are), the way Word
// and Google Docs strike a paragraph mark. Backspace at a paragraph's start, Delete at its end and a deletion
// across paragraphs make one; this person's own split or join is simply taken back instead.
import { $isHeadingNode } from '@lexical/rich-text';
import {
  $isDecoratorNode,
  $isElementNode,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import type { SuggestionType } from '../../../shared/suggestions';
import { $createSuggestionNode, $isSuggestionNode, type SuggestionNode } from './SuggestionNode';
import { $joinSplitParagraph } from './settleSuggestions';

/** Whether a suggestion id is this person's, and fresh ids (see SuggestingAuthor in suggestionEdits.ts). */
interface JoiningAuthor {
  owns(id: string): boolean;
  newId(type: SuggestionType): string;
}

/**
 * Blocks that may be joined, with the one before them only when it is of the same kind: joining a heading into
 * a paragraph, an article's heading into the next, or a list or table would change what the blocks are, which
 * suggesting does not do (as with block styles).
 */
const JOINABLE_TYPES = new Set(['paragraph', 'quote', 'heading']);

/** The block before `block` if the two may be joined by a suggestion. */
export function $joinableBefore(block: ElementNode): ElementNode | null {
  const previous = block.getPreviousSibling();
  if (!$isElementNode(previous) || previous.isInline() || block.isInline()) return null;
  if (previous.getType() !== block.getType() || !JOINABLE_TYPES.has(block.getType())) return null;
  if ($isHeadingNode(block) && $isHeadingNode(previous) && block.getTag() !== previous.getTag()) return null;
  return previous;
}

/** The marker of a given type at the start of a block (before any text), if there is one. */
export function $breakMarkerOf(block: ElementNode, type: 'split' | 'join'): SuggestionNode | null {
  for (const child of block.getChildren()) {
    if ($isSuggestionNode(child) && child.getSuggestionType() === type) return child;
    if (child.getTextContentSize() > 0 || $isDecoratorNode(child)) return null;
  }
  return null;
}

/**
 * Proposes joining `block` to the block before it. This person's own split of that break is taken back (the
 * paragraphs really join, nobody had accepted it) and their own join marker is removed (a second Backspace);
 * a break someone else already proposed to join, the first block, or blocks of different kinds are left alone.
 * With `caretAfterMarker` the caret ends just after the new marker, so the next Backspace takes it back.
 */
export function $suggestJoin(author: JoiningAuthor, block: ElementNode, caretAfterMarker: boolean): void {
  const split = $breakMarkerOf(block, 'split');
  if (split && author.owns(split.getSuggestionId())) {
    $joinSplitParagraph(split, 'keep');
    return;
  }
  const join = $breakMarkerOf(block, 'join');
  if (join) {
    if (author.owns(join.getSuggestionId())) {
      const index = join.getIndexWithinParent();
      join.remove();
      if (caretAfterMarker) block.select(index, index);
    }
    return;
  }
  if ($joinableBefore(block) === null) return;
  const marker = $createSuggestionNode(author.newId('join'), 'join');
  // After a split marker of the same break, if any, so both read as "this break" at the paragraph's start.
  const first = block.getFirstChild();
  if (split) split.insertAfter(marker);
  else if (first) first.insertBefore(marker);
  else block.append(marker);
  if (caretAfterMarker) {
    const index = marker.getIndexWithinParent() + 1;
    block.select(index, index);
  }
}

/** The top-level blocks a selection runs across, first to last (one block when it stays in one). */
export function $blocksAcross(selection: RangeSelection): ElementNode[] {
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const first = start.getNode().getTopLevelElement();
  const last = end.getNode().getTopLevelElement();
  if (!first || !last) return [];
  const blocks: ElementNode[] = [first];
  for (let node: LexicalNode | null = first; node !== null && !node.is(last); ) {
    node = node.getNextSibling();
    if ($isElementNode(node)) blocks.push(node);
  }
  return blocks;
}

/** After a deletion across paragraphs: each break it ran over is proposed for joining as well. */
export function $suggestJoinsAcross(author: JoiningAuthor, blocks: ElementNode[]): void {
  for (const block of blocks.slice(1)) {
    // An earlier own split taken back may have joined this block already.
    if (block.isAttached()) $suggestJoin(author, block, false);
  }
}
