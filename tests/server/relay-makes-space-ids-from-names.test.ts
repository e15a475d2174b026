// The relay names a new space's id after its name: a Latin slug when it can, space-<random> otherwise, and never
// an id already in use (including ids that only have members, from before spaces had records).
import { expect, test } from 'vitest';
import { spaceIdCandidates } from '../../server/auth/space-ids';
import { isValidSpaceId } from '../../shared/rooms';
import { callApi, setUpSpace } from './support/api';
import { relayPerTest } from './support/relay-per-test';

const firstIds = (name: string, count: number): string[] => {
  const ids: string[] = [];
  for (const id of spaceIdCandidates(name)) {
    ids.push(id);
    if (ids.length === count) break;
  }
  return ids;
};

test('Latin names become slugs, accents dropped; names without Latin letters get space-<random>', () => {
  expect(firstIds('Pacific Network', 1)).toEqual(['pacific-network']);
  expect(firstIds('  École des Réfugiés — 2025 ', 1)).toEqual(['ecole-des-refugies-2025']);
  expect(firstIds('Pacific Network', 3)).toEqual([
    'pacific-network',
    'pacific-network-2',
    'pacific-network-3',
  ]);
  for (const name of ['Тихоокеанская сеть', 'شبكة الهجرة', '移民网络', '2025', '---']) {
    const [id] = firstIds(name, 1);
    expect(id).toMatch(/^space-[0-9a-f]{8}$/);
  }
  const long = firstIds('a'.repeat(200), 12);
  expect(long.every(isValidSpaceId)).toBe(true);
  expect(new Set(long).size).toBe(12);
});

const setup = relayPerTest();

test('spaces with the same name get distinct ids, and an id used by older members is never reused', async () => {
  // Members issued by `commons-relay token` before spaces had records: their space id is taken.
  await setup.relay.member('andes-circle', 'editor', 'Old member');
  const code = await setup.relay.relay.createSetupCode();
  const first = await setUpSpace(setup.relay.url, code, 'Andes Circle');
  expect(first.space).toBe('andes-circle-2');
  const create = (name: string) =>
    callApi(setup.relay.url, 'POST', '/api/spaces', {
      token: first.token,
      body: { displayName: 'Ana', space: { name, description: '', languages: [] } },
    });
  const again = await create('Andes Circle');
  expect(again.body.space).toBe('andes-circle-3');
  const russian = await create('Андский круг');
  expect(russian.status).toBe(200);
  expect(russian.body).toMatchObject({ spaceName: 'Андский круг', role: 'owner' });
  expect(russian.body.space).toMatch(/^space-[0-9a-f]{8}$/);
  // The older space is described from its members: id as name.
  const oldToken = await setup.relay.token('andes-circle', 'viewer', 'Reader');
  const described = await callApi(setup.relay.url, 'GET', '/api/space', { token: oldToken });
  expect(described.body).toMatchObject({
    id: 'andes-circle',
    name: 'andes-circle',
    description: '',
    languages: [],
  });
});
