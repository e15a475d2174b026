// Test support: headless draft editors bound to Yjs documents the way CollaborationPlugin binds the live one,
// so node properties and structure can be checked through a real @lexical/yjs round trip without a browser.
import type { Binding } from '@lexical/yjs';
import type { LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import { bindHeadlessDraftEditor } from '../../renderer/drafts/editor/headlessDraft';

export interface BoundEditor {
  editor: LexicalEditor;
  doc: Y.Doc;
  binding: Binding;
}

export function bindHeadlessEditor(doc: Y.Doc = new Y.Doc()): BoundEditor {
  const { editor, binding } = bindHeadlessDraftEditor(doc, 'draft');
  return { editor, doc, binding };
}

/** Sends each document's missing updates to the other, as a relay would, and lets both editors catch up. */
export async function exchange(a: Y.Doc, b: Y.Doc): Promise<void> {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  // Remote changes reach Lexical through editor.update, which commits in a microtask.
  await new Promise((resolve) => setTimeout(resolve, 0));
}
