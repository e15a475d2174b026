// What a reader is sent while the relay handles one network read leaves in as few system calls as it can: the
// first message at once, the ones after it together when the read is handled.
import { Duplex } from 'node:stream';
import { expect, test } from 'vitest';
import { WriteBatching } from '../../server/transport/write-batching';

/** A socket that records each system call it would make: one entry per write, with the messages in it. */
class RecordingSocket extends Duplex {
  readonly calls: string[][] = [];
  override _read(): void {}
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.calls.push([chunk.toString()]);
    done();
  }
  override _writev(chunks: { chunk: Buffer }[], done: () => void): void {
    this.calls.push(chunks.map(({ chunk }) => chunk.toString()));
    done();
  }
}

function send(batching: WriteBatching, socket: RecordingSocket, message: string): void {
  batching.hold(socket);
  socket.write(message);
}

const endOfTask = () => new Promise<void>((resolve) => setImmediate(resolve));

test('one message in a task goes out at once, in a write of its own', async () => {
  const batching = new WriteBatching();
  const reader = new RecordingSocket();
  send(batching, reader, 'update 1');
  expect(reader.calls).toEqual([['update 1']]);
  await endOfTask();
  send(batching, reader, 'update 2');
  expect(reader.calls).toEqual([['update 1'], ['update 2']]);
});

test('further messages in the same task leave together when the task ends, for each reader', async () => {
  const batching = new WriteBatching();
  const amina = new RecordingSocket();
  const bakhyt = new RecordingSocket();
  for (const update of ['a', 'b', 'c']) {
    send(batching, amina, update);
    send(batching, bakhyt, update);
  }
  expect(amina.calls).toEqual([['a']]);
  await endOfTask();
  expect(amina.calls).toEqual([['a'], ['b', 'c']]);
  expect(bakhyt.calls).toEqual([['a'], ['b', 'c']]);
  expect(amina.writableCorked).toBe(0);
  // The next task starts afresh: its first message goes out at once again.
  send(batching, amina, 'd');
  expect(amina.calls).toEqual([['a'], ['b', 'c'], ['d']]);
});
