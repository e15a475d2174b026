// Moving an article (or chapter, or part) up or down carries its body with it, stops at the edge of its parent,
// renumbers everything, and the cross-reference keeps pointing at the same article.
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createHeadlessDraftEditor } from '../../renderer/drafts/editor/headlessDraft';
import { $createCrossReferenceNode } from '../../renderer/drafts/legislation/CrossReferenceNode';
import { $moveProvision, type MoveDirection } from '../../renderer/drafts/legislation/moveProvision';
import { $provisionNumbers } from '../../renderer/drafts/legislation/numbering';
import {
  $createProvisionHeadingNode,
  $isProvisionHeadingNode,
  type ProvisionLevel,
} from '../../renderer/drafts/legislation/ProvisionHeadingNode';

function buildModelLaw(): LexicalEditor {
  const editor = createHeadlessDraftEditor();
  editor.update(
    () => {
      const heading = (level: ProvisionLevel, id: string) =>
        $createProvisionHeadingNode(level, id).append($createTextNode(id));
      const paragraph = (text: string) => $createParagraphNode().append($createTextNode(text));
      $getRoot()
        .clear()
        .append(
          heading('part', 'general'),
          heading('article', 'scope'),
          paragraph('scope body'),
          heading('article', 'definitions'),
          paragraph('definitions body 1'),
          paragraph('definitions body 2'),
          heading('article', 'purpose'),
          $createParagraphNode().append($createTextNode('See '), $createCrossReferenceNode('definitions')),
          heading('part', 'protection'),
          heading('article', 'identification'),
          paragraph('identification body'),
        );
    },
    { discrete: true },
  );
  return editor;
}

const outline = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.getTextContent()),
  );

function move(editor: LexicalEditor, provisionId: string, direction: MoveDirection): boolean {
  let moved = false;
  editor.update(
    () => {
      const heading = $getRoot()
        .getChildren()
        .find((node) => $isProvisionHeadingNode(node) && node.getProvisionId() === provisionId);
      if ($isProvisionHeadingNode(heading)) moved = $moveProvision(heading, direction);
    },
    { discrete: true },
  );
  return moved;
}

const articleNumber = (editor: LexicalEditor, id: string) =>
  editor.getEditorState().read(() => $provisionNumbers().get(id)?.number);

describe('moving a provision', () => {
  it('moves an article up past the previous article with all of its body', () => {
    const editor = buildModelLaw();
    expect(move(editor, 'definitions', 'up')).toBe(true);
    expect(outline(editor).slice(0, 8)).toEqual([
      'general',
      'definitions',
      'definitions body 1',
      'definitions body 2',
      'scope',
      'scope body',
      'purpose',
      'See Article 1',
    ]);
    expect(articleNumber(editor, 'definitions')).toBe(1);
    expect(articleNumber(editor, 'scope')).toBe(2);
  });

  it('moves an article down past the next article and its body', () => {
    const editor = buildModelLaw();
    expect(move(editor, 'scope', 'down')).toBe(true);
    expect(outline(editor).slice(1, 6)).toEqual([
      'definitions',
      'definitions body 1',
      'definitions body 2',
      'scope',
      'scope body',
    ]);
  });

  it('does not move an article out of its part', () => {
    const editor = buildModelLaw();
    const before = outline(editor);
    expect(move(editor, 'scope', 'up')).toBe(false);
    expect(move(editor, 'purpose', 'down')).toBe(false);
    expect(move(editor, 'identification', 'up')).toBe(false);
    expect(outline(editor)).toEqual(before);
  });

  it('moves a whole part with its articles, renumbering them and keeping the reference on its article', () => {
    const editor = buildModelLaw();
    expect(move(editor, 'protection', 'up')).toBe(true);
    expect(outline(editor).slice(0, 4)).toEqual([
      'protection',
      'identification',
      'identification body',
      'general',
    ]);
    expect(articleNumber(editor, 'identification')).toBe(1);
    expect(articleNumber(editor, 'definitions')).toBe(3);
    expect(outline(editor)).toContain('See Article 3');
  });
});
