// The parts of @lexical/yjs's collab tree (internal to the package) that the draft editor's patches use
// (incrementalYjsSync.ts, yjsTextInPlace.ts), and the prototype of its collab element class, which the package
// does not export. Every binding shares that prototype.
import { createYjsBinding } from '@lexical/yjs';
import { createEditor, type NodeKey, type NodeMap, type TextNode } from 'lexical';
import * as Y from 'yjs';

export interface CollabChild {
  _key: NodeKey;
  getOffset(): number;
}

/** A text node in Yjs: its property map (an embed in the parent's XmlText) followed by `_text`. */
export interface CollabText extends CollabChild {
  _map: { _collabNode?: unknown };
  _text: string;
  syncPropertiesAndTextFromLexical(binding: CollabBinding, node: TextNode, prevNodeMap: NodeMap | null): void;
}

/** An element in Yjs: an XmlText holding its children's embeds and text. */
export interface CollabElement {
  _key: NodeKey;
  _children: CollabChild[];
  _xmlText: { insertEmbed(index: number, embed: unknown): void };
}

export interface CollabBinding {
  collabNodeMap: Map<NodeKey, unknown>;
}

/** Whether a collab child is a text node (the only kind with text after its embed). */
export const isCollabText = (child: CollabChild): child is CollabText =>
  typeof (child as Partial<CollabText>)._text === 'string' && '_map' in child;

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
