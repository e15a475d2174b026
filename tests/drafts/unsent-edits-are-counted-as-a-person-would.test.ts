// @vitest-environment happy-dom
// "N edits not yet on the server" counts what a person did, not Yjs updates: a burst of typing is one edit
// (grouped like one undo step), a pause starts the next, and changes from others or the seed never count.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { DraftConnection, EDIT_PAUSE_MS } from '../../renderer/drafts/editor/draftConnection';

/** The editor's own changes carry its binding as origin; any object stands in for it. */
const editorBinding = {};

function typeCharacters(doc: Y.Doc, text: string): void {
  const body = doc.getText('body');
  for (const character of text) {
    doc.transact(() => body.insert(body.length, character), editorBinding);
    vi.advanceTimersByTime(80);
  }
}

const pending = (connection: DraftConnection) => {
  const state = connection.getState();
  return 'pendingChanges' in state ? state.pendingChanges : 0;
};

describe('the count of unsent edits', () => {
  let connection: DraftConnection;
  let doc: Y.Doc;

  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    doc = new Y.Doc();
    connection = new DraftConnection({
      serverUrl: 'http://relay.invalid',
      room: 'nrm/doc/lessons',
      token: 't',
      doc,
      canWrite: true,
    });
  });

  afterEach(() => {
    connection.destroy();
    vi.useRealTimers();
  });

  it('counts a sentence typed without pausing as one edit', () => {
    typeCharacters(doc, 'Written on the plane.');
    expect(pending(connection)).toBe(1);
  });

  it('counts each burst of typing after a pause as another edit', () => {
    typeCharacters(doc, 'First.');
    vi.advanceTimersByTime(EDIT_PAUSE_MS + 100);
    typeCharacters(doc, 'Second.');
    vi.advanceTimersByTime(5_000);
    typeCharacters(doc, 'Third.');
    expect(pending(connection)).toBe(3);
  });

  it('does not count changes that came from other people', () => {
    const other = new Y.Doc();
    other.getText('body').insert(0, 'From the office.');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), connection.websocket);
    expect(pending(connection)).toBe(0);
  });

  it('remembers the count across a reload', () => {
    typeCharacters(doc, 'Kept.');
    connection.destroy();
    const reopened = new DraftConnection({
      serverUrl: 'http://relay.invalid',
      room: 'nrm/doc/lessons',
      token: 't',
      doc: new Y.Doc(),
      canWrite: true,
    });
    expect(pending(reopened)).toBe(1);
    reopened.destroy();
  });
});
