// Restoring a version as the smallest forward edit: the live draft is changed only where it differs from the
// version, block by block and inside a block character by character, so what a co-author types at that moment
// in a block the restore changes lands among characters that stay, and survives. Blocks are aligned by their
// longest common run (jsdiff's diffArrays); a changed block is patched in place when the version's block at that
// place is of the same kind (Lexical's node type), and replaced by a copy only when it is not.
import { diffArrays } from 'diff';
import * as Y from 'yjs';
import { blockSignature, copySharedValue } from './draft-content';

type Attributes = Record<string, unknown>;
type DeltaOp = { insert?: unknown; attributes?: Attributes };

/** One character or one embedded value of an XmlText, with its formatting attributes. */
type Unit =
  | { text: string; attributes: Attributes | null }
  | { embed: unknown; attributes: Attributes | null };

function unitsOf(text: Y.XmlText): Unit[] {
  return (text.toDelta() as DeltaOp[]).flatMap((op): Unit[] => {
    const attributes = op.attributes ?? null;
    return typeof op.insert === 'string'
      ? [...op.insert].map((char) => ({ text: char, attributes }))
      : [{ embed: op.insert, attributes }];
  });
}

/** Yjs counts text in UTF-16 code units, a unit is one code point. */
const lengthOf = (units: readonly Unit[]): number =>
  units.reduce((sum, unit) => sum + ('text' in unit ? unit.text.length : 1), 0);

const unitSignature = (unit: Unit): string =>
  'text' in unit
    ? JSON.stringify([unit.text, unit.attributes])
    : JSON.stringify([blockSignature(unit.embed), unit.attributes]);

/** Lexical's node type, kept as the `__type` property: a block keeps it for life. */
const lexicalType = (value: unknown): unknown =>
  value instanceof Y.XmlText || value instanceof Y.XmlElement
    ? value.getAttribute('__type')
    : value instanceof Y.Map
      ? value.get('__type')
      : undefined;

/** Whether `live` can be patched into `wanted` in place (same class, same node type). */
function patchable(live: unknown, wanted: unknown): boolean {
  if (live instanceof Y.XmlText)
    return wanted instanceof Y.XmlText && lexicalType(live) === lexicalType(wanted);
  if (live instanceof Y.Map) return wanted instanceof Y.Map && lexicalType(live) === lexicalType(wanted);
  return false;
}

/**
 * Makes `live` (a draft's root, or any XmlText in it) hold what `wanted` (in another document) holds, as one
 * forward edit that leaves every equal character, embed and property as it is. Run it inside a transaction of
 * `live`'s document.
 */
export function restoreDraftText(live: Y.XmlText, wanted: Y.XmlText): void {
  restoreProperties(
    live,
    wanted.getAttributes(),
    (key) => live.removeAttribute(key),
    (key, value) => live.setAttribute(key, value as string),
  );
  const current = unitsOf(live);
  const target = unitsOf(wanted);
  let at = 0;
  let from = 0;
  let to = 0;
  let removed: Unit[] = [];
  let added: Unit[] = [];
  const flush = () => {
    at = restoreGap(live, at, removed, added);
    removed = [];
    added = [];
  };
  for (const part of diffArrays(current.map(unitSignature), target.map(unitSignature))) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...current.slice(from, from + count));
      from += count;
    } else if (part.added) {
      added.push(...target.slice(to, to + count));
      to += count;
    } else {
      flush();
      at += lengthOf(current.slice(from, from + count));
      from += count;
      to += count;
    }
  }
  flush();
}

/**
 * Replaces the `removed` units standing at `at` with the `added` ones. Embeds of the same kind, paired in order,
 * are patched in place (so typing inside them survives); the text between them is deleted and inserted.
 * Returns the index after the gap.
 */
function restoreGap(live: Y.XmlText, at: number, removed: Unit[], added: Unit[]): number {
  const removedEmbeds = removed.flatMap((unit, index) => ('embed' in unit ? [index] : []));
  const addedEmbeds = added.flatMap((unit, index) => ('embed' in unit ? [index] : []));
  const pairs: [number, number][] = [];
  for (let k = 0; k < Math.min(removedEmbeds.length, addedEmbeds.length); k++) {
    const [r, a] = [removedEmbeds[k] as number, addedEmbeds[k] as number];
    const [liveUnit, wantedUnit] = [removed[r], added[a]] as [
      Unit & { embed: unknown },
      Unit & { embed: unknown },
    ];
    if (!patchable(liveUnit.embed, wantedUnit.embed)) break;
    if (JSON.stringify(liveUnit.attributes) !== JSON.stringify(wantedUnit.attributes)) break;
    pairs.push([r, a]);
  }
  let index = at;
  let r = 0;
  let a = 0;
  for (const [pairR, pairA] of [...pairs, [removed.length, added.length] as [number, number]]) {
    if (pairR > r) live.delete(index, lengthOf(removed.slice(r, pairR)));
    index = insertUnits(live, index, added.slice(a, pairA));
    const liveUnit = removed[pairR];
    const wantedUnit = added[pairA];
    if (liveUnit && wantedUnit && 'embed' in liveUnit && 'embed' in wantedUnit) {
      restoreEmbed(liveUnit.embed, wantedUnit.embed);
      index++;
    }
    r = pairR + 1;
    a = pairA + 1;
  }
  return index;
}

function restoreEmbed(live: unknown, wanted: unknown): void {
  if (live instanceof Y.XmlText && wanted instanceof Y.XmlText) restoreDraftText(live, wanted);
  else if (live instanceof Y.Map && wanted instanceof Y.Map) {
    restoreProperties(
      live,
      Object.fromEntries(wanted.entries()),
      (key) => live.delete(key),
      (key, value) => live.set(key, value),
    );
  }
}

/** Sets the properties that differ from `wanted` and removes those it lacks. */
function restoreProperties(
  live: Y.XmlText | Y.Map<unknown>,
  wanted: Attributes,
  remove: (key: string) => void,
  set: (key: string, value: unknown) => void,
): void {
  const current: Attributes =
    live instanceof Y.Map ? Object.fromEntries(live.entries()) : live.getAttributes();
  for (const key of Object.keys(current)) if (!(key in wanted)) remove(key);
  for (const [key, value] of Object.entries(wanted)) {
    if (key in current && blockSignature(current[key]) === blockSignature(value)) continue;
    set(key, copySharedValue(value));
  }
}

/** Inserts units at `at`, runs of characters with the same attributes at once; returns the index after them. */
function insertUnits(live: Y.XmlText, at: number, units: Unit[]): number {
  let index = at;
  let run = '';
  let runAttributes: Attributes | null = null;
  const flushRun = () => {
    if (run === '') return;
    // Explicit attributes (none is {}), so the text does not take on its left neighbour's formatting.
    live.insert(index, run, { ...(runAttributes ?? {}) });
    index += run.length;
    run = '';
  };
  for (const unit of units) {
    if ('text' in unit) {
      if (run !== '' && JSON.stringify(unit.attributes) !== JSON.stringify(runAttributes)) flushRun();
      runAttributes = unit.attributes;
      run += unit.text;
    } else {
      flushRun();
      live.insertEmbed(index, copySharedValue(unit.embed) as Y.XmlText, { ...(unit.attributes ?? {}) });
      index++;
    }
  }
  flushRun();
  return index;
}
