// A space's index replica can hold thousands of entries that arrive in one Yjs event (the replica loading, a
// first sync). The library reads them in slices a task apart, so the page keeps answering; it must still list
// every entry, tell the search index about each one (also one looked up before its slice came), and show an
// ordinary edit at once.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LibraryEntries } from '../../renderer/library/model/libraryEntries';
import { DOCUMENTS_MAP } from '../../shared/documents';
import { syntheticEntries } from '../support/synthetic-library';

function replicaWith(count: number): { doc: Y.Doc; map: Y.Map<unknown> } {
  const doc = new Y.Doc();
  const map = doc.getMap<unknown>(DOCUMENTS_MAP);
  doc.transact(() => {
    for (const { id, ...entry } of syntheticEntries(count, 3)) map.set(id, entry);
  });
  return { doc, map };
}

describe('library entries of a large replica', () => {
  it('list every entry once read, in slices the listeners hear about one by one', async () => {
    const { map } = replicaWith(1_000);
    const entries = new LibraryEntries(map);
    const readAtOnce = entries.all().length;
    const heard = new Set<string>();
    let slices = 0;
    let listRedraws = 0;
    entries.subscribeList(() => {
      listRedraws += 1;
    });
    entries.subscribe((changed) => {
      slices += 1;
      for (const id of changed) heard.add(id);
    });
    // The first slice is read before the constructor returns; the rest wait for later tasks.
    expect(readAtOnce).toBeLessThan(1_000);
    await entries.whenRead();
    expect(entries.all()).toHaveLength(1_000);
    expect(slices).toBeGreaterThan(1);
    expect(heard.size).toBe(1_000 - readAtOnce);
    // Screens redraw the list a few times at most, and once all is read, not once per slice.
    expect(listRedraws).toBeGreaterThanOrEqual(1);
    expect(listRedraws).toBeLessThan(slices);
    const dates = entries.all().map((entry) => entry.updatedAt);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('give an entry asked for by id before its slice, and still announce it to the search index', async () => {
    const { map } = replicaWith(1_000);
    const lastId = [...map.keys()].at(-1) ?? '';
    const entries = new LibraryEntries(map);
    const heard = new Set<string>();
    entries.subscribe((changed) => {
      for (const id of changed) heard.add(id);
    });
    expect(entries.get(lastId)?.id).toBe(lastId);
    await entries.whenRead();
    expect(heard.has(lastId)).toBe(true);
  });

  it('read an ordinary edit at once, and a large sync arriving later in slices too', async () => {
    const { doc, map } = replicaWith(10);
    const entries = new LibraryEntries(map);
    await entries.whenRead();
    const first = entries.all()[0];
    if (!first) throw new Error('no entry');
    map.set(first.id, { ...(map.get(first.id) as object), title: 'Renamed lesson' });
    expect(entries.get(first.id)?.title).toBe('Renamed lesson');
    expect(entries.all().find((entry) => entry.id === first.id)?.title).toBe('Renamed lesson');

    const other = replicaWith(600).map;
    doc.transact(() => {
      for (const [id, value] of other.entries()) map.set(`sync${id}`, value);
    });
    await entries.whenRead();
    expect(entries.all()).toHaveLength(610);
  });
});
