// Where each thread's anchor is in the draft right now: resolved from its Yjs relative positions after every
// editor update (local or remote), as a DOM Range for painting, or marked as on deleted text.
import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { DiscussionThread } from '../../../shared/discussion';
import { $domRangeOf } from './highlights';
import { $resolveAnchor } from './model/anchors';

export interface ThreadPlace {
  /** On screen: the DOM range of its words. */
  range: Range | null;
  /** Its words were deleted (or the thread has no anchor); the quote is all that is left. */
  gone: boolean;
}

export type ThreadPlaces = ReadonlyMap<string, ThreadPlace>;

function placesOf(editor: LexicalEditor, doc: Y.Doc, threads: DiscussionThread[]): ThreadPlaces {
  return editor.getEditorState().read(() => {
    const places = new Map<string, ThreadPlace>();
    for (const thread of threads) {
      const selection = thread.anchor ? $resolveAnchor(doc, thread.anchor) : null;
      places.set(thread.id, {
        range: selection ? $domRangeOf(editor, selection) : null,
        gone: selection === null,
      });
    }
    return places;
  });
}

const NOWHERE: ThreadPlaces = new Map();

const sameRange = (a: Range | null, b: Range | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset);

/** Whether nothing moved: most keystrokes change no commented range, and then nothing need render again. */
function samePlaces(a: ThreadPlaces, b: ThreadPlaces): boolean {
  if (a.size !== b.size) return false;
  for (const [id, place] of a) {
    const other = b.get(id);
    if (!other || other.gone !== place.gone || !sameRange(place.range, other.range)) return false;
  }
  return true;
}

export function useThreadRanges(
  editor: LexicalEditor,
  doc: Y.Doc | null,
  threads: DiscussionThread[],
): ThreadPlaces {
  const [places, setPlaces] = useState<ThreadPlaces>(NOWHERE);
  useEffect(() => {
    if (!doc) return;
    const refresh = () => {
      const next = placesOf(editor, doc, threads);
      setPlaces((previous) => (samePlaces(previous, next) ? previous : next));
    };
    refresh();
    // Update listeners run once the DOM shows the new state, so the ranges are built on what is on screen.
    return editor.registerUpdateListener(refresh);
  }, [editor, doc, threads]);
  return doc ? places : NOWHERE;
}

/** Threads in the order of their words in the draft; those whose words are gone (or not shown) come last. */
export function inDocumentOrder(threads: DiscussionThread[], places: ThreadPlaces): DiscussionThread[] {
  const rangeOf = (thread: DiscussionThread) => places.get(thread.id)?.range ?? null;
  return [...threads].sort((a, b) => {
    const first = rangeOf(a);
    const second = rangeOf(b);
    if (first && second) return first.compareBoundaryPoints(Range.START_TO_START, second);
    if (first) return -1;
    if (second) return 1;
    return (a.comments[0]?.createdAt ?? 0) - (b.comments[0]?.createdAt ?? 0);
  });
}
