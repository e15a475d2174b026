// The units of blocks in a shared draft as Yjs keeps them (each character, embed and nested type an item or part
// of one), read whether deleted or not: lining up a moved block's original with its copy, and copying what was
// typed into an original after it was deleted (its content counts as deleted, so toDelta would not show it).
// Also finds the items a transaction created and the block items a move record names. Used by
// draft-move-forwarding.ts.
import { diffArrays } from 'diff';
import * as Y from 'yjs';

// biome-ignore lint/suspicious/noExplicitAny: Yjs types its shared types by their event type.
export type SharedType = Y.AbstractType<any>;

/** Each countable unit (character, embed, nested type) of a sequence type, in order. */
function* unitsOf(
  type: SharedType,
  visible: (item: Y.Item) => boolean,
): Generator<{ item: Y.Item; offset: number }> {
  for (let item = type._start; item !== null; item = item.right) {
    if (!item.countable || !visible(item) || item.content instanceof Y.ContentDeleted) continue;
    for (let offset = 0; offset < item.length; offset++) yield { item, offset };
  }
}

/** Units `from` to `to` of one item. */
export interface Run {
  item: Y.Item;
  from: number;
  to: number;
}

export interface Unit {
  item: Y.Item;
  offset: number;
}

/** How an original's units line up with its copy's: pairs of equal units, and the original's runs left over. */
export interface Alignment {
  original: SharedType;
  copy: SharedType;
  visible: (item: Y.Item) => boolean;
  copyVisible: (item: Y.Item) => boolean;
  matches: [Unit, Unit][];
  missing: Run[];
}

/** A block's kind: its class and Lexical's node type (kept as the `__type` property). */
function typeSignature(type: SharedType): string {
  const lexicalType = type._map.get('__type')?.content.getContent().at(-1);
  return `${type.constructor.name}:${typeof lexicalType === 'string' ? lexicalType : ''}`;
}

function unitSignature({ item, offset }: Unit): string {
  const { content } = item;
  if (content instanceof Y.ContentString) return content.str[offset] as string;
  if (content instanceof Y.ContentType) return `\u0000${typeSignature(content.type)}`;
  return `\u0001${JSON.stringify(content.getContent()[offset] ?? null)}`;
}

/**
 * Lines up the units `original` had (`visible`) with those `copy` has (`copyVisible`: by default those not
 * deleted), by their longest common run.
 */
export function align(
  original: SharedType,
  visible: (item: Y.Item) => boolean,
  copy: SharedType,
  copyVisible: (item: Y.Item) => boolean = (item) => !item.deleted,
): Alignment {
  const before = [...unitsOf(original, visible)];
  const after = [...unitsOf(copy, copyVisible)];
  const matches: [Unit, Unit][] = [];
  const missing: Run[] = [];
  let from = 0;
  let to = 0;
  for (const part of diffArrays(before.map(unitSignature), after.map(unitSignature))) {
    const count = part.count ?? part.value.length;
    if (part.added) {
      to += count;
    } else if (part.removed) {
      for (const unit of before.slice(from, from + count)) {
        const last = missing.at(-1);
        if (last && last.item === unit.item && last.to === unit.offset) last.to++;
        else missing.push({ item: unit.item, from: unit.offset, to: unit.offset + 1 });
      }
      from += count;
    } else {
      for (let index = 0; index < count; index++) {
        matches.push([before[from + index] as Unit, after[to + index] as Unit]);
      }
      from += count;
      to += count;
    }
  }
  return { original, copy, visible, copyVisible, matches, missing };
}

/** What units `from` to `to` of a late item inserted, ready for the copy (new types copied whole). */
export function forwardedValue(item: Y.Item, from: number, to: number): unknown {
  const { content } = item;
  if (content instanceof Y.ContentString) return content.str.slice(from, to);
  if (content instanceof Y.ContentEmbed) return content.embed;
  if (content instanceof Y.ContentType) return copyWithDeletedContent(content.type);
  return undefined;
}

/** Inserts what forwardedValue read into `copy` at `index`; false when the copy cannot hold it. */
export function insertInto(copy: SharedType, index: number, value: unknown): boolean {
  if (copy instanceof Y.XmlText) {
    if (typeof value === 'string') copy.insert(index, value);
    else copy.insertEmbed(index, value as Y.XmlText);
  } else if (copy instanceof Y.XmlElement && (value instanceof Y.XmlElement || value instanceof Y.XmlText)) {
    copy.insert(index, [value]);
  } else return false;
  return true;
}

/** Sets property `key` of `copy` as a late item set it in the original (a nested type is left alone). */
export function copyProperty(item: Y.Item, copy: SharedType, key: string): void {
  if (item.right !== null) return; // overwritten in the same update
  const value = item.content.getContent().at(-1);
  if (value instanceof Y.AbstractType) return;
  if (copy instanceof Y.Map) copy.set(key, value);
  else if (copy instanceof Y.XmlText || copy instanceof Y.XmlElement) copy.setAttribute(key, value as string);
}

const latestValues = (type: SharedType): [string, unknown][] =>
  [...type._map.entries()]
    .filter(([, item]) => !(item.content instanceof Y.ContentDeleted))
    .map(([key, item]) => [key, item.content.getContent().at(-1)] as [string, unknown])
    .filter(([, value]) => !(value instanceof Y.AbstractType));

/** A copy of a type created in a deleted block: its content counts as deleted there, so it is read item by item. */
function copyWithDeletedContent(type: SharedType): SharedType | undefined {
  if (type instanceof Y.Map) {
    const map = new Y.Map<unknown>();
    for (const [key, value] of latestValues(type)) map.set(key, value);
    return map;
  }
  const children = [...unitsOf(type, () => true)];
  if (type instanceof Y.XmlText) {
    const text = new Y.XmlText();
    for (const [key, value] of latestValues(type)) text.setAttribute(key, value as string);
    const delta = children
      .filter(({ offset }) => offset === 0)
      .map(({ item }) => {
        const { content } = item;
        if (content instanceof Y.ContentString) return { insert: content.str };
        if (content instanceof Y.ContentType) return { insert: copyWithDeletedContent(content.type) };
        if (content instanceof Y.ContentEmbed) return { insert: content.embed };
        return null;
      })
      .filter((op) => op !== null && op.insert !== undefined);
    text.applyDelta(delta, { sanitize: false });
    return text;
  }
  if (type instanceof Y.XmlElement) {
    const element = new Y.XmlElement(type.nodeName);
    for (const [key, value] of latestValues(type)) element.setAttribute(key, value as string);
    const nested = children
      .map(({ item }) =>
        item.content instanceof Y.ContentType ? copyWithDeletedContent(item.content.type) : null,
      )
      .filter(
        (child): child is Y.XmlElement | Y.XmlText =>
          child instanceof Y.XmlElement || child instanceof Y.XmlText,
      );
    element.insert(0, nested);
    return element;
  }
  return undefined;
}

/** The item of a top-level block holding a shared type, found by its id. */
export function blockItem(
  doc: Y.Doc,
  client: number,
  clock: number,
): (Y.Item & { content: Y.ContentType }) | null {
  try {
    const item = Y.getItem(doc.store, Y.createID(client, clock));
    return item instanceof Y.Item && item.content instanceof Y.ContentType && item.id.clock === clock
      ? (item as Y.Item & { content: Y.ContentType })
      : null;
  } catch {
    return null; // an id this document has not seen
  }
}

export const parentOf = (type: SharedType): SharedType | null =>
  type._item ? (type._item.parent as SharedType | null) : null;

/** `type` itself or the nearest type holding it for which `within` holds, or null. */
export function enclosing(type: SharedType, within: (type: SharedType) => boolean): SharedType | null {
  for (let current: SharedType | null = type; current; current = parentOf(current)) {
    if (within(current)) return current;
  }
  return null;
}

/** The items created by this transaction, in each client's clock order. */
export function newItems(doc: Y.Doc, transaction: Y.Transaction): Y.Item[] {
  const found: Y.Item[] = [];
  transaction.afterState.forEach((after, client) => {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) return;
    const structs = doc.store.clients.get(client) ?? [];
    for (let index = Y.findIndexSS(structs, before); index < structs.length; index++) {
      const struct = structs[index];
      if (struct instanceof Y.Item) found.push(struct);
    }
  });
  return found;
}
