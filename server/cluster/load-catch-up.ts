// A room loading on one instance asks the others for what they hold of it beyond what the database gave.
// Instances publish an update as soon as they accept it, before writing it, so an update accepted just before
// this instance subscribed is neither in the database yet nor ever heard over Redis: without this step the
// room would lack it until the next reload (a ballot cast here on a vote opened there: "no such vote").
//
// Every instance with the room loaded answers with what the loader lacks (the difference from its state
// vector); one still loading answers empty, as its clients cannot have written yet. Redis says how many
// subscribers received the question, so the loader waits for exactly that many answers, or a second at most:
// an instance that died does not answer, and the room is read from the database once more a little later.
import * as Y from 'yjs';
import type { StoredRoom } from '../storage/storage';

const ID_BYTES = 16;
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

export interface CatchUpResult {
  /** Updates other instances held and the database did not (yet). */
  answers: Uint8Array[];
  /** False when some instance did not answer in time, or Redis could not be asked. */
  complete: boolean;
}

interface Question {
  expected: number;
  answers: Uint8Array[];
  settle: () => void;
}

export class LoadCatchUp {
  private readonly questions = new Map<string, Set<Question>>();

  constructor(
    private readonly instanceId: string,
    /** Publishes the question; resolves to how many subscribers received it, or null if it was not sent. */
    private readonly publishQuestion: (room: string, stateVector: Uint8Array) => Promise<number | null>,
    private readonly timeoutMs = 1000,
  ) {}

  /** Asks the other instances for what `stored` lacks; this instance must already be subscribed to the room. */
  async ask(room: string, stored: StoredRoom): Promise<CatchUpResult> {
    const receivers = await this.publishQuestion(room, stateVectorOf(stored));
    if (receivers === null) return { answers: [], complete: false };
    // This instance's own subscription received the question too.
    const expected = receivers - 1;
    if (expected <= 0) return { answers: [], complete: true };
    const question: Question = { expected, answers: [], settle: () => {} };
    const asked = this.questions.get(room) ?? new Set<Question>();
    this.questions.set(room, asked.add(question));
    const complete = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), this.timeoutMs);
      question.settle = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
    asked.delete(question);
    if (asked.size === 0 && this.questions.get(room) === asked) this.questions.delete(room);
    return {
      answers: question.answers.filter((update) => update.byteLength > EMPTY_UPDATE.byteLength),
      complete,
    };
  }

  /** Takes an answer message's payload; false when it was for another instance or came after the wait. */
  answered(room: string, payload: Uint8Array): boolean {
    const answer = readAnswer(payload);
    if (!answer || answer.to !== this.instanceId) return false;
    const asked = this.questions.get(room);
    if (!asked || asked.size === 0) return false;
    for (const question of asked) {
      question.answers.push(answer.update.slice());
      if (question.answers.length === question.expected) question.settle();
    }
    return true;
  }
}

/** The answer to another instance's question: what `doc` holds beyond its state vector (empty without a doc). */
export function encodeAnswer(to: string, doc: Y.Doc | null, stateVector: Uint8Array): Uint8Array {
  let update = EMPTY_UPDATE;
  if (doc) {
    try {
      update = Y.encodeStateAsUpdate(doc, stateVector);
    } catch {
      // A malformed state vector: send everything rather than nothing.
      update = Y.encodeStateAsUpdate(doc);
    }
  }
  const payload = new Uint8Array(ID_BYTES + update.byteLength);
  payload.set(Buffer.from(to, 'hex'), 0);
  payload.set(update, ID_BYTES);
  return payload;
}

/** The update in an answer meant for `to`, or null when the payload is not an answer at all. */
export function readAnswer(payload: Uint8Array): { to: string; update: Uint8Array } | null {
  if (payload.byteLength < ID_BYTES) return null;
  return {
    to: Buffer.from(payload.buffer, payload.byteOffset, ID_BYTES).toString('hex'),
    update: payload.subarray(ID_BYTES),
  };
}

function stateVectorOf(stored: StoredRoom): Uint8Array {
  const parts = [stored.snapshot, ...stored.updates].filter((part): part is Uint8Array => part !== null);
  if (parts.length === 0) return Y.encodeStateVector(new Y.Doc());
  try {
    return Y.encodeStateVectorFromUpdate(
      parts.length === 1 ? (parts[0] as Uint8Array) : Y.mergeUpdates(parts),
    );
  } catch {
    // Stored data Yjs cannot read: ask for everything.
    return Y.encodeStateVector(new Y.Doc());
  }
}
