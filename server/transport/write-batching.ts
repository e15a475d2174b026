// Gathers the messages one socket is sent during one task (a network read, with every frame in it) into one
// system call. The first message of a task goes out at once, uncorked: under load most readers get one message
// per task, and holding it in the stream's buffer until the task ends cost an allocation per write and a pass
// over the buffer (a tenth of the relay's allocations in the load bench). A second message in the same task
// corks the socket, so it and any later ones leave together when the task ends.
import type { Duplex } from 'node:stream';

/** The task in which a socket was last written to, kept on the socket itself (no per-write allocation). */
const WRITTEN_IN_TASK = Symbol('written in task');
type Tracked = Duplex & { [WRITTEN_IN_TASK]?: number };

export class WriteBatching {
  private readonly corked: Duplex[] = [];
  /** Counts tasks: bumped when the current one ends, so a mark from an earlier task never matches. */
  private task = 1;
  private scheduled = false;

  /** Call before writing to `socket`: the first write of a task goes out now, later ones when the task ends. */
  hold(socket: Duplex): void {
    const tracked = socket as Tracked;
    this.scheduleEndOfTask();
    if (tracked[WRITTEN_IN_TASK] !== this.task) {
      tracked[WRITTEN_IN_TASK] = this.task;
      return;
    }
    if (socket.writableCorked > 0) return;
    socket.cork();
    this.corked.push(socket);
  }

  private scheduleEndOfTask(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // After the current task and before any I/O, so the wait adds no latency beyond handling the rest of it.
    process.nextTick(this.endTask);
  }

  private readonly endTask = (): void => {
    this.scheduled = false;
    this.task += 1;
    for (const socket of this.corked) socket.uncork();
    this.corked.length = 0;
  };
}
