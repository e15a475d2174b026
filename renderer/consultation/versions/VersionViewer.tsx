// What the Versions sheet shows on the right: one version read-only, a comparison of two states, or the
// amendment table of two states of a model law. States are fetched from the relay when asked for (the current
// text comes from the open editor) and read back through the Lexical binding.
import type { SerializedEditorState } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftBlocks, provisionLabels } from '../../drafts/export/serializedDraft';
import type { ProvisionLabeler } from '../../drafts/legislation/numbering';
import type { Platform } from '../../platform/Platform';
import { AmendmentTable } from '../amendments/AmendmentTable';
import { amendmentRows } from '../amendments/model/amendmentTable';
import { compareBlocks } from './model/compareVersions';
import { comparedBlocks, readVersionState } from './model/versionContent';
import { VersionComparison } from './VersionComparison';
import { VersionReader } from './VersionReader';

export type Comparing = { mode: 'compare' | 'amendments'; older: string; newer: string };
export type ViewRequest = { mode: 'read'; id: string } | Comparing;

export interface VersionViewerProps {
  request: ViewRequest;
  nameOf(id: string): string;
  load(id: string): Promise<Uint8Array | null>;
  currentState(): SerializedEditorState;
  labeler: ProvisionLabeler;
  title: string;
  platform: Platform;
}

type Loaded =
  | { mode: 'read'; state: SerializedEditorState }
  | { mode: 'compare' | 'amendments'; older: SerializedEditorState; newer: SerializedEditorState };

const blocksFor = (state: SerializedEditorState, labeler: ProvisionLabeler) => {
  const labels = provisionLabels(draftBlocks(state), labeler);
  return comparedBlocks(state, (targetId) => labels.labelOf(targetId) ?? '');
};

export function VersionViewer({
  request,
  nameOf,
  load,
  currentState,
  labeler,
  title,
  platform,
}: VersionViewerProps) {
  const { t } = useTranslation('consultation');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    setLoaded(null);
    setFailed(false);
    const stateOf = async (id: string): Promise<SerializedEditorState | null> => {
      if (id === 'now') return currentState();
      const bytes = await load(id);
      return bytes ? readVersionState(bytes) : null;
    };
    void (async () => {
      if (request.mode === 'read') {
        const state = await stateOf(request.id);
        if (!live) return;
        if (state) setLoaded({ mode: 'read', state });
        else setFailed(true);
        return;
      }
      const [older, newer] = await Promise.all([stateOf(request.older), stateOf(request.newer)]);
      if (!live) return;
      if (older && newer) setLoaded({ mode: request.mode, older, newer });
      else setFailed(true);
    })();
    return () => {
      live = false;
    };
  }, [request, load, currentState]);

  if (failed) return <p role="alert">{t('versions.loadFailed')}</p>;
  if (!loaded) return <p>{t('versions.loading')}</p>;

  if (loaded.mode === 'read' && request.mode === 'read') {
    const name = nameOf(request.id);
    return (
      <div className="version-view">
        <h4>{t('versions.reading', { name })}</h4>
        <VersionReader state={loaded.state} label={t('versions.readerLabel', { name })} />
      </div>
    );
  }
  if (loaded.mode === 'read' || request.mode === 'read') return null;
  const heading = t('versions.compare.heading', {
    older: nameOf(request.older),
    newer: nameOf(request.newer),
  });
  if (loaded.mode === 'amendments') {
    return (
      <AmendmentTable
        rows={amendmentRows(loaded.older, loaded.newer, labeler)}
        labeler={labeler}
        heading={heading}
        title={title}
        olderName={nameOf(request.older)}
        newerName={nameOf(request.newer)}
        platform={platform}
      />
    );
  }
  return (
    <div className="version-view">
      <h4>{heading}</h4>
      <VersionComparison
        rows={compareBlocks(blocksFor(loaded.older, labeler), blocksFor(loaded.newer, labeler))}
      />
    </div>
  );
}
