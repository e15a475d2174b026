// The prototype of @lexical/yjs's collab element class, which the package does not export: the draft editor
// patches two of its methods (incrementalYjsSync.ts, yjsTextSplitsInPlace.ts). Every binding shares it.
import { createYjsBinding } from '@lexical/yjs';
import { createEditor } from 'lexical';
import * as Y from 'yjs';

let prototype: object | null = null;

export function collabElementPrototype(): object {
  if (prototype === null) {
    // A throwaway binding is the only way to reach the class.
    const doc = new Y.Doc();
    const probe = createYjsBinding({
      editor: createEditor(),
      id: 'probe',
      doc,
      docMap: new Map([['probe', doc]]),
    });
    prototype = Object.getPrototypeOf(probe.root) as object;
    doc.destroy();
  }
  return prototype;
}
