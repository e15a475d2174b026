// The model-law draft the move tests share: a part heading, then four articles (heading and body each), with the
// steps they take on it: type into an article's body as a keystroke would, read every block's text, and read the
// articles' order from the shared document.
import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, type LexicalEditor } from 'lexical';
import type * as Y from 'yjs';
import {
  $createProvisionHeadingNode,
  $isProvisionHeadingNode,
} from '../../renderer/drafts/legislation/ProvisionHeadingNode';
import { sharedOutline } from '../../renderer/drafts/legislation/sharedProvisionMove';
import { draftRoot } from '../../shared/draft-content';
import type { BoundEditor } from './collaborationHarness';

export const ARTICLES = ['scope', 'definitions', 'identification', 'referral'];

/**
 * Replaces the editor's content with "General" (unless `part` is false), then each article's "Heading <id>" and
 * "Body of <id>.".
 */
export function writeArticles(editor: LexicalEditor, { part = true } = {}): void {
  editor.update(
    () => {
      $getRoot()
        .clear()
        .append(
          ...(part
            ? [$createProvisionHeadingNode('part', 'general').append($createTextNode('General'))]
            : []),
          ...ARTICLES.flatMap((id) => [
            $createProvisionHeadingNode('article', id).append($createTextNode(`Heading ${id}`)),
            $createParagraphNode().append($createTextNode(`Body of ${id}.`)),
          ]),
        );
    },
    { discrete: true },
  );
}

/** Types `text` into the body of article `id` at `offset` (the end when omitted), as a keystroke would. */
export function typeInto(editor: LexicalEditor, id: string, text: string, offset?: number): void {
  editor.update(
    () => {
      const blocks = $getRoot().getChildren();
      const heading = blocks.findIndex(
        (node) => $isProvisionHeadingNode(node) && node.getProvisionId() === id,
      );
      const body = blocks[heading + 1];
      const leaf =
        body && 'getLastChild' in body
          ? (body as ReturnType<typeof $createParagraphNode>).getLastChild()
          : null;
      if ($isTextNode(leaf)) leaf.spliceText(offset ?? leaf.getTextContentSize(), 0, text);
    },
    { discrete: true },
  );
}

/** Every top-level block's text, in order. */
export const blockTexts = ({ editor }: BoundEditor): string[] =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.getTextContent()),
  );

/** The articles' ids in the order the shared document holds them. */
export const articleOrder = (doc: Y.Doc): (string | null)[] =>
  sharedOutline(draftRoot(doc))
    .filter((block) => block.level === 'article')
    .map((block) => block.provisionId);
