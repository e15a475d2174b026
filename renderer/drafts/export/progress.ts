// How long exports and imports report progress and honour cancellation, shared by every format.

/** Called with a fraction from 0 to 1 as work advances. */
export type ProgressListener = (fraction: number) => void;

export interface LongTaskOptions {
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}

/** Throws the standard AbortError when the person cancelled. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The export or import was cancelled', 'AbortError');
}

export function isCancellation(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Lets the page repaint and the cancel button respond between chunks of a long synchronous job. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
