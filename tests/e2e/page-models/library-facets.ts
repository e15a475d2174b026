// The library's facets as a reader uses them: each facet a group of checkboxes with the count beside each
// value, and the number of documents the list shows.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export type FacetName = 'kind' | 'workStream' | 'country' | 'region' | 'language' | 'status' | 'year' | 'tag';

export class LibraryFacets {
  constructor(readonly page: Page) {}

  group(facet: FacetName): Locator {
    return this.page.locator(`fieldset.library-facet[data-facet="${facet}"]`);
  }

  value(facet: FacetName, label: string): Locator {
    return this.group(facet)
      .locator('label.library-check')
      .filter({ has: this.page.locator('.library-facet-value').getByText(label, { exact: true }) });
  }

  /** Expects the count beside a value. */
  async expectCount(facet: FacetName, label: string, count: number): Promise<void> {
    await expect(this.value(facet, label).locator('.library-facet-count')).toHaveText(String(count));
  }

  async toggle(facet: FacetName, label: string): Promise<void> {
    await this.value(facet, label).getByRole('checkbox').click();
  }

  /** Expects the list's heading to say how many documents it shows. */
  async expectShown(count: number): Promise<void> {
    await expect(this.page.locator('#library-results-heading')).toHaveText(
      count === 1 ? '1 document' : `${count} documents`,
    );
  }
}
