// A fresh relay offers a one-time setup link: it creates one space and makes its user the owner, once. A second
// use, a forged code and an expired one are refused with a sentence saying which, and a form mistake does not
// use the code up. Both data-folder backends are tried: the desktop app's embedded relay uses plain files.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { indexRoom } from '../../shared/rooms';
import { callApi, setUpSpace, setupCodeOf } from './support/api';
import { startRelay, type TestRelay, upgradeStatus } from './support/relay';

describe.each(['sqlite', 'files'] as const)('with %s storage', (engine) => {
  let relay: TestRelay;

  beforeEach(async () => {
    relay = await startRelay({ storageEngine: engine });
  });

  afterEach(async () => {
    vi.useRealTimers();
    await relay.close();
  });

  const check = (code: string) => callApi(relay.url, 'POST', '/api/setup/check', { body: { code } });

  test('a relay with no space offers a setup link that makes its user the owner of a new space', async () => {
    const link = relay.relay.setupLink ?? '';
    expect(link).toMatch(new RegExp(`^${relay.url}/#/setup\\?code=[\\w-]{24,}$`));
    const code = setupCodeOf(link);
    expect(await check(code)).toEqual({ status: 200, body: { ok: true } });

    const founded = await setUpSpace(relay.url, code, 'Pacific Network', 'Ana');
    expect(founded).toMatchObject({ role: 'owner', space: 'pacific-network', spaceName: 'Pacific Network' });
    expect(await upgradeStatus(`${relay.wsUrl}/${indexRoom(founded.space)}?token=${founded.token}`)).toBe(
      101,
    );

    const space = await callApi(relay.url, 'GET', '/api/space', { token: founded.token });
    expect(space.status).toBe(200);
    expect(space.body).toMatchObject({
      id: 'pacific-network',
      name: 'Pacific Network',
      description: 'Migration practice',
      languages: ['en', 'fr'],
      you: { memberId: founded.memberId, name: 'Ana', role: 'owner' },
    });
  });

  test('a used setup code is refused, by the check and by setup, with a sentence saying it was used', async () => {
    const code = setupCodeOf(relay.relay.setupLink ?? '');
    await setUpSpace(relay.url, code);
    const again = await callApi(relay.url, 'POST', '/api/setup', {
      body: { code, displayName: 'Mallory', space: { name: 'Takeover', description: '', languages: [] } },
    });
    expect(again.status).toBe(410);
    expect(again.body.error).toBe(
      'This setup link has already been used. Ask whoever runs the relay for a new one.',
    );
    expect((await check(code)).status).toBe(410);
  });

  test('two people racing with one setup link: exactly one space is created', async () => {
    const code = setupCodeOf(relay.relay.setupLink ?? '');
    const attempts = await Promise.all(
      ['One', 'Two', 'Three'].map((name) =>
        callApi(relay.url, 'POST', '/api/setup', {
          body: { code, displayName: name, space: { name, description: '', languages: [] } },
        }),
      ),
    );
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([200, 410, 410]);
  });

  test('a forged setup code is refused as not valid', async () => {
    const forged = 'A'.repeat(24);
    expect(await check(forged)).toEqual({ status: 404, body: { error: 'This setup link is not valid.' } });
    const setup = await callApi(relay.url, 'POST', '/api/setup', {
      body: {
        code: forged,
        displayName: 'Mallory',
        space: { name: 'Takeover', description: '', languages: [] },
      },
    });
    expect(setup).toEqual({ status: 404, body: { error: 'This setup link is not valid.' } });
  });

  test('a setup code stops working after seven days, and says it has expired', async () => {
    const code = await relay.relay.createSetupCode();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 6 * 24 * 3600 * 1000);
    expect((await check(code)).status).toBe(200);
    vi.setSystemTime(Date.now() + 2 * 24 * 3600 * 1000);
    const late = await check(code);
    expect(late.status).toBe(410);
    expect(late.body.error).toBe('This setup link has expired. Ask whoever runs the relay for a new one.');
    const setup = await callApi(relay.url, 'POST', '/api/setup', {
      body: { code, displayName: 'Late', space: { name: 'Late', description: '', languages: [] } },
    });
    expect(setup.status).toBe(410);
  });

  test('a mistake in the setup form is refused without using the code up', async () => {
    const code = setupCodeOf(relay.relay.setupLink ?? '');
    const noName = await callApi(relay.url, 'POST', '/api/setup', {
      body: { code, displayName: 'Ana', space: { name: '   ', description: '', languages: [] } },
    });
    expect(noName.status).toBe(400);
    expect(noName.body.error).toMatch(/space\.name/);
    const badLanguage = await callApi(relay.url, 'POST', '/api/setup', {
      body: {
        code,
        displayName: 'Ana',
        space: { name: 'Pacific', description: '', languages: ['<script>'] },
      },
    });
    expect(badLanguage.status).toBe(400);
    expect((await check(code)).status).toBe(200);
    await setUpSpace(relay.url, code);
  });

  test('once a space exists the relay offers no setup link on its next start, and new codes still work', async () => {
    await setUpSpace(relay.url, setupCodeOf(relay.relay.setupLink ?? ''));
    const { dataDir } = relay;
    await relay.relay.close();
    const restarted = await startRelay({ dataDir, storageEngine: engine });
    try {
      expect(restarted.relay.setupLink).toBeNull();
      const code = await restarted.relay.createSetupCode();
      const second = await setUpSpace(restarted.url, code, 'Pacific Network', 'Ana');
      // The id is the slug of the name, made unique: the first space already holds pacific-network.
      expect(second.space).toBe('pacific-network-2');
    } finally {
      await restarted.close();
    }
  });
});
