// "Insert into my draft" without the editor on screen: the quotation goes in as an ordinary edit of the
// chosen draft's body, which every co-author receives. Loaded on demand (it brings Lexical and Yjs).
import type { DraftChoice } from './draftChoices';
import { openBody } from './openBody';
import { $appendQuotation } from './quotation';
import type { Quotation } from './quotationText';

export interface InsertResult {
  /** The relay confirmed it stored the quotation; false: it is in this device's replica and goes when online. */
  stored: boolean;
}

/** Appends the quotation to the chosen draft's body. */
export async function insertQuotation(target: DraftChoice, quotation: Quotation): Promise<InsertResult> {
  const body = await openBody(target.membership, target.id);
  try {
    body.editor.update(() => $appendQuotation(quotation), { discrete: true });
    return { stored: await body.whenSaved() };
  } finally {
    body.close();
  }
}
