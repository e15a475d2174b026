// The Drafts section: the space's documents from its index, creating one (title and kind), importing a Word
// or Markdown file as a new one, and opening one in the collaborative editor (the route #/drafts/<id>). The editor
// and the importers are loaded when first needed, so the list reaches a slow link before them; where that costs
// no bytes on the link, the editor is loaded while the list shows (warmDraftEditor.ts).
import type { SerializedEditorState } from 'lexical';
import { type FormEvent, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../shared/roles';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/vocabulary';
import { usePlatform } from '../app/PlatformProvider';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useSpaces } from '../app/SpacesProvider';
import { isCancellation } from './export/progress';
import { useSpaceIndex } from './useSpaceIndex';
import { LazyDraftEditor, warmDraftEditor } from './warmDraftEditor';
import './drafts.css';

const open = (id: string | null) => navigate(routes.drafts(id ?? undefined));

async function importedContentOf(file: { name: string; data: Uint8Array }): Promise<SerializedEditorState> {
  if (/\.docx$/i.test(file.name)) return (await import('./import/importDocx')).importDocx(file.data);
  return (await import('./import/importMarkdown')).importMarkdown(file.data);
}

/** `documentId`: the draft the route opens, or null for the list. */
export function DraftsSection({ documentId: openId }: { documentId: string | null }) {
  const { t } = useTranslation('drafts');
  const platform = usePlatform();
  const membership = useSpaces().current;
  const index = useSpaceIndex(membership);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('guideline');
  const [imported, setImported] = useState<{ id: string; content: SerializedEditorState } | null>(null);
  const [importMessage, setImportMessage] = useState('');
  // While the list shows, the editor's code gets ready for the first draft opened (where that costs no bytes).
  const showingList = !openId;
  useEffect(() => (showingList ? warmDraftEditor(platform.kind) : undefined), [showingList, platform.kind]);

  if (!membership) return <p>{t('noSpace')}</p>;
  const writable = canWrite(membership.role, 'index');
  const current = openId ? index.documents.find((entry) => entry.id === openId) : undefined;

  if (openId && current) {
    return (
      <Suspense fallback={<p role="status">{t('editor.loading')}</p>}>
        <LazyDraftEditor
          key={`${membership.serverUrl} ${membership.space} ${openId}`}
          membership={membership}
          document={current}
          importedContent={imported?.id === openId ? imported.content : undefined}
          onEdited={(id, summary, text) => index.touchDocument(id, { summary, text })}
          onClose={() => open(null)}
        />
      </Suspense>
    );
  }

  const create = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const id = index.createDocument({ title: title.trim(), kind });
    setTitle('');
    open(id);
  };

  const importFile = async () => {
    setImportMessage('');
    const file = await platform.openFile([
      { name: t('import.filterName'), extensions: ['docx', 'md', 'markdown'] },
    ]);
    if (!file) return;
    setImportMessage(t('import.working'));
    try {
      const content = await importedContentOf(file);
      const name = file.name.replace(/\.[^.]+$/, '').trim() || t('import.untitled');
      const id = index.createDocument({ title: name, kind: 'guideline' });
      setImported({ id, content });
      setImportMessage('');
      open(id);
    } catch (error) {
      setImportMessage(
        isCancellation(error) ? t('import.cancelled') : t('import.failed', { name: file.name }),
      );
    }
  };

  return (
    <div className="drafts">
      {openId && !current && <p role="status">{t('list.opening')}</p>}
      {writable ? (
        <form className="drafts-new" onSubmit={create} aria-labelledby="drafts-new-heading">
          <h2 id="drafts-new-heading">{t('create.heading')}</h2>
          <label>
            {t('create.title')}
            <input
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              maxLength={300}
              required
            />
          </label>
          <label>
            {t('create.kind')}
            <select value={kind} onChange={(event) => setKind(event.target.value as DocumentKind)}>
              {DOCUMENT_KINDS.map((option) => (
                <option key={option} value={option}>
                  {t(`kind.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('create.submit')}</button>
          <button type="button" onClick={() => void importFile()}>
            {t('import.button')}
          </button>
          {importMessage && <p role="status">{importMessage}</p>}
        </form>
      ) : (
        <p role="note">{t('readOnly.list')}</p>
      )}
      <h2>{t('list.heading', { n: index.documents.length })}</h2>
      {index.documents.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul className="drafts-list">
          {index.documents.map((entry) => (
            <li key={entry.id}>
              <button type="button" className="drafts-open" onClick={() => open(entry.id)}>
                {entry.title}
              </button>
              <span className="drafts-kind">{t(`kind.${entry.kind}`)}</span>
              {entry.summary && <p className="drafts-summary">{entry.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
