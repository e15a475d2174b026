// Reads a Markdown file into a new draft, recognising tables, provisions ("#### Article 2 — Definitions {#id}")
// and links to them as cross-references.
import { $convertFromMarkdownString } from '@lexical/markdown';
import type { SerializedEditorState } from 'lexical';
import { createHeadlessDraftEditor } from '../editor/headlessDraft';
import { type LongTaskOptions, throwIfCancelled } from '../export/progress';
import { withoutUnsafeLinks } from '../links/safeLinks';
import { draftTransformers } from '../markdown/draftTransformers';

export function importMarkdown(
  data: Uint8Array,
  { onProgress, signal }: LongTaskOptions = {},
): SerializedEditorState {
  throwIfCancelled(signal);
  const markdown = new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/\r\n?/g, '\n');
  const editor = createHeadlessDraftEditor();
  editor.update(() => $convertFromMarkdownString(markdown, draftTransformers()), { discrete: true });
  onProgress?.(1);
  return withoutUnsafeLinks(editor.getEditorState().toJSON());
}
