// The live editor's side of safeLinks.ts: unsafe links pasted, imported or received from others become text,
// and links to places in the app (a quotation's link back to its library entry) open there when clicked.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerInternalLinkClicks } from './internalLinks';
import { registerSafeLinks } from './safeLinks';

export function SafeLinksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const stopSafeLinks = registerSafeLinks(editor);
    const stopInternalLinks = registerInternalLinkClicks(editor);
    return () => {
      stopSafeLinks();
      stopInternalLinks();
    };
  }, [editor]);
  return null;
}
