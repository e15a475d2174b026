// Makes @lexical/yjs copy a local edit into Yjs from the blocks it touched only, not from every block of the draft.
//
// On every local update, @lexical/yjs (0.52) walks all children of each dirty element and re-syncs each one:
// its properties, its node state and, recursively, every text node under it. Lexical marks the root dirty on every
// keystroke, so typing one letter in a 1,000-paragraph draft re-read all 1,000 paragraphs and their Yjs maps
// (about half of a keystroke's time in Chromium). A child that is neither a dirty element nor a dirty leaf, and is
// the same node object before and after the update, has not changed, nor has anything under it (Lexical marks
// every ancestor of a changed node dirty): syncing it writes nothing, so it is skipped, as Lexical's own DOM
// reconciler skips it.
//
// The exception is a full reconcile (`editor.setEditorState`), which marks only the root dirty however much
// changed: an update whose only dirty node is the root is synced in full, as before. The draft editor never
// replaces its state that way while bound (the binding fills it from Yjs), but a fallback costs nothing.
//
// The method patched is internal to @lexical/yjs: if a later version renames it or changes its parameters, the
// patch steps aside and the library's own behaviour (correct, only slower) applies.
import { $getNodeByKey, type NodeKey, type NodeMap } from 'lexical';
import { collabElementPrototype } from './collabElementPrototype';

type SyncChild = (
  this: unknown,
  binding: unknown,
  index: number,
  key: NodeKey,
  prevNodeMap: NodeMap | null,
  dirtyElements: Map<NodeKey, boolean> | null,
  dirtyLeaves: Set<NodeKey> | null,
) => void;

interface CollabElementPrototype {
  _syncChildFromLexical?: SyncChild & { skipsUntouched?: true };
}

/** Whether the update marked nodes one by one (any ordinary edit), rather than only the root (a full reconcile). */
export function isIncrementalUpdate(
  dirtyElements: Map<NodeKey, boolean>,
  dirtyLeaves: Set<NodeKey>,
): boolean {
  return dirtyLeaves.size > 0 || dirtyElements.size > 1 || !dirtyElements.has('root');
}

/** Installs the skip once for the whole page (the binding's classes are shared by every draft editor). */
export function syncOnlyTouchedBlocksToYjs(): void {
  const prototype = collabElementPrototype() as CollabElementPrototype;
  const original = prototype._syncChildFromLexical;
  if (typeof original !== 'function' || original.skipsUntouched || original.length !== 6) return;

  const skipping: SyncChild & { skipsUntouched?: true } = function (
    binding,
    index,
    key,
    prevNodeMap,
    dirtyElements,
    dirtyLeaves,
  ) {
    // Called inside the update's editor state read, so $getNodeByKey gives the node as it is now.
    const untouched =
      prevNodeMap !== null &&
      dirtyElements !== null &&
      dirtyLeaves !== null &&
      !dirtyElements.has(key) &&
      !dirtyLeaves.has(key) &&
      isIncrementalUpdate(dirtyElements, dirtyLeaves) &&
      prevNodeMap.get(key) === $getNodeByKey(key);
    if (untouched) return;
    original.call(this, binding, index, key, prevNodeMap, dirtyElements, dirtyLeaves);
  };
  skipping.skipsUntouched = true;
  prototype._syncChildFromLexical = skipping;
}
