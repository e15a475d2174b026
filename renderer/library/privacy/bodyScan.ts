// Personal data in a Lexical body: the body read block by block (a paragraph, heading, quote or list item, its
// text as the rules see it), each match placed in its block with some context, and replacements written back
// into the text nodes as ordinary edits (inside editor.update), so every co-author's editor receives them.
import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LineBreakNode,
  type TextNode,
} from 'lexical';
import { findPersonalData, type PersonalDataMatch } from './personalData';

/** A piece of a block's text: a text node's words, or a line break ("\n"). */
interface Piece {
  node: TextNode | LineBreakNode;
  start: number;
  end: number;
}

interface Block {
  text: string;
  pieces: Piece[];
}

export interface BodyMatch extends PersonalDataMatch {
  /** Which block of the body (reading order) it is in; start and end are offsets in that block's text. */
  block: number;
  before: string;
  after: string;
}

export interface Replacement {
  block: number;
  start: number;
  end: number;
  /** The words expected there: a block edited since the scan is left alone rather than garbled. */
  expected: string;
  replacement: string;
}

const CONTEXT = 40;

/** Up to CONTEXT characters before a match, from a word's start ("…" when the block goes on before). */
function textBefore(text: string, start: number): string {
  if (start <= CONTEXT) return text.slice(0, start);
  const cut = text.slice(start - CONTEXT, start);
  return `…${cut.replace(/^\S*\s/, '')}`;
}

/** Up to CONTEXT characters after a match, to a word's end ("…" when the block goes on after). */
function textAfter(text: string, end: number): string {
  if (text.length - end <= CONTEXT) return text.slice(end);
  const cut = text.slice(end, end + CONTEXT);
  return `${cut.replace(/\s\S*$/, '')}…`;
}

function collectInline(node: ElementNode, block: Block, nested: ElementNode[]): void {
  for (const child of node.getChildren()) {
    if ($isTextNode(child)) {
      const text = child.getTextContent();
      block.pieces.push({ node: child, start: block.text.length, end: block.text.length + text.length });
      block.text += text;
    } else if ($isLineBreakNode(child)) {
      block.pieces.push({ node: child, start: block.text.length, end: block.text.length + 1 });
      block.text += '\n';
    } else if ($isElementNode(child)) {
      if (child.isInline()) collectInline(child, block, nested);
      else nested.push(child);
    }
  }
}

function collectBlocks(element: ElementNode, into: Block[]): void {
  const block: Block = { text: '', pieces: [] };
  const nested: ElementNode[] = [];
  collectInline(element, block, nested);
  if (block.pieces.length > 0) into.push(block);
  for (const child of nested) collectBlocks(child, into);
}

/** The body's text blocks in reading order (inside a read or an update). */
function $blocks(): Block[] {
  const blocks: Block[] = [];
  for (const child of $getRoot().getChildren()) if ($isElementNode(child)) collectBlocks(child, blocks);
  return blocks;
}

/** Every likely piece of personal data in the body, with the words around it (inside a read). */
export function $findPersonalDataInBody(): BodyMatch[] {
  return $blocks().flatMap((block, index) =>
    findPersonalData(block.text).map((match) => ({
      ...match,
      block: index,
      before: textBefore(block.text, match.start),
      after: textAfter(block.text, match.end),
    })),
  );
}

function replaceInBlock(block: Block, replacement: Replacement): boolean {
  if (block.text.slice(replacement.start, replacement.end) !== replacement.expected) return false;
  let written = false;
  for (const piece of block.pieces) {
    const from = Math.max(piece.start, replacement.start);
    const to = Math.min(piece.end, replacement.end);
    if (from >= to) continue;
    if ($isLineBreakNode(piece.node)) {
      piece.node.remove();
      continue;
    }
    const offset = from - piece.start;
    piece.node.spliceText(offset, to - from, written ? '' : replacement.replacement);
    written = true;
  }
  return written;
}

/** Writes replacements into the body (inside an update); returns how many were made. */
export function $replaceInBody(replacements: Replacement[]): number {
  const blocks = $blocks();
  // From the end backwards, so an earlier replacement's offsets are not moved by a later one.
  const ordered = [...replacements].sort((a, b) => b.block - a.block || b.start - a.start);
  let made = 0;
  for (const replacement of ordered) {
    const block = blocks[replacement.block];
    if (block && replaceInBlock(block, replacement)) made++;
  }
  return made;
}

/** The body's plain text, as the index keeps it for search (inside a read). */
export const $bodyText = (): string => $getRoot().getTextContent();
