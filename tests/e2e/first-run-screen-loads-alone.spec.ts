// A first-time visitor on a slow link waits only for the first-run screen: it works with the workspace's code
// (its sections, the rooms, Yjs) not yet downloaded, which comes once the profile is saved; and the language
// picker's names in Lao, Nepali and Bengali come from the tiny autonym faces, not the whole script fonts.
import { expect, test } from './fixtures';

// The service worker's background download of the rest of the app would blur which requests the page made.
test.use({ serviceWorkers: 'block' });

const WORKSPACE_CODE = /\/assets\/(?:WorkspaceRoot|RoomsProvider)-[\w-]+\.js$/;
const WHOLE_SCRIPT_FACE = /\/assets\/noto-sans-(?:lao|devanagari|bengali)-[\w-]+\.woff2$/;
const AUTONYM_FACE = /\/assets\/(?:lao|devanagari|bengali)-[\w-]+\.woff2$/;

test('the first-run screen works before the workspace downloads, which comes once the profile is saved', async ({
  page,
  relay,
}) => {
  let releaseWorkspace = () => {};
  const workspaceHeld = new Promise<void>((resolve) => {
    releaseWorkspace = resolve;
  });
  await page.route(WORKSPACE_CODE, async (route) => {
    await workspaceHeld;
    await route.continue();
  });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  await page.goto(`${relay.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Commons' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Display name' }).fill('Mariam Traoré');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Commons' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(requested.filter((url) => WHOLE_SCRIPT_FACE.test(url))).toEqual([]);
  // This Chromium names Bengali in Bengali (বাংলা), so at least that autonym face was needed and fetched.
  expect(requested.some((url) => AUTONYM_FACE.test(url))).toBe(true);

  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  releaseWorkspace();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  expect(requested.some((url) => WORKSPACE_CODE.test(url))).toBe(true);
});
