// Short session codes: eight letters from an alphabet without look-alikes, minted by a facilitator, each naming
// one session. Kept (as hashes) in one private log, so they survive a restart on every storage engine; a new
// code for a session replaces its old one, and closing a session retires its code.
import { randomInt } from 'node:crypto';
import type { Logger } from 'pino';
import { normaliseSessionCode, SESSION_CODE_ALPHABET, SESSION_CODE_LENGTH } from '../../shared/session-join';
import { hashCode } from '../auth/one-time-codes';
import type { RoomLog } from '../storage/storage';
import { PrivateLog, type PrivateState, privateLogName } from './private-log';

export interface CodeTarget {
  space: string;
  session: string;
}

type CodeEvent = { t: 'code'; hash: string; space: string; session: string } | { t: 'retire'; hash: string };

type Codes = Map<string, CodeTarget>;

const codeState: PrivateState<Codes, CodeEvent> = {
  empty: () => new Map(),
  apply(state, event) {
    if (event.t === 'code') state.set(event.hash, { space: event.space, session: event.session });
    else state.delete(event.hash);
  },
  snapshot: (state) => [...state],
  restore: (raw) => new Map(raw as [string, CodeTarget][]),
};

const newShortCode = (): string =>
  Array.from(
    { length: SESSION_CODE_LENGTH },
    () => SESSION_CODE_ALPHABET[randomInt(SESSION_CODE_ALPHABET.length)],
  ).join('');

export class SessionCodes {
  private log: Promise<PrivateLog<Codes, CodeEvent>> | null = null;

  constructor(
    private readonly storage: RoomLog,
    private readonly logger: Logger,
    /** Other instances write this log too: read it afresh for every use. */
    private readonly shared = false,
  ) {}

  /** A new code for the session; its earlier codes stop working. */
  async mint(target: CodeTarget): Promise<string> {
    const log = await this.open();
    await this.retireCodesOf(log, target);
    let code = newShortCode();
    while (log.state.has(hashCode(code))) code = newShortCode();
    await log.record({ t: 'code', hash: hashCode(code), ...target });
    return code;
  }

  /** Retires every code of the session (when it closes). */
  async retire(target: CodeTarget): Promise<void> {
    await this.retireCodesOf(await this.open(), target);
  }

  /** The session a typed code names, or null. Looks in storage again on a miss (another instance may have minted it). */
  async find(typed: string): Promise<CodeTarget | null> {
    const hash = hashCode(normaliseSessionCode(typed));
    const log = await this.open();
    const known = log.state.get(hash);
    if (known) return known;
    // Read storage afresh for this one code, leaving this instance's own log (and its pending writes) alone.
    const fresh = await PrivateLog.open(this.storage, privateLogName('codes'), codeState, this.logger);
    const found = fresh.state.get(hash) ?? null;
    if (found) log.state.set(hash, found);
    return found;
  }

  private async retireCodesOf(log: PrivateLog<Codes, CodeEvent>, target: CodeTarget): Promise<void> {
    const old = [...log.state].filter(([, to]) => to.space === target.space && to.session === target.session);
    await Promise.all(old.map(([hash]) => log.record({ t: 'retire', hash })));
  }

  private open(): Promise<PrivateLog<Codes, CodeEvent>> {
    if (this.shared)
      return PrivateLog.open(this.storage, privateLogName('codes'), codeState, this.logger, false);
    this.log ??= PrivateLog.open(this.storage, privateLogName('codes'), codeState, this.logger);
    const opening = this.log;
    // A failed load is tried again next time rather than remembered.
    opening.catch(() => {
      if (this.log === opening) this.log = null;
    });
    return opening;
  }
}
