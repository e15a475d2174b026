// Whether an update to a document body only suggests: the body read with every suggestion rejected must be the
// same before and after it, and suggestions already there may change only if they are the sender's. Read straight
// from the Lexical-Yjs structure (element nodes are XmlText with attributes, text nodes a Map of properties
// followed by their text), so the relay needs no Lexical.
import * as Y from 'yjs';
import { removeDuplicatedCopies } from '../../../shared/copied-text-once';
import {
  SUGGESTION_ID_PROPERTY,
  SUGGESTION_NODE_TYPE,
  SUGGESTION_TYPE_PROPERTY,
} from '../../../shared/suggestions';

/** Lexical's shared root in a document room. */
export const BODY_ROOT = 'root';

/** Element properties Lexical rewrites as a side effect of typing (text direction, the format of the caret). */
const INCIDENTAL_PROPERTIES = new Set(['__dir', '__textFormat', '__textStyle']);

type Piece = { run: string; text: string } | { element: string; children: Piece[] } | { decorator: string };

/** What a suggestion wraps, by id: its type and text, for telling which suggestions an update touched. */
export type SuggestionContents = Map<string, string>;

/** A suggestion as found in the body: its type and the text it wraps. */
export interface FoundSuggestion {
  type: string;
  text: string;
}

interface Reading {
  suggestions: SuggestionContents;
  found: Map<string, FoundSuggestion>;
}

const stableJson = (value: Record<string, unknown>, skip: Set<string> = new Set()): string =>
  JSON.stringify(
    Object.keys(value)
      .filter((key) => !skip.has(key))
      .sort()
      .map((key) => [key, value[key]]),
  );

function pushRun(pieces: Piece[], run: string, text: string): void {
  if (text.length === 0) return;
  const last = pieces[pieces.length - 1];
  // Lexical splits and merges text nodes freely; equal neighbouring runs are one run.
  if (last && 'run' in last && last.run === run) last.text += text;
  else pieces.push({ run, text });
}

function appendPieces(into: Piece[], pieces: Piece[]): void {
  for (const piece of pieces) {
    if ('run' in piece) pushRun(into, piece.run, piece.text);
    else into.push(piece);
  }
}

function plainText(element: Y.XmlText): string {
  return (element.toDelta() as Array<{ insert: unknown }>)
    .map((op) =>
      typeof op.insert === 'string' ? op.insert : op.insert instanceof Y.XmlText ? plainText(op.insert) : '',
    )
    .join('');
}

interface Children {
  pieces: Piece[];
  /**
   * The element starts with a split marker: with the split rejected it joins the element before it. A marker
   * after text (carried there by a direct edit) stands for no break any more, as settling in the editor reads it.
   */
  splitOff: boolean;
}

/** The children of an element with every suggestion rejected, noting each suggestion's content on the way. */
function readChildren(element: Y.XmlText, reading: Reading): Children {
  const pieces: Piece[] = [];
  let splitOff = false;
  // Whether the element has shown any text (suggested or not) or embed so far.
  let content = false;
  let run = '';
  for (const op of element.toDelta() as Array<{ insert: unknown }>) {
    const inserted = op.insert;
    if (typeof inserted === 'string') {
      pushRun(pieces, run, inserted);
      content ||= inserted.length > 0;
    } else if (inserted instanceof Y.Map) {
      run = stableJson(inserted.toJSON());
      content ||= inserted.get('__type') === 'linebreak';
    } else if (inserted instanceof Y.XmlText) {
      const attributes = inserted.getAttributes() as Record<string, unknown>;
      const inner = readChildren(inserted, reading);
      if (attributes.__type === SUGGESTION_NODE_TYPE) {
        const id = String(attributes[SUGGESTION_ID_PROPERTY]);
        const type = String(attributes[SUGGESTION_TYPE_PROPERTY]);
        const previous = reading.suggestions.get(id) ?? '';
        reading.suggestions.set(id, `${previous}${type}:${JSON.stringify(inner.pieces)}|`);
        const found = reading.found.get(id);
        if (found) found.text += plainText(inserted);
        else reading.found.set(id, { type, text: plainText(inserted) });
        // A split or join marker is empty by nature: anything in one reads as there, so a marker that brings
        // text is no suggestion. A join marker itself reads as never made: the break stays.
        const marker = type === 'split' || type === 'join';
        if (type === 'delete' || marker) appendPieces(pieces, inner.pieces);
        if (type === 'split' && !content) splitOff = true;
        // An insertion (or anything claiming to be a suggestion of an unknown type) reads as never typed.
      } else {
        const json = stableJson(attributes, INCIDENTAL_PROPERTIES);
        const previous = pieces[pieces.length - 1];
        if (inner.splitOff && previous && 'element' in previous)
          appendPieces(previous.children, inner.pieces);
        else pieces.push({ element: json, children: inner.pieces });
      }
      content ||= plainText(inserted).length > 0;
    } else if (inserted instanceof Y.XmlElement) {
      pieces.push({ decorator: stableJson(inserted.getAttributes() as Record<string, unknown>) });
      content = true;
    }
  }
  return { pieces, splitOff };
}

/** The body read with every suggestion rejected (canonical JSON), and what each suggestion wraps. */
export function readBodyRejectingSuggestions(doc: Y.Doc): {
  rejected: string;
  suggestions: SuggestionContents;
  found: Map<string, FoundSuggestion>;
} {
  const reading: Reading = { suggestions: new Map(), found: new Map() };
  const { pieces } = readChildren(doc.get(BODY_ROOT, Y.XmlText), reading);
  return { rejected: JSON.stringify(pieces), suggestions: reading.suggestions, found: reading.found };
}

export type SuggestionCheck =
  | { ok: true; made: Array<FoundSuggestion & { id: string }>; changed: string[] }
  | { ok: false; reason: 'undecodable' | 'incomplete' | 'changes-text' | 'touches-others' };

/**
 * Applies `update` to a copy of `doc` and says whether it only suggests. `mayChange(id)` says whether the sender
 * may alter a suggestion that was already there (their own); `made` lists the suggestion ids the update adds.
 */
export function checkSuggestionUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  mayChange: (id: string) => boolean,
): SuggestionCheck {
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    // Both readings are of the text as every replica will show it: text moved by two people at once (two Enters in
    // one paragraph) kept once, as the editors' replicas keep it (shared/copied-text-once.ts).
    removeDuplicatedCopies(copy);
    const before = readBodyRejectingSuggestions(copy);
    try {
      Y.applyUpdate(copy, update);
    } catch {
      return { ok: false, reason: 'undecodable' };
    }
    // An update that needs history the room does not have would apply later, unchecked.
    if (copy.store.pendingStructs !== null || copy.store.pendingDs !== null) {
      return { ok: false, reason: 'incomplete' };
    }
    removeDuplicatedCopies(copy);
    const after = readBodyRejectingSuggestions(copy);
    if (after.rejected !== before.rejected) return { ok: false, reason: 'changes-text' };
    const changed: string[] = [];
    for (const [id, content] of before.suggestions) {
      if (after.suggestions.get(id) === content) continue;
      if (!mayChange(id)) return { ok: false, reason: 'touches-others' };
      changed.push(id);
    }
    const made = [...after.found]
      .filter(([id]) => !before.suggestions.has(id))
      .map(([id, found]) => ({ id, ...found }));
    return { ok: true, made, changed };
  } finally {
    copy.destroy();
  }
}
