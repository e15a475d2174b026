// What the Members page shows, loaded from the relay: the space and your role in it (the relay's word, not
// the one saved on this device), its members, and for owners the open invites. Reloads after each change.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { useSpaces } from '../app/SpacesProvider';
import { failureOf, type RelayFailure } from '../spaces/relayApi';
import {
  getSpace,
  listInvites,
  listMembers,
  type Member,
  type OpenInvite,
  type SpaceDetails,
} from './membersApi';

export interface MembersData {
  space: SpaceDetails;
  /** Active members, owners first, then by name. */
  members: Member[];
  /** Open invites; null for anyone but an owner, who may not list them. */
  invites: OpenInvite[] | null;
}

export type MembersState =
  | { status: 'loading' }
  | { status: 'ready'; data: MembersData }
  | { status: 'failed'; reason: RelayFailure };

const REFRESH_MS = 20_000;

const ROLE_ORDER = ['owner', 'editor', 'commenter', 'viewer'];

function byRoleThenName(language: string) {
  const collator = new Intl.Collator(language);
  return (a: Member, b: Member) =>
    ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || collator.compare(a.name, b.name);
}

async function load(membership: SpaceMembership, language: string): Promise<MembersData> {
  const [space, members] = await Promise.all([getSpace(membership), listMembers(membership)]);
  const invites = space.you.role === 'owner' ? await listInvites(membership) : null;
  const active = members.filter((member) => member.revokedAt === null).sort(byRoleThenName(language));
  return { space, members: active, invites };
}

export function useMembersPage(membership: SpaceMembership | null, language: string) {
  const { setRole } = useSpaces();
  const [state, setState] = useState<MembersState>({ status: 'loading' });
  // Read through refs so that saving a role the relay reports does not count as another space to load.
  const latest = useRef({ membership, setRole, language });
  latest.current = { membership, setRole, language };
  const key = membership ? `${membership.serverUrl} ${membership.space} ${membership.token}` : null;
  // Only the latest of overlapping loads (a change, a refresh, a switch of space) may show its answer.
  const latestLoad = useRef(0);

  const reload = useCallback(async () => {
    const { membership: current, setRole: saveRole, language: lang } = latest.current;
    if (!current || key === null) return;
    const thisLoad = ++latestLoad.current;
    try {
      const data = await load(current, lang);
      if (thisLoad !== latestLoad.current) return;
      setState({ status: 'ready', data });
      // An owner may have changed our role since it was saved here; the relay's answer wins.
      if (data.space.you.role !== current.role) void saveRole(current, data.space.you.role);
    } catch (error) {
      if (thisLoad !== latestLoad.current) return;
      // Keep showing what was loaded before: a failed refresh must not blank the page.
      setState((previous) =>
        previous.status === 'ready' ? previous : { status: 'failed', reason: failureOf(error) },
      );
      throw error;
    }
  }, [key]);

  useEffect(() => {
    setState({ status: 'loading' });
    reload().catch(() => {});
  }, [reload]);

  // Someone may join with an invite while the owner waits on this page: refresh when the page comes back
  // into view, and now and then while it is shown.
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') reload().catch(() => {});
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
      clearInterval(timer);
    };
  }, [reload]);

  return { state, reload };
}
