// A draft editor with no screen, for import, export, versions, library edits, benchmarks and tests: same nodes as
// the live editor, and (bindHeadlessDraftEditor) bound to a Y.Doc the way the live editor's CollaborationPlugin
// binds one. Bind before any content arrives: the binding learns only from the Yjs events it sees.
import { createHeadlessEditor } from '@lexical/headless';
import {
  type Binding,
  createYjsBinding,
  type Provider,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
} from '@lexical/yjs';
import type { LexicalEditor } from 'lexical';
import type * as Y from 'yjs';
import { keepCopiedTextOnce } from '../../../shared/copied-text-once';
import { DRAFT_NAMESPACE, DRAFT_NODES } from './draftNodes';
import { syncOnlyTouchedBlocksToYjs } from './incrementalYjsSync';
import { writeTextSplitsInPlace } from './yjsTextInPlace';

export function createHeadlessDraftEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: DRAFT_NAMESPACE,
    nodes: [...DRAFT_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

// The binding calls its provider only for presence (cursors), which an editor with no screen does not show.
const noPresence = {
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

export interface HeadlessDraftBinding {
  editor: LexicalEditor;
  binding: Binding;
  /** Stops syncing both ways; the editor and the doc stay as they are. */
  unbind(): void;
}

/** A headless draft editor kept in step with `doc` both ways. */
export function bindHeadlessDraftEditor(doc: Y.Doc, id = 'body'): HeadlessDraftBinding {
  // As the live editor syncs: only the blocks an update touched (incrementalYjsSync.ts).
  syncOnlyTouchedBlocksToYjs();
  // And text node splits in place, as the live editor writes them (yjsTextInPlace.ts).
  writeTextSplitsInPlace();
  const editor = createHeadlessDraftEditor();
  const binding = createYjsBinding({ editor, id, doc, docMap: new Map([[id, doc]]) });
  // The binding's own shared type (not doc.get here): a second copy of yjs in a test runner would clash.
  const root = binding.root.getSharedType();
  const onYjs = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, noPresence, events as never, false);
  };
  root.observeDeep(onYjs);
  // Text two people moved at once (two Enters in one paragraph) stays once, as in the live editor.
  const stopCopies = keepCopiedTextOnce(doc);
  const stopLexical = editor.registerUpdateListener((payload) => {
    syncLexicalUpdateToYjs(
      binding,
      noPresence,
      payload.prevEditorState,
      payload.editorState,
      payload.dirtyElements,
      payload.dirtyLeaves,
      payload.normalizedNodes,
      payload.tags,
    );
  });
  return {
    editor,
    binding,
    unbind: () => {
      root.unobserveDeep(onYjs);
      stopLexical();
      stopCopies();
    },
  };
}
