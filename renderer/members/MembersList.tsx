// The people in a space: name, role and when they joined. Owners can change a role (it takes effect on that
// person's open documents at once) and remove someone after a confirmation; a refusal is explained in place.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { Role } from '../../shared/roles';
import type { RelayFailure } from '../spaces/relayApi';
import { changeRole, type Member, removeMember } from './membersApi';
import { RoleSelect } from './RoleSelect';
import { RowActionNotices, useRowAction } from './rowAction';

export interface MembersListProps {
  membership: SpaceMembership;
  members: Member[];
  /** Your own member id, marked in the list and never offered for removal (Settings has "Leave"). */
  you: string;
  canManage: boolean;
  onChanged: () => Promise<void>;
}

type Problem = { action: 'role' | 'remove'; name: string; reason: RelayFailure };

export function MembersList({ membership, members, you, canManage, onChanged }: MembersListProps) {
  const { t, i18n } = useTranslation(['members', 'common']);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { busy, problem, done, run } = useRowAction<Problem>(onChanged);
  const heading = useRef<HTMLHeadingElement>(null);
  const joined = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  const outcome = (member: Member, action: Problem['action'], doneKey: string) => ({
    done: t(doneKey, { name: member.name }),
    problem: (reason: RelayFailure): Problem => ({ action, name: member.name, reason }),
    settled: () => setConfirming(null),
  });
  const setRole = (member: Member, role: Role) =>
    run(member.id, () => changeRole(membership, member.id, role), outcome(member, 'role', 'roleChanged'));
  const remove = (member: Member) =>
    run(
      member.id,
      async () => {
        await removeMember(membership, member.id);
        // A removed member's row, and the button that had focus, are gone: keep keyboard users in the list.
        heading.current?.focus();
      },
      outcome(member, 'remove', 'removed'),
    );

  return (
    <section className="members-section" aria-labelledby="members-heading">
      <h2 id="members-heading" ref={heading} tabIndex={-1}>
        {t('membersHeading', { total: members.length })}
      </h2>
      <RowActionNotices
        problem={
          problem &&
          `${t(`errors.${problem.action}`, { name: problem.name })} ${t(`errors.reason.${problem.reason}`)}`
        }
        done={done}
      />
      <table className="members-table">
        <thead>
          <tr>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.role')}</th>
            <th scope="col">{t('columns.joined')}</th>
            {canManage && (
              <th scope="col">
                <span className="visually-hidden">{t('columns.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} data-member={member.id}>
              <th scope="row">
                {member.name}
                {member.id === you && <span className="you-tag">{t('you')}</span>}
              </th>
              <td>
                {canManage ? (
                  <RoleSelect
                    label={t('roleOf', { name: member.name })}
                    value={member.role}
                    disabled={busy === member.id}
                    onChange={(role) => void setRole(member, role)}
                  />
                ) : (
                  t(`common:role.${member.role}`)
                )}
              </td>
              <td>
                <time dateTime={new Date(member.joinedAt).toISOString()}>
                  {joined.format(member.joinedAt)}
                </time>
              </td>
              {canManage && (
                <td className="member-actions">
                  {member.id === you ? null : confirming === member.id ? (
                    <div className="actions">
                      <span>{t('confirmRemove', { name: member.name })}</span>
                      <button
                        type="button"
                        className="danger"
                        // The Remove button this replaces had focus; keep keyboard users where they were.
                        ref={(button) => button?.focus()}
                        disabled={busy === member.id}
                        onClick={() => void remove(member)}
                      >
                        {t('removeConfirmed')}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('cancel')}
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('removeLabel', { name: member.name })}
                      onClick={() => setConfirming(member.id)}
                    >
                      {t('remove')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
