// A link back to a library entry (#/entry/<space>/<id>, e.g. from a quotation in a draft) reads back as the
// same space and document, and a malformed one lands on the library rather than somewhere unexpected.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, routes } from '../../renderer/app/routes';

describe('library entry links', () => {
  it('read back as the space and document they were made for', () => {
    const route = routes.entry('west-africa', 'k3j2h1');
    expect(routeHash(route)).toBe('#/entry/west-africa/k3j2h1');
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('send a malformed link to the library', () => {
    for (const hash of [
      '#/entry',
      '#/entry/west-africa',
      '#/entry/West Africa/k3',
      '#/entry/a/b/c',
      '#/entry/a/..',
    ]) {
      expect(parseRoute(hash)).toEqual(routes.library());
    }
  });
});
