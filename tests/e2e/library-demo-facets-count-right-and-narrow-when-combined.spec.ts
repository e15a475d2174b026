// On the demo space, the library's facets count what the demo holds, and picking values narrows the list:
// a language and a work stream together keep only the entries that have both, and every other facet's counts
// follow (values of one facet widen each other, facets narrow each other).
import { DEMO_ENTRIES } from '../../renderer/library/demo/content';
import type { DemoEntry } from '../../renderer/library/demo/demoEntry';
import { expect, test } from './fixtures';
import { DemoSpace } from './page-models/demo-space';
import { LibraryFacets } from './page-models/library-facets';

const WORK_STREAM_LABELS = {
  'strategy-policy': 'Strategy and policy',
  legislation: 'Legislation',
  'capacity-building': 'Capacity building',
  cooperation: 'Regional and trans-regional cooperation',
  'protection-assistance': 'Protection and assistance of victims and vulnerable migrants',
  'protection-children': 'Protection of children',
} as const;
const languageLabel = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

const count = (keep: (entry: DemoEntry) => boolean) => DEMO_ENTRIES.filter(keep).length;
const inLanguage = (language: string) => (entry: DemoEntry) => entry.language === language;
const inStream = (stream: DemoEntry['workStreams'][number]) => (entry: DemoEntry) =>
  entry.workStreams.includes(stream);

test('facets count the demo space right and narrow the list when combined', async ({ page, openJoined }) => {
  await openJoined({ space: 'national-team', role: 'owner' });
  const demo = new DemoSpace(page);
  await demo.openNewSpaceScreen();
  await demo.add();

  const facets = new LibraryFacets(page);
  await facets.expectShown(DEMO_ENTRIES.length);
  for (const [stream, label] of Object.entries(WORK_STREAM_LABELS))
    await facets.expectCount('workStream', label, count(inStream(stream as keyof typeof WORK_STREAM_LABELS)));
  for (const language of ['en', 'fr', 'es', 'ru', 'ar', 'lo'])
    await facets.expectCount('language', languageLabel(language), count(inLanguage(language)));
  await facets.expectCount(
    'kind',
    'Good practice',
    count((entry) => entry.kind === 'good-practice'),
  );

  // One language: the list and the other facets' counts narrow to it; the language facet's own counts stay.
  await facets.toggle('language', languageLabel('ar'));
  await facets.expectShown(count(inLanguage('ar')));
  await facets.expectCount(
    'workStream',
    WORK_STREAM_LABELS['protection-assistance'],
    count((entry) => inLanguage('ar')(entry) && inStream('protection-assistance')(entry)),
  );
  await facets.expectCount('language', languageLabel('ru'), count(inLanguage('ru')));

  // And a work stream: only entries with both.
  await facets.toggle('workStream', WORK_STREAM_LABELS['protection-assistance']);
  const both = count((entry) => inLanguage('ar')(entry) && inStream('protection-assistance')(entry));
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThan(count(inLanguage('ar')));
  await facets.expectShown(both);
  await expect(page.locator('.library-main').getByRole('listitem')).toHaveCount(both);
  await facets.expectCount(
    'language',
    languageLabel('en'),
    count((entry) => inLanguage('en')(entry) && inStream('protection-assistance')(entry)),
  );

  // A second language widens within the work stream.
  await facets.toggle('language', languageLabel('en'));
  await facets.expectShown(
    count(
      (entry) =>
        (inLanguage('ar')(entry) || inLanguage('en')(entry)) && inStream('protection-assistance')(entry),
    ),
  );
});
