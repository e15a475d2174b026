// A session's outcome in the forms it leaves the session in: blocks for the session-notes library document,
// and a CSV of every contribution (one row per note and per poll option) for spreadsheets. Headings and
// labels come from the catalog, in the facilitator's language.
import type { BodyBlock } from '../../library/model/documentBody';
import type { SessionOutcome } from './sessionOutcome';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function outcomeBlocks(outcome: SessionOutcome, t: Translate): BodyBlock[] {
  const blocks: BodyBlock[] = [
    {
      type: 'paragraph',
      text: t('outcome.summary', { date: outcome.date, count: outcome.participants }),
    },
    { type: 'heading', text: t('outcome.agenda'), level: 2 },
    {
      type: 'bullets',
      items: outcome.items.map((item) => t('outcome.agendaItem', { title: item.title, count: item.minutes })),
    },
  ];
  for (const item of outcome.items) {
    blocks.push({ type: 'heading', text: item.title, level: 2 });
    if (item.clusters.length === 0) blocks.push({ type: 'paragraph', text: t('outcome.noNotes') });
    for (const cluster of item.clusters) {
      const name = cluster.name ?? t('outcome.unclustered');
      blocks.push({
        type: 'heading',
        text: cluster.dots === null ? name : t('outcome.withDots', { text: name, count: cluster.dots }),
        level: 3,
      });
      blocks.push({
        type: 'bullets',
        items: cluster.notes.map((note) => {
          const text = note.author
            ? t('outcome.byAuthor', { text: note.text, author: note.author })
            : note.text;
          return note.dots === null ? text : t('outcome.withDots', { text, count: note.dots });
        }),
      });
    }
  }
  if (outcome.polls.length > 0) {
    blocks.push({ type: 'heading', text: t('outcome.polls'), level: 2 });
    for (const poll of outcome.polls) {
      blocks.push({ type: 'heading', text: poll.question, level: 3 });
      blocks.push({
        type: 'bullets',
        items: poll.options.map((option) =>
          option.answers === null
            ? option.text
            : t('outcome.answers', { text: option.text, count: option.answers }),
        ),
      });
      blocks.push({ type: 'paragraph', text: t('outcome.pollVoters', { count: poll.voters }) });
    }
  }
  if (outcome.liveNotes.length > 0) {
    blocks.push({ type: 'heading', text: t('outcome.liveNotes'), level: 2 });
    for (const line of outcome.liveNotes) blocks.push({ type: 'paragraph', text: line });
  }
  return blocks;
}

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs a cell as a formula. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function outcomeCsv(outcome: SessionOutcome, t: Translate): string {
  const rows: (string | number | null)[][] = [
    [
      t('csv.type'),
      t('csv.item'),
      t('csv.cluster'),
      t('csv.text'),
      t('csv.votes'),
      t('csv.author'),
      t('csv.createdAt'),
    ],
  ];
  for (const item of outcome.items) {
    for (const cluster of item.clusters) {
      for (const note of cluster.notes) {
        rows.push([
          t('csv.note'),
          item.title,
          cluster.name,
          note.text,
          note.dots,
          note.author,
          new Date(note.createdAt).toISOString(),
        ]);
      }
    }
  }
  for (const poll of outcome.polls) {
    for (const option of poll.options) {
      rows.push([t('csv.poll'), null, poll.question, option.text, option.answers, null, null]);
    }
  }
  // A byte-order mark so spreadsheet programs read the UTF-8 (Arabic, Cyrillic) correctly.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
