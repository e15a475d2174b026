// Personal data in a document body (Lexical over Yjs): each match is found in its block with the words around
// it, and replacing it (one, or all, with initials or placeholders) is an edit of the body's text nodes that a
// co-author's replica receives, formatting and other text left as they were.
import { $createHeadingNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDraftBody } from '../../renderer/drafts/editor/documentSeed';
import {
  $findPersonalDataInBody,
  $replaceInBody,
  type BodyMatch,
} from '../../renderer/library/privacy/bodyScan';
import { type ReplacementStyle, replacementFor } from '../../renderer/library/privacy/personalData';
import { bindHeadlessEditor } from '../../renderer/library/reuse/openBody';
import { exchange } from '../drafts/collaborationHarness';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function lessonBody() {
  const doc = new Y.Doc();
  const bound = bindHeadlessEditor(doc);
  seedDraftBody(doc);
  await settle();
  bound.editor.update(
    () => {
      const root = $getRoot();
      const first = root.getFirstChild() as ElementNode;
      root.append($createHeadingNode('h2').append($createTextNode('What happened')));
      first.insertBefore($createHeadingNode('h2').append($createTextNode('Context')));
      const bold = $createTextNode('16').toggleFormat('bold');
      first.append(
        $createTextNode('Maria, '),
        bold,
        $createTextNode(', from Savannakhet was recruited online.'),
        $createLineBreakNode(),
        $createTextNode('Her broker answered on +856 20 5555 1234.'),
      );
    },
    { discrete: true },
  );
  return { doc, ...bound };
}

function replaceAll(
  editor: ReturnType<typeof bindHeadlessEditor>['editor'],
  matches: BodyMatch[],
  style: ReplacementStyle,
) {
  editor.update(
    () =>
      $replaceInBody(
        matches.map((match) => ({
          block: match.block,
          start: match.start,
          end: match.end,
          expected: match.text,
          replacement: replacementFor(match, style, 'en'),
        })),
      ),
    { discrete: true },
  );
}

const bodyText = (editor: ReturnType<typeof bindHeadlessEditor>['editor']) =>
  editor.getEditorState().read(() => $getRoot().getTextContent());

describe('personal data in a document body', () => {
  it('finds each match in its block, with the words around it', async () => {
    const { editor } = await lessonBody();
    const matches = editor.getEditorState().read($findPersonalDataInBody);
    expect(matches.map((m) => [m.kind, m.text, m.block])).toEqual([
      ['name-with-age', 'Maria', 1],
      ['phone', '+856 20 5555 1234', 1],
    ]);
    expect(matches[1]?.before.endsWith('Her broker answered on ')).toBe(true);
  });

  it('replaces with initials and placeholders, and a co-author sees the new text', async () => {
    const author = await lessonBody();
    const coAuthorDoc = new Y.Doc();
    const coAuthor = bindHeadlessEditor(coAuthorDoc);
    await exchange(author.doc, coAuthorDoc);
    expect(bodyText(coAuthor.editor)).toContain('Maria, 16');

    const matches = author.editor.getEditorState().read($findPersonalDataInBody);
    replaceAll(author.editor, matches, 'initials');
    await exchange(author.doc, coAuthorDoc);

    const seen = bodyText(coAuthor.editor);
    expect(seen).toContain('M., 16, from Savannakhet was recruited online.');
    expect(seen).toContain('Her broker answered on [phone number].');
    expect(seen).not.toContain('Maria');
    expect(coAuthor.editor.getEditorState().read($findPersonalDataInBody)).toEqual([]);
    // The age kept its bold: only the name's own text node changed.
    const boldKept = coAuthor.editor
      .getEditorState()
      .read(() =>
        ($getRoot().getChildren()[1] as ElementNode)
          .getAllTextNodes()
          .some((node) => node.getTextContent() === '16' && node.hasFormat('bold')),
      );
    expect(boldKept).toBe(true);
  });

  it('replaces one match and leaves the others, and skips a match whose words changed since the scan', async () => {
    const { editor } = await lessonBody();
    const [name, phone] = editor.getEditorState().read($findPersonalDataInBody);
    if (!name || !phone) throw new Error('expected two matches');
    replaceAll(editor, [phone], 'placeholder');
    expect(bodyText(editor)).toContain('Maria, 16');
    expect(bodyText(editor)).toContain('[phone number]');
    replaceAll(editor, [{ ...name, text: 'Marta' }], 'initials');
    expect(bodyText(editor)).toContain('Maria, 16');
  });
});
