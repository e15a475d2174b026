// Turns HTML (from mammoth's DOCX conversion or an HTML file) into a draft's serialized state, recognising
// model-law provisions by class or by their "Article N" label, and links to them as cross-references.
import { $generateNodesFromDOM } from '@lexical/html';
import { $getRoot, $insertNodes, type SerializedEditorState } from 'lexical';
import { createHeadlessDraftEditor } from '../editor/headlessDraft';
import { isProvisionLevel, PROVISION_LEVELS } from '../legislation/ProvisionHeadingNode';
import { readProvisionLabel } from '../legislation/provisionLabels';
import { withoutUnsafeLinks } from '../links/safeLinks';

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';

/** Removes the first `count` characters of an element's text, across however many text nodes hold them. */
function removeLeadingText(element: Element, count: number): void {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let remaining = count;
  for (let node = walker.nextNode(); node !== null && remaining > 0; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const cut = Math.min(remaining, text.length);
    node.textContent = text.slice(cut);
    remaining -= cut;
  }
}

function markProvision(element: Element | HTMLElement, level: string): void {
  // A document from DOMParser has no window in browsers (defaultView is null), so test for HTML elements by
  // their dataset rather than with instanceof against a window's HTMLElement.
  if (!isProvisionLevel(level) || !('dataset' in element)) return;
  element.dataset.provisionLevel = level;
  // A bookmark at the start of the heading carries the provision's stable id (see exportDocx).
  const bookmark = element.querySelector('a[id]');
  if (bookmark && !element.dataset.provisionId) {
    element.dataset.provisionId = bookmark.id;
    bookmark.replaceWith(...Array.from(bookmark.childNodes));
  }
  const label = readProvisionLabel(element.textContent ?? '');
  if (label) removeLeadingText(element, (element.textContent ?? '').length - label.title.length);
}

/** Marks provisions and cross-references so the draft nodes' importDOM claims them. */
export function prepareProvisions(dom: Document): void {
  for (const level of PROVISION_LEVELS) {
    for (const element of Array.from(dom.querySelectorAll(`.provision-${level}`)))
      markProvision(element, level);
  }
  for (const heading of Array.from(dom.querySelectorAll(HEADING_SELECTOR))) {
    if (heading.hasAttribute('data-provision-level')) continue;
    const label = readProvisionLabel(heading.textContent ?? '');
    if (label) markProvision(heading, label.level);
  }
  const ids = new Set(
    Array.from(dom.querySelectorAll('[data-provision-id]')).map((element) =>
      element.getAttribute('data-provision-id'),
    ),
  );
  for (const link of Array.from(dom.querySelectorAll('a[href^="#"]'))) {
    const target = link.getAttribute('href')?.slice(1);
    if (target && ids.has(target)) link.setAttribute('data-provision-target', target);
  }
}

export function draftFromHtml(html: string): SerializedEditorState {
  const dom = new DOMParser().parseFromString(html, 'text/html');
  prepareProvisions(dom);
  const editor = createHeadlessDraftEditor();
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      root.select();
      $insertNodes($generateNodesFromDOM(editor, dom));
    },
    { discrete: true },
  );
  return withoutUnsafeLinks(editor.getEditorState().toJSON());
}
