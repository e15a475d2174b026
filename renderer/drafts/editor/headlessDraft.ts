// A draft editor with no screen, for import, export, benchmarks and tests: same nodes as the live editor.
import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { DRAFT_NAMESPACE, DRAFT_NODES } from './draftNodes';

export function createHeadlessDraftEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: DRAFT_NAMESPACE,
    nodes: [...DRAFT_NODES],
    onError: (error) => {
      throw error;
    },
  });
}
