// Export the open draft as Word, Markdown, HTML or PDF, with progress and a cancel button for long drafts. Each
// exporter is loaded on first use (Word's library is large), while the progress bar already shows.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { Download } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../platform/Platform';
import { isCancellation } from '../export/progress';
import { useProvisionLabeler } from './NumberingPlugin';

type Format = 'docx' | 'md' | 'html';

const FILTERS: Record<Format, { name: string; extensions: string[] }> = {
  docx: { name: 'Word', extensions: ['docx'] },
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML', extensions: ['html'] },
};

/** A file name from the title that every operating system accepts. */
export function fileNameFor(title: string, extension: string): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'draft';
  return `${base}.${extension}`;
}

export function ExportMenu({ platform, title }: { platform: Platform; title: string }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('drafts');
  const labeler = useProvisionLabeler();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const controller = useRef<AbortController | null>(null);

  const run = async (format: Format) => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress(0);
    setMessage('');
    try {
      const state = editor.getEditorState().toJSON();
      const options = { signal: abort.signal, onProgress: setProgress };
      const data =
        format === 'docx'
          ? await (await import('../export/exportDocx')).exportDocx(state, labeler, options)
          : format === 'md'
            ? (await import('../export/exportMarkdown')).exportMarkdown(state, labeler, options)
            : (await import('../export/exportHtml')).exportHtml(state, labeler, title, options);
      const saved = await platform.saveFile(fileNameFor(title, format), data, [FILTERS[format]]);
      setMessage(saved ? t('export.done') : '');
    } catch (error) {
      setMessage(isCancellation(error) ? t('export.cancelled') : t('export.failed'));
    } finally {
      setProgress(null);
      controller.current = null;
    }
  };

  return (
    <fieldset className="draft-export" aria-labelledby="draft-export-label">
      <span className="draft-export-label" id="draft-export-label">
        <Download size={16} aria-hidden />
        {t('export.label')}
      </span>
      <button type="button" disabled={progress !== null} onClick={() => run('docx')}>
        {t('export.docx')}
      </button>
      <button type="button" disabled={progress !== null} onClick={() => run('md')}>
        {t('export.markdown')}
      </button>
      <button type="button" disabled={progress !== null} onClick={() => run('html')}>
        {t('export.html')}
      </button>
      <button
        type="button"
        disabled={progress !== null}
        onClick={() => void platform.printToPdf(fileNameFor(title, 'pdf'))}
      >
        {t('export.pdf')}
      </button>
      {progress !== null && (
        <>
          <progress max={1} value={progress} aria-label={t('export.progress')} />
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('export.cancel')}
          </button>
        </>
      )}
      {message && <span role="status">{message}</span>}
    </fieldset>
  );
}
