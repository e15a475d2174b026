// What the seeded random-edit tests share: a generator a failing seed can replay, and a selection set by offsets
// in a block's text (suggestions included), the way a person's caret or drag would set it.
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $setSelection,
  type ElementNode,
  type TextNode,
} from 'lexical';

/** A small seeded generator, so a failure can be replayed. */
export function seededRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

/** The cursor (or a selection) at offsets in block `block`'s text; an empty block gets the cursor in it. */
export function $selectOffsets(block: number, start: number, end: number): void {
  const element = $getRoot().getChildAtIndex<ElementNode>(block);
  const texts: TextNode[] = element?.getAllTextNodes() ?? [];
  if (texts.length === 0) {
    if ($isElementNode(element)) element.select(0, 0);
    return;
  }
  const point = (offset: number): [TextNode, number] => {
    let left = offset;
    for (const text of texts) {
      const size = text.getTextContentSize();
      if (left <= size) return [text, left];
      left -= size;
    }
    const last = texts[texts.length - 1] as TextNode;
    return [last, last.getTextContentSize()];
  };
  const [anchorNode, anchorOffset] = point(start);
  const [focusNode, focusOffset] = point(end);
  const selection = $createRangeSelection();
  selection.anchor.set(anchorNode.getKey(), anchorOffset, 'text');
  selection.focus.set(focusNode.getKey(), focusOffset, 'text');
  $setSelection(selection);
}
