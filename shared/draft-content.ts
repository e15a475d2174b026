// A draft body as @lexical/yjs keeps it: the `root` XmlText holds one embedded type per top-level block. These
// functions copy and rearrange blocks as plain Yjs edits (forward edits, nothing in the history rewritten), for
// restoring a version on the relay (draft-restore.ts) and for moving provisions (draft-move-forwarding.ts).
import * as Y from 'yjs';

/** The shared type Lexical's binding keeps a draft's blocks in. */
export const draftRoot = (doc: Y.Doc): Y.XmlText => doc.get('root', Y.XmlText);

type DeltaOp = { insert?: unknown; retain?: number; delete?: number; attributes?: Record<string, unknown> };

/** A fresh, not yet integrated copy of a value found in a draft (Yjs types copied deeply, plain values as they are). */
export function copySharedValue(value: unknown): unknown {
  if (value instanceof Y.XmlText) return copyXmlText(value);
  if (value instanceof Y.XmlElement) return copyXmlElement(value);
  if (value instanceof Y.Map) {
    const map = new Y.Map<unknown>();
    for (const [key, entry] of value.entries()) map.set(key, copySharedValue(entry));
    return map;
  }
  if (value instanceof Y.Array) return Y.Array.from(value.toArray().map(copySharedValue) as never[]);
  return value;
}

// Y.XmlText's own clone() keeps embedded types and drops attributes; Lexical keeps node properties in both.
function copyXmlText(source: Y.XmlText): Y.XmlText {
  const text = new Y.XmlText();
  for (const [key, value] of Object.entries(source.getAttributes())) {
    text.setAttribute(key, copySharedValue(value) as string);
  }
  const delta = (source.toDelta() as DeltaOp[]).map((op) =>
    op.attributes
      ? { insert: copySharedValue(op.insert), attributes: op.attributes }
      : { insert: copySharedValue(op.insert) },
  );
  text.applyDelta(delta, { sanitize: false });
  return text;
}

function copyXmlElement(source: Y.XmlElement): Y.XmlElement {
  const element = new Y.XmlElement(source.nodeName);
  for (const [key, value] of Object.entries(source.getAttributes())) {
    element.setAttribute(key, copySharedValue(value) as string);
  }
  element.insert(
    0,
    source.toArray().map((child) => copySharedValue(child) as Y.XmlText | Y.XmlElement),
  );
  return element;
}

/** The top-level blocks of a draft, in order. */
export function draftBlocks(root: Y.XmlText): unknown[] {
  return (root.toDelta() as DeltaOp[]).flatMap((op) =>
    typeof op.insert === 'string' ? [...op.insert] : [op.insert],
  );
}

/** A stable text for comparing two blocks' whole content and properties. */
export function blockSignature(value: unknown): string {
  if (value instanceof Y.XmlText) {
    const delta = (value.toDelta() as DeltaOp[]).map((op) => [
      blockSignature(op.insert),
      op.attributes ?? null,
    ]);
    return JSON.stringify(['text', sortedEntries(value.getAttributes()), delta]);
  }
  if (value instanceof Y.XmlElement) {
    return JSON.stringify([
      'element',
      value.nodeName,
      sortedEntries(value.getAttributes()),
      value.toArray().map(blockSignature),
    ]);
  }
  if (value instanceof Y.Map)
    return JSON.stringify(['map', sortedEntries(Object.fromEntries(value.entries()))]);
  if (value instanceof Y.Array) return JSON.stringify(['array', value.toArray().map(blockSignature)]);
  return JSON.stringify(value ?? null);
}

function sortedEntries(record: Record<string, unknown>): [string, string][] {
  return Object.keys(record)
    .sort()
    .map((key) => [key, blockSignature(record[key])]);
}

/**
 * Moves `count` blocks starting at `from` so they stand before the block now at `before` (outside the moved
 * range), as copies inserted there and the originals deleted. Typing that reaches a replica after the deletion
 * lands in the deleted original: callers move the blocks nobody is in, and record the move so the relay can
 * forward such typing (shared/draft-move-forwarding.ts). Returns each original with its copy.
 */
export function moveDraftBlocks(
  root: Y.XmlText,
  from: number,
  count: number,
  before: number,
): [original: Y.XmlText, copy: Y.XmlText][] {
  if (count <= 0 || (before >= from && before <= from + count)) return [];
  const moved = draftBlocks(root).slice(from, from + count) as Y.XmlText[];
  const pairs = moved.map((block, offset): [Y.XmlText, Y.XmlText] => {
    const copy = copySharedValue(block) as Y.XmlText;
    root.insertEmbed(before + offset, copy);
    return [block, copy];
  });
  // Inserting before the range shifted it by `count`.
  root.delete(before < from ? from + count : from, count);
  return pairs;
}
