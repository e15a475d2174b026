// The live notes as plain lines, read straight from the session room's Lexical-Yjs body (`root`): each block is
// an embedded XmlText whose strings are its text (Lexical keeps a text node's format in a Y.Map beside it), and
// lists nest their items as further XmlTexts. Enough for the session-notes document and its exports.
import * as Y from 'yjs';

const ROOT = 'root';

function linesOf(block: Y.XmlText, into: string[]): void {
  let text = '';
  for (const op of block.toDelta() as { insert: unknown }[]) {
    if (typeof op.insert === 'string') text += op.insert;
    else if (op.insert instanceof Y.XmlText) linesOf(op.insert, into);
  }
  const line = text.replace(/\s+/g, ' ').trim();
  if (line) into.push(line);
}

/** The non-empty lines of the session's live notes, in order. */
export function liveNotesLines(doc: Y.Doc): string[] {
  const lines: string[] = [];
  const root = doc.get(ROOT, Y.XmlText);
  for (const op of root.toDelta() as { insert: unknown }[]) {
    if (op.insert instanceof Y.XmlText) linesOf(op.insert, lines);
  }
  return lines;
}
