// Owners make an invite link here: which role it gives, how long it lasts and how many people may use it.
// The new link is shown to copy and as a QR code; the choices stay as they were if the relay refuses.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { Role } from '../../shared/roles';
import { failureOf, type RelayFailure } from '../spaces/relayApi';
import { InviteLink } from './InviteLink';
import { type CreatedInvite, createInvite } from './membersApi';
import { RoleSelect } from './RoleSelect';

const DAY = 24 * 3600;

/** Expiry choices, in seconds; 'never' asks for an invite that does not expire. */
export const EXPIRY_CHOICES = { day: DAY, week: 7 * DAY, month: 30 * DAY, never: null } as const;
type Expiry = keyof typeof EXPIRY_CHOICES;

/** How many people may join with one link; 'unlimited' sets no limit. */
export const USES_CHOICES = { one: 1, ten: 10, fifty: 50, unlimited: null } as const;
type Uses = keyof typeof USES_CHOICES;

export interface InvitePanelProps {
  membership: SpaceMembership;
  onCreated: () => Promise<void>;
}

export function InvitePanel({ membership, onCreated }: InvitePanelProps) {
  const { t } = useTranslation('members');
  const id = useId();
  const [role, setRole] = useState<Role>('editor');
  const [expiry, setExpiry] = useState<Expiry>('week');
  const [uses, setUses] = useState<Uses>('one');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<RelayFailure | null>(null);
  const [created, setCreated] = useState<CreatedInvite | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const invite = await createInvite(membership, {
        role,
        expiresInSeconds: EXPIRY_CHOICES[expiry],
        maxUses: USES_CHOICES[uses],
      });
      setCreated(invite);
      await onCreated().catch(() => {});
    } catch (error) {
      setProblem(failureOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="members-section invite-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('invite.heading')}</h2>
      <p className="muted">{t('invite.intro')}</p>
      <form className="invite-form" onSubmit={submit} aria-busy={busy}>
        <div className="field">
          <RoleSelect label={t('invite.role')} hideLabel={false} value={role} onChange={setRole} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-expiry`}>{t('invite.expiry')}</label>
          <select
            id={`${id}-expiry`}
            value={expiry}
            onChange={(event) => setExpiry(event.target.value as Expiry)}
          >
            {Object.keys(EXPIRY_CHOICES).map((choice) => (
              <option key={choice} value={choice}>
                {t(`invite.expiryChoice.${choice}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-uses`}>{t('invite.uses')}</label>
          <select id={`${id}-uses`} value={uses} onChange={(event) => setUses(event.target.value as Uses)}>
            {Object.keys(USES_CHOICES).map((choice) => (
              <option key={choice} value={choice}>
                {t(`invite.usesChoice.${choice}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions invite-submit">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('invite.creating') : t('invite.create')}
          </button>
        </div>
      </form>
      {problem && (
        <div className="notice notice-error">
          <p role="alert">
            {t('errors.invite')} {t(`errors.reason.${problem}`)}
          </p>
        </div>
      )}
      {created && <InviteLink invite={created} onDone={() => setCreated(null)} />}
    </section>
  );
}
