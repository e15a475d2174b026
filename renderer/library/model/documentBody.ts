// A document body written without a screen: headless Lexical bound to a fresh Y.Doc the way the live editor's
// CollaborationPlugin binds one, so the result opens in the editor as if someone had typed it. The shared seed
// goes in first (renderer/drafts/editor/documentSeed.ts) and is replaced, so a reader never sees a stray empty
// paragraph. Loaded on demand: it brings Lexical, which the first screen does without.
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $parseSerializedNode,
  type LexicalNode,
  type SerializedEditorState,
} from 'lexical';
import * as Y from 'yjs';
import { indexText, summarise } from '../../../shared/documents';
import { seedDraftBody } from '../../drafts/editor/documentSeed';
import { bindHeadlessDraftEditor } from '../../drafts/editor/headlessDraft';

/** The simple blocks most bodies need (templates, demo lessons, session notes). */
export type BodyBlock =
  | { type: 'heading'; text: string; level?: 2 | 3 }
  | { type: 'paragraph'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'bullets'; items: string[] };

/** Either simple blocks or a full Lexical state (an import, an export of another document). */
export type BodyContent = BodyBlock[] | SerializedEditorState;

export interface BuiltBody {
  /** The whole body as one Yjs update of the `<space>/doc/<id>` room (the seed included). */
  update: Uint8Array;
  /** For the index entry. */
  summary: string;
  text: string;
}

function $block(block: BodyBlock): LexicalNode {
  switch (block.type) {
    case 'heading':
      return $createHeadingNode(`h${block.level ?? 2}` as HeadingTagType).append($createTextNode(block.text));
    case 'quote':
      return $createQuoteNode().append($createTextNode(block.text));
    case 'bullets':
      return $createListNode('bullet').append(
        ...block.items.map((item) => $createListItemNode().append($createTextNode(item))),
      );
    default:
      return $createParagraphNode().append($createTextNode(block.text));
  }
}

function $children(content: BodyContent): LexicalNode[] {
  if (Array.isArray(content)) return content.map($block);
  const children = (content.root as unknown as { children: Parameters<typeof $parseSerializedNode>[0][] })
    .children;
  return children.map((child) => $parseSerializedNode(child));
}

/** Builds a body; resolves once Lexical has written it into Yjs. */
export async function buildDocumentBody(content: BodyContent): Promise<BuiltBody> {
  const doc = new Y.Doc();
  const { editor, unbind: stopSyncing } = bindHeadlessDraftEditor(doc);
  // The seed reaches Lexical through an update that commits in a microtask.
  seedDraftBody(doc);
  await new Promise((resolve) => setTimeout(resolve, 0));
  let plain = '';
  editor.update(
    () => {
      const body = $getRoot();
      body.clear();
      body.append(...$children(content));
    },
    { discrete: true },
  );
  editor.getEditorState().read(() => {
    plain = $getRoot().getTextContent();
  });
  stopSyncing();
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { update, summary: summarise(plain), text: indexText(plain) };
}
