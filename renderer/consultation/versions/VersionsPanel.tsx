// The draft's Versions: a button that opens a sheet with the list of named versions, a form to compare any two
// (or one with the current text) block by block and word by word, the amendment table for model laws, and a
// read-only view of one version. Restoring goes through the relay, which everyone then receives as an edit.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { History, X } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_NAME_MAX, type VersionSummary } from '../../../shared/requests/versions';
import { useProvisionLabeler } from '../../drafts/editor/NumberingPlugin';
import type { Platform } from '../../platform/Platform';
import type { RelayChannel } from '../../rooms/relayChannel';
import { useVersions } from './useVersions';
import { VersionList } from './VersionList';
import { type Comparing, VersionViewer, type ViewRequest } from './VersionViewer';
import '../consultation-buttons.css';
import './versions.css';

export const CURRENT_TEXT = 'now';

/** Failures with a message of their own; the rest say "try again". */
const EXPLAINED_FAILURES = new Set(['forbidden', 'timeout', 'closed']);

export interface VersionsPanelProps {
  channel: RelayChannel | null;
  canWrite: boolean;
  /** Whether the draft is a model law: the comparison then offers the amendment table. */
  modelLaw: boolean;
  title: string;
  platform: Platform;
}

export function VersionsPanel({ channel, canWrite, modelLaw, title, platform }: VersionsPanelProps) {
  const { t } = useTranslation('consultation');
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<ViewRequest | null>(null);
  const versions = useVersions(open ? channel : null);
  const [editor] = useLexicalComposerContext();
  const labeler = useProvisionLabeler();
  const currentState = useCallback(() => editor.getEditorState().toJSON(), [editor]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const nameOf = (id: string) =>
    id === CURRENT_TEXT
      ? t('versions.now')
      : (versions.versions?.find((version) => version.id === id)?.name ?? '');

  const restore = async (version: VersionSummary) => {
    const automaticName = t('versions.beforeRestoring', { name: version.name }).slice(0, VERSION_NAME_MAX);
    const done = await versions.restore(version.id, automaticName);
    if (done) setView(null);
    return done;
  };

  return (
    <div className="versions-bar">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        <History size={16} aria-hidden />
        {t('versions.toggle')}
      </button>
      {open && (
        <section className="versions-sheet" role="dialog" aria-labelledby="versions-title">
          <header className="versions-sheet-head">
            <h3 id="versions-title">{t('versions.panel')}</h3>
            <button type="button" onClick={() => setOpen(false)} aria-label={t('versions.close')}>
              <X size={16} aria-hidden />
            </button>
          </header>
          {versions.failure && (
            <p role="alert" className="version-failure">
              {t(`versions.failure.${EXPLAINED_FAILURES.has(versions.failure) ? versions.failure : 'other'}`)}
            </p>
          )}
          <div className="versions-columns">
            <div className="versions-side">
              <VersionList
                versions={versions.versions}
                canWrite={canWrite}
                busy={versions.busy}
                onSave={versions.save}
                onOpen={(id) => setView({ mode: 'read', id })}
                onRestore={restore}
              />
              {versions.versions && versions.versions.length > 0 && (
                <CompareForm
                  versions={versions.versions}
                  modelLaw={modelLaw}
                  onCompare={(comparing) => setView(comparing)}
                />
              )}
            </div>
            <div className="versions-main">
              {view ? (
                <VersionViewer
                  request={view}
                  nameOf={nameOf}
                  load={versions.load}
                  currentState={currentState}
                  labeler={labeler}
                  title={title}
                  platform={platform}
                />
              ) : (
                <p className="versions-hint">{t('versions.hint')}</p>
              )}
            </div>
          </div>
        </section>
      )}
    </div>
  );
}

function CompareForm({
  versions,
  modelLaw,
  onCompare,
}: {
  versions: readonly VersionSummary[];
  modelLaw: boolean;
  onCompare(comparing: Comparing): void;
}) {
  const { t } = useTranslation('consultation');
  const latest = versions[versions.length - 1]?.id ?? CURRENT_TEXT;
  const [older, setOlder] = useState(latest);
  const [newer, setNewer] = useState(CURRENT_TEXT);
  const choices = [
    ...versions.map((version) => ({ id: version.id, name: version.name })),
    { id: CURRENT_TEXT, name: t('versions.now') },
  ];
  const picker = (label: string, value: string, onChange: (id: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="version-compare-form">
      <legend>{t('versions.compare.legend')}</legend>
      {picker(t('versions.compare.older'), older, setOlder)}
      {picker(t('versions.compare.newer'), newer, setNewer)}
      <div className="version-compare-actions">
        <button type="button" onClick={() => onCompare({ mode: 'compare', older, newer })}>
          {t('versions.compare.run')}
        </button>
        {modelLaw && (
          <button type="button" onClick={() => onCompare({ mode: 'amendments', older, newer })}>
            {t('versions.compare.amendments')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
