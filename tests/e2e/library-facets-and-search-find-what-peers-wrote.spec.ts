// A peer looks for what others learnt: facet counts say how many documents each choice shows and narrow as
// choices combine; search finds a word inside an Arabic, a Russian and a Lao body, an accented word typed
// without accents, a word with a typo and the start of a word, and marks what it found.
import { expect, screenshotForReview, test } from './fixtures';
import { type SeededDocument, seedLibrary } from './library-seeding';
import { LibraryPage } from './page-models/library-page';

const SPACE = 'peers';

const DOCUMENTS: SeededDocument[] = [
  {
    title: 'Border screening in Tangier',
    kind: 'lesson',
    countries: ['MA'],
    workStreams: ['protection-assistance'],
    language: 'fr',
    status: 'final',
    tags: ['border'],
    body: ['Les réfugiés mineurs ont été orientés vers un hébergement spécialisé.'],
  },
  {
    title: 'Shelter referral in Tunis',
    kind: 'good-practice',
    countries: ['TN'],
    workStreams: ['cooperation', 'protection-assistance'],
    language: 'ar',
    body: ['تمت إحالة الضحايا إلى مأوى آمن بعد المقابلة الأولى.'],
  },
  {
    title: 'Interpreters in Almaty',
    kind: 'lesson',
    countries: ['KZ'],
    workStreams: ['capacity-building'],
    language: 'ru',
    body: ['Пострадавших направили в приют после собеседования с переводчиком.'],
  },
  {
    title: 'ບົດຮຽນຈາກວຽງຈັນ',
    kind: 'lesson',
    countries: ['LA'],
    workStreams: ['legislation'],
    language: 'lo',
    body: ['ການຄ້າມະນຸດແມ່ນອາຊະຍາກຳຮ້າຍແຮງ'],
  },
  {
    title: 'Model law commentary',
    kind: 'model-law',
    countries: ['MA', 'TN'],
    workStreams: ['legislation'],
    language: 'en',
    status: 'in-consultation',
    body: ['Article 5 protects witnesses during the prosecution.'],
  },
  {
    title: 'Child protection checklist',
    kind: 'guideline',
    countries: ['LA'],
    workStreams: ['protection-children'],
    language: 'en',
    body: ['Guardians must be appointed within a day.'],
  },
];

test('facet counts are right and narrow as facets combine', async ({ page, relay, openJoined }) => {
  await seedLibrary(relay, SPACE, DOCUMENTS);
  await openJoined({ space: SPACE });
  const library = new LibraryPage(page);
  await library.open();
  await expect(library.heading).toHaveText('6 documents');
  expect(await library.count('Kind', 'Lesson learnt')).toBe(3);
  expect(await library.count('Country', 'Morocco')).toBe(2);
  expect(await library.count('Country', 'Laos')).toBe(2);
  expect(await library.count('Work stream', 'Legislation')).toBe(2);

  await library.toggle('Kind', 'Lesson learnt');
  await expect(library.heading).toHaveText('3 documents');
  // Countries now count lessons only; kinds still count every kind (the facet being picked from).
  await expect(library.facetOption('Country', 'Tunisia')).toHaveCount(0);
  expect(await library.count('Country', 'Laos')).toBe(1);
  expect(await library.count('Kind', 'Guideline')).toBe(1);

  await library.toggle('Country', 'Laos');
  await expect(library.resultTitles).toHaveText(['ບົດຮຽນຈາກວຽງຈັນ']);
  expect(await library.count('Kind', 'Guideline')).toBe(1);

  // A second value of one facet widens it again.
  await library.toggle('Country', 'Kazakhstan');
  await expect(library.heading).toHaveText('2 documents');
  await expect(library.resultTitles).toContainText(['Interpreters in Almaty']);
  await screenshotForReview(page, 'library-facets');

  // Dropping the kind leaves Laos or Kazakhstan of any kind.
  await library.toggle('Kind', 'Lesson learnt');
  await expect(library.heading).toHaveText('3 documents');
  await expect(library.resultTitles).toContainText(['Child protection checklist']);
});

test('search finds words in every script, without accents, with a typo and by their start', async ({
  page,
  relay,
  openJoined,
}) => {
  await seedLibrary(relay, SPACE, DOCUMENTS);
  await openJoined({ space: SPACE });
  const library = new LibraryPage(page);
  await library.open();
  await expect(library.heading).toHaveText('6 documents');

  const expectFound = async (query: string, title: string, marked?: string) => {
    await library.search(query);
    await expect(library.resultTitles).toHaveText([title]);
    if (marked) await expect(library.results.locator('mark').first()).toHaveText(marked);
  };
  await expectFound('مأوى', 'Shelter referral in Tunis', 'مأوى');
  await expectFound('приют', 'Interpreters in Almaty', 'приют');
  await expectFound('ມະນຸດ', 'ບົດຮຽນຈາກວຽງຈັນ', 'ມະນຸດ');
  await expectFound('refugies', 'Border screening in Tangier', 'réfugiés');
  await expectFound('guardans', 'Child protection checklist', 'Guardians');
  await expectFound('prosec', 'Model law commentary', 'prosecution');
  await screenshotForReview(page, 'library-search');

  await library.search('');
  await expect(library.heading).toHaveText('6 documents');
});
