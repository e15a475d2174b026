// @vitest-environment happy-dom
// useYValue hands React plain, validated data read from a Yjs type, reads again only when something inside
// the type changes (local or remote, however deep), and shows the fallback until there is a type.
import { useEffect, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { useYValue } from '../../renderer/rooms/useYValue';
import { eventually } from '../server/support/relay';

const titles = z.array(z.string());
let reads = 0;
/** A model-style read: plain, validated data; anything that is not a string is dropped. */
function readTitles(map: Y.Map<unknown>): string[] {
  reads += 1;
  return [...map.values()].flatMap((value) => {
    const title = value instanceof Y.Map ? value.get('title') : value;
    return titles.element.safeParse(title).success ? [title as string] : [];
  });
}
const NONE: string[] = [];

const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
});

function View({ map, renders }: { map: Y.Map<unknown> | null; renders: string[][] }) {
  const value = useYValue(map, readTitles, NONE);
  useEffect(() => {
    renders.push(value);
  });
  return null;
}

function mount(map: Y.Map<unknown> | null) {
  const renders: string[][] = [];
  const root = createRoot(document.createElement('div'));
  root.render(<View map={map} renders={renders} />);
  unmounts.push(() => root.unmount());
  return renders;
}

test('reads plain data, again on each change inside the type, and not on unrelated renders', async () => {
  const doc = new Y.Doc();
  const map = doc.getMap<unknown>('documents');
  map.set('a', 'Model law');
  reads = 0;
  const renders = mount(map);
  await eventually(() => renders.length === 1);
  expect(renders[0]).toEqual(['Model law']);
  expect(reads).toBe(1);

  map.set('b', 42); // not valid: read, but dropped
  await eventually(() => reads === 2);

  // A change deep inside a nested type counts too, as does an update from another copy.
  const nested = new Y.Map<unknown>();
  map.set('c', nested);
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  (other.getMap<unknown>('documents').get('c') as Y.Map<unknown>).set('title', 'Curriculum');
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'relay');
  await eventually(() => renders.at(-1)?.includes('Curriculum') === true);
  expect(renders.at(-1)).toEqual(['Model law', 'Curriculum']);
  for (const value of renders)
    expect(Array.isArray(value) && value.every((t) => typeof t === 'string')).toBe(true);
});

test('shows the fallback until there is a type', async () => {
  const renders = mount(null);
  await eventually(() => renders.length === 1);
  expect(renders[0]).toBe(NONE);
});

// React subscribes after the commit, so a relay message can land between the first read and the subscription:
// the space index's first sync did, and the draft it held never showed ("Opening the document…" for good).
function ChangesBeforeSubscribing({ map }: { map: Y.Map<unknown> }) {
  useLayoutEffect(() => {
    map.set('late', 'Arrived before the subscription');
  }, [map]);
  return null;
}

test('a change between the first read and the subscription is shown', async () => {
  const doc = new Y.Doc();
  const map = doc.getMap<unknown>('documents');
  map.set('a', 'Model law');
  const renders: string[][] = [];
  const root = createRoot(document.createElement('div'));
  root.render(
    <>
      <View map={map} renders={renders} />
      <ChangesBeforeSubscribing map={map} />
    </>,
  );
  unmounts.push(() => root.unmount());
  await eventually(() => renders.at(-1)?.length === 2);
  expect(renders.at(-1)).toEqual(['Model law', 'Arrived before the subscription']);
});
