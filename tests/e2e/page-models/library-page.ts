// The library as a person uses it: search box, facets with counts, results with snippets, "New document".
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.locator('nav button:has([data-section="library"])').click();
    await expect(this.searchBox).toBeVisible();
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search the library' });
  }

  get results(): Locator {
    return this.page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
  }

  get resultTitles(): Locator {
    return this.results.getByRole('heading', { level: 3 });
  }

  get heading(): Locator {
    return this.page.locator('#library-results-heading');
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
  }

  facet(name: string): Locator {
    return this.page.locator('fieldset.library-facet', {
      has: this.page.locator('legend', { hasText: name }),
    });
  }

  facetOption(facet: string, value: string): Locator {
    return this.facet(facet).locator('label', { hasText: value });
  }

  async count(facet: string, value: string): Promise<number> {
    return Number(await this.facetOption(facet, value).locator('.library-facet-count').textContent());
  }

  async toggle(facet: string, value: string): Promise<void> {
    await this.facetOption(facet, value).getByRole('checkbox').click();
  }

  /** Creates a document from its template and waits for its entry to open. */
  async create(title: string, kind = 'Lesson learnt'): Promise<void> {
    await this.page.getByRole('button', { name: 'New document' }).click();
    const form = this.page.locator('form.library-new');
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Kind').selectOption({ label: kind });
    await form.getByRole('button', { name: 'Create from template' }).click();
    await expect(this.page).toHaveURL(/#\/entry\/[^/]+\/[A-Za-z0-9_-]+$/);
    await expect(this.page.locator('.draft-body')).toBeVisible();
  }
}
