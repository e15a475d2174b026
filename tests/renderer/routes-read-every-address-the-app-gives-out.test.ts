// Every address the app gives out (sections, a draft, setup and join links) reads back as the same route,
// and an address it does not know lands in the library instead of a blank screen.
import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHash, routes } from '../../renderer/app/routes';

describe('routes and their hashes', () => {
  const every: Route[] = [
    routes.library(),
    routes.drafts(),
    routes.drafts('a1B2_c-3'),
    routes.sessions(),
    routes.settings(),
    routes.members(),
    routes.newSpace(),
    routes.setup('s3tup_C0de-x'),
    routes.join('space=tip-network&invite=abc'),
  ];

  it.each(every.map((route) => [routeHash(route), route]))(
    '%s reads back as the same route',
    (hash, route) => {
      expect(parseRoute(hash)).toEqual(route);
    },
  );

  it('reads the addresses the relay and the tests use', () => {
    expect(parseRoute('#/drafts/abc')).toEqual({ name: 'drafts', documentId: 'abc' });
    expect(parseRoute('#/join?space=nrm&token=t.k&role=viewer')).toEqual({
      name: 'join',
      query: 'space=nrm&token=t.k&role=viewer',
    });
    expect(parseRoute('#/setup?code=abc%2Bdef')).toEqual({ name: 'setup', code: 'abc+def' });
  });

  it.each(['', '#', '#/', '#/nowhere', '#/library/extra', '#/drafts/a/b', 'library'])(
    '%j lands in the library',
    (hash) => {
      expect(parseRoute(hash)).toEqual(routes.library());
    },
  );

  it('opens the list, not a document, for a draft id that is not an id', () => {
    expect(parseRoute('#/drafts/..%2Fsecret')).toEqual(routes.drafts());
    expect(parseRoute(`#/drafts/${'x'.repeat(65)}`)).toEqual(routes.drafts());
  });
});
