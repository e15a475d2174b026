// Runs a join request once the person has a profile (the relay records their display name), saves the
// membership (it becomes the current space), and reports failures so the shell can explain them and offer a retry.
import { useEffect, useRef, useState } from 'react';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { useSpaces } from '../app/SpacesProvider';
import type { JoinRequest, MalformedJoinLink } from './joinLink';
import { JoinError, type JoinFailure, redeemJoinRequest } from './redeemInvite';

export type JoinProblem = JoinFailure | 'malformed' | 'not-saved';

export type JoinState =
  | { status: 'idle' }
  | { status: 'joining'; space: string }
  | { status: 'failed'; problem: JoinProblem; space?: string };

export function useJoin(
  request: JoinRequest | MalformedJoinLink | null,
  displayName: string | null,
  onJoined: (membership: SpaceMembership) => void,
): { state: JoinState; retry: () => void } {
  const { save } = useSpaces();
  const [state, setState] = useState<JoinState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
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
  }, [request, displayName, save, attempt]);

  return { state, retry: () => setAttempt((n) => n + 1) };
}
