// Lets the page handle input and paint between slices of a long job (reading 10,000 entries, sending them to
// the search worker). scheduler.yield (Chromium 129+) resumes ahead of other queued tasks; setTimeout is the
// fallback, and is clamped to 4 ms after a few nested calls, which a job of a hundred slices would feel.
interface Scheduler {
  yield(): Promise<void>;
}

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
