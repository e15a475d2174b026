// "Insert into my draft" as a Lexical-Yjs round trip: the quotation (the lesson's words, "Source:" and a link
// to #/entry/<space>/<id>) goes in after the author's text, reaches a co-author's replica intact, and its
// link is one the drafts keep (internal app links are safe, unlike javascript: or data:).
import { $isLinkNode } from '@lexical/link';
import { $isQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDraftBody } from '../../renderer/drafts/editor/documentSeed';
import { isInternalLink } from '../../renderer/drafts/links/internalLinks';
import { isSafeLinkUrl } from '../../renderer/drafts/links/safeLinks';
import { draftChoices } from '../../renderer/library/reuse/draftChoices';
import { bindHeadlessEditor } from '../../renderer/library/reuse/openBody';
import { $appendQuotation, $quotationsLinkingTo } from '../../renderer/library/reuse/quotation';
import { entryHref, quotedWords } from '../../renderer/library/reuse/quotationText';
import { exchange } from '../drafts/collaborationHarness';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function draftWith(text: string) {
  const doc = new Y.Doc();
  const bound = bindHeadlessEditor(doc);
  seedDraftBody(doc);
  await settle();
  bound.editor.update(
    () => {
      const first = $getRoot().getFirstChild() as ElementNode;
      first.append($createTextNode(text));
    },
    { discrete: true },
  );
  return { doc, ...bound };
}

describe('inserting a lesson into a draft', () => {
  const href = entryHref('commons-demo', 'demo-interpreters-in-interviews');
  const quotation = {
    text: 'Never use anyone connected to the employer as an interpreter.',
    title: 'Trained interpreters change what victims are able to say',
    href,
    citation: 'Source:',
  };

  it('adds a quote with the words and a link back after the author’s text, for every co-author', async () => {
    const author = await draftWith('Our referral guideline');
    const coAuthorDoc = new Y.Doc();
    const coAuthor = bindHeadlessEditor(coAuthorDoc);
    await exchange(author.doc, coAuthorDoc);
    author.editor.update(() => $appendQuotation(quotation), { discrete: true });
    await exchange(author.doc, coAuthorDoc);
    for (const editor of [author.editor, coAuthor.editor]) {
      editor.getEditorState().read(() => {
        const blocks = $getRoot().getChildren();
        expect(blocks[0]?.getTextContent()).toBe('Our referral guideline');
        const quote = blocks[1];
        expect($isQuoteNode(quote)).toBe(true);
        expect(quote?.getTextContent()).toBe(`${quotation.text}\nSource: ${quotation.title}`);
        const link = (quote as ElementNode).getChildren().find($isLinkNode);
        expect(link?.getURL()).toBe(href);
        expect($quotationsLinkingTo(href)).toHaveLength(1);
        // The author writes on after the quotation.
        expect(blocks[2]?.getTextContent()).toBe('');
      });
    }
  });

  it('goes before a trailing empty paragraph instead of adding another', async () => {
    const draft = await draftWith('Intro');
    draft.editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true });
    draft.editor.update(() => $appendQuotation(quotation), { discrete: true });
    draft.editor.getEditorState().read(() => {
      expect(
        $getRoot()
          .getChildren()
          .map((node) => node.getType()),
      ).toEqual(['paragraph', 'quote', 'paragraph']);
    });
  });

  it('keeps the link back: an internal app link is safe and followed in the app', () => {
    expect(href).toBe('#/entry/commons-demo/demo-interpreters-in-interviews');
    expect(isSafeLinkUrl(href)).toBe(true);
    expect(isInternalLink(href)).toBe(true);
    expect(isSafeLinkUrl('javascript:alert(1)')).toBe(false);
  });

  it('quotes the summary, or the start of the text at a sentence end', () => {
    expect(quotedWords({ summary: 'Pay interpreters per hour.', text: 'long' })).toBe(
      'Pay interpreters per hour.',
    );
    const text = `${'A sentence that goes on. '.repeat(40)}`;
    const words = quotedWords({ summary: '', text });
    expect(words.endsWith('on.')).toBe(true);
    expect(words.length).toBeLessThanOrEqual(600);
  });

  it('offers recently opened drafts where the person may write, never the quoted entry', () => {
    const space = (name: string, role: 'editor' | 'viewer') => ({
      serverUrl: 'http://relay',
      space: name,
      spaceName: name,
      role,
      token: 't',
    });
    const choices = draftChoices({
      recent: [
        { serverUrl: 'http://relay', space: 'team', id: 'old', title: 'Old', openedAt: 1 },
        { serverUrl: 'http://relay', space: 'team', id: 'new', title: 'New', openedAt: 2 },
        { serverUrl: 'http://relay', space: 'readonly', id: 'ro', title: 'Read only', openedAt: 3 },
        { serverUrl: 'http://relay', space: 'commons-demo', id: 'demo-x', title: 'Source', openedAt: 4 },
      ],
      spaces: [space('team', 'editor'), space('readonly', 'viewer'), space('commons-demo', 'editor')],
      current: space('commons-demo', 'editor'),
      currentDocuments: [],
      source: { serverUrl: 'http://relay', space: 'commons-demo', id: 'demo-x' },
    });
    expect(choices.map((choice) => choice.id)).toEqual(['new', 'old']);
  });
});
