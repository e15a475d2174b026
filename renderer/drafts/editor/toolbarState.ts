// What the toolbar shows about the caret (its block's style, list, bold/italic/underline) and the articles a
// cross-reference can point to, read from the editor state; and the blocks the style choices create.
import { $isListNode, type ListType } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  type ElementNode,
} from 'lexical';
import { $provisionNumbers, type ProvisionLabeler } from '../legislation/numbering';
import {
  $createProvisionHeadingNode,
  $isProvisionHeadingNode,
  type ProvisionLevel,
} from '../legislation/ProvisionHeadingNode';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | ProvisionLevel;
export const BLOCK_TYPES: readonly BlockType[] = [
  'paragraph',
  'h1',
  'h2',
  'h3',
  'quote',
  'part',
  'chapter',
  'article',
];

export function $createBlock(type: BlockType): ElementNode {
  switch (type) {
    case 'paragraph':
      return $createParagraphNode();
    case 'quote':
      return $createQuoteNode();
    case 'h1':
    case 'h2':
    case 'h3':
      return $createHeadingNode(type);
    default:
      return $createProvisionHeadingNode(type);
  }
}

export interface ArticleChoice {
  id: string;
  label: string;
}

export interface CaretState {
  /** The style of the block at the caret, or null inside a list, a table or with no caret in the text. */
  block: BlockType | null;
  list: ListType | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export const NO_CARET: CaretState = { block: null, list: null, bold: false, italic: false, underline: false };

export function $caretState(): CaretState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_CARET;
  const anchor = selection.anchor.getNode();
  const list = $findMatchingParent(anchor, $isListNode);
  const block = anchor.getTopLevelElement();
  let type: BlockType | null = null;
  if ($isProvisionHeadingNode(block)) type = block.getLevel();
  else if ($isHeadingNode(block)) {
    const tag = block.getTag();
    type = tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : null;
  } else if ($isQuoteNode(block)) type = 'quote';
  else if ($isParagraphNode(block)) type = 'paragraph';
  return {
    block: type,
    list: list ? list.getListType() : null,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
  };
}

/** Every article in document order, labelled as the reader sees it ("Article 2 — Scope"). */
export function $articleChoices(labeler: ProvisionLabeler): ArticleChoice[] {
  const numbers = $provisionNumbers();
  const choices: ArticleChoice[] = [];
  for (const node of $getRoot().getChildren()) {
    if (!$isProvisionHeadingNode(node) || node.getLevel() !== 'article') continue;
    const found = numbers.get(node.getProvisionId());
    const title = node.getTextContent();
    if (found)
      choices.push({
        id: node.getProvisionId(),
        label: `${labeler(found.level, found.number)}${title ? ` — ${title}` : ''}`,
      });
  }
  return choices;
}
