// A new invite: the link to send (with a copy button), the same link as a QR code for a phone, and what it
// allows. The code in it is shown only now: the relay keeps only its hash.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedInvite } from './membersApi';
import { QrCode } from './QrCode';

type CopyState = 'idle' | 'copied' | 'failed';

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or not a secure origin): fall back to the selection the person can copy.
    input?.select();
    return document.execCommand?.('copy') ?? false;
  }
}

export function InviteLink({ invite, onDone }: { invite: CreatedInvite; onDone: () => void }) {
  const { t, i18n } = useTranslation(['members', 'common']);
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  // The new link is what the owner came for: focus it (selected, ready for Ctrl+C), and a screen reader reads it.
  useEffect(() => {
    if (invite.id) input.current?.focus();
  }, [invite.id]);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const role = t(`common:role.${invite.role}`);
  const expires =
    invite.expiresAt === null
      ? t('invite.neverExpires')
      : t('invite.expires', { date: when.format(invite.expiresAt) });
  const uses =
    invite.maxUses === null ? t('invite.anyNumberOfUses') : t('invite.maxUses', { max: invite.maxUses });

  return (
    <div className="invite-link" data-invite={invite.id}>
      <h3>{t('invite.createdHeading', { role })}</h3>
      <p className="muted">
        {expires} · {uses}
      </p>
      <div className="invite-link-row">
        <label htmlFor={`invite-${invite.id}`} className="visually-hidden">
          {t('invite.link')}
        </label>
        <input
          ref={input}
          id={`invite-${invite.id}`}
          type="text"
          readOnly
          dir="ltr"
          value={invite.link}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="primary"
          onClick={async () => setCopy((await copyText(invite.link, input.current)) ? 'copied' : 'failed')}
        >
          {t('invite.copy')}
        </button>
      </div>
      <p className={copy === 'failed' ? 'form-error' : 'saved'} role="status">
        {copy === 'copied' ? t('invite.copied') : copy === 'failed' ? t('invite.copyFailed') : ''}
      </p>
      <QrCode text={invite.link} label={t('invite.qrLabel', { role })} />
      <p className="muted">{t('invite.qrHint')}</p>
      <div className="actions">
        <button type="button" onClick={onDone}>
          {t('invite.done')}
        </button>
      </div>
    </div>
  );
}
