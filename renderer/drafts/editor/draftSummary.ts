// The summary the space index shows for a draft: its opening words, read from the leading blocks only, so
// writing it after an edit costs the same in a 100-page draft as in a note.
import { $getRoot, type LexicalNode } from 'lexical';
import { INDEX_TEXT_LENGTH, indexText, SUMMARY_LENGTH, summarise } from '../../../shared/documents';

const collapsedLength = (text: string) => text.replace(/\s+/g, ' ').trim().length;

/** The same as `summarise($getRoot().getTextContent())`, without reading past the words it keeps. */
export function $draftSummary(): string {
  let text = '';
  let child: LexicalNode | null = $getRoot().getFirstChild();
  while (child !== null) {
    // Blocks are separated as in the root's text content; whitespace collapses in the summary either way.
    text += `${text === '' ? '' : '\n\n'}${child.getTextContent()}`;
    if (collapsedLength(text) > SUMMARY_LENGTH) break;
    child = child.getNextSibling();
  }
  return summarise(text);
}

/**
 * The body's plain text for the index (search), read block by block up to the length the index keeps. Called
 * after a pause in typing, not per keystroke: it reads the whole body of a draft shorter than that.
 */
export function $draftIndexText(): string {
  let text = '';
  let child: LexicalNode | null = $getRoot().getFirstChild();
  while (child !== null && text.length <= INDEX_TEXT_LENGTH) {
    text += `${text === '' ? '' : '\n\n'}${child.getTextContent()}`;
    child = child.getNextSibling();
  }
  return indexText(text);
}
