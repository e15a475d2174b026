// Named versions in a document room: editors name and restore, anyone who reads the document lists and opens
// them, the relay stamps who and when, and a restore first keeps the state it replaces as an automatic version,
// then reaches every client as a new edit.
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { draftRoot } from '../../shared/draft-content';
import type { VersionSummary } from '../../shared/requests/versions';
import { documentRoom } from '../../shared/rooms';
import { type BoundEditor, bindHeadlessEditor } from '../drafts/collaborationHarness';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const SPACE = 'care-network';
const ROOM = documentRoom(SPACE, 'model-law');
const setup = relayPerTest();

const bodyText = ({ editor }: BoundEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());

function write(bound: BoundEditor, ...paragraphs: string[]): void {
  bound.editor.update(
    () => {
      $getRoot()
        .clear()
        .append(...paragraphs.map((text) => $createParagraphNode().append($createTextNode(text))));
    },
    { discrete: true },
  );
}

/** A client whose document is bound to a headless Lexical editor, as the draft editor binds it. */
async function openBoundClient(token: string): Promise<BoundEditor> {
  const client = setup.connect(ROOM, token);
  const bound = bindHeadlessEditor(client.doc);
  await client.synced;
  return bound;
}

const output = <T>(reply: { ok: boolean }) => {
  expect(reply).toMatchObject({ ok: true });
  return (reply as unknown as { output: T }).output;
};

test('an editor names a version, changes the draft and restores it: everyone reads the restored text', async () => {
  const { token: editorToken, memberId } = await setup.relay.member(SPACE, 'editor', 'Amina');
  const author = await openBoundClient(editorToken);
  const reader = await openBoundClient(await setup.relay.token(SPACE, 'viewer'));
  write(author, 'Article 1. Victims are referred within 24 hours.', 'Article 2. Interpreters are provided.');
  await eventually(() => bodyText(reader).includes('24 hours'));

  const editor = await openChannelClient(setup.relay.wsUrl, ROOM, editorToken);
  const before = Date.now();
  const { version: named } = output<{ version: VersionSummary }>(
    await editor.request('version:save', { name: 'After the first consultation' }),
  );
  expect(named).toMatchObject({
    name: 'After the first consultation',
    createdBy: { memberId, name: 'Amina' },
  });
  expect(named.createdAt).toBeGreaterThanOrEqual(before);

  write(author, 'Article 1. Victims are referred within 72 hours.');
  await eventually(() => bodyText(reader).includes('72 hours'));

  const restoring = output<{ restored: VersionSummary; automatic: VersionSummary }>(
    await editor.request('version:restore', { id: named.id, automaticName: 'Avant la restauration' }),
  );
  expect(restoring.restored.id).toBe(named.id);
  expect(restoring.automatic).toMatchObject({ name: 'Avant la restauration', createdBy: { memberId } });

  for (const client of [author, reader]) {
    await eventually(() => bodyText(client).includes('24 hours'));
    expect(bodyText(client)).toContain('Interpreters are provided.');
    expect(bodyText(client)).not.toContain('72 hours');
  }

  // The list holds the named version and the automatic one; the automatic one reads as the draft did.
  const viewer = await openChannelClient(setup.relay.wsUrl, ROOM, await setup.relay.token(SPACE, 'viewer'));
  const { versions } = output<{ versions: VersionSummary[] }>(await viewer.request('version:list'));
  expect(versions.map((version) => version.name)).toEqual([
    'After the first consultation',
    'Avant la restauration',
  ]);
  const { state } = output<{ state: string }>(
    await viewer.request('version:get', { id: restoring.automatic.id }),
  );
  const kept = new Y.Doc();
  Y.applyUpdate(kept, Buffer.from(state, 'base64'));
  expect(draftRoot(kept).toString()).toContain('72 hours');
  editor.close();
  viewer.close();
});

test('viewers and commenters read versions but cannot name or restore one', async () => {
  const editor = await openChannelClient(setup.relay.wsUrl, ROOM, await setup.relay.token(SPACE, 'editor'));
  const { version } = output<{ version: VersionSummary }>(
    await editor.request('version:save', { name: 'Draft 1' }),
  );
  for (const role of ['viewer', 'commenter'] as const) {
    const reader = await openChannelClient(setup.relay.wsUrl, ROOM, await setup.relay.token(SPACE, role));
    expect(await reader.request('version:save', { name: 'Mine' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await reader.request('version:restore', { id: version.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const { versions } = output<{ versions: VersionSummary[] }>(await reader.request('version:list'));
    expect(versions.map((listed) => listed.name)).toEqual(['Draft 1']);
    expect((await reader.request('version:get', { id: version.id })).ok).toBe(true);
    reader.close();
  }
  expect(await editor.request('version:get', { id: 'no-such-version' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  expect(await editor.request('version:save', { name: '   ' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  editor.close();
});

test("versions are a document's own: another document lists none of them", async () => {
  const token = await setup.relay.token(SPACE, 'editor');
  const first = await openChannelClient(setup.relay.wsUrl, ROOM, token);
  output(await first.request('version:save', { name: 'Only here' }));
  const other = await openChannelClient(setup.relay.wsUrl, documentRoom(SPACE, 'guideline'), token);
  expect(output<{ versions: VersionSummary[] }>(await other.request('version:list')).versions).toEqual([]);
  first.close();
  other.close();
});
