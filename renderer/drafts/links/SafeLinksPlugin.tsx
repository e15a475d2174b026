// The live editor's side of safeLinks.ts: unsafe links pasted, imported or received from others become text.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerSafeLinks } from './safeLinks';

export function SafeLinksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSafeLinks(editor), [editor]);
  return null;
}
