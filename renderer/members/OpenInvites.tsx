// The space's open invites (not revoked, expired or used up), for owners: the role each gives, when it was
// made and expires, how many times it was used, and a way to revoke it so the link stops working.
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { RelayFailure } from '../spaces/relayApi';
import { type OpenInvite, revokeInvite } from './membersApi';
import { RowActionNotices, useRowAction } from './rowAction';

export interface OpenInvitesProps {
  membership: SpaceMembership;
  invites: OpenInvite[];
  onChanged: () => Promise<void>;
}

export function OpenInvites({ membership, invites, onChanged }: OpenInvitesProps) {
  const { t, i18n } = useTranslation(['members', 'common']);
  const { busy, problem, done, run } = useRowAction<RelayFailure>(onChanged);
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const revoke = (invite: OpenInvite) =>
    run(invite.id, () => revokeInvite(membership, invite.id), {
      done: t('invites.revoked'),
      problem: (reason) => reason,
    });

  return (
    <section className="members-section" aria-labelledby="open-invites-heading">
      <h2 id="open-invites-heading">{t('invites.heading', { total: invites.length })}</h2>
      <RowActionNotices
        problem={problem && `${t('errors.revoke')} ${t(`errors.reason.${problem}`)}`}
        done={done}
      />
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
