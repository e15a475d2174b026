// Bench clients: the stock y-websocket provider, exactly as the renderer opens it, against either server.
import type * as Y from 'yjs';
import { connectStockClient, type StockClient } from '../server/support/stock-client';
import type { BenchServer } from './servers';

export type BenchClient = StockClient;

// Each stock provider adds a process 'exit' listener; 50 clients in one room are expected, not a leak, so
// Node's "possible EventEmitter memory leak" warning (past 10 listeners) would only clutter the output.
process.setMaxListeners(0);

export function connect(server: BenchServer, room: string, doc?: Y.Doc): BenchClient {
  return connectStockClient(server.wsUrl, room, server.params, doc);
}

/** Resolves when `check` holds, testing it after every update of `doc`. */
export function whenDoc(doc: Y.Doc, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const onUpdate = () => {
      if (!check()) return;
      doc.off('update', onUpdate);
      resolve();
    };
    doc.on('update', onUpdate);
  });
}

/** Rejects after `ms` so a stuck benchmark fails instead of hanging. */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** The median of a list of round figures (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
