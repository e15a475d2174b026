// The search index saved per space in IndexedDB (one database for the library, one record per space), so a
// reopened app searches at once. What comes back is checked: a damaged or older record means a rebuild.
import { z } from 'zod';
import { type SavedSearchIndex, SEARCH_INDEX_FORMAT } from './searchIndex';

const DATABASE = 'commons-library-search';
const STORE = 'indexes';

const savedSchema = z.object({
  format: z.literal(SEARCH_INDEX_FORMAT),
  index: z.string(),
  versions: z.record(z.string(), z.number()),
});

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

let database: Promise<IDBDatabase> | null = null;

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  database ??= openDatabase();
  return database.then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const request = work(db.transaction(STORE, mode).objectStore(STORE));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }),
  );
}

export async function loadSavedIndex(key: string): Promise<SavedSearchIndex | null> {
  try {
    const parsed = savedSchema.safeParse(await run('readonly', (store) => store.get(key)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveIndex(key: string, saved: SavedSearchIndex): Promise<void> {
  await run('readwrite', (store) => store.put(saved, key));
}
