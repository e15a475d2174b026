// This person's edits to one draft that the relay has not yet confirmed stored, as a person counts them (a burst
// of typing is one edit), each with the Yjs clock it reached: the relay's `stored` state vector confirms an edit
// once it covers that clock. The list survives a reload (localStorage) like the edits themselves (IndexedDB), so a
// reopened draft never calls them saved before the relay has said so.

export interface LocalEdit {
  /** The Y.Doc client id that made the edit (a reloaded draft gets a new one; the old ones stay listed). */
  client: number;
  /** That client's clock after the edit: the edit is stored once the relay's state vector reaches it. */
  clock: number;
  /** Handed to the relay (on an open socket, or by a sync since); not yet confirmed stored. */
  sent: boolean;
}

interface Remembered {
  edits: { client: number; clock: number }[];
  lastSyncedAt: number | null;
}

export class LocalEdits {
  private edits: LocalEdit[];
  /** Client ids whose edits this list speaks for; another tab of the same draft keeps its own in the same key. */
  private readonly known = new Set<number>();
  /** When the relay last confirmed everything this person wrote (or there was nothing to confirm). */
  lastSyncedAt: number | null;

  constructor(private readonly storageKey: string) {
    const remembered = this.read();
    // From an earlier session: whatever was sent then may never have arrived; the next sync sends it again.
    this.edits = remembered.edits.map((edit) => ({ ...edit, sent: false }));
    for (const edit of this.edits) this.known.add(edit.client);
    this.lastSyncedAt = remembered.lastSyncedAt;
  }

  counts(): { pendingChanges: number; unsent: number; unconfirmed: number } {
    const unconfirmed = this.edits.filter((edit) => edit.sent).length;
    return { pendingChanges: this.edits.length, unsent: this.edits.length - unconfirmed, unconfirmed };
  }

  /** A local change: a new edit, or (`continues`) part of the last one, which then reaches a later clock. */
  record(edit: LocalEdit, continues: boolean): void {
    this.known.add(edit.client);
    const last = this.edits.at(-1);
    if (continues && last && last.client === edit.client) {
      last.clock = Math.max(last.clock, edit.clock);
      last.sent = last.sent && edit.sent;
    } else {
      this.edits.push({ ...edit });
    }
    this.remember();
  }

  markAllSent(): void {
    for (const edit of this.edits) edit.sent = true;
  }

  /**
   * The relay stored everything up to `stored` (client id → clock). Only a sent edit is confirmed: an edit that
   * only deletes does not move the clock, so an unsent one would otherwise pass for stored.
   */
  confirm(stored: Map<number, number>, now = Date.now()): void {
    const before = this.edits.length;
    this.edits = this.edits.filter((edit) => !(edit.sent && (stored.get(edit.client) ?? 0) >= edit.clock));
    if (this.edits.length === 0) this.lastSyncedAt = now;
    if (this.edits.length !== before || this.edits.length === 0) this.remember();
  }

  /** Synced with nothing of this person's waiting: everything they wrote is on the relay already. */
  confirmedNow(now = Date.now()): void {
    this.lastSyncedAt = now;
    this.remember();
  }

  private remember(): void {
    const others = this.read().edits.filter((edit) => !this.known.has(edit.client));
    const value: Remembered = {
      edits: [...others, ...this.edits.map(({ client, clock }) => ({ client, clock }))],
      lastSyncedAt: this.lastSyncedAt,
    };
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the list is a courtesy, the edits themselves are safe in IndexedDB.
    }
  }

  private read(): Remembered {
    try {
      const value = JSON.parse(localStorage.getItem(this.storageKey) ?? '{}') as Record<string, unknown>;
      const edits = Array.isArray(value.edits)
        ? value.edits.filter(
            (edit): edit is { client: number; clock: number } =>
              typeof edit === 'object' &&
              edit !== null &&
              Number.isSafeInteger((edit as Record<string, unknown>).client) &&
              Number.isSafeInteger((edit as Record<string, unknown>).clock),
          )
        : [];
      return {
        edits,
        lastSyncedAt: typeof value.lastSyncedAt === 'number' ? value.lastSyncedAt : null,
      };
    } catch {
      return { edits: [], lastSyncedAt: null };
    }
  }
}
