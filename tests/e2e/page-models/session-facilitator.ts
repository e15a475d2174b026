// The facilitator's screens: "New session" in the Sessions section, then the session page with its console,
// join code, clusters, votes, polls and closing. The facilitator works in English here, so controls are found
// by their names; the board itself is read the way participants read it (SessionParticipant).
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { SessionParticipant } from './session-participant';

export interface NewSession {
  title: string;
  agenda: { title: string; minutes: number }[];
  anonymity: 'Shown to everyone' | 'Shown to the facilitator only' | RegExp;
  dots: number;
}

export class SessionFacilitator extends SessionParticipant {
  readonly console: Locator;

  constructor(page: Page) {
    super(page);
    this.console = page.locator('.session-console');
  }

  async createSession({ title, agenda, anonymity, dots }: NewSession): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Sessions' }).click();
    await this.page.getByRole('button', { name: 'New session' }).click();
    const form = this.page.locator('form.session-new');
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    for (const [index, item] of agenda.entries()) {
      if (index > 0) await form.getByRole('button', { name: 'Add an item' }).click();
      await form.getByRole('textbox', { name: `Item ${index + 1}` }).fill(item.title);
      await form
        .getByRole('spinbutton', { name: `Minutes for item ${index + 1}` })
        .fill(String(item.minutes));
    }
    await form.getByRole('radio', { name: anonymity }).check();
    await form.getByRole('spinbutton', { name: 'Dots per person for voting' }).fill(String(dots));
    await form.getByRole('button', { name: 'Create the session' }).click();
    await expect(this.page).toHaveURL(/#\/sessions\/[A-Za-z0-9_-]+$/);
    await expect(this.page.locator('.session-page[data-role="facilitator"]')).toBeVisible();
  }

  /** The short code participants type, once minted. */
  async code(): Promise<string> {
    const code = this.page.locator('.session-code');
    await expect(code).toBeVisible();
    return (await code.getAttribute('data-code')) ?? '';
  }

  async joinLink(): Promise<string> {
    return this.page.getByRole('textbox', { name: 'Join link' }).inputValue();
  }

  private button(name: string | RegExp): Locator {
    return this.console.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async startTimer(): Promise<void> {
    await this.button('Start this item').click();
    await expect(this.timer).toHaveAttribute('data-state', 'running');
  }

  async pause(): Promise<void> {
    await this.button('Pause').click();
    await expect(this.timer).toHaveAttribute('data-state', 'paused');
  }

  async resume(): Promise<void> {
    await this.button('Resume').click();
    await expect(this.timer).toHaveAttribute('data-state', 'running');
  }

  async extend(minutes: 1 | 5): Promise<void> {
    await this.button(`+${minutes} min`).click();
  }

  async chooseItem(title: string): Promise<void> {
    await this.stepTo(title);
  }

  async bringEveryoneHere(): Promise<void> {
    await this.button('Bring everyone here').click();
  }

  async addCluster(name: string): Promise<void> {
    const form = this.page.locator('.session-cluster-form');
    await form.getByRole('textbox', { name: 'New cluster' }).fill(name);
    await form.getByRole('button', { name: 'Add the cluster' }).click();
    await expect(this.board.locator(`.session-cluster[data-cluster="${name}"]`)).toBeVisible();
  }

  async putInCluster(noteText: string, cluster: string): Promise<void> {
    await this.note(noteText).getByRole('combobox', { name: 'Cluster' }).selectOption({ label: cluster });
    await expect(
      this.board
        .locator(`.session-cluster[data-cluster="${cluster}"]`)
        .locator('.session-note', { hasText: noteText }),
    ).toBeVisible();
  }

  async openVoting(): Promise<void> {
    await this.page
      .locator('.session-vote')
      .getByRole('button', { name: /Open dot voting/ })
      .click();
    await expect(this.voters()).toBeVisible();
  }

  async revealVotes(): Promise<void> {
    await this.page.locator('.session-vote').getByRole('button', { name: 'Reveal the votes' }).click();
    await expect(this.page.locator('.session-vote')).toHaveAttribute('data-revealed', 'true');
  }

  async askPoll(question: string, options: string[], multiple = false): Promise<void> {
    const form = this.page.locator('.session-poll-form');
    await form.getByRole('textbox', { name: 'Question' }).fill(question);
    await form.getByRole('textbox', { name: 'Choices, one per line' }).fill(options.join('\n'));
    if (multiple) await form.getByRole('checkbox', { name: 'Several choices allowed' }).check();
    await form.getByRole('button', { name: 'Ask the poll' }).click();
    await expect(this.poll(question)).toBeVisible();
  }

  async revealPoll(question: string): Promise<void> {
    await this.poll(question).getByRole('button', { name: 'Reveal the results' }).click();
    await expect(this.poll(question)).toHaveAttribute('data-status', 'revealed');
  }

  /** Raised hands as the facilitator sees them, in order. */
  hands(): Locator {
    return this.page.locator('.session-hands .session-hand-name');
  }

  /** Closes the session; resolves once its notes are in the library. */
  async close(): Promise<void> {
    await this.button('Close the session').click();
    await this.page.getByRole('button', { name: 'Close and save to the library' }).click();
    await expect(
      this.page.locator('.session-outcome').getByRole('button', { name: /^Session notes:/ }),
    ).toBeVisible({
      timeout: 20_000,
    });
  }
}
