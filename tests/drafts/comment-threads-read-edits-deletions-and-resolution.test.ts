// The discussion reader reduces the relay's comments and events to threads as people read them: the latest
// text of an edited comment, deleted comments gone (or a placeholder while replies follow), and the last
// resolve or reopen deciding a thread's state.
import { expect, test } from 'vitest';
import { type CommentEvent, type DiscussionComment, reduceThreads } from '../../shared/discussion';

const amina = { memberId: 'amina', name: 'Amina' };
const lead = { memberId: 'lead', name: 'Lead' };

const comment = (id: string, thread: string, body: string, author = amina): DiscussionComment => ({
  id,
  thread,
  body,
  author,
  createdAt: 1,
  ...(id === thread ? { anchor: { start: 'AA', end: 'AA', quote: 'words' } } : {}),
});

test('an edit replaces the body and says when; mentions follow the edit', () => {
  const events: CommentEvent[] = [
    { type: 'edit', comment: 'c1', body: 'Better words, @Lead.', mentions: ['lead'], by: amina, at: 5 },
  ];
  const [thread] = reduceThreads([comment('c1', 'c1', 'First words.')], events);
  expect(thread?.comments[0]).toMatchObject({
    body: 'Better words, @Lead.',
    mentions: ['lead'],
    editedAt: 5,
  });
  expect(thread?.anchor?.quote).toBe('words');
});

test('a deleted first comment stays as a placeholder while a reply follows; with nothing left the thread goes', () => {
  const comments = [comment('c1', 'c1', 'Opening.'), comment('c2', 'c1', 'Reply.', lead)];
  const deleteFirst: CommentEvent = { type: 'delete', comment: 'c1', by: amina, at: 2 };
  const [thread] = reduceThreads(comments, [deleteFirst]);
  expect(thread?.comments).toMatchObject([
    { id: 'c1', deleted: true, body: '' },
    { id: 'c2', deleted: false, body: 'Reply.' },
  ]);
  expect(thread?.anchor).not.toBeNull();
  const deleteReply: CommentEvent = { type: 'delete', comment: 'c2', by: lead, at: 3 };
  expect(reduceThreads(comments, [deleteFirst, deleteReply])).toEqual([]);
});

test('an edit after a deletion does not bring a comment back', () => {
  const [thread] = reduceThreads(
    [comment('c1', 'c1', 'Opening.'), comment('c2', 'c1', 'Reply.')],
    [
      { type: 'delete', comment: 'c2', by: amina, at: 2 },
      { type: 'edit', comment: 'c2', body: 'Back again.', by: amina, at: 3 },
    ],
  );
  expect(thread?.comments.map((view) => view.body)).toEqual(['Opening.']);
});

test('the last resolve or reopen decides, and replies never start threads of their own', () => {
  const comments = [
    comment('c1', 'c1', 'Opening.'),
    comment('c2', 'c1', 'Reply.'),
    comment('c3', 'nope', 'Lost.'),
  ];
  const resolve: CommentEvent = { type: 'resolve', thread: 'c1', by: lead, at: 4 };
  const reopen: CommentEvent = { type: 'reopen', thread: 'c1', by: amina, at: 5 };
  expect(reduceThreads(comments, [resolve])[0]?.resolved).toEqual({ by: lead, at: 4 });
  expect(reduceThreads(comments, [resolve, reopen])[0]?.resolved).toBeNull();
  expect(reduceThreads(comments, [resolve, reopen, resolve]).map((thread) => thread.id)).toEqual(['c1']);
});
