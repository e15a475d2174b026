// @vitest-environment happy-dom
// A part of the app loaded ahead of time (the editor while the drafts list shows, the workspace during the first
// run) shows in the first render, with no loading fallback in between, which React would otherwise hold on
// screen for 300 ms; a part not loaded yet shows its fallback, then itself.
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { preloadableLazy } from '../../renderer/app/preloadableLazy';
import { eventually } from '../server/support/relay';

const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
});

interface PartProps {
  label: string;
  shown: string[];
}

function Fallback({ shown }: { shown: string[] }) {
  shown.push('fallback');
  return null;
}

function Part({ label, shown }: PartProps) {
  shown.push(label);
  return null;
}

function show(part: ReturnType<typeof preloadableLazy<PartProps>>, shown: string[]): void {
  const root = createRoot(document.createElement('div'));
  root.render(
    <Suspense fallback={<Fallback shown={shown} />}>
      <part.Component label="editor" shown={shown} />
    </Suspense>,
  );
  unmounts.push(() => root.unmount());
}

function countedPart(loads: { count: number }) {
  return preloadableLazy<PartProps>(async () => {
    loads.count += 1;
    return Part;
  });
}

test('a part loaded ahead of time shows at once, never its fallback', async () => {
  const shown: string[] = [];
  const loads = { count: 0 };
  const part = countedPart(loads);
  await part.preload();
  expect(part.loaded()).toBe(true);

  show(part, shown);
  await eventually(() => shown.length > 0);
  expect(shown[0]).toBe('editor');
  expect(shown).not.toContain('fallback');
  expect(loads.count).toBe(1);
});

test('a part not loaded yet shows its fallback, then itself', async () => {
  const shown: string[] = [];
  const loads = { count: 0 };
  show(countedPart(loads), shown);
  await eventually(() => shown.includes('editor'));
  expect(shown[0]).toBe('fallback');
  expect(loads.count).toBe(1);
});

test('a part asked for twice, ahead of time and by React, loads once', async () => {
  const shown: string[] = [];
  const loads = { count: 0 };
  const part = countedPart(loads);
  const ahead = part.preload();
  show(part, shown);
  expect(await part.preload()).toBe(await ahead);
  await eventually(() => shown.includes('editor'));
  expect(loads.count).toBe(1);
});

test('a part that failed to load is loaded again when asked next', async () => {
  let attempts = 0;
  const part = preloadableLazy<object>(async () => {
    attempts += 1;
    if (attempts === 1) throw new Error('the network went away');
    return () => null;
  });
  await expect(part.preload()).rejects.toThrow('the network went away');
  expect(part.loaded()).toBe(false);
  await part.preload();
  expect(part.loaded()).toBe(true);
  expect(attempts).toBe(2);
});
