// Before a library document is marked final, the author is warned about personal data: a name with an age, a
// phone number and a passport number are listed with their words highlighted, one click replaces them with
// initials and placeholders, and a colleague with the document open sees the new text. An ordinary lesson
// becomes final with no warning.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createDraft } from './page-models/insert-into-draft';
import { JoinConfirmation } from './page-models/join-confirmation';
import { PersonalDataReview } from './page-models/personal-data-review';

const SPACE = 'protection-network';

async function joinAsColleague(page: Page, relayUrl: string, token: string): Promise<void> {
  await page.goto(`${relayUrl}/`);
  await page.evaluate(() =>
    localStorage.setItem(
      'commons.profile',
      JSON.stringify({
        displayName: 'Nadia Rahman',
        colour: '#bf3989',
        organisation: '',
        country: 'Jordan',
        language: 'en',
      }),
    ),
  );
  await page.goto(`${relayUrl}/#/join?${new URLSearchParams({ space: SPACE, token, role: 'editor' })}`);
  await page.reload();
  await new JoinConfirmation(page).join(SPACE);
}

test('personal data is flagged before final, and replacing it with initials changes the text everyone sees', async ({
  page,
  browser,
  relay,
  openJoined,
}) => {
  await openJoined({ space: SPACE, role: 'editor' });
  const id = await createDraft(
    page,
    'Recruitment through social media',
    'Maria, 16, from Savannakhet answered an advert. The broker called her on +856 20 5555 1234 and kept her passport no. AB1234567.',
  );

  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await joinAsColleague(colleague, relay.url, await relay.token(SPACE, 'editor', 'Nadia Rahman'));
  await colleague.evaluate((draft) => {
    window.location.hash = `#/drafts/${draft}`;
  }, id);
  await expect(colleague.locator('.draft-body')).toContainText('Maria, 16, from Savannakhet');

  const review = new PersonalDataReview(page);
  await review.openEntry(SPACE, id);
  await review.markFinal();
  await expect(review.dialog).toBeVisible();
  await expect(review.dialog.getByRole('alert')).toContainText('seems to hold personal data');
  await expect(review.matches()).toHaveCount(3);
  await expect(review.matches().nth(0)).toContainText('Name with age');
  await expect(review.matches().nth(0).locator('mark')).toHaveText('Maria');
  await expect(review.matches().nth(1).locator('mark')).toHaveText('+856 20 5555 1234');
  await expect(review.matches().nth(2)).toContainText('Passport or ID number');
  await expect(review.matches().nth(2).locator('mark')).toHaveText('AB1234567');

  await review.replaceAllWithInitials();
  const seen = colleague.locator('.draft-body');
  await expect(seen).toContainText('M., 16, from Savannakhet answered an advert.');
  await expect(seen).toContainText('called her on [phone number] and kept her passport no. [ID number].');
  await expect(seen).not.toContainText('Maria');

  await review.dialog.getByRole('button', { name: 'Mark final', exact: true }).click();
  await expect(review.dialog).toBeHidden();
  await expect(review.status()).toHaveValue('final');
  await colleagueContext.close();
});

test('an ordinary lesson becomes final without a warning', async ({ page, openJoined }) => {
  await openJoined({ space: SPACE, role: 'editor' });
  const id = await createDraft(
    page,
    'Labour inspection results 2021',
    'In 2021 the inspectorate visited 312 workplaces under Article 12 of Law No. 2015/45; referrals rose by 40% between 2019 and 2021. The hotline 1300 answered 2 400 calls.',
  );
  const review = new PersonalDataReview(page);
  await review.openEntry(SPACE, id);
  await review.markFinal();
  await expect(review.status()).toHaveValue('final');
  await expect(review.dialog).toBeHidden();
});
