// One join link for the local network: the link to copy and, for the first address, a QR code to scan.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../members/QrCode';

type CopyState = 'idle' | 'copied' | 'failed';

export function LanJoinLink({
  link,
  index,
  withQrCode,
}: {
  link: string;
  index: number;
  withQrCode: boolean;
}) {
  const { t } = useTranslation('host');
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      // No clipboard permission: select the link so the person can copy it themselves.
      input.current?.select();
      setCopy('failed');
    }
  }

  const label = t('share.linkLabel', { index });
  return (
    <div className="lan-join-link">
      <div className="join-with-link-row">
        <input
          ref={input}
          type="text"
          readOnly
          dir="ltr"
          aria-label={label}
          value={link}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={() => void copyLink()}>
          {t('share.copy')}
        </button>
      </div>
      <p className={copy === 'failed' ? 'field-error' : 'muted'} role="status">
        {copy === 'copied' ? t('share.copied') : copy === 'failed' ? t('share.copyFailed') : ''}
      </p>
      {withQrCode && <QrCode text={link} label={t('share.qrLabel')} />}
    </div>
  );
}
