// Articles, chapters and parts are numbered by their place in the draft, renumber when moved, and
// cross-references keep pointing at the same article; all of it survives a round trip through Yjs.
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createHeadlessDraftEditor } from '../../renderer/drafts/editor/headlessDraft';
import {
  $createCrossReferenceNode,
  $isCrossReferenceNode,
  type CrossReferenceNode,
} from '../../renderer/drafts/legislation/CrossReferenceNode';
import { $provisionNumbers, numberProvisions } from '../../renderer/drafts/legislation/numbering';
import {
  $createProvisionHeadingNode,
  $isProvisionHeadingNode,
  type ProvisionLevel,
} from '../../renderer/drafts/legislation/ProvisionHeadingNode';
import { bindHeadlessEditor, exchange } from './collaborationHarness';

function buildModelLaw(editor: LexicalEditor): void {
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      const heading = (level: ProvisionLevel, id: string, title: string) =>
        $createProvisionHeadingNode(level, id).append($createTextNode(title));
      root.append(
        heading('part', 'part-1', 'General provisions'),
        heading('article', 'scope', 'Scope'),
        heading('article', 'definitions', 'Definitions'),
        heading('part', 'part-2', 'Protection'),
        heading('chapter', 'chapter-1', 'Identification'),
        heading('article', 'identification', 'Identification of victims'),
        $createParagraphNode().append(
          $createTextNode('As defined in '),
          $createCrossReferenceNode('definitions'),
        ),
      );
    },
    { discrete: true },
  );
}

const labels = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => {
    const numbers = $provisionNumbers();
    return Object.fromEntries([...numbers].map(([id, { level, number }]) => [id, `${level} ${number}`]));
  });

const crossReferenceText = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => {
    const reference = $getRoot()
      .getAllTextNodes()
      .map((node) => node.getParent())
      .flatMap((parent) => parent?.getChildren() ?? [])
      .find($isCrossReferenceNode) as CrossReferenceNode | undefined;
    return reference?.getTextContent();
  });

describe('provision numbering', () => {
  it('counts articles through the document and chapters within each part', () => {
    const numbers = numberProvisions([
      { level: 'part', provisionId: 'a' },
      { level: 'chapter', provisionId: 'b' },
      { level: 'article', provisionId: 'c' },
      { level: 'chapter', provisionId: 'd' },
      { level: 'part', provisionId: 'e' },
      { level: 'chapter', provisionId: 'f' },
      { level: 'article', provisionId: 'g' },
    ]);
    expect([...numbers.values()].map((n) => `${n.level} ${n.number}`)).toEqual([
      'part 1',
      'chapter 1',
      'article 1',
      'chapter 2',
      'part 2',
      'chapter 1',
      'article 2',
    ]);
  });

  it('renumbers after an article moves and the cross-reference follows its article', () => {
    const editor = createHeadlessDraftEditor();
    buildModelLaw(editor);
    expect(labels(editor)).toMatchObject({
      scope: 'article 1',
      definitions: 'article 2',
      identification: 'article 3',
    });
    expect(crossReferenceText(editor)).toBe('Article 2');

    // Move "Definitions" to the top, before "Scope".
    editor.update(
      () => {
        const [, scope, definitions] = $getRoot().getChildren();
        if (scope && definitions) scope.insertBefore(definitions);
      },
      { discrete: true },
    );
    expect(labels(editor)).toMatchObject({ definitions: 'article 1', scope: 'article 2' });
    expect(crossReferenceText(editor)).toBe('Article 1');
  });

  it('never stores a number as text, so the heading text is only the title', () => {
    const editor = createHeadlessDraftEditor();
    buildModelLaw(editor);
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).not.toMatch(/Article \d/);
    expect(json).toContain('"provisionId":"definitions"');
    expect(json).toContain('"targetId":"definitions"');
  });

  it('marks a reference to a deleted article instead of dropping it', () => {
    const editor = createHeadlessDraftEditor();
    buildModelLaw(editor);
    editor.update(() => $getRoot().getChildren()[2]?.remove(), { discrete: true });
    expect(crossReferenceText(editor)).toBe('?');
  });
});

describe('provisions in a shared document', () => {
  it('keeps level, stable ids and cross-reference targets through Yjs, and renumbers on a remote move', async () => {
    const alice = bindHeadlessEditor();
    const bob = bindHeadlessEditor();
    buildModelLaw(alice.editor);
    await exchange(alice.doc, bob.doc);

    const shape = (editor: LexicalEditor) =>
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((node) =>
            $isProvisionHeadingNode(node) ? `${node.getLevel()}:${node.getProvisionId()}` : node.getType(),
          ),
      );
    expect(shape(bob.editor)).toEqual(shape(alice.editor));
    expect(crossReferenceText(bob.editor)).toBe('Article 2');

    bob.editor.update(
      () => {
        const [, scope, definitions] = $getRoot().getChildren();
        if (scope && definitions) scope.insertBefore(definitions);
      },
      { discrete: true },
    );
    await exchange(alice.doc, bob.doc);
    expect(labels(alice.editor)).toMatchObject({ definitions: 'article 1', scope: 'article 2' });
    expect(crossReferenceText(alice.editor)).toBe('Article 1');
  });
});
