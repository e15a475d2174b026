// The relay writes each room's accepted updates at most one flush interval after the first of them (what a
// SIGKILL may lose), and rooms falling due within the same slot on the same tick, so storage commits them together.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { FlushClock } from '../../server/rooms/flush-clock';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

function recordingRoom(name: string, flushed: string[]) {
  return {
    flush: async () => {
      flushed.push(`${name}@${Date.now()}`);
    },
  };
}

test('each room is written within the interval, and rooms due in the same slot on one tick', () => {
  const clock = new FlushClock(200, () => Date.now());
  const flushed: string[] = [];
  const [a, b, c] = [recordingRoom('a', flushed), recordingRoom('b', flushed), recordingRoom('c', flushed)];
  clock.schedule(a);
  vi.advanceTimersByTime(10);
  clock.schedule(b);
  // A room already waiting keeps its turn: a second update does not push it back.
  vi.advanceTimersByTime(100);
  clock.schedule(a);
  clock.schedule(c);
  vi.advanceTimersByTime(90);
  // a and b fell due in the same 50 ms slot (200-250 ms): written together, neither later than 200 ms.
  expect(flushed).toEqual(['a@200', 'b@200']);
  vi.advanceTimersByTime(200);
  expect(flushed).toEqual(['a@200', 'b@200', 'c@300']);
});

test('a room that goes away is not written on its tick', () => {
  const clock = new FlushClock(200, () => Date.now());
  const flushed: string[] = [];
  const room = recordingRoom('gone', flushed);
  clock.schedule(room);
  clock.cancel(room);
  vi.advanceTimersByTime(1000);
  expect(flushed).toEqual([]);
});
