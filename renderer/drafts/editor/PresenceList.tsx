// Who is in this document right now: everyone's name and colour from their profile, via Yjs awareness, with
// clashing colours told apart the same way on every screen (presenceColours.ts).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftConnection } from './draftConnection';
import { distinctColours } from './presenceColours';

interface Participant {
  clientId: number;
  name: string;
  colour: string;
  isMe: boolean;
}

function participants(connection: DraftConnection): Participant[] {
  const me = connection.awareness.clientID;
  const list: Participant[] = [];
  for (const [clientId, state] of connection.awareness.getStates()) {
    const name = typeof state.name === 'string' ? state.name : '';
    const colour =
      typeof state.color === 'string' && /^#[0-9a-f]{6}$/i.test(state.color) ? state.color : '#888888';
    if (name) list.push({ clientId, name, colour, isMe: clientId === me });
  }
  const shown = distinctColours(list);
  for (const person of list) person.colour = shown.get(person.clientId) ?? person.colour;
  return list.sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name));
}

export function PresenceList({ connection }: { connection: DraftConnection | null }) {
  const { t } = useTranslation('drafts');
  const [people, setPeople] = useState<Participant[]>([]);

  useEffect(() => {
    if (!connection) return;
    const refresh = () => setPeople(participants(connection));
    refresh();
    connection.awareness.on('change', refresh);
    return () => connection.awareness.off('change', refresh);
  }, [connection]);

  return (
    <ul className="draft-presence" aria-label={t('presence.label')}>
      {people.map((person) => (
        <li key={person.clientId} className="draft-avatar" title={person.name} data-colour={person.colour}>
          <span className="draft-avatar-dot" style={{ backgroundColor: person.colour }} aria-hidden="true">
            {person.name.slice(0, 1).toUpperCase()}
          </span>
          <span className="draft-avatar-name">
            {person.isMe ? t('presence.me', { name: person.name }) : person.name}
          </span>
        </li>
      ))}
    </ul>
  );
}
