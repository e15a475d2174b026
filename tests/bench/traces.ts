// The editing traces in ./traces (josephg/editing-traces, CC BY 4.0; see SOURCE.md there), turned into
// the Yjs updates each writer sends: the sequential trace as-is, the concurrent one with every transaction
// applied to a document holding exactly what its writer had seen (its parents), as the writer typed it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';

type Patch = [position: number, deleted: number, inserted: string];

interface SequentialTrace {
  startContent: string;
  endContent: string;
  txns: { patches: Patch[] }[];
}

interface ConcurrentTrace {
  endContent: string;
  numAgents: number;
  txns: { agent: number; parents: number[]; patches: Patch[] }[];
}

// Next to this file when run from the sources, two levels up when run from the bundle in dist/bench.
const TRACE_FOLDERS = [
  resolve(import.meta.dirname, 'traces'),
  resolve(import.meta.dirname, '../../tests/bench/traces'),
];

function readTrace<T>(name: string): T {
  const file = TRACE_FOLDERS.map((folder) => resolve(folder, `${name}.json.gz`)).find(existsSync);
  if (!file) throw new Error(`the editing trace ${name}.json.gz is not in tests/bench/traces`);
  return JSON.parse(gunzipSync(readFileSync(file)).toString()) as T;
}

function applyPatches(text: Y.Text, patches: Patch[]): void {
  for (const [position, deleted, inserted] of patches) {
    if (deleted > 0) text.delete(position, deleted);
    if (inserted.length > 0) text.insert(position, inserted);
  }
}

export interface SequentialReplay {
  /** Transactions replayed (a prefix of the trace when `limit` is below its length). */
  txns: number;
  totalTxns: number;
  /** Applies transaction `index` to the writer's text. */
  apply(text: Y.Text, index: number): void;
  /** What every replica must hold at the end: endContent for the whole trace. */
  expected: string;
}

export function sequentialTrace(name: string, limit: number): SequentialReplay {
  const trace = readTrace<SequentialTrace>(name);
  const txns = Math.min(limit, trace.txns.length);
  let expected = trace.endContent;
  if (txns < trace.txns.length) {
    // The prefix's content, computed without Yjs so the check is independent of what it checks.
    let content = trace.startContent;
    for (const { patches } of trace.txns.slice(0, txns)) {
      for (const [position, deleted, inserted] of patches) {
        content = content.slice(0, position) + inserted + content.slice(position + deleted);
      }
    }
    expected = content;
  }
  return {
    txns,
    totalTxns: trace.txns.length,
    apply: (text, index) => applyPatches(text, (trace.txns[index] as { patches: Patch[] }).patches),
    expected,
  };
}

export interface ConcurrentReplay {
  agents: number;
  txns: number;
  /** In trace order: which agent sends, and the updates it applies (parents it lacked, then its own). */
  steps: { agent: number; updates: Uint8Array[] }[];
  expected: string;
}

export function concurrentTrace(name: string): ConcurrentReplay {
  const trace = readTrace<ConcurrentTrace>(name);
  const views = Array.from({ length: trace.numAgents }, (_, agent) => {
    const doc = new Y.Doc();
    doc.clientID = agent + 1;
    return doc;
  });
  const seen = views.map(() => new Set<number>());
  const updates: Uint8Array[] = [];
  const steps: ConcurrentReplay['steps'] = [];
  trace.txns.forEach((txn, index) => {
    const view = views[txn.agent] as Y.Doc;
    const known = seen[txn.agent] as Set<number>;
    // Everything in this transaction's history the writer has not applied yet, oldest first.
    const missing: number[] = [];
    const stack = [...txn.parents];
    while (stack.length > 0) {
      const parent = stack.pop() as number;
      if (known.has(parent)) continue;
      known.add(parent);
      missing.push(parent);
      stack.push(...(trace.txns[parent] as { parents: number[] }).parents);
    }
    missing.sort((a, b) => a - b);
    for (const parent of missing) Y.applyUpdate(view, updates[parent] as Uint8Array);
    let own: Uint8Array | null = null;
    const capture = (update: Uint8Array) => {
      own = update;
    };
    view.on('update', capture);
    view.transact(() => applyPatches(view.getText('text'), txn.patches));
    view.off('update', capture);
    known.add(index);
    updates[index] = own ?? new Uint8Array([0, 0]);
    steps.push({
      agent: txn.agent,
      updates: [...missing.map((parent) => updates[parent] as Uint8Array), updates[index] as Uint8Array],
    });
  });
  // Check the preparation itself before blaming any relay: all writers' work merged gives endContent.
  const merged = new Y.Doc();
  for (const update of updates) Y.applyUpdate(merged, update);
  if (merged.getText('text').toString() !== trace.endContent) {
    throw new Error(`${name}: replaying the trace offline does not give its endContent`);
  }
  return { agents: trace.numAgents, txns: trace.txns.length, steps, expected: trace.endContent };
}
