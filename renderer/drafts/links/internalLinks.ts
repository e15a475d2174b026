// Links to places in the app (#/entry/<space>/<id>: a quotation's link back to its library entry). A browser
// follows no link inside an editable text, so a click on one is turned into the app's own navigation; a
// click that ends a selection is left alone, so the link's words can still be selected.
import type { LexicalEditor } from 'lexical';

/** An address inside the app: the hash routes the router reads. */
export const isInternalLink = (href: string): boolean => href.startsWith('#/');

const followInApp = (href: string) => {
  window.location.hash = href;
};

/** Follows internal links clicked in the editor's content; returns the cleanup. */
export function registerInternalLinkClicks(
  editor: LexicalEditor,
  follow: (href: string) => void = followInApp,
): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || !(event.target instanceof Element)) return;
    const href = event.target.closest('a')?.getAttribute('href');
    if (!href || !isInternalLink(href)) return;
    if (window.getSelection()?.isCollapsed === false) return;
    event.preventDefault();
    follow(href);
  };
  return editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('click', onClick);
    root?.addEventListener('click', onClick);
  });
}
