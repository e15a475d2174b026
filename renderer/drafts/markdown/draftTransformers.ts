// Markdown for drafts: Lexical's standard transformers plus GFM tables, model-law provisions written as
// headings with their label and a `{#id}` anchor (Pandoc's syntax), and cross-references as links to them.
import {
  $convertFromMarkdownString,
  $convertToMarkdownString,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  type ElementTransformer,
  HEADING,
  ITALIC_STAR,
  LINK,
  type MultilineElementTransformer,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  type TextMatchTransformer,
  type Transformer,
  UNORDERED_LIST,
} from '@lexical/markdown';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableNode,
  $isTableRowNode,
  TableCellHeaderStates,
  TableCellNode,
  TableNode,
  TableRowNode,
} from '@lexical/table';
import { $isTextNode } from 'lexical';
import {
  $createCrossReferenceNode,
  $isCrossReferenceNode,
  CrossReferenceNode,
} from '../legislation/CrossReferenceNode';
import { $provisionNumbers, englishProvisionLabel, type ProvisionLabeler } from '../legislation/numbering';
import {
  $createProvisionHeadingNode,
  $isProvisionHeadingNode,
  ProvisionHeadingNode,
  type ProvisionLevel,
} from '../legislation/ProvisionHeadingNode';
import { LABEL_SEPARATOR, readProvisionLabel } from '../legislation/provisionLabels';

const HASHES: Record<ProvisionLevel, string> = { part: '##', chapter: '###', article: '####' };
const ANCHOR = /\s*\{#([A-Za-z0-9_-]+)\}\s*$/;

function provisionTransformer(labeler: ProvisionLabeler): ElementTransformer {
  return {
    dependencies: [ProvisionHeadingNode],
    type: 'element',
    regExp: /^#{1,6}\s+/,
    export: (node, traverseChildren) => {
      if (!$isProvisionHeadingNode(node)) return null;
      const found = $provisionNumbers().get(node.getProvisionId());
      const label = found ? labeler(found.level, found.number) : '';
      const title = traverseChildren(node);
      return `${HASHES[node.getLevel()]} ${label}${title ? `${LABEL_SEPARATOR}${title}` : ''} {#${node.getProvisionId()}}`;
    },
    // Only headings that start with a provision label become provisions; others fall through to HEADING.
    replace: (parentNode, children, _match, isImport) => {
      if (!isImport) return false;
      const [first] = children;
      if (!$isTextNode(first)) return false;
      const label = readProvisionLabel(first.getTextContent());
      if (!label) return false;
      const anchor = label.title.match(ANCHOR);
      first.setTextContent(anchor ? label.title.slice(0, anchor.index) : label.title);
      const heading = $createProvisionHeadingNode(label.level, anchor?.[1]);
      heading.append(...children);
      parentNode.replace(heading);
    },
  };
}

function crossReferenceTransformer(labeler: ProvisionLabeler): TextMatchTransformer {
  return {
    dependencies: [CrossReferenceNode],
    type: 'text-match',
    export: (node) => {
      if (!$isCrossReferenceNode(node)) return null;
      return `[${node.getLabel(labeler)}](#${node.getTargetId()})`;
    },
    importRegExp: /\[([^\]]*)\]\(#([A-Za-z0-9_-]+)\)/,
    regExp: /\[([^\]]*)\]\(#([A-Za-z0-9_-]+)\)$/,
    replace: (textNode, match) => {
      textNode.replace($createCrossReferenceNode(match[2] ?? ''));
    },
    trigger: ')',
  };
}

const ROW = /^\|(.+)\|\s*$/;
const DIVIDER = /^\|(\s*:?-{3,}:?\s*\|)+\s*$/;

const splitRow = (line: string): string[] =>
  (line.match(ROW)?.[1] ?? '').split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));

function tableTransformer(inline: () => Transformer[]): MultilineElementTransformer {
  return {
    dependencies: [TableNode, TableRowNode, TableCellNode],
    type: 'multiline-element',
    regExpStart: ROW,
    export: (node) => {
      if (!$isTableNode(node)) return null;
      const rows = node.getChildren().filter($isTableRowNode);
      const lines = rows.map(
        (row) =>
          `| ${row
            .getChildren()
            .filter($isTableCellNode)
            .map((cell) =>
              $convertToMarkdownString(inline(), cell).replace(/\n+/g, ' ').replace(/\|/g, '\\|'),
            )
            .join(' | ')} |`,
      );
      const width = rows[0]?.getChildrenSize() ?? 1;
      lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
      return lines.join('\n');
    },
    handleImportAfterStartMatch: ({ lines, rootNode, startLineIndex }) => {
      let end = startLineIndex;
      while (end + 1 < lines.length && ROW.test(lines[end + 1] ?? '')) end += 1;
      const rowLines = lines.slice(startLineIndex, end + 1);
      const hasHeader = rowLines.length > 1 && DIVIDER.test(rowLines[1] ?? '');
      const table = $createTableNode();
      rowLines
        .filter((line) => !DIVIDER.test(line))
        .forEach((line, index) => {
          const row = $createTableRowNode();
          for (const content of splitRow(line)) {
            const header =
              hasHeader && index === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
            const cell = $createTableCellNode(header);
            $convertFromMarkdownString(content, inline(), cell);
            row.append(cell);
          }
          table.append(row);
        });
      rootNode.append(table);
      return [true, end];
    },
    // Import is handled line by line above; a table is never typed in as a Markdown shortcut.
    replace: () => false,
  };
}

const INLINE: Transformer[] = [BOLD_ITALIC_STAR, BOLD_STAR, ITALIC_STAR, STRIKETHROUGH];

/** Transformers for export and import; the labeler writes provision labels in the reader's language. */
export function draftTransformers(labeler: ProvisionLabeler = englishProvisionLabel): Transformer[] {
  const inline = (): Transformer[] => [crossReferenceTransformer(labeler), LINK, ...INLINE];
  return [
    tableTransformer(inline),
    provisionTransformer(labeler),
    HEADING,
    QUOTE,
    UNORDERED_LIST,
    ORDERED_LIST,
    ...inline(),
  ];
}

/**
 * What people type to format as they write ("# " heading, "- " bullets, "1. " numbers, "> " quote, **bold**,
 * *italic*): only the shortcuts whose nodes every draft registers, never tables or provisions.
 */
export const TYPING_SHORTCUTS: Transformer[] = [
  HEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  ITALIC_STAR,
];
