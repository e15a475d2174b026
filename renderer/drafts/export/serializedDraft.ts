// The serialized form of a draft (Lexical's JSON) as the exporters read it: plain data, so a long export can
// run in chunks after one quick read of the editor state, and number provisions without an editor.
import type { SerializedEditorState, SerializedLexicalNode } from 'lexical';
import { englishProvisionLabel, numberProvisions, type ProvisionLabeler } from '../legislation/numbering';
import { isProvisionLevel } from '../legislation/ProvisionHeadingNode';

export interface DraftNode extends SerializedLexicalNode {
  children?: DraftNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: 'bullet' | 'number' | 'check';
  url?: string;
  level?: string;
  provisionId?: string;
  targetId?: string;
  headerState?: number;
}

export function draftBlocks(state: SerializedEditorState): DraftNode[] {
  return (state.root as unknown as DraftNode).children ?? [];
}

/** Text format bits as Lexical stores them on text nodes. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const;

export const hasFormat = (node: DraftNode, bit: number): boolean =>
  typeof node.format === 'number' && (node.format & bit) !== 0;

export interface ProvisionLabels {
  /** The label of a heading or the target of a cross-reference ("Article 12"), or undefined if gone. */
  labelOf(provisionId: string): string | undefined;
}

export function provisionLabels(
  blocks: readonly DraftNode[],
  labeler: ProvisionLabeler = englishProvisionLabel,
): ProvisionLabels {
  const outline = blocks.flatMap((block) =>
    block.type === 'provision-heading' && isProvisionLevel(block.level) && block.provisionId
      ? [{ level: block.level, provisionId: block.provisionId }]
      : [],
  );
  const numbers = numberProvisions(outline);
  return {
    labelOf(provisionId) {
      const found = numbers.get(provisionId);
      return found && labeler(found.level, found.number);
    },
  };
}

export function plainText(node: DraftNode): string {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(plainText).join('');
}
