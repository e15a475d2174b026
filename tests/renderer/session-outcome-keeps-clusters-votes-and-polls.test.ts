// What a closed session leaves behind: every agenda item with its notes grouped by cluster and their dots (most
// dots first), poll results, the participants; the CSV of contributions is safe to open in a spreadsheet.
import { describe, expect, it } from 'vitest';
import { outcomeBlocks, outcomeCsv } from '../../renderer/sessions/closing/outcomeWriting';
import { sessionOutcome } from '../../renderer/sessions/closing/sessionOutcome';
import { EMPTY_SESSION, type SessionView } from '../../renderer/sessions/model/sessionView';

const note = (id: string, text: string, cluster: string | null, author?: string) => ({
  id,
  itemId: 'i1',
  text,
  cluster,
  createdAt: Date.UTC(2026, 11, 2, 9, 0),
  ...(author ? { author: { memberId: `m-${id}`, name: author } } : {}),
});

const view: SessionView = {
  ...EMPTY_SESSION,
  ready: true,
  title: 'Coast workshop',
  date: '2026-12-02',
  anonymity: 'named',
  agenda: [
    { id: 'i1', title: 'Priorities', minutes: 10 },
    { id: 'i2', title: 'Next steps', minutes: 5 },
  ],
  notes: [
    note('n1', 'Fund the shelters', 'c1', 'Zanele'),
    note('n2', '=HYPERLINK("http://evil")', 'c2', 'Tomasz'),
    note('n3', 'Train inspectors, "all year"', 'c2'),
    note('n4', 'A loose idea', null),
  ],
  clusters: [
    { id: 'c1', itemId: 'i1', name: 'Funding' },
    { id: 'c2', itemId: 'i1', name: 'Prevention' },
  ],
  votes: [
    {
      id: 'v1',
      itemId: 'i1',
      status: 'revealed',
      voters: 3,
      dotsPerPerson: 3,
      results: [
        { noteId: 'n1', dots: 4 },
        { noteId: 'n3', dots: 3 },
        { noteId: 'n2', dots: 2 },
      ],
    },
  ],
  polls: [
    {
      id: 'p1',
      itemId: null,
      question: 'Meet in March?',
      options: ['Yes', 'No'],
      multiple: false,
      status: 'revealed',
      voters: 3,
      results: [2, 1],
    },
  ],
};

const t = (key: string, options?: Record<string, unknown>) =>
  `${key}${options ? JSON.stringify(options) : ''}`;

describe('a session outcome', () => {
  const outcome = sessionOutcome(view, 3, ['Decided: meet again']);

  it('groups each item’s notes by cluster, most dots first, with the notes in no cluster last', () => {
    const [first, second] = outcome.items;
    expect(first?.clusters.map((cluster) => [cluster.name, cluster.dots])).toEqual([
      ['Prevention', 5],
      ['Funding', 4],
      [null, 0],
    ]);
    expect(first?.clusters[0]?.notes.map((n) => [n.text, n.dots, n.author])).toEqual([
      ['Train inspectors, "all year"', 3, null],
      ['=HYPERLINK("http://evil")', 2, 'Tomasz'],
    ]);
    expect(second?.clusters).toEqual([]);
    expect(outcome.polls[0]?.options).toEqual([
      { text: 'Yes', answers: 2 },
      { text: 'No', answers: 1 },
    ]);
    expect(outcome.participants).toBe(3);
  });

  it('keeps no author unless the session showed names', () => {
    const anonymous = sessionOutcome({ ...view, anonymity: 'anonymous' }, 3, []);
    const authors = anonymous.items.flatMap((item) =>
      item.clusters.flatMap((c) => c.notes.map((n) => n.author)),
    );
    expect(authors.every((author) => author === null)).toBe(true);
  });

  it('writes the library document with the agenda, clusters with dots, polls and live notes', () => {
    const text = JSON.stringify(outcomeBlocks(outcome, t));
    for (const expected of [
      'outcome.agenda',
      'Priorities',
      'Prevention',
      'Funding',
      'Meet in March?',
      'Decided: meet again',
    ])
      expect(text).toContain(expected);
  });

  it('exports a CSV a spreadsheet reads as text: quoted, and formulas neutralised', () => {
    const csv = outcomeCsv(outcome, t);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 4 + 2);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(csv).toContain('"Train inspectors, ""all year"""');
    expect(lines.at(-2)).toBe('csv.poll,,Meet in March?,Yes,2,,');
  });
});
