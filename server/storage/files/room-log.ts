// The room log as plain files: `<room>.log` is append-only, one length-prefixed, checksummed record per update,
// flushed to disk before appendUpdates resolves; `<room>.snapshot` is replaced atomically when the room is
// compacted. A record torn by a crash mid-append fails its length or checksum, and it and anything after it are
// cut off when the room is next read, so the log always ends on a whole record.
import { open, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { RoomLog, StoredRoom } from '../storage';
import { type SerialQueue, syncFolder, writeFileAtomic } from './durable-files';
import { roomFileName } from './room-names';

// Record: data length (u32), CRC-32 of the sequence number's bytes and the data (u32), sequence number (u64).
const RECORD_HEADER = 16;
// Snapshot: "CMSS", CRC-32 of the rest (u32), the sequence number it holds updates through (u64), then the state.
const SNAPSHOT_MAGIC = 0x434d5353;
const SNAPSHOT_HEADER = 16;

interface LogRecord {
  seq: number;
  data: Uint8Array;
}

interface LogState {
  lastSeq: number;
  /** Bytes of whole records in the log file: the next record goes here. */
  size: number;
}

const checksum = (seqBytes: Uint8Array, data: Uint8Array) => crc32(data, crc32(seqBytes));

function encodeRecords(records: LogRecord[]): Buffer {
  const total = records.reduce((sum, record) => sum + RECORD_HEADER + record.data.byteLength, 0);
  const out = Buffer.alloc(total);
  let at = 0;
  for (const { seq, data } of records) {
    out.writeUInt32LE(data.byteLength, at);
    out.writeBigUInt64LE(BigInt(seq), at + 8);
    out.writeUInt32LE(checksum(out.subarray(at + 8, at + 16), data), at + 4);
    out.set(data, at + RECORD_HEADER);
    at += RECORD_HEADER + data.byteLength;
  }
  return out;
}

/** The whole records at the start of a log file, and how many bytes they take. */
function decodeRecords(file: Buffer): { records: LogRecord[]; validBytes: number } {
  const records: LogRecord[] = [];
  let at = 0;
  while (at + RECORD_HEADER <= file.byteLength) {
    const length = file.readUInt32LE(at);
    const end = at + RECORD_HEADER + length;
    if (end > file.byteLength) break;
    const seqBytes = file.subarray(at + 8, at + 16);
    const data = file.subarray(at + RECORD_HEADER, end);
    if (file.readUInt32LE(at + 4) !== checksum(seqBytes, data)) break;
    records.push({ seq: Number(file.readBigUInt64LE(at + 8)), data: new Uint8Array(data) });
    at = end;
  }
  return { records, validBytes: at };
}

function encodeSnapshot(snapshot: Uint8Array, throughSeq: number): Buffer {
  const out = Buffer.alloc(SNAPSHOT_HEADER + snapshot.byteLength);
  out.writeUInt32BE(SNAPSHOT_MAGIC, 0);
  out.writeBigUInt64LE(BigInt(throughSeq), 8);
  out.set(snapshot, SNAPSHOT_HEADER);
  out.writeUInt32LE(crc32(out.subarray(8)), 4);
  return out;
}

function decodeSnapshot(file: Buffer, path: string): { snapshot: Uint8Array; throughSeq: number } {
  // Written atomically, so a bad snapshot is damage on disk: say so rather than serve a room without it.
  if (
    file.byteLength < SNAPSHOT_HEADER ||
    file.readUInt32BE(0) !== SNAPSHOT_MAGIC ||
    file.readUInt32LE(4) !== crc32(file.subarray(8))
  ) {
    throw new Error(`the room snapshot ${path} is damaged`);
  }
  return {
    snapshot: new Uint8Array(file.subarray(SNAPSHOT_HEADER)),
    throughSeq: Number(file.readBigUInt64LE(8)),
  };
}

const readIfThere = (path: string): Promise<Buffer | null> =>
  readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });

/** `queue` serialises each room's reads and writes (keys `room:<name>`). */
export function fileRoomLog(folder: string, queue: SerialQueue): RoomLog {
  const states = new Map<string, LogState>();
  const paths = (room: string) => {
    const base = join(folder, roomFileName(room));
    return { log: `${base}.log`, snapshot: `${base}.snapshot` };
  };

  /** Reads a room's files, cutting a torn tail off the log, and remembers where its log ends. */
  const read = async (room: string) => {
    const { log, snapshot } = paths(room);
    const storedSnapshot = await readIfThere(snapshot);
    const stored = storedSnapshot ? decodeSnapshot(storedSnapshot, snapshot) : null;
    const logFile = (await readIfThere(log)) ?? Buffer.alloc(0);
    const { records, validBytes } = decodeRecords(logFile);
    if (validBytes < logFile.byteLength) await truncate(log, validBytes);
    const throughSeq = stored?.throughSeq ?? 0;
    // A crash between replacing the snapshot and rewriting the log leaves records the snapshot already holds.
    const pending = records.filter((record) => record.seq > throughSeq);
    const state = { lastSeq: Math.max(throughSeq, records.at(-1)?.seq ?? 0), size: validBytes };
    states.set(room, state);
    return { stored, pending, state };
  };

  const stateOf = async (room: string): Promise<LogState> => states.get(room) ?? (await read(room)).state;

  return {
    loadRoom(room) {
      return queue.run(`room:${room}`, async (): Promise<StoredRoom> => {
        const { stored, pending, state } = await read(room);
        return {
          snapshot: stored?.snapshot ?? null,
          updates: pending.map((record) => record.data),
          lastSeq: state.lastSeq,
          updateBytes: pending.reduce((sum, record) => sum + record.data.byteLength, 0),
        };
      });
    },

    appendUpdates(room, updates) {
      return queue.run(`room:${room}`, async () => {
        const state = await stateOf(room);
        if (updates.length === 0) return state.lastSeq;
        const records = updates.map((data, index) => ({ seq: state.lastSeq + index + 1, data }));
        const bytes = encodeRecords(records);
        const { log } = paths(room);
        const handle = await open(log, 'a');
        try {
          try {
            await handle.write(bytes, 0, bytes.byteLength);
            await handle.datasync();
          } catch (error) {
            // Take back a partial write, so the next append does not follow half a record.
            await handle.truncate(state.size).catch(() => {});
            throw error;
          }
        } finally {
          await handle.close();
        }
        // A new log file's name must reach the disk too, or a power cut could lose the whole file.
        if (state.size === 0) await syncFolder(folder);
        state.size += bytes.byteLength;
        state.lastSeq += records.length;
        return state.lastSeq;
      });
    },

    compact(room, snapshot, throughSeq) {
      return queue.run(`room:${room}`, async () => {
        const { log, snapshot: snapshotPath } = paths(room);
        await writeFileAtomic(snapshotPath, encodeSnapshot(snapshot, throughSeq));
        // Then the log keeps only what the snapshot lacks; a crash before this is tidied up by the next read.
        const { pending, state } = await read(room);
        const kept = encodeRecords(pending);
        await writeFileAtomic(log, kept);
        state.size = kept.byteLength;
      });
    },
  };
}
