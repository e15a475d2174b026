// Whether an editor is in suggesting mode, for the parts of the draft outside the suggestions plugin that must
// hold back while it is (the toolbar's formatting, styles, lists, inserts and moves are not suggestions).
import type { LexicalEditor } from 'lexical';
import { useCallback, useSyncExternalStore } from 'react';

const suggesting = new WeakMap<LexicalEditor, boolean>();
const listeners = new WeakMap<LexicalEditor, Set<() => void>>();

export function setSuggestingMode(editor: LexicalEditor, on: boolean): void {
  if ((suggesting.get(editor) ?? false) === on) return;
  suggesting.set(editor, on);
  for (const listener of listeners.get(editor) ?? []) listener();
}

export function useSuggestingMode(editor: LexicalEditor): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const set = listeners.get(editor) ?? new Set();
      listeners.set(editor, set);
      set.add(onChange);
      return () => set.delete(onChange);
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => suggesting.get(editor) ?? false);
}
