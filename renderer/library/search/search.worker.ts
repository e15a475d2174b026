// The library's search worker: keeps the MiniSearch index of the open space, answers searches, and saves the
// index to IndexedDB a moment after it changes. Messages are handled one after another in arrival order, so a
// search sent after an update sees it.
import '../../zodWithoutEval';
import { loadSavedIndex, saveIndex } from './savedIndexStore';
import {
  createSearchIndex,
  type LibrarySearchIndex,
  loadSearchIndex,
  remove,
  SEARCH_INDEX_FORMAT,
  searchPacked,
  upsert,
} from './searchIndex';
import type { FromSearchWorker, ToSearchWorker } from './searchProtocol';

const SAVE_AFTER_MS = 1_500;

let key: string | null = null;
let index: LibrarySearchIndex = createSearchIndex();
let versions: Record<string, number> = {};
let saveTimer: ReturnType<typeof setTimeout> | null = null;

const reply = (message: FromSearchWorker) => postMessage(message);

async function save(): Promise<void> {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = null;
  if (key === null) return;
  const savedKey = key;
  await saveIndex(savedKey, { format: SEARCH_INDEX_FORMAT, index: JSON.stringify(index), versions });
  reply({ type: 'saved', key: savedKey });
}

function changed(): void {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void save().catch(() => {}), SAVE_AFTER_MS);
  reply({ type: 'indexed', count: index.documentCount });
}

async function handle(message: ToSearchWorker): Promise<void> {
  switch (message.type) {
    case 'open': {
      if (saveTimer && key !== null) await save();
      const started = performance.now();
      key = message.key;
      const saved = await loadSavedIndex(message.key);
      const loaded = saved ? loadSearchIndex(saved) : null;
      index = loaded ?? createSearchIndex();
      versions = loaded && saved ? saved.versions : {};
      reply({ type: 'opened', key: message.key, versions, loadMs: performance.now() - started });
      return;
    }
    case 'upsert':
      upsert(index, versions, message.documents);
      changed();
      return;
    case 'remove':
      remove(index, versions, message.ids);
      changed();
      return;
    case 'search':
      reply({
        type: 'results',
        requestId: message.requestId,
        hits: searchPacked(index, message.query, message.limit),
      });
      return;
    case 'save':
      await save();
      return;
  }
}

let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  queue = queue.then(() => handle(event.data)).catch((error) => console.error(error));
};
