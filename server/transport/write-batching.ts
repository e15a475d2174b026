// Holds each socket's writes until the frames that arrived together are all handled, then flushes them:
// a burst of updates reaches each reader in one system call instead of one per message.
import type { Duplex } from 'node:stream';

export class WriteBatching {
  private readonly corked: Duplex[] = [];
  private scheduled = false;

  /** Call before writing to `socket`: its writes wait until the current task ends. */
  hold(socket: Duplex): void {
    if (socket.writableCorked > 0) return;
    socket.cork();
    this.corked.push(socket);
    if (this.scheduled) return;
    this.scheduled = true;
    // After the current task (one network read, with every frame in it) and before any I/O, so the
    // wait adds no latency beyond handling the rest of that read.
    process.nextTick(this.flush);
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    for (const socket of this.corked) socket.uncork();
    this.corked.length = 0;
  };
}
