// A stored version (a Yjs state) read back as a draft: Lexical's serialized state, through the same Yjs binding
// the live editor uses, and its top-level blocks as plain text for comparing.
import type { SerializedEditorState } from 'lexical';
import * as Y from 'yjs';
import { bindHeadlessDraftEditor } from '../../../drafts/editor/headlessDraft';
import { type DraftNode, draftBlocks } from '../../../drafts/export/serializedDraft';
import { isProvisionLevel, type ProvisionLevel } from '../../../drafts/legislation/ProvisionHeadingNode';

/** The draft a version holds, as Lexical's serialized state. */
export async function readVersionState(update: Uint8Array): Promise<SerializedEditorState> {
  const doc = new Y.Doc();
  const { editor, unbind } = bindHeadlessDraftEditor(doc, 'version');
  Y.applyUpdate(doc, update);
  // The binding applies what it saw in an editor update, committed in a microtask.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const state = editor.getEditorState().toJSON();
  unbind();
  doc.destroy();
  return state;
}

export const base64ToBytes = (text: string): Uint8Array =>
  Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** One top-level block as comparing sees it. */
export interface ComparedBlock {
  type: string;
  /** The provision's stable id when the block is a part, chapter or article heading. */
  provisionId: string | null;
  level: ProvisionLevel | null;
  text: string;
}

/** What a cross-reference reads as: the label of the provision it points to ("Article 4"). */
export type ReferenceLabel = (targetId: string) => string;

/** A block's text: list items and table rows on lines of their own, cross-references as their labels. */
export function blockText(node: DraftNode, referenceLabel: ReferenceLabel): string {
  if (node.type === 'cross-reference' && node.targetId) return referenceLabel(node.targetId);
  if (node.type === 'linebreak') return '\n';
  if (typeof node.text === 'string') return node.text;
  const parts = (node.children ?? []).map((child) => blockText(child, referenceLabel));
  if (node.type === 'tablerow') return parts.join(' | ');
  return parts.join(node.type === 'list' || node.type === 'table' ? '\n' : '');
}

export function comparedBlocks(
  state: SerializedEditorState,
  referenceLabel: ReferenceLabel,
): ComparedBlock[] {
  return draftBlocks(state).map((node) => {
    const isProvision = node.type === 'provision-heading' && isProvisionLevel(node.level);
    return {
      type: node.type,
      provisionId: isProvision ? (node.provisionId ?? null) : null,
      level: isProvision ? (node.level as ProvisionLevel) : null,
      text: blockText(node, referenceLabel),
    };
  });
}
