// Test support for suggestions: two people's headless editors on one body, a way to put the cursor on words,
// and the body read as paragraphs of plain text.
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import type { SuggestingAuthor } from '../../renderer/consultation/suggestions/suggestionEdits';

let counter = 0;

/** A person suggesting: owns the ids they made. */
export function suggestingAuthor(name: string): SuggestingAuthor & { made: string[] } {
  const made: string[] = [];
  return {
    made,
    owns: (id) => made.includes(id),
    newId: () => {
      counter += 1;
      const id = `${name}-${String(counter).padStart(16, '0')}`;
      made.push(id);
      return id;
    },
  };
}

function $textNodes(node: LexicalNode, into: TextNode[] = []): TextNode[] {
  if ($isTextNode(node)) into.push(node);
  else if ($isElementNode(node)) for (const child of node.getChildren()) $textNodes(child, into);
  return into;
}

/** Selects `needle` (or puts the cursor at its start or end) in the first text node holding it. */
export function $select(needle: string, where: 'range' | 'start' | 'end' = 'range'): void {
  const node = $textNodes($getRoot()).find((text) => text.getTextContent().includes(needle));
  if (!node) throw new Error(`no text node holds "${needle}"`);
  const start = node.getTextContent().indexOf(needle);
  const end = start + needle.length;
  const selection = $createRangeSelection();
  selection.anchor.set(node.getKey(), where === 'end' ? end : start, 'text');
  selection.focus.set(node.getKey(), where === 'start' ? start : end, 'text');
  $setSelection(selection);
}

export function write(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

export function seedParagraphs(editor: LexicalEditor, ...texts: string[]): void {
  write(editor, () => {
    $getRoot()
      .clear()
      .append(...texts.map((text) => $createParagraphNode().append($createTextNode(text))));
  });
}

/** The body as each paragraph's text (suggestions read as they stand: inserted and struck text both). */
export const paragraphs = (editor: LexicalEditor): string[] =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent()),
  );
