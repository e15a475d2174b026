// Joining and setup take a secret code, so attempts at them are limited per address: a burst passes, then the
// relay answers 429 with a sentence, while endpoints that need a member token are not slowed down.
import { expect, test } from 'vitest';
import { callApi, setUpSpace } from './support/api';
import { relayPerTest } from './support/relay-per-test';

const setup = relayPerTest({ apiRateLimit: { burst: 4, perSecond: 0.01 } });

test('after a burst of guesses at join and setup codes, further attempts get 429', async () => {
  const { url } = setup.relay;
  const guesses = [
    callApi(url, 'POST', '/api/setup/check', { body: { code: 'guess-1' } }),
    callApi(url, 'POST', '/api/setup', { body: { code: 'guess-2', displayName: 'X', space: { name: 'X' } } }),
    callApi(url, 'POST', '/api/join', { body: { space: 'pacific', invite: 'guess-3', displayName: 'X' } }),
    callApi(url, 'POST', '/api/setup/check', { body: { code: 'guess-4' } }),
  ];
  expect((await Promise.all(guesses)).map((answer) => answer.status)).toEqual([404, 404, 404, 404]);

  const limited = await Promise.all([
    callApi(url, 'POST', '/api/setup/check', { body: { code: 'guess-5' } }),
    callApi(url, 'POST', '/api/join', { body: { space: 'pacific', invite: 'guess-6', displayName: 'X' } }),
  ]);
  for (const answer of limited) {
    expect(answer).toEqual({
      status: 429,
      body: { error: 'Too many attempts from this address. Wait a little and try again.' },
    });
  }
});

test('member endpoints are not counted against the limit', async () => {
  const owner = await setUpSpace(setup.relay.url, await setup.relay.relay.createSetupCode());
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const answer = await callApi(setup.relay.url, 'GET', '/api/members', { token: owner.token });
    expect(answer.status).toBe(200);
  }
});
