// A document made by code (a template, the demo space, a session's notes) must open in the editor exactly as
// written, with one seed merged (not a stray empty paragraph), and its index entry must carry the summary and
// the plain text that search reads.
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDraftBody } from '../../renderer/drafts/editor/documentSeed';
import { documentsMap } from '../../renderer/drafts/model/spaceIndex';
import { buildDocumentBody } from '../../renderer/library/model/documentBody';
import { createLibraryDocument } from '../../renderer/library/model/libraryDocuments';
import { templateBlocks } from '../../renderer/library/model/templates';
import { readDocumentEntries } from '../../shared/documents';
import { bindHeadlessEditor } from '../drafts/collaborationHarness';

describe('a library document made without a screen', () => {
  it('opens in an editor with its blocks, once the editor applies the seed too', async () => {
    const body = await buildDocumentBody([
      { type: 'heading', text: 'Context' },
      { type: 'paragraph', text: 'Border officers met  victims\nat night.' },
      { type: 'bullets', items: ['Shelter', 'Interpreter'] },
    ]);
    const { editor, doc } = bindHeadlessEditor(new Y.Doc());
    Y.applyUpdate(doc, body.update);
    seedDraftBody(doc);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const types = editor
      .getEditorState()
      .toJSON()
      .root.children.map((child) => child.type);
    expect(types).toEqual(['heading', 'paragraph', 'list']);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('Interpreter');
  });

  it('writes an index entry with the body summary and search text', async () => {
    const body = await buildDocumentBody([{ type: 'paragraph', text: 'Принцип невыдворения соблюдён.' }]);
    const index = new Y.Doc();
    const id = createLibraryDocument(
      index,
      { title: 'Урок из Ташкента', kind: 'lesson', language: 'ru', countries: ['UZ'] },
      body,
      { now: 5 },
    );
    const [entry] = readDocumentEntries(documentsMap(index).entries());
    expect(entry).toMatchObject({
      id,
      title: 'Урок из Ташкента',
      countries: ['UZ'],
      summary: 'Принцип невыдворения соблюдён.',
      text: 'Принцип невыдворения соблюдён.',
      createdAt: 5,
      status: 'draft',
    });
  });

  it('gives a lesson the five sections of a lesson', () => {
    const headings = templateBlocks('lesson', (key) => key)
      .filter((block) => block.type === 'heading')
      .map((block) => (block.type === 'heading' ? block.text : ''));
    expect(headings).toEqual([
      'template.lesson.context',
      'template.lesson.whatHappened',
      'template.lesson.whatWorked',
      'template.lesson.recommendation',
      'template.lesson.evidence',
    ]);
  });
});
