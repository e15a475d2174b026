// Which link targets a draft may hold: web pages, e-mail addresses and places in the same document. Anything
// else (javascript:, data:, file:, vbscript:, ...) arrives through paste, imports or another client and is
// turned back into plain text, in the live editor and in every export, so no file we write carries it.
import { LinkNode } from '@lexical/link';
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import type { DraftNode } from '../export/serializedDraft';

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a link target is safe to keep: http(s), mailto, or a fragment: a place within the document or a
 * place in the app (`#/entry/<space>/<id>`, a quotation's link back to its library entry; see internalLinks.ts).
 */
export function isSafeLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return true;
  try {
    // Browsers strip tabs and newlines inside schemes ("java\tscript:"); URL parsing does the same.
    return SAFE_SCHEMES.has(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}

const isLinkType = (node: DraftNode) => node.type === 'link' || node.type === 'autolink';

function unwrapUnsafe(nodes: DraftNode[]): DraftNode[] {
  return nodes.flatMap((node) => {
    const children = node.children ? unwrapUnsafe(node.children) : undefined;
    if (isLinkType(node) && !isSafeLinkUrl(node.url ?? '')) return children ?? [];
    return [children ? { ...node, children } : node];
  });
}

/** A copy of a serialized draft in which every unsafe link is replaced by its text. */
export function withoutUnsafeLinks(state: SerializedEditorState): SerializedEditorState {
  const root = state.root as unknown as DraftNode;
  const children = unwrapUnsafe(root.children ?? []);
  return { ...state, root: { ...root, children } as unknown as SerializedEditorState['root'] };
}

/** Keeps a live editor free of unsafe links, whoever inserted them; returns the cleanup. */
export function registerSafeLinks(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(LinkNode, (node) => {
    if (isSafeLinkUrl(node.getURL())) return;
    for (const child of node.getChildren()) node.insertBefore(child);
    node.remove();
  });
}
