// Test support: headless draft editors bound to Yjs documents the way CollaborationPlugin binds the live one,
// so node properties and structure can be checked through a real @lexical/yjs round trip without a browser.
import {
  type Binding,
  createYjsBinding,
  type Provider,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
} from '@lexical/yjs';
import type { LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import { createHeadlessDraftEditor } from '../../renderer/drafts/editor/headlessDraft';

const silentProvider = {
  awareness: {
    getLocalState: () => null,
    getStates: () => new Map(),
    on: () => {},
    off: () => {},
    setLocalState: () => {},
    setLocalStateField: () => {},
  },
  connect: () => {},
  disconnect: () => {},
  on: () => {},
  off: () => {},
} as unknown as Provider;

export interface BoundEditor {
  editor: LexicalEditor;
  doc: Y.Doc;
  binding: Binding;
}

export function bindHeadlessEditor(doc: Y.Doc = new Y.Doc()): BoundEditor {
  const editor = createHeadlessDraftEditor();
  const binding = createYjsBinding({ editor, id: 'draft', doc, docMap: new Map([['draft', doc]]) });
  binding.root.getSharedType().observeDeep((events, transaction) => {
    if (transaction.origin !== binding) {
      syncYjsChangesToLexical(binding, silentProvider, events as never, false);
    }
  });
  editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      syncLexicalUpdateToYjs(
        binding,
        silentProvider,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      );
    },
  );
  return { editor, doc, binding };
}

/** Sends each document's missing updates to the other, as a relay would, and lets both editors catch up. */
export async function exchange(a: Y.Doc, b: Y.Doc): Promise<void> {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  // Remote changes reach Lexical through editor.update, which commits in a microtask.
  await new Promise((resolve) => setTimeout(resolve, 0));
}
