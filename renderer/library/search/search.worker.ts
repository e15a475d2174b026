// The library's search worker: keeps the MiniSearch index of the open space, answers searches, and saves the
// index to IndexedDB a moment after it changes. Messages are handled one after another in arrival order, so a
// search sent after an update sees it.
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

/** Whether the index changed since it was loaded or last saved: an unchanged one is not written again. */
let dirty = false;

async function save(): Promise<void> {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = null;
  if (key === null) return;
  const savedKey = key;
  if (dirty) {
    dirty = false;
    try {
      await saveIndex(savedKey, { format: SEARCH_INDEX_FORMAT, index: JSON.stringify(index), versions });
    } catch (error) {
      dirty = key === savedKey;
      throw error;
    }
  }
  reply({ type: 'saved', key: savedKey });
}

/** Tells the page the index took what it sent; saves a moment later when something did change. */
function indexed(changes: number): void {
  reply({ type: 'indexed', count: index.documentCount });
  if (changes === 0) return;
  dirty = true;
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void save().catch(() => {}), SAVE_AFTER_MS);
}

async function handle(message: ToSearchWorker): Promise<void> {
  switch (message.type) {
    case 'open': {
      if (dirty && key !== null) await save();
      dirty = false;
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
      indexed(upsert(index, versions, message.documents));
      return;
    case 'remove':
      indexed(remove(index, versions, message.ids));
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
