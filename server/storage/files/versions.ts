// Named versions as files: per room, a JSON list of the versions and one file per version holding its state,
// each written atomically (the state before the list names it, so a listed version always has its state).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { VersionStore, VersionSummary } from '../storage';
import { type SerialQueue, writeFileAtomic } from './durable-files';
import { roomFileName } from './room-names';

const versionList = z.array(
  z.object({
    id: z.string(),
    room: z.string(),
    name: z.string(),
    createdBy: z.string().nullable(),
    createdAt: z.number(),
  }),
);

const readIfThere = (path: string) =>
  readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });

/** `queue` serialises each room's version list (keys `versions:<room>`). */
export function fileVersionStore(folder: string, queue: SerialQueue): VersionStore {
  const roomFolder = (room: string) => join(folder, roomFileName(room));
  // Version ids come from callers: encoded like room names, so none can leave the room's folder.
  const statePath = (room: string, id: string) => join(roomFolder(room), `${roomFileName(id)}.state`);

  const list = async (room: string): Promise<VersionSummary[]> => {
    const stored = await readIfThere(join(roomFolder(room), 'versions.json'));
    if (!stored) return [];
    const parsed = versionList.safeParse(JSON.parse(stored.toString('utf8')));
    if (!parsed.success) throw new Error(`the version list of room ${room} is damaged`);
    return parsed.data;
  };

  return {
    saveVersion(version) {
      return queue.run(`versions:${version.room}`, async () => {
        const { state, ...summary } = version;
        const versions = await list(version.room);
        if (versions.some((known) => known.id === version.id)) {
          throw new Error(`room ${version.room} already has a version ${version.id}`);
        }
        await mkdir(roomFolder(version.room), { recursive: true });
        await writeFileAtomic(statePath(version.room, version.id), state);
        versions.push(summary);
        await writeFileAtomic(join(roomFolder(version.room), 'versions.json'), JSON.stringify(versions));
      });
    },
    async listVersions(room) {
      return (await list(room)).sort(
        (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    },
    async loadVersion(room, id) {
      const summary = (await list(room)).find((known) => known.id === id);
      if (!summary) return null;
      const state = await readIfThere(statePath(room, id));
      if (!state) throw new Error(`the state of version ${id} of room ${room} is missing`);
      return { ...summary, state: new Uint8Array(state) };
    },
  };
}
