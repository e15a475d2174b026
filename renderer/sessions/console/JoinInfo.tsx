// How people join the session: its link, the short code to type, and a QR code to scan. On the desktop, when
// this computer hosts the space and shares it on the local network, the link uses the network address (the
// loopback address the app itself uses would reach nobody else). The code is minted on the first visit.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSessionCode, sessionJoinLink } from '../../../shared/session-join';
import { usePlatform } from '../../app/PlatformProvider';
import { QrCode } from '../../members/QrCode';
import type { SessionActions } from '../model/sessionActions';
import { useRequestStatus } from '../model/useRequestStatus';
import { RequestProblem } from '../RequestProblem';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** Where people in the room reach the relay: its LAN address when this computer hosts and shares it. */
function useReachableUrl(serverUrl: string): string {
  const platform = usePlatform();
  const [url, setUrl] = useState(serverUrl);
  useEffect(() => {
    setUrl(serverUrl);
    if (!platform.host || !LOOPBACK.test(new URL(serverUrl).hostname)) return;
    let cancelled = false;
    void platform.host
      .status()
      .then((status) => {
        const lan = status.running ? status.lanUrls[0] : undefined;
        if (!cancelled && lan && new URL(lan).port === new URL(serverUrl).port) setUrl(lan);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [platform, serverUrl]);
  return url;
}

export function JoinInfo({
  serverUrl,
  shortCode,
  actions,
  closed,
}: {
  serverUrl: string;
  shortCode: string | null;
  actions: SessionActions;
  closed: boolean;
}) {
  const { t } = useTranslation('sessions');
  const { problem, busy, run } = useRequestStatus();
  const reachable = useReachableUrl(serverUrl);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const minted = useRef(false);

  useEffect(() => {
    if (shortCode !== null || closed || minted.current) return;
    minted.current = true;
    void run(() => actions.mintCode());
  }, [shortCode, closed, actions, run]);

  if (closed) return null;
  const link = shortCode ? sessionJoinLink(reachable, shortCode) : null;

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      input.current?.select();
    }
  };

  return (
    <section className="session-join-info" aria-labelledby="session-join-info-heading">
      <h2 id="session-join-info-heading">{t('joinInfo.heading')}</h2>
      {shortCode && link ? (
        <div className="session-join-info-body">
          <div>
            <p>
              {t('joinInfo.code')}{' '}
              <strong className="session-code" dir="ltr" data-code={shortCode}>
                {formatSessionCode(shortCode)}
              </strong>
            </p>
            <div className="session-join-link-row">
              <input
                ref={input}
                type="text"
                readOnly
                dir="ltr"
                aria-label={t('joinInfo.link')}
                value={link}
                onFocus={(event) => event.target.select()}
              />
              <button type="button" onClick={() => void copy()}>
                {t('joinInfo.copy')}
              </button>
            </div>
            <p className="muted" role="status">
              {copied ? t('joinInfo.copied') : ''}
            </p>
            <button type="button" disabled={busy} onClick={() => void run(() => actions.mintCode())}>
              {t('joinInfo.newCode')}
            </button>
          </div>
          <QrCode text={link} label={t('joinInfo.qr')} pixels={160} />
        </div>
      ) : (
        <p role="status">{t('joinInfo.minting')}</p>
      )}
      <RequestProblem problem={problem} />
    </section>
  );
}
