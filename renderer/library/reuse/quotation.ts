// The quotation "Insert into my draft" writes: a quote block with the lesson's words, then a line citing the
// source with a link back to its library entry (#/entry/<space>/<documentId>, which opens it in the app).
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { $createQuoteNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isParagraphNode,
  type LexicalNode,
} from 'lexical';
import type { Quotation } from './quotationText';

const isEmptyParagraph = (node: LexicalNode | null) =>
  node !== null && $isParagraphNode(node) && node.getTextContent().trim() === '';

/**
 * Adds the quotation at the end of the body (inside an update): before a trailing empty paragraph if there is
 * one, else followed by a new empty paragraph, so the author writes on after it.
 */
export function $appendQuotation(quotation: Quotation): void {
  const root = $getRoot();
  const quote = $createQuoteNode().append(
    $createTextNode(quotation.text),
    $createLineBreakNode(),
    $createTextNode(`${quotation.citation} `),
    $createLinkNode(quotation.href).append($createTextNode(quotation.title)),
  );
  const last = root.getLastChild();
  if (isEmptyParagraph(last)) last?.insertBefore(quote);
  else root.append(quote, $createParagraphNode());
}

/** The text of each quotation in the body that links to `href` (inside a read). */
export function $quotationsLinkingTo(href: string): string[] {
  return $getRoot()
    .getChildren()
    .filter(
      (node) =>
        $isQuoteNode(node) &&
        node.getChildren().some((child) => $isLinkNode(child) && child.getURL() === href),
    )
    .map((node) => node.getTextContent());
}
