// End-to-end fixtures: each test gets a fresh browser context (so a fresh profile and storage) and its own
// relay on a random port serving the built renderer from dist/renderer, with helpers to mint tokens and
// invites and to open the app already joined to a space.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import type { Profile } from '../../shared/profile';
import type { Role } from '../../shared/roles';
import { JoinConfirmation } from './page-models/join-confirmation';

/** The relay as built (`npm run build`): the code people run, and ESM that Playwright's CommonJS loader can import. */
type RelayModule = typeof import('../../server/index');
const BUILT_RELAY = join(process.cwd(), 'dist/server/index.mjs');
async function loadRelay(): Promise<RelayModule> {
  if (!existsSync(BUILT_RELAY)) throw new Error(`${BUILT_RELAY} is missing: run \`npm run build\` first`);
  return (await import(pathToFileURL(BUILT_RELAY).href)) as RelayModule;
}

export interface RelayFixture {
  /** The relay's http address; the app is served at its root. */
  url: string;
  dataDir: string;
  /** The one-time first-owner link the relay printed at start (`#/setup?code=…`); null once a space exists. */
  setupLink: string | null;
  /** A member token for this space, as `commons-relay token` prints it. */
  token(space: string, role?: Role, name?: string): Promise<string>;
  /** A fresh invite code for this space, created by an owner through the relay's API. */
  invite(space: string, role?: Role): Promise<string>;
}

export const defaultProfile: Profile = {
  displayName: 'Amina Haddad',
  colour: '#1f6feb',
  organisation: 'National Referral Mechanism',
  country: 'Morocco',
  language: 'en',
};

export interface OpenJoinedOptions {
  space: string;
  role?: Role;
  profile?: Partial<Profile>;
}

export interface CommonsFixtures {
  relay: RelayFixture;
  /** Opens the app with a saved profile, joined to `space` through a token link; resolves once the shell shows. */
  openJoined(options: OpenJoinedOptions): Promise<{ token: string; profile: Profile }>;
}

export const test = base.extend<CommonsFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  relay: async ({}, use) => {
    const { createRelay, issueMemberToken } = await loadRelay();
    const dataDir = await mkdtemp(join(tmpdir(), 'commons-e2e-'));
    const relay = await createRelay({ port: 0, host: '127.0.0.1', dataDir });
    const token = (space: string, role: Role = 'editor', name = 'Test member') =>
      issueMemberToken({ dataDir, space, role, name });
    const invite = async (space: string, role: Role = 'editor') => {
      const ownerToken = await token(space, 'owner', 'Space owner');
      const response = await fetch(`${relay.url}/api/invites`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ownerToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ role }),
      });
      if (!response.ok) throw new Error(`the relay refused to create an invite: ${response.status}`);
      return ((await response.json()) as { code: string }).code;
    };
    await use({ url: relay.url, dataDir, setupLink: relay.setupLink, token, invite });
    await relay.close();
    await rm(dataDir, { recursive: true, force: true });
  },

  openJoined: async ({ page, relay }, use) => {
    await use(async ({ space, role = 'editor', profile: overrides }) => {
      const profile = { ...defaultProfile, ...overrides };
      const token = await relay.token(space, role, profile.displayName);
      await page.goto(`${relay.url}/`);
      await page.evaluate((saved) => localStorage.setItem('commons.profile', JSON.stringify(saved)), profile);
      const params = new URLSearchParams({ space, token, role });
      await page.goto(`${relay.url}/#/join?${params}`);
      // The profile is read when the page loads.
      await page.reload();
      await new JoinConfirmation(page).join(space);
      await expect(page.getByRole('navigation')).toBeVisible();
      await expect(page).toHaveURL(/#\/library$/);
      return { token, profile };
    });
  },
});

export { expect };

/** Saves a screenshot under /tmp for a person to look at (failures get Playwright's own screenshot). */
export async function screenshotForReview(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(tmpdir(), `commons-${name}.png`), fullPage: true });
}
