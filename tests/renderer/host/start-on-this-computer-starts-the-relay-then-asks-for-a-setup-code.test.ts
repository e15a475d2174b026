import { describe, expect, it } from 'vitest';
import { hostProblem } from '../../../renderer/host/model/hostProblem';
import {
  prepareLocalSpace,
  START_HERE_IDLE,
  type StartHereState,
  startHere,
} from '../../../renderer/host/model/startHere';
import { fakeHost } from './fake-host';

describe('start on this computer', () => {
  it('starts the relay on this computer only, then gets a setup code from it for the space form', async () => {
    const host = fakeHost();
    await expect(prepareLocalSpace(host)).resolves.toEqual({
      type: 'ready',
      serverUrl: 'http://127.0.0.1:4455',
      setupCode: 'code-1',
    });
    expect(host.calls).toEqual(['status', 'start this-computer', 'setupCode']);
  });

  it('keeps a relay that already runs, even shared, instead of restarting it', async () => {
    const host = fakeHost();
    await host.start('local-network');
    host.calls.length = 0;
    await expect(prepareLocalSpace(host)).resolves.toMatchObject({ type: 'ready', setupCode: 'code-1' });
    expect(host.calls).toEqual(['status', 'setupCode']);
  });

  it('explains a taken port, and a relay that stopped before the code was made', async () => {
    const taken = fakeHost();
    taken.failNext(
      'start',
      'ports-taken: port 4455–4459 is already in use by another program on this computer',
    );
    await expect(prepareLocalSpace(taken)).resolves.toEqual({ type: 'failed', problem: 'ports-taken' });

    const stopped = fakeHost();
    stopped.failNext('setupCode', 'not-running: start hosting before asking for a setup code');
    await expect(prepareLocalSpace(stopped)).resolves.toEqual({ type: 'failed', problem: 'not-running' });

    const broken = fakeHost();
    broken.failNext('status', 'EACCES');
    await expect(prepareLocalSpace(broken)).resolves.toEqual({ type: 'failed', problem: 'failed' });
  });
});

describe('the start-here steps', () => {
  const ready = { type: 'ready', serverUrl: 'http://127.0.0.1:4455', setupCode: 'c' } as const;

  it('go idle → starting → the space form', () => {
    const starting = startHere(START_HERE_IDLE, { type: 'start' });
    expect(starting).toEqual({ step: 'starting' });
    expect(startHere(starting, ready)).toEqual({
      step: 'create-space',
      serverUrl: 'http://127.0.0.1:4455',
      setupCode: 'c',
    });
  });

  it('ignore a second click while starting or once the form shows', () => {
    const starting: StartHereState = { step: 'starting' };
    expect(startHere(starting, { type: 'start' })).toBe(starting);
    const form = startHere(starting, ready);
    expect(startHere(form, { type: 'start' })).toBe(form);
  });

  it('ignore a late answer after the person went back, and can start again after a failure', () => {
    expect(startHere(START_HERE_IDLE, ready)).toBe(START_HERE_IDLE);
    const failed = startHere({ step: 'starting' }, { type: 'failed', problem: 'ports-taken' });
    expect(failed).toEqual({ step: 'failed', problem: 'ports-taken' });
    expect(startHere(failed, { type: 'start' })).toEqual({ step: 'starting' });
    expect(startHere({ step: 'create-space', serverUrl: 'x', setupCode: 'c' }, { type: 'cancel' })).toBe(
      START_HERE_IDLE,
    );
  });

  it('read only the leading code of main’s error, whatever Electron wraps around it', () => {
    expect(hostProblem(new Error("Error invoking remote method 'host:start': Error: ports-taken: …"))).toBe(
      'ports-taken',
    );
    expect(hostProblem(new Error('something else mentioning ports-taken without the colon'))).toBe('failed');
    expect(hostProblem('not an error')).toBe('failed');
    expect(hostProblem(undefined)).toBe('failed');
  });
});
