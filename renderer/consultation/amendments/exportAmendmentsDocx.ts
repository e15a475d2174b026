// The amendment table as the Word file consultations circulate: for each article a full-width row with its
// number and what happened to it, then two columns, old text (deleted words struck through) and new text
// (inserted words underlined). Loaded on first use, as the draft's own Word export is.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { WordChange } from '../versions/model/compareVersions';
import type { AmendmentRow } from './model/amendmentTable';

export interface AmendmentDocxLabels {
  heading: string;
  olderColumn: string;
  newerColumn: string;
  numberOf(row: AmendmentRow): string;
  kindOf(row: AmendmentRow): string;
}

/** Word runs as paragraphs: a line break in the text starts a new paragraph, marks carried per run. */
function paragraphsOf(words: readonly WordChange[]): Paragraph[] {
  const paragraphs: TextRun[][] = [[]];
  for (const word of words) {
    word.text.split('\n').forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (!piece) return;
      (paragraphs[paragraphs.length - 1] as TextRun[]).push(
        new TextRun({
          text: piece,
          strike: word.kind === 'deleted',
          underline: word.kind === 'inserted' ? {} : undefined,
          bold: word.kind === 'inserted',
        }),
      );
    });
  }
  return paragraphs.map((children) => new Paragraph({ children }));
}

const cell = (children: Paragraph[], columnSpan?: number) =>
  new TableCell({
    children: children.length > 0 ? children : [new Paragraph('')],
    columnSpan,
    width: { size: 50, type: WidthType.PERCENTAGE },
  });

export async function exportAmendmentsDocx(
  rows: readonly AmendmentRow[],
  labels: AmendmentDocxLabels,
): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([new Paragraph({ children: [new TextRun({ text: labels.olderColumn, bold: true })] })]),
      cell([new Paragraph({ children: [new TextRun({ text: labels.newerColumn, bold: true })] })]),
    ],
  });
  const body = rows.flatMap((row) => [
    new TableRow({
      children: [
        cell(
          [
            new Paragraph({
              alignment: AlignmentType.START,
              children: [
                new TextRun({ text: labels.numberOf(row), bold: true }),
                new TextRun({ text: ` (${labels.kindOf(row)})`, italics: true }),
              ],
            }),
          ],
          2,
        ),
      ],
    }),
    new TableRow({
      children: [
        cell(row.oldText === null ? [] : paragraphsOf(row.words.filter((word) => word.kind !== 'inserted'))),
        cell(row.newText === null ? [] : paragraphsOf(row.words.filter((word) => word.kind !== 'deleted'))),
      ],
    }),
  ]);
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: labels.heading, heading: HeadingLevel.HEADING_1 }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
