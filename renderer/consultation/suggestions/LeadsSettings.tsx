// For owners: whether everyone but the chosen leads suggests, and who the leads are (editors and owners of the
// space). The relay keeps the choice and enforces it; this only asks.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { canWrite } from '../../../shared/roles';
import type { SuggestionSettings } from '../../../shared/suggestions';
import { listMembers, type Member } from '../../members/membersApi';
import type { RelayChannel } from '../../rooms/relayChannel';

export interface LeadsSettingsProps {
  membership: SpaceMembership;
  settings: SuggestionSettings;
  channel: RelayChannel | null;
}

export function LeadsSettings({ membership, settings, channel }: LeadsSettingsProps) {
  const { t } = useTranslation('consultation');
  const titleId = useId();
  const [members, setMembers] = useState<Member[]>([]);
  const [draft, setDraft] = useState<SuggestionSettings>(settings);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const { serverUrl, token } = membership;

  useEffect(() => setDraft(settings), [settings]);
  useEffect(() => {
    let current = true;
    listMembers({ serverUrl, token })
      .then((list) => {
        if (current) setMembers(list.filter((m) => m.revokedAt === null && canWrite(m.role, 'doc')));
      })
      .catch(() => {
        // Offline: the current leads stay as they are; the list fills when the server answers.
      });
    return () => {
      current = false;
    };
  }, [serverUrl, token]);

  const toggleLead = (id: string, chosen: boolean) =>
    setDraft((current) => ({
      ...current,
      leads: chosen ? [...current.leads, id] : current.leads.filter((lead) => lead !== id),
    }));

  const save = () => {
    setStatus('idle');
    channel
      ?.request('suggestion:settings', draft)
      .then(() => setStatus('saved'))
      .catch(() => setStatus('failed'));
  };

  return (
    <section className="suggestions-leads" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('suggestions.leads.title')}</h4>
      <label className="suggestions-leads-only">
        <input
          type="checkbox"
          checked={draft.leadsOnly}
          onChange={(event) => setDraft({ ...draft, leadsOnly: event.target.checked })}
        />
        {t('suggestions.leads.only')}
      </label>
      {draft.leadsOnly && (
        <fieldset>
          <legend>{t('suggestions.leads.choose')}</legend>
          {members.map((member) => (
            <label key={member.id}>
              <input
                type="checkbox"
                checked={member.role === 'owner' || draft.leads.includes(member.id)}
                disabled={member.role === 'owner'}
                onChange={(event) => toggleLead(member.id, event.target.checked)}
              />
              {member.name}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" onClick={save} disabled={!channel}>
        {t('suggestions.leads.save')}
      </button>
      {status !== 'idle' && (
        <p role="status">{t(status === 'saved' ? 'suggestions.leads.saved' : 'suggestions.leads.failed')}</p>
      )}
    </section>
  );
}
