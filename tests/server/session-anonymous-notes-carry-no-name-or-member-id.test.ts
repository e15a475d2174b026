// Anonymity that holds against someone reading the raw Yjs traffic: in an 'anonymous' session no participant's
// name or member id is anywhere in the room's state (as a participant holds it, as the relay stores it) nor in
// any frame a participant receives; notes are written by the relay's client id with no author field. In
// 'facilitator-only' sessions the facilitator alone can ask who wrote what; 'named' sessions show names.
import { expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openStorage } from '../../server/storage/open';
import { isRelayClientId } from '../../shared/relay-writes';
import { readAttendance, readHands, readNotes, SESSION_NOTES, type SessionNote } from '../../shared/sessions';
import { ask, expectRefused, joinAsGuest, SPACE, setUpSession } from './session-fixture';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const setup = relayPerTest();
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Everyone's session activity: notes, hands, dots and a poll answer, by two guests and one member. */
async function runWorkshop(anonymity: 'anonymous' | 'facilitator-only' | 'named') {
  const session = await setUpSession(setup.relay, { anonymity });
  const { room, facilitator, agenda, code } = session;
  const itemId = agenda[0]?.id ?? '';
  const pita = await joinAsGuest(setup.relay, code, 'Participant Pita');
  const lani = await joinAsGuest(setup.relay, code, 'Participant Lani');
  const cato = await setup.relay.member(SPACE, 'commenter', 'Commenter Cato');
  const people = [
    { name: 'Participant Pita', id: pita.memberId, token: pita.token },
    { name: 'Participant Lani', id: lani.memberId, token: lani.token },
    { name: 'Commenter Cato', id: cato.memberId, token: cato.token },
  ];
  // Participants as the renderer connects them: providers that publish presence (cursors) with a name.
  const provider = (token: string, doc: Y.Doc, name: string) => {
    const opened = new WebsocketProvider(setup.relay.wsUrl, room, doc, {
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    opened.awareness.setLocalStateField('name', name);
    return opened;
  };
  const watcherDoc = new Y.Doc();
  const watcher = provider(pita.token, watcherDoc, 'Participant Pita');
  const other = provider(lani.token, new Y.Doc(), 'Participant Lani');
  const received: Uint8Array[] = [];
  watcher.on('status', () => {
    watcher.ws?.addEventListener('message', (event: { data: ArrayBuffer }) =>
      received.push(new Uint8Array(event.data)),
    );
  });
  const clients = await Promise.all(
    people.map((person) => openChannelClient(setup.relay.wsUrl, room, person.token)),
  );
  for (const [index, client] of clients.entries()) {
    await ask(client, 'note:add', { itemId, text: `Idea number ${index + 1}` });
    await ask(client, 'hand:raise');
  }
  const { voteId } = await ask<{ voteId: string }>(facilitator, 'vote:open', { itemId });
  await eventually(() => readNotes(watcherDoc).length === 3);
  const notes = readNotes(watcherDoc);
  for (const client of clients)
    await ask(client, 'vote:cast', { voteId, noteIds: notes.map((note) => note.id) });
  const { pollId } = await ask<{ pollId: string }>(facilitator, 'poll:add', {
    question: 'Meet again?',
    options: ['Yes', 'No'],
    multiple: false,
  });
  for (const client of clients) await ask(client, 'poll:answer', { pollId, choices: [0] });
  await ask(facilitator, 'vote:reveal', { voteId });
  await ask(facilitator, 'poll:reveal', { pollId });
  await eventually(() => readHands(watcherDoc).length === 3 && readAttendance(watcherDoc).present >= 4);
  // Lani's presence has reached Pita.
  await eventually(() => watcher.awareness.getStates().size >= 2);
  return {
    session,
    people,
    clients,
    watcher: {
      destroy() {
        watcher.destroy();
        other.destroy();
      },
    },
    watcherDoc,
    received,
    notes,
  };
}

/** The client ids that wrote the notes array's items. */
function noteWriters(doc: Y.Doc): number[] {
  const writers: number[] = [];
  for (let item = doc.getArray(SESSION_NOTES)._start; item; item = item.right) writers.push(item.id.client);
  return writers;
}

test('in an anonymous session no name or member id of a participant is in the room state, the stored state or the traffic', async () => {
  const { session, people, clients, watcher, watcherDoc, received, notes } = await runWorkshop('anonymous');
  expect(notes.every((note: SessionNote) => note.author === undefined)).toBe(true);
  expect(noteWriters(watcherDoc).every(isRelayClientId)).toBe(true);

  // The room as the relay stored it: its snapshot and every logged update, read from its data folder.
  const storage = await openStorage({ dataDir: setup.relay.dataDir });
  const log = await storage.rooms.loadRoom(session.room);
  await storage.close();
  const storedBytes = [log.snapshot, ...log.updates].filter(
    (update): update is Uint8Array => update !== null,
  );
  expect(storedBytes.length).toBeGreaterThan(0);

  const texts = {
    participantState: latin1(Y.encodeStateAsUpdate(watcherDoc)),
    storedState: storedBytes.map(latin1).join('\n'),
    participantTraffic: received.map(latin1).join('\n'),
  };
  expect(texts.participantTraffic.length).toBeGreaterThan(0);
  for (const person of people) {
    for (const [where, text] of Object.entries(texts)) {
      expect(text.includes(person.name), `${person.name} in ${where}`).toBe(false);
      expect(text.includes(person.id), `${person.id} in ${where}`).toBe(false);
    }
  }
  // Nor can the facilitator ask who wrote what.
  await expectRefused(session.facilitator, 'session:authors', {}, 'forbidden');
  watcher.destroy();
  for (const client of clients) client.close();
});

test('in a facilitator-only session the room has no authors, and only the facilitator can ask for them', async () => {
  const { session, people, clients, watcherDoc, notes } = await runWorkshop('facilitator-only');
  const state = latin1(Y.encodeStateAsUpdate(watcherDoc));
  for (const person of people) expect(state.includes(person.name)).toBe(false);
  const { authors } = await ask<{ authors: { noteId: string; name: string }[] }>(
    session.facilitator,
    'session:authors',
  );
  expect(authors.map((author) => author.name).sort()).toEqual(people.map((person) => person.name).sort());
  expect(authors.map((author) => author.noteId).sort()).toEqual(notes.map((note) => note.id).sort());
  await expectRefused(clients[0] ?? session.facilitator, 'session:authors', {}, 'forbidden');
  for (const client of clients) client.close();
});

test('in a named session each note carries its author, stamped by the relay', async () => {
  const { people, clients, notes } = await runWorkshop('named');
  expect(notes.map((note) => note.author?.name).sort()).toEqual(people.map((person) => person.name).sort());
  for (const client of clients) client.close();
});
