// Writes a draft as Markdown (GFM tables, provisions as labelled headings with `{#id}` anchors).
import { $convertToMarkdownString } from '@lexical/markdown';
import type { SerializedEditorState } from 'lexical';
import { loadDraftState } from '../editor/loadDraftState';
import type { ProvisionLabeler } from '../legislation/numbering';
import { withoutUnsafeLinks } from '../links/safeLinks';
import { draftTransformers } from '../markdown/draftTransformers';
import { type LongTaskOptions, throwIfCancelled } from './progress';

export function exportMarkdown(
  state: SerializedEditorState,
  labeler: ProvisionLabeler,
  { onProgress, signal }: LongTaskOptions = {},
): Uint8Array {
  throwIfCancelled(signal);
  const markdown = loadDraftState(withoutUnsafeLinks(state))
    .getEditorState()
    .read(() => $convertToMarkdownString(draftTransformers(labeler)));
  onProgress?.(1);
  return new TextEncoder().encode(`${markdown}\n`);
}
