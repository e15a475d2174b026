// The space's open invites (not revoked, expired or used up), for owners: the role each gives, when it was
// made and expires, how many times it was used, and a way to revoke it so the link stops working.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { failureOf, type RelayFailure } from '../spaces/relayApi';
import { type OpenInvite, revokeInvite } from './membersApi';

export interface OpenInvitesProps {
  membership: SpaceMembership;
  invites: OpenInvite[];
  onChanged: () => Promise<void>;
}

export function OpenInvites({ membership, invites, onChanged }: OpenInvitesProps) {
  const { t, i18n } = useTranslation(['members', 'common']);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<RelayFailure | null>(null);
  const [done, setDone] = useState('');
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function revoke(invite: OpenInvite) {
    setBusy(invite.id);
    setProblem(null);
    setDone('');
    try {
      await revokeInvite(membership, invite.id);
      setDone(t('invites.revoked'));
    } catch (error) {
      setProblem(failureOf(error));
    } finally {
      setBusy(null);
      await onChanged().catch(() => {});
    }
  }

  return (
    <section className="members-section" aria-labelledby="open-invites-heading">
      <h2 id="open-invites-heading">{t('invites.heading', { total: invites.length })}</h2>
      {problem && (
        <div className="notice notice-error">
          <p role="alert">
            {t('errors.revoke')} {t(`errors.reason.${problem}`)}
          </p>
        </div>
      )}
      <p className="saved" role="status">
        {done}
      </p>
      {invites.length === 0 ? (
        <p className="muted">{t('invites.none')}</p>
      ) : (
        <table className="members-table invites-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.role')}</th>
              <th scope="col">{t('columns.created')}</th>
              <th scope="col">{t('columns.expires')}</th>
              <th scope="col">{t('columns.uses')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invites.map((invite) => {
              const role = t(`common:role.${invite.role}`);
              const created = day.format(invite.createdAt);
              return (
                <tr key={invite.id} data-invite={invite.id}>
                  <th scope="row">{role}</th>
                  <td>{created}</td>
                  <td>{invite.expiresAt === null ? t('invites.never') : when.format(invite.expiresAt)}</td>
                  <td>
                    {invite.maxUses === null
                      ? t('invites.usesUnlimited', { used: invite.uses })
                      : t('invites.usesOf', { used: invite.uses, max: invite.maxUses })}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="danger"
                      disabled={busy === invite.id}
                      aria-label={t('invites.revokeLabel', { role, date: created })}
                      onClick={() => void revoke(invite)}
                    >
                      {t('invites.revoke')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
