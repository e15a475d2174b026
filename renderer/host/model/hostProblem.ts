// Turns a failed host:* call into a reason the welcome and sharing screens can explain in the person's
// language. Main's message is English and wrapped by Electron ("Error invoking remote method ..."), so only
// its leading code is read.
import { HOST_FAILURES } from '../../../shared/ipc/contract';

export type HostProblem = 'ports-taken' | 'not-running' | 'failed';

export function hostProblem(error: unknown): HostProblem {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (message.includes(`${HOST_FAILURES.portsTaken}:`)) return 'ports-taken';
  if (message.includes(`${HOST_FAILURES.notRunning}:`)) return 'not-running';
  return 'failed';
}
