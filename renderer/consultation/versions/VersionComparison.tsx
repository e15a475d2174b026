// Two states of a draft side by side in one column: every block in order, changed ones with their inserted
// words underlined and deleted words struck through, added and removed blocks marked whole.
import { useTranslation } from 'react-i18next';
import type { BlockComparison, WordChange } from './model/compareVersions';

/** Word runs as the reader sees them: <ins> and <del> carry the meaning for assistive technology too. */
export function MarkedWords({ words }: { words: readonly WordChange[] }) {
  return (
    <>
      {words.map((word, index) =>
        word.kind === 'inserted' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of one diff never reorder
          <ins key={index}>{word.text}</ins>
        ) : word.kind === 'deleted' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of one diff never reorder
          <del key={index}>{word.text}</del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of one diff never reorder
          <span key={index}>{word.text}</span>
        ),
      )}
    </>
  );
}

export function VersionComparison({ rows }: { rows: readonly BlockComparison[] }) {
  const { t } = useTranslation('consultation');
  const changes = rows.filter((row) => row.status !== 'same').length;
  return (
    <div className="version-comparison">
      <p role="status" className="version-comparison-summary">
        {changes === 0 ? t('versions.compare.noChanges') : t('versions.compare.changes', { count: changes })}
      </p>
      <ol className="version-blocks">
        {rows.map((row, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: the comparison is recomputed whole, never reordered
            key={index}
            className={`version-block version-block-${row.type}`}
            data-status={row.status}
          >
            {row.status !== 'same' && (
              <span className="version-block-status">{t(`versions.compare.status.${row.status}`)}</span>
            )}
            <span className="version-block-text">
              <MarkedWords words={row.words} />
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
