// A session whose notes name their authors to the facilitator only: the facilitator's board shows who wrote
// each note, participants' boards show nobody; locking the board stops new notes until it is unlocked; a
// multiple-choice poll counts every choice; the session is listed in the space.
import { expect, test } from './fixtures';
import { SessionFacilitator } from './page-models/session-facilitator';
import { SessionParticipant } from './page-models/session-participant';

test('authors are shown to the facilitator only, the board locks, and a multiple-choice poll counts every choice', async ({
  page,
  browser,
  openJoined,
}) => {
  test.setTimeout(180_000);
  await openJoined({ space: 'lake-region', role: 'owner', profile: { displayName: 'Grace Achieng' } });
  const facilitator = new SessionFacilitator(page);
  await facilitator.createSession({
    title: 'Shelter standards',
    agenda: [{ title: 'What works', minutes: 20 }],
    anonymity: 'Shown to the facilitator only',
    dots: 2,
  });
  await facilitator.code();
  const link = await facilitator.joinLink();

  const participants: SessionParticipant[] = [];
  for (const name of ['Amani Njoroge', 'Oksana Kovalenko']) {
    const context = await browser.newContext();
    const participant = new SessionParticipant(await context.newPage());
    await participant.join(link, name);
    participants.push(participant);
  }
  const [amani, oksana] = participants as [SessionParticipant, SessionParticipant];

  await amani.addNote('Night staff trained in trauma care');
  await oksana.addNote('Separate rooms for families');
  await expect(
    facilitator.note('Night staff trained in trauma care').locator('.session-note-author'),
  ).toHaveText('Amani Njoroge');
  await expect(facilitator.note('Separate rooms for families').locator('.session-note-author')).toHaveText(
    'Oksana Kovalenko',
  );
  for (const participant of participants) {
    await expect(participant.note('Separate rooms for families')).toBeVisible();
    await expect(participant.board.locator('.session-note-author')).toHaveCount(0);
  }

  // Locked, the board takes no notes; unlocked, it does again.
  await facilitator.console.getByRole('button', { name: 'Lock the board' }).click();
  await expect(amani.board).toHaveAttribute('data-locked', 'true');
  await expect(amani.page.locator('.session-note-form textarea')).toBeDisabled();
  await facilitator.console.getByRole('button', { name: 'Unlock the board' }).click();
  await expect(amani.page.locator('.session-note-form textarea')).toBeEnabled();
  await amani.addNote('A nurse on call');

  const question = 'Which standards first?';
  await facilitator.askPoll(question, ['Staffing', 'Rooms', 'Follow-up'], true);
  await amani.answerPoll(question, [0, 2]);
  await oksana.answerPoll(question, [2]);
  await expect(facilitator.poll(question).locator('.session-voters')).toHaveAttribute('data-voters', '2');
  await facilitator.revealPoll(question);
  for (const screen of [facilitator, amani, oksana]) {
    await expect(screen.pollResults(question)).toHaveCount(3);
    expect(
      await screen
        .pollResults(question)
        .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.result)),
    ).toEqual(['1', '0', '2']);
  }

  await page.getByRole('button', { name: 'All sessions' }).click();
  await expect(page.getByRole('list', { name: 'Sessions of this space' })).toContainText('Shelter standards');
});
