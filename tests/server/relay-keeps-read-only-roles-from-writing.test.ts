// Roles are enforced by the relay: a viewer's or commenter's change to a document body is never applied,
// shared or stored, and the client is told once; commenters can still write discussion rooms.
import { afterEach, expect, test, vi } from 'vitest';
import { discussionRoom, documentRoom } from '../../shared/rooms';
import { eventually, health } from './support/relay';
import { relayPerTest } from './support/relay-per-test';

const SPACE = 'referral-network';
const setup = relayPerTest();
const open = (room: string, token: string) => setup.connect(room, token);
const token = (role: 'viewer' | 'commenter' | 'editor') => setup.relay.token(SPACE, role);

afterEach(() => {
  vi.restoreAllMocks();
});

async function closeAllAndWaitForUnload(): Promise<void> {
  setup.closeClients();
  await eventually(async () => (await health(setup.relay.url)).rooms === 0);
}

for (const role of ['viewer', 'commenter'] as const) {
  test(`a ${role}'s edit to a document body never reaches other clients or storage`, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const room = documentRoom(SPACE, 'victim-identification');
    const editorToken = await token('editor');
    const editor = open(room, editorToken);
    await editor.synced;
    editor.doc.getText('body').insert(0, 'Agreed text.');
    const reader = open(room, await token(role));
    await reader.synced;
    await eventually(() => reader.doc.getText('body').toString() === 'Agreed text.');

    reader.doc.getText('body').insert(0, 'UNAUTHORISED ');
    await eventually(() => warn.mock.calls.some((call) => String(call[0]).includes('Permission denied')));
    // The editor's next change travels the same socket path, so once it arrives the refused one would have too.
    editor.doc.getText('body').insert(editor.doc.getText('body').length, ' Signed.');
    await eventually(() => reader.doc.getText('body').toString().endsWith('Signed.'));
    expect(editor.doc.getText('body').toString()).toBe('Agreed text. Signed.');

    reader.doc.getText('body').insert(0, 'AGAIN ');
    editor.doc.getText('body').insert(0, '> ');
    await eventually(() => reader.doc.getText('body').toString().includes('> '));
    const denials = warn.mock.calls.filter((call) => String(call[0]).includes('Permission denied'));
    expect(denials).toHaveLength(1);
    expect(editor.doc.getText('body').toString()).toBe('> Agreed text. Signed.');

    await closeAllAndWaitForUnload();
    const later = open(room, editorToken);
    await later.synced;
    expect(later.doc.getText('body').toString()).toBe('> Agreed text. Signed.');
  });
}

test('a viewer that only reads is not told anything is denied', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const room = documentRoom(SPACE, 'lessons');
  const editor = open(room, await token('editor'));
  await editor.synced;
  editor.doc.getText('body').insert(0, 'Lesson learnt.');
  const viewer = open(room, await token('viewer'));
  await viewer.synced;
  await eventually(() => viewer.doc.getText('body').toString() === 'Lesson learnt.');
  editor.doc.getText('body').insert(0, 'Update: ');
  await eventually(() => viewer.doc.getText('body').toString() === 'Update: Lesson learnt.');
  expect(warn.mock.calls.some((call) => String(call[0]).includes('Permission denied'))).toBe(false);
});

test('a commenter writes a discussion room and others receive it', async () => {
  const room = discussionRoom(SPACE, 'victim-identification');
  const commenter = open(room, await token('commenter'));
  const editor = open(room, await token('editor'));
  await Promise.all([commenter.synced, editor.synced]);
  commenter.doc.getArray('threads').push([{ text: 'Should this cover children?' }]);
  await eventually(() => editor.doc.getArray('threads').length === 1);

  await closeAllAndWaitForUnload();
  const later = open(room, await token('viewer'));
  await later.synced;
  expect(later.doc.getArray('threads').toJSON()).toEqual([{ text: 'Should this cover children?' }]);
});
