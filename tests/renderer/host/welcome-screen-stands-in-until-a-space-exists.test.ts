import { expect, it } from 'vitest';
import { routes } from '../../../renderer/app/routes';
import { showsWelcome } from '../../../renderer/host/model/welcome';

it('stands in for every space section while the person has no space', () => {
  for (const route of [
    routes.library(),
    routes.drafts(),
    routes.sessions(),
    routes.members(),
    routes.newSpace(),
  ]) {
    expect(showsWelcome(0, route)).toBe(true);
  }
  expect(showsWelcome(0, routes.join('space=a&invite=b'))).toBe(true);
});

it('leaves settings (language, profile) and the setup link’s page alone', () => {
  expect(showsWelcome(0, routes.settings())).toBe(false);
  expect(showsWelcome(0, routes.setup('code'))).toBe(false);
});

it('never shows once a space exists', () => {
  expect(showsWelcome(1, routes.library())).toBe(false);
  expect(showsWelcome(3, routes.drafts())).toBe(false);
});
