// Moves a part, chapter or article past its neighbour of the same level, taking its body along (every block up
// to the next provision of the same or a higher level), the way outliners move a heading with its children.
// This is the editor-only move; a shared draft moves through sharedProvisionMove.ts so no concurrent typing is lost.
import { $getRoot, $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import {
  $isProvisionHeadingNode,
  type ProvisionHeadingNode,
  type ProvisionLevel,
} from './ProvisionHeadingNode';

export type MoveDirection = 'up' | 'down';

/** Lower is higher in the outline: a part holds chapters, a chapter holds articles. */
const RANK: Record<ProvisionLevel, number> = { part: 0, chapter: 1, article: 2 };

const rankOf = (node: LexicalNode | null): number | null =>
  $isProvisionHeadingNode(node) ? RANK[node.getLevel()] : null;

/** The provision whose heading or body holds this top-level block, if any. */
export function $owningProvision(block: LexicalNode): ProvisionHeadingNode | null {
  for (let node: LexicalNode | null = block; node !== null; node = node.getPreviousSibling()) {
    if ($isProvisionHeadingNode(node)) return node;
  }
  return null;
}

/** The heading and its body: the blocks up to (not including) the next provision of the same or higher level. */
export function $provisionSection(heading: ProvisionHeadingNode): LexicalNode[] {
  const rank = RANK[heading.getLevel()];
  const section: LexicalNode[] = [heading];
  for (let node = heading.getNextSibling(); node !== null; node = node.getNextSibling()) {
    const next = rankOf(node);
    if (next !== null && next <= rank) break;
    section.push(node);
  }
  return section;
}

/** The previous provision of the same level within the same parent, or null at the start of the parent. */
function $previousSibling(heading: ProvisionHeadingNode): ProvisionHeadingNode | null {
  const rank = RANK[heading.getLevel()];
  for (let node = heading.getPreviousSibling(); node !== null; node = node.getPreviousSibling()) {
    const other = rankOf(node);
    if (other === null || other > rank) continue;
    return other === rank && $isProvisionHeadingNode(node) ? node : null;
  }
  return null;
}

/** The part, chapter or article whose heading or body holds the caret. */
export function $selectedProvision(): ProvisionHeadingNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const block = selection.anchor.getNode().getTopLevelElement();
  return block ? $owningProvision(block) : null;
}

export function $moveProvision(heading: ProvisionHeadingNode, direction: MoveDirection): boolean {
  if (heading.getParent() !== $getRoot()) return false;
  const section = $provisionSection(heading);
  if (direction === 'up') {
    const previous = $previousSibling(heading);
    if (!previous) return false;
    for (const node of section) previous.insertBefore(node, false);
    return true;
  }
  const last = section[section.length - 1] as LexicalNode;
  const next = last.getNextSibling();
  if (!$isProvisionHeadingNode(next) || next.getLevel() !== heading.getLevel()) return false;
  let anchor = $provisionSection(next).at(-1) as LexicalNode;
  for (const node of section) {
    anchor.insertAfter(node, false);
    anchor = node;
  }
  return true;
}
