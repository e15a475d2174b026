// "Start on this computer", as a state machine apart from React: start the relay on loopback, ask it for a
// one-time setup code, then the space form creates the space against the local address.
import type { HostControl } from '../../platform/Platform';
import { type HostProblem, hostProblem } from './hostProblem';

export type StartHereState =
  | { step: 'idle' }
  | { step: 'starting' }
  | { step: 'create-space'; serverUrl: string; setupCode: string }
  | { step: 'failed'; problem: HostProblem };

export type StartHereEvent =
  | { type: 'start' }
  | { type: 'ready'; serverUrl: string; setupCode: string }
  | { type: 'failed'; problem: HostProblem }
  | { type: 'cancel' };

export const START_HERE_IDLE: StartHereState = { step: 'idle' };

export function startHere(state: StartHereState, event: StartHereEvent): StartHereState {
  switch (event.type) {
    case 'start':
      // A second click while starting, or once the form is up, changes nothing.
      return state.step === 'idle' || state.step === 'failed' ? { step: 'starting' } : state;
    case 'ready':
      return state.step === 'starting'
        ? { step: 'create-space', serverUrl: event.serverUrl, setupCode: event.setupCode }
        : state;
    case 'failed':
      return state.step === 'starting' ? { step: 'failed', problem: event.problem } : state;
    case 'cancel':
      return START_HERE_IDLE;
  }
}

/**
 * Starts the relay on this computer (or keeps the one running, shared or not) and mints a setup code on it.
 * Resolves to the event the machine takes next, never rejects.
 */
export async function prepareLocalSpace(host: HostControl): Promise<StartHereEvent> {
  try {
    const status = await host.status();
    const serverUrl = status.running ? status.url : (await host.start('this-computer')).url;
    return { type: 'ready', serverUrl, setupCode: await host.setupCode() };
  } catch (error) {
    return { type: 'failed', problem: hostProblem(error) };
  }
}
