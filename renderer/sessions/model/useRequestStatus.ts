// Runs a session request from a button and remembers whether it failed, so the screen can say so (the relay
// refuses, for example, a note on a locked board or a second poll answer); a new request clears the message.
import { useCallback, useState } from 'react';
import { RelayRequestError } from '../../rooms/relayChannel';

export type RequestProblem = 'forbidden' | 'offline' | 'failed';

export function problemOf(error: unknown): RequestProblem {
  if (error instanceof RelayRequestError) {
    if (error.code === 'forbidden') return 'forbidden';
    if (error.code === 'timeout' || error.code === 'closed') return 'offline';
  }
  return 'failed';
}

export function useRequestStatus(): {
  problem: RequestProblem | null;
  busy: boolean;
  run: (task: () => Promise<unknown>) => Promise<boolean>;
} {
  const [problem, setProblem] = useState<RequestProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (task: () => Promise<unknown>) => {
    setProblem(null);
    setBusy(true);
    try {
      await task();
      return true;
    } catch (error) {
      setProblem(problemOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { problem, busy, run };
}
