// The amendment table on screen: number, old text and new text of each article that changed, was added, deleted
// or moved, with deleted words struck through and inserted ones underlined; export to Word and print.
import { FileDown, Printer } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameFor } from '../../drafts/editor/ExportMenu';
import type { ProvisionLabeler } from '../../drafts/legislation/numbering';
import type { Platform } from '../../platform/Platform';
import { MarkedWords } from '../versions/VersionComparison';
import type { AmendmentRow } from './model/amendmentTable';
import './amendments.css';

export interface AmendmentTableProps {
  rows: readonly AmendmentRow[];
  labeler: ProvisionLabeler;
  heading: string;
  title: string;
  olderName: string;
  newerName: string;
  platform: Platform;
}

const WORD_FILTER = [{ name: 'Word', extensions: ['docx'] }];

export function AmendmentTable({
  rows,
  labeler,
  heading,
  title,
  olderName,
  newerName,
  platform,
}: AmendmentTableProps) {
  const { t } = useTranslation('consultation');
  const [message, setMessage] = useState('');
  const numberOf = (row: AmendmentRow) => {
    const current = row.newNumber ?? row.oldNumber;
    const label = current === null ? '' : labeler('article', current);
    return row.oldNumber !== null && row.newNumber !== null && row.oldNumber !== row.newNumber
      ? t('amendments.formerly', { label, former: labeler('article', row.oldNumber) })
      : label;
  };

  const exportWord = async () => {
    setMessage('');
    try {
      const { exportAmendmentsDocx } = await import('./exportAmendmentsDocx');
      const data = await exportAmendmentsDocx(rows, {
        heading: `${title}: ${heading}`,
        olderColumn: olderName,
        newerColumn: newerName,
        numberOf,
        kindOf: (row) => t(`amendments.kind.${row.kind}`),
      });
      const saved = await platform.saveFile(
        fileNameFor(`${title} – ${t('amendments.fileName')}`, 'docx'),
        data,
        WORD_FILTER,
      );
      setMessage(saved ? t('amendments.exported') : '');
    } catch {
      setMessage(t('amendments.exportFailed'));
    }
  };

  return (
    <div className="amendments amendments-print">
      <h4>{heading}</h4>
      <div className="amendments-actions">
        <button type="button" onClick={() => void exportWord()} disabled={rows.length === 0}>
          <FileDown size={16} aria-hidden />
          {t('amendments.exportWord')}
        </button>
        <button
          type="button"
          onClick={() => void platform.printToPdf(fileNameFor(title, 'pdf'))}
          disabled={rows.length === 0}
        >
          <Printer size={16} aria-hidden />
          {t('amendments.print')}
        </button>
        {message && <span role="status">{message}</span>}
      </div>
      {rows.length === 0 ? (
        <p role="status">{t('amendments.none')}</p>
      ) : (
        <table className="amendment-table" aria-label={t('amendments.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('amendments.number')}</th>
              <th scope="col">{olderName}</th>
              <th scope="col">{newerName}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.provisionId} data-kind={row.kind} data-provision-id={row.provisionId}>
                <th scope="row">
                  <span className="amendment-number">{numberOf(row)}</span>
                  <span className="amendment-kind">{t(`amendments.kind.${row.kind}`)}</span>
                </th>
                <td className="amendment-old">
                  {row.oldText !== null && (
                    <MarkedWords words={row.words.filter((word) => word.kind !== 'inserted')} />
                  )}
                </td>
                <td className="amendment-new">
                  {row.newText !== null && (
                    <MarkedWords words={row.words.filter((word) => word.kind !== 'deleted')} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
