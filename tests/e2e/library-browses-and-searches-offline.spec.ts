// On a trip with no connection, the library still browses and searches from what this computer holds (the
// index room's local replica and the search index saved on this device), including a lesson written just
// before the network went away.
import { expect, screenshotForReview, test } from './fixtures';
import { seedLibrary } from './library-seeding';
import { LibraryPage } from './page-models/library-page';

const SPACE = 'travellers';

test('offline, the library browses and searches and finds an entry added just before', async ({
  page,
  context,
  relay,
  openJoined,
}) => {
  test.setTimeout(120_000);
  await seedLibrary(relay, SPACE, [
    {
      title: 'Airport desk in Almaty',
      kind: 'lesson',
      countries: ['KZ'],
      language: 'ru',
      body: ['Сотрудники аэропорта направляли пострадавших в приют.'],
    },
    {
      title: 'Hotline in Tunis',
      kind: 'good-practice',
      countries: ['TN'],
      language: 'ar',
      body: ['خط ساخن يعمل على مدار الساعة.'],
    },
  ]);
  await openJoined({ space: SPACE });
  const library = new LibraryPage(page);
  await library.open();
  await expect(library.heading).toHaveText('2 documents');

  // A lesson written just before the flight.
  await library.create('Night shift at the port');
  await page.locator('.draft-body p').last().click();
  await page.keyboard.type('Stevedores noticed the containers first.');
  await library.open();
  await library.search('stevedores');
  await expect(library.resultTitles).toHaveText(['Night shift at the port'], { timeout: 15_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  await page.reload();
  await library.open();
  await expect(library.heading).toHaveText('3 documents');
  await library.toggle('Country', 'Kazakhstan');
  await expect(library.resultTitles).toHaveText(['Airport desk in Almaty']);
  await library.toggle('Country', 'Kazakhstan');
  await library.search('stevedors');
  await expect(library.resultTitles).toHaveText(['Night shift at the port']);
  await library.search('приют');
  await expect(library.resultTitles).toHaveText(['Airport desk in Almaty']);
  await screenshotForReview(page, 'library-offline');
});
