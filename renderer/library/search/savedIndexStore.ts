// The search index saved per space in IndexedDB (one database for the library, one record per space), so a
// reopened app searches at once. What comes back is checked: a damaged or older record means a rebuild. The
// check is written out rather than a Zod schema: the worker then starts without Zod, a tenth of its size, and
// answers its first search sooner.
import { type SavedSearchIndex, SEARCH_INDEX_FORMAT } from './searchIndex';

const DATABASE = 'commons-library-search';
const STORE = 'indexes';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The saved record when it has the current format and every part the right type; null otherwise. */
export function readSavedIndex(value: unknown): SavedSearchIndex | null {
  if (!isRecord(value) || value.format !== SEARCH_INDEX_FORMAT || typeof value.index !== 'string')
    return null;
  const { versions } = value;
  if (!isRecord(versions)) return null;
  for (const version of Object.values(versions)) if (typeof version !== 'number') return null;
  return { format: SEARCH_INDEX_FORMAT, index: value.index, versions: versions as Record<string, number> };
}

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
    return readSavedIndex(await run('readonly', (store) => store.get(key)));
  } catch {
    return null;
  }
}

export async function saveIndex(key: string, saved: SavedSearchIndex): Promise<void> {
  await run('readwrite', (store) => store.put(saved, key));
}
