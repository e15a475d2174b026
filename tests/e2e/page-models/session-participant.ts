// A workshop participant's screen (#/session-join): joining with a code and a name, then the one session.
// Located by structure and data attributes, not English words: participants join in any language.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** What the timer on one screen says, read at one moment on that screen's own clock. */
export interface TimerReading {
  state: string;
  /** Milliseconds left as this screen computes them (its end time on its own clock, less its own now). */
  remainingMs: number;
}

export class SessionParticipant {
  readonly timer: Locator;
  readonly board: Locator;

  constructor(readonly page: Page) {
    this.timer = page.locator('.session-timer');
    this.board = page.locator('.session-board');
  }

  /** Opens the join link, gives a name and joins; resolves once the session shows. */
  async join(link: string, name: string): Promise<void> {
    await this.page.goto(link, { waitUntil: 'domcontentloaded' });
    const form = this.page.locator('.session-guest-join form');
    await form.locator('input').nth(1).fill(name);
    await form.locator('button[type="submit"]').click();
    await expect(this.page.locator('.session-page')).toBeVisible();
  }

  async readTimer(): Promise<TimerReading> {
    return this.timer.evaluate((element) => {
      const data = (element as HTMLElement).dataset;
      const state = data.state ?? '';
      const remainingMs =
        state === 'running' ? Number(data.endsLocal) - Date.now() : Number(data.remainingMs ?? Number.NaN);
      return { state, remainingMs };
    });
  }

  /** The agenda item on screen. */
  itemTitle(): Locator {
    return this.page.locator('.session-item-title');
  }

  agendaButton(title: string): Locator {
    return this.page.locator('.session-agenda li button').filter({ hasText: title });
  }

  async stepTo(title: string): Promise<void> {
    await this.agendaButton(title).click();
    await expect(this.itemTitle()).toHaveText(title);
  }

  backToFacilitator(): Locator {
    return this.page.locator('.session-back');
  }

  async addNote(text: string): Promise<void> {
    const form = this.page.locator('.session-note-form');
    await form.locator('textarea').fill(text);
    await form.locator('button[type="submit"]').click();
    await expect(this.note(text)).toBeVisible();
  }

  note(text: string): Locator {
    return this.board
      .locator('.session-note')
      .filter({ has: this.page.locator('.session-note-text', { hasText: text }) });
  }

  /** Places `dots` dots on a note (before sending). */
  async placeDots(text: string, dots: number): Promise<void> {
    const add = this.note(text).locator('.session-note-dots button').last();
    for (let i = 0; i < dots; i++) await add.click();
    await expect(this.note(text).locator('[data-my-dots]')).toHaveAttribute('data-my-dots', String(dots));
  }

  async sendDots(): Promise<void> {
    await this.page.locator('.session-vote button.primary').click();
    await expect(this.page.locator('.session-vote [role="status"]')).toBeVisible();
  }

  /** How many have voted on the item on screen, as shown. */
  voters(): Locator {
    return this.page.locator('.session-vote .session-voters');
  }

  /** Everyone's dots on a note, shown only after the reveal. */
  noteTotal(text: string): Locator {
    return this.note(text).locator('.session-note-total');
  }

  poll(question: string): Locator {
    return this.page
      .locator('.session-poll')
      .filter({ has: this.page.locator('legend', { hasText: question }) });
  }

  async answerPoll(question: string, choices: number[]): Promise<void> {
    const poll = this.poll(question);
    const inputs = poll.locator('.session-poll-option input');
    for (const choice of choices) await inputs.nth(choice).check();
    await poll.locator('button[type="submit"]').click();
    await expect(poll.locator('[role="status"]')).toBeVisible();
  }

  pollResults(question: string): Locator {
    return this.poll(question).locator('.session-poll-result');
  }

  async raiseHand(): Promise<void> {
    await this.page.locator('.session-hand button').click();
    await expect(this.page.locator('.session-hand [role="status"]')).toBeVisible();
  }
}
