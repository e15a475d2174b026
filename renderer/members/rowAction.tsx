// An owner's action on one row of a members page table (change a role, remove someone, revoke an invite): one
// row is busy at a time, what was done is announced, a refusal is kept to explain, and either way the page then
// shows what the relay now holds.
import { useState } from 'react';
import { failureOf, type RelayFailure } from '../spaces/relayApi';

export interface RowAction<Problem> {
  /** Announced when the action went through. */
  done: string;
  /** Kept to explain a refusal. */
  problem: (reason: RelayFailure) => Problem;
  /** Runs once the action is over, either way, before the reload. */
  settled?: () => void;
}

export function useRowAction<Problem>(onChanged: () => Promise<void>) {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState('');

  /** Runs `action` for the row `id`. */
  async function run(id: string, action: () => Promise<void>, outcome: RowAction<Problem>): Promise<void> {
    setBusy(id);
    setProblem(null);
    setDone('');
    try {
      await action();
      setDone(outcome.done);
    } catch (error) {
      setProblem(outcome.problem(failureOf(error)));
    } finally {
      setBusy(null);
      outcome.settled?.();
      // Show what the relay now holds, whether the change went through or not.
      await onChanged().catch(() => {});
    }
  }

  return { busy, problem, done, run };
}

/** Why the last action was refused (when it was), and the live status line that announces what was done. */
export function RowActionNotices({ problem, done }: { problem: string | null; done: string }) {
  return (
    <>
      {problem !== null && (
        <div className="notice notice-error">
          <p role="alert">{problem}</p>
        </div>
      )}
      <p className="saved" role="status">
        {done}
      </p>
    </>
  );
}
