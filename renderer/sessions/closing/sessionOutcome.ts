// What a closed session produced, as plain data: the agenda, each item's notes grouped by cluster with their
// dots, the polls with their results, the live notes and how many took part. The session-notes document, the
// Word export and the CSV are all written from this one shape.
import type { SessionView } from '../model/sessionView';

export interface OutcomeNote {
  text: string;
  /** Dots after the reveal; null when the item's vote was never revealed. */
  dots: number | null;
  /** Only in named sessions. */
  author: string | null;
  createdAt: number;
}

export interface OutcomeCluster {
  /** Null for the notes in no cluster. */
  name: string | null;
  dots: number | null;
  notes: OutcomeNote[];
}

export interface OutcomeItem {
  title: string;
  minutes: number;
  clusters: OutcomeCluster[];
}

export interface OutcomePoll {
  question: string;
  multiple: boolean;
  voters: number;
  /** Null when the results were never revealed. */
  options: { text: string; answers: number | null }[];
}

export interface SessionOutcome {
  title: string;
  date: string;
  participants: number;
  items: OutcomeItem[];
  polls: OutcomePoll[];
  liveNotes: string[];
}

export function sessionOutcome(view: SessionView, participants: number, liveNotes: string[]): SessionOutcome {
  const items = view.agenda.map((item): OutcomeItem => {
    const vote = view.votes.find((entry) => entry.itemId === item.id && entry.status === 'revealed');
    const dotsOf = (noteId: string) =>
      vote ? (vote.results?.find((result) => result.noteId === noteId)?.dots ?? 0) : null;
    const notes = view.notes.filter((note) => note.itemId === item.id);
    const group = (clusterId: string | null, name: string | null): OutcomeCluster => {
      const inGroup = notes
        .filter((note) => note.cluster === clusterId)
        .map((note) => ({
          text: note.text,
          dots: dotsOf(note.id),
          author: view.anonymity === 'named' ? (note.author?.name ?? null) : null,
          createdAt: note.createdAt,
        }))
        .sort((a, b) => (b.dots ?? 0) - (a.dots ?? 0));
      const dots = vote ? inGroup.reduce((sum, note) => sum + (note.dots ?? 0), 0) : null;
      return { name, dots, notes: inGroup };
    };
    const clusters = view.clusters
      .filter((cluster) => cluster.itemId === item.id)
      .map((cluster) => group(cluster.id, cluster.name))
      .sort((a, b) => (b.dots ?? 0) - (a.dots ?? 0));
    const loose = group(null, null);
    return {
      title: item.title,
      minutes: item.minutes,
      clusters: loose.notes.length > 0 ? [...clusters, loose] : clusters,
    };
  });
  const polls = view.polls.map(
    (poll): OutcomePoll => ({
      question: poll.question,
      multiple: poll.multiple,
      voters: poll.voters,
      options: poll.options.map((text, index) => ({
        text,
        answers: poll.results ? (poll.results[index] ?? 0) : null,
      })),
    }),
  );
  return { title: view.title, date: view.date, participants, items, polls, liveNotes };
}
