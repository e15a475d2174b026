// A closed session's outcome as a Word document (the `docx` library, loaded only when someone asks for it).
// Right-to-left languages get right-to-left paragraphs.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { BodyBlock } from '../../library/model/documentBody';

function paragraphsOf(block: BodyBlock, bidirectional: boolean): Paragraph[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          text: block.text,
          heading: block.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2,
          bidirectional,
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)], bidirectional })];
    case 'quote':
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true })], bidirectional })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 }, bidirectional }));
  }
}

export async function exportOutcomeDocx(
  title: string,
  blocks: BodyBlock[],
  rightToLeft: boolean,
): Promise<Uint8Array> {
  const children = [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1, bidirectional: rightToLeft }),
    ...blocks.flatMap((block) => paragraphsOf(block, rightToLeft)),
  ];
  const document = new Document({ title, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
