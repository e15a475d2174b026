// Writes a draft as a Word document with the `docx` library: headings, text formats, nested bulleted and
// numbered lists, tables, links, quotes, and model-law provisions as named paragraph styles carrying their
// derived numbers, with bookmarks so cross-references stay live links in Word.
import {
  AlignmentType,
  Bookmark,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SerializedEditorState } from 'lexical';
import type { ProvisionLabeler } from '../legislation/numbering';
import type { ProvisionLevel } from '../legislation/ProvisionHeadingNode';
import { LABEL_SEPARATOR } from '../legislation/provisionLabels';
import { withoutUnsafeLinks } from '../links/safeLinks';
import { type LongTaskOptions, throwIfCancelled, yieldToPage } from './progress';
import {
  type DraftNode,
  draftBlocks,
  hasFormat,
  type ProvisionLabels,
  plainText,
  provisionLabels,
  TEXT_FORMAT,
} from './serializedDraft';

/** Word style names the DOCX import maps back to provisions; keep them in step with importDocx.ts. */
export const PROVISION_STYLES: Record<ProvisionLevel, { id: string; name: string; heading: number }> = {
  part: { id: 'CommonsPart', name: 'Commons Part', heading: 2 },
  chapter: { id: 'CommonsChapter', name: 'Commons Chapter', heading: 3 },
  article: { id: 'CommonsArticle', name: 'Commons Article', heading: 4 },
};

const HEADINGS = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
  h5: HeadingLevel.HEADING_5,
  h6: HeadingLevel.HEADING_6,
} as const;

const ORDERED_LIST = 'commons-ordered';
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

type Block = Paragraph | Table;

interface Context {
  labels: ProvisionLabels;
  /** Each numbered list restarts at 1: Word needs a fresh numbering instance per list. */
  nextListInstance: number;
}

function runs(nodes: readonly DraftNode[] | undefined, context: Context): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text') {
      children.push(
        new TextRun({
          text: node.text ?? '',
          bold: hasFormat(node, TEXT_FORMAT.bold),
          italics: hasFormat(node, TEXT_FORMAT.italic),
          underline: hasFormat(node, TEXT_FORMAT.underline) ? {} : undefined,
          strike: hasFormat(node, TEXT_FORMAT.strikethrough),
        }),
      );
    } else if (node.type === 'linebreak') {
      children.push(new TextRun({ break: 1 }));
    } else if ((node.type === 'link' || node.type === 'autolink') && node.url) {
      children.push(
        new ExternalHyperlink({ link: node.url, children: runs(node.children, context) as TextRun[] }),
      );
    } else if (node.type === 'cross-reference' && node.targetId) {
      const label = context.labels.labelOf(node.targetId) ?? '?';
      children.push(
        new InternalHyperlink({ anchor: node.targetId, children: [new TextRun({ text: label })] }),
      );
    } else if (node.children) {
      children.push(...runs(node.children, context));
    }
  }
  return children;
}

function listBlocks(list: DraftNode, depth: number, instance: number, context: Context): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const ordered = list.listType === 'number';
  for (const item of list.children ?? []) {
    const inline = (item.children ?? []).filter((child) => child.type !== 'list');
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    if (inline.length > 0 || nested.length === 0) {
      paragraphs.push(
        new Paragraph({
          children: runs(inline, context),
          ...(ordered
            ? { numbering: { reference: ORDERED_LIST, level: depth, instance } }
            : { bullet: { level: depth } }),
        }),
      );
    }
    for (const sublist of nested) paragraphs.push(...listBlocks(sublist, depth + 1, instance, context));
  }
  return paragraphs;
}

function tableBlock(table: DraftNode, context: Context): Table {
  const rows = (table.children ?? []).map(
    (row, rowIndex) =>
      new TableRow({
        // Only the header row carries the flag: docx writes `tableHeader: false` as a <w:tblHeader> element too,
        // which Word-readers (mammoth among them) take as a header, so every row would come back as one.
        ...(rowIndex === 0 && (row.children ?? []).some((cell) => (cell.headerState ?? 0) !== 0)
          ? { tableHeader: true }
          : {}),
        children: (row.children ?? []).map((cell) => {
          const content = (cell.children ?? []).flatMap((child) => blocks(child, context));
          const paragraphs = content.filter((block): block is Paragraph => block instanceof Paragraph);
          return new TableCell({ children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')] });
        }),
      }),
  );
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function blocks(node: DraftNode, context: Context): Block[] {
  switch (node.type) {
    case 'heading': {
      const heading = HEADINGS[(node.tag ?? 'h1') as keyof typeof HEADINGS] ?? HeadingLevel.HEADING_1;
      return [new Paragraph({ heading, children: runs(node.children, context) })];
    }
    case 'quote':
      return [new Paragraph({ style: 'Quote', children: runs(node.children, context) })];
    case 'list': {
      const instance = context.nextListInstance++;
      return listBlocks(node, 0, instance, context);
    }
    case 'table':
      return [tableBlock(node, context)];
    case 'provision-heading': {
      const level = (node.level ?? 'article') as ProvisionLevel;
      const id = node.provisionId ?? '';
      const label = context.labels.labelOf(id) ?? '';
      const title = runs(node.children, context);
      const labelRuns = [new TextRun({ text: plainText(node) ? `${label}${LABEL_SEPARATOR}` : label })];
      return [
        new Paragraph({
          style: PROVISION_STYLES[level].id,
          children: [id ? new Bookmark({ id, children: labelRuns }) : (labelRuns[0] as TextRun), ...title],
        }),
      ];
    }
    default:
      return [new Paragraph({ children: runs(node.children, context) })];
  }
}

function provisionStyles() {
  return Object.values(PROVISION_STYLES).map(({ id, name, heading }) => ({
    id,
    name,
    basedOn: `Heading${heading}`,
    next: 'Normal',
    quickFormat: true,
    run: { bold: true },
  }));
}

function orderedLevels() {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ORDERED_FORMATS[level % ORDERED_FORMATS.length],
    text: `%${level + 1}.`,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

/** Builds the .docx bytes; reports progress per block and stops between blocks when cancelled. */
export async function exportDocx(
  state: SerializedEditorState,
  labeler: ProvisionLabeler,
  { onProgress, signal }: LongTaskOptions = {},
): Promise<Uint8Array> {
  // Unsafe link targets become plain text; Word would otherwise offer to open them.
  const source = draftBlocks(withoutUnsafeLinks(state));
  const context: Context = { labels: provisionLabels(source, labeler), nextListInstance: 1 };
  const children: Block[] = [];
  for (const [index, node] of source.entries()) {
    children.push(...blocks(node, context));
    if (index % 200 === 199) {
      throwIfCancelled(signal);
      onProgress?.((index / source.length) * 0.8);
      await yieldToPage();
    }
  }
  throwIfCancelled(signal);
  const document = new Document({
    styles: {
      paragraphStyles: [
        ...provisionStyles(),
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          run: { italics: true },
          paragraph: { indent: { left: 720 } },
        },
      ],
    },
    numbering: { config: [{ reference: ORDERED_LIST, levels: orderedLevels() }] },
    sections: [{ children }],
  });
  onProgress?.(0.85);
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  throwIfCancelled(signal);
  onProgress?.(1);
  return bytes;
}
