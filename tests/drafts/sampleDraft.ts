// Test support: a draft with everything the round-trip tests check (headings, formats, nested lists, a table,
// a quote, a link, parts, chapters, articles and a cross-reference), and a structural fingerprint of drafts.
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  TableCellHeaderStates,
} from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, type SerializedEditorState } from 'lexical';
import { createHeadlessDraftEditor } from '../../renderer/drafts/editor/headlessDraft';
import type { DraftNode } from '../../renderer/drafts/export/serializedDraft';
import { $createCrossReferenceNode } from '../../renderer/drafts/legislation/CrossReferenceNode';
import { numberProvisions } from '../../renderer/drafts/legislation/numbering';
import { $createProvisionHeadingNode } from '../../renderer/drafts/legislation/ProvisionHeadingNode';

const text = (content: string, format = 0) => $createTextNode(content).setFormat(format);
const paragraph = (content: string) => $createParagraphNode().append(text(content));

export function sampleDraft(): SerializedEditorState {
  const editor = createHeadlessDraftEditor();
  editor.update(
    () => {
      const bullets = $createListNode('bullet').append(
        $createListItemNode().append(text('Screening')),
        $createListItemNode().append(
          $createListNode('bullet').append($createListItemNode().append(text('Interview'))),
        ),
        $createListItemNode().append(text('Referral')),
      );
      const steps = $createListNode('number').append(
        $createListItemNode().append(text('Identify')),
        $createListItemNode().append(
          $createListNode('number').append(
            $createListItemNode().append(text('Refer')),
            $createListItemNode().append(text('Follow up')),
          ),
        ),
        $createListItemNode().append(text('Protect')),
      );
      const cell = (content: string, header = false) =>
        $createTableCellNode(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS).append(
          paragraph(content),
        );
      const table = $createTableNode().append(
        $createTableRowNode().append(cell('Country', true), cell('Focal point', true)),
        $createTableRowNode().append(cell('Ghana'), cell('Ministry of Gender')),
      );
      $getRoot().append(
        $createHeadingNode('h1').append(text('Victim identification guideline')),
        $createParagraphNode().append(
          text('Officers must be '),
          text('careful', 1),
          text(', '),
          text('kind', 2),
          text(' and '),
          text('prompt', 8),
          text('. See '),
          $createLinkNode('https://www.unodc.org/').append(text('UNODC')),
        ),
        $createHeadingNode('h2').append(text('Steps')),
        bullets,
        steps,
        table,
        $createQuoteNode().append(text('Every victim has rights.')),
        $createProvisionHeadingNode('part', 'part-one').append(text('General provisions')),
        $createProvisionHeadingNode('chapter', 'chapter-one').append(text('Purpose')),
        $createProvisionHeadingNode('article', 'purpose').append(text('Purpose')),
        $createProvisionHeadingNode('article', 'definitions').append(text('Definitions')),
        $createParagraphNode().append(
          text('As set out in '),
          $createCrossReferenceNode('definitions'),
          text('.'),
        ),
      );
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

/** A fingerprint of structure only: node types, nesting, list kinds, cell texts, provision numbers. */
export function structureOf(state: SerializedEditorState): string[] {
  const blocks = (state.root as unknown as DraftNode).children ?? [];
  const numbers = numberProvisions(
    blocks
      .filter((b) => b.type === 'provision-heading')
      .map((b) => ({ level: b.level as 'article', provisionId: b.provisionId ?? '' })),
  );
  const textOf = (node: DraftNode): string =>
    node.type === 'cross-reference'
      ? `->${numbers.get(node.targetId ?? '')?.number ?? '?'}`
      : (node.text ?? (node.children ?? []).map(textOf).join(''));
  const outline = (node: DraftNode, depth: number): string[] => {
    const pad = '  '.repeat(depth);
    switch (node.type) {
      case 'heading':
        return [`${pad}${node.tag}: ${textOf(node)}`];
      case 'provision-heading': {
        const found = numbers.get(node.provisionId ?? '');
        return [`${pad}${node.level} ${found?.number}: ${textOf(node)}`];
      }
      case 'list':
        return [
          `${pad}${node.listType} list`,
          ...(node.children ?? []).flatMap((item) => {
            const nested = (item.children ?? []).filter((c) => c.type === 'list');
            const own = (item.children ?? []).filter((c) => c.type !== 'list');
            return [
              ...(own.length > 0 ? [`${pad}  - ${own.map(textOf).join('')}`] : []),
              ...nested.flatMap((list) => outline(list, depth + 2)),
            ];
          }),
        ];
      case 'table':
        return [
          `${pad}table`,
          ...(node.children ?? []).map(
            // A star marks a header cell (the row-header bit), so a round trip that turns cells into headers shows.
            (row) =>
              `${pad}  | ${(row.children ?? [])
                .map((cell) => `${((cell.headerState ?? 0) & 1) !== 0 ? '*' : ''}${textOf(cell)}`)
                .join(' | ')} |`,
          ),
        ];
      case 'paragraph':
        return textOf(node).trim() === '' ? [] : [`${pad}p: ${textOf(node)}`];
      default:
        return [`${pad}${node.type}: ${textOf(node)}`];
    }
  };
  return blocks.flatMap((block) => outline(block, 0));
}

/** Text formats and links of the first paragraph, to check inline formatting survived. */
export function inlineOf(state: SerializedEditorState): string[] {
  const blocks = (state.root as unknown as DraftNode).children ?? [];
  const first = blocks.find((b) => b.type === 'paragraph');
  return (first?.children ?? []).map((n) =>
    n.type === 'link'
      ? `link(${n.url})`
      : `${n.text}${typeof n.format === 'number' && n.format ? `[${n.format}]` : ''}`,
  );
}
