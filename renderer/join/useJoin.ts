// Runs a join request once the person has a profile (the relay records their display name) and has said yes
// to it: a link first shows who it would connect to (confirming), and nothing, the profile included, goes to
// that server before Join. Saves the membership (it becomes the current space), and reports failures so the
// shell can explain them and offer a retry.
import { useEffect, useRef, useState } from 'react';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { JoinLink } from '../../shared/ipc/join-link';
import { useSpaces } from '../app/SpacesProvider';
import { JoinError, type JoinFailure, redeemJoinRequest } from './redeemInvite';

/** A parsed join link, or one that could not be read (the person is told it is damaged). */
export type JoinAttempt = JoinLink | { kind: 'malformed' };

export type JoinProblem = JoinFailure | 'malformed' | 'not-saved';

export type JoinState =
  | { status: 'idle' }
  | { status: 'confirming'; link: JoinLink }
  | { status: 'joining'; space: string }
  | { status: 'failed'; problem: JoinProblem; space?: string };

export function useJoin(
  request: JoinAttempt | null,
  displayName: string | null,
  onJoined: (membership: SpaceMembership) => void,
): { state: JoinState; confirm: () => void; retry: () => void } {
  const { save } = useSpaces();
  const [state, setState] = useState<JoinState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  // The request the person said Join to; a new link asks again.
  const [confirmed, setConfirmed] = useState<JoinAttempt | null>(null);
  const joined = useRef(onJoined);
  joined.current = onJoined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    if (!request || displayName === null) {
      setState({ status: 'idle' });
      return;
    }
    if (request.kind === 'malformed') {
      setState({ status: 'failed', problem: 'malformed' });
      return;
    }
    if (confirmed !== request) {
      setState({ status: 'confirming', link: request });
      return;
    }
    let cancelled = false;
    const { space } = request;
    setState({ status: 'joining', space });
    (async () => {
      let membership: SpaceMembership;
      try {
        membership = await redeemJoinRequest(request, displayName);
      } catch (error) {
        if (!cancelled)
          setState({
            status: 'failed',
            problem: error instanceof JoinError ? error.reason : 'server',
            space,
          });
        return;
      }
      try {
        await save(membership);
        if (cancelled) return;
        setState({ status: 'idle' });
        joined.current(membership);
      } catch {
        if (!cancelled) setState({ status: 'failed', problem: 'not-saved', space });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [request, confirmed, displayName, save, attempt]);

  return {
    state,
    confirm: () => setConfirmed(request),
    retry: () => setAttempt((n) => n + 1),
  };
}
