// Reads a Word document into a new draft: mammoth turns it into HTML (styles mapped to our provisions and
// quotes), which then becomes draft nodes. Keeps headings, nested lists, tables, links and articles.

import type { SerializedEditorState } from 'lexical';
import mammoth from 'mammoth';
import { PROVISION_STYLES } from '../export/exportDocx';
import { type LongTaskOptions, throwIfCancelled, yieldToPage } from '../export/progress';
import { draftFromHtml } from './draftFromHtml';

const STYLE_MAP = [
  ...Object.entries(PROVISION_STYLES).map(
    ([level, { name, heading }]) => `p[style-name='${name}'] => h${heading}.provision-${level}:fresh`,
  ),
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
  // mammoth drops underline unless asked; drafts use it for emphasis in legal text.
  'u => u',
];

export class UnreadableDocumentError extends Error {
  constructor(cause: unknown) {
    super('This file could not be read as a Word document (.docx).', { cause });
    this.name = 'UnreadableDocumentError';
  }
}

export async function importDocx(
  data: Uint8Array,
  { onProgress, signal }: LongTaskOptions = {},
): Promise<SerializedEditorState> {
  throwIfCancelled(signal);
  onProgress?.(0.05);
  const arrayBuffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  let html: string;
  try {
    // The browser build of mammoth reads `arrayBuffer`, the Node build `buffer`: pass both.
    const input = { arrayBuffer, buffer: data } as unknown as { arrayBuffer: ArrayBuffer };
    html = (await mammoth.convertToHtml(input, { styleMap: STYLE_MAP })).value;
  } catch (error) {
    throw new UnreadableDocumentError(error);
  }
  throwIfCancelled(signal);
  onProgress?.(0.6);
  await yieldToPage();
  const state = draftFromHtml(html);
  throwIfCancelled(signal);
  onProgress?.(1);
  return state;
}
