// Writes a draft as a standalone HTML page, with provision labels written out since no numbering plugin runs
// where the file is read.
import { $generateHtmlFromNodes } from '@lexical/html';
import type { SerializedEditorState } from 'lexical';
import { loadDraftState } from '../editor/loadDraftState';
import type { ProvisionLabeler } from '../legislation/numbering';
import { LABEL_SEPARATOR } from '../legislation/provisionLabels';
import { withoutUnsafeLinks } from '../links/safeLinks';
import { type LongTaskOptions, throwIfCancelled } from './progress';
import { draftBlocks, provisionLabels } from './serializedDraft';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function exportHtml(
  state: SerializedEditorState,
  labeler: ProvisionLabeler,
  title: string,
  { onProgress, signal }: LongTaskOptions = {},
): Uint8Array {
  throwIfCancelled(signal);
  const editor = loadDraftState(withoutUnsafeLinks(state));
  const body = editor.getEditorState().read(() => $generateHtmlFromNodes(editor, null));
  const page = new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
  const labels = provisionLabels(draftBlocks(state), labeler);
  for (const heading of Array.from(page.querySelectorAll<HTMLElement>('[data-provision-id]'))) {
    const label = labels.labelOf(heading.dataset.provisionId ?? '') ?? '';
    heading.id = heading.dataset.provisionId ?? '';
    const span = page.createElement('span');
    span.className = 'provision-label';
    span.textContent = heading.textContent ? `${label}${LABEL_SEPARATOR}` : label;
    heading.prepend(span);
  }
  for (const reference of Array.from(page.querySelectorAll<HTMLElement>('[data-provision-target]'))) {
    reference.textContent = labels.labelOf(reference.dataset.provisionTarget ?? '') ?? '?';
  }
  onProgress?.(1);
  const html = `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>${page.body.innerHTML}</body></html>\n`;
  return new TextEncoder().encode(html);
}
