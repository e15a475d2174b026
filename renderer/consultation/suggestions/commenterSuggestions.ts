// A commenter never writes the body: their suggestions are made in their own copy, and the updates that copy
// produced go to the relay as `suggestion:apply` requests instead of through y-websocket; the relay checks each
// one only suggests before everyone gets it. A refused one means this copy differs from the relay's.
import type * as Y from 'yjs';
import { mergeUpdates } from 'yjs';
import { MAX_SUGGESTION_UPDATE_CHARS } from '../../../shared/requests/suggestions';
import type { DraftConnection } from '../../drafts/editor/draftConnection';
import { RelayRequestError } from '../../rooms/relayChannel';

const SEND_AFTER_MS = 250;
const MESSAGE_AUTH = 2;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export interface CommenterSenderEvents {
  /** The relay took these suggestions (ids), recorded as this person's. */
  applied(made: string[]): void;
  /** The relay refused a change: why, in its words. */
  refused(message: string): void;
}

/** Sends this copy's own changes as suggestions; returns the function that stops it. */
export function sendChangesAsSuggestions(
  connection: DraftConnection,
  events: CommenterSenderEvents,
): () => void {
  const doc: Y.Doc = connection.websocket.doc;
  const provider = connection.websocket;
  // y-websocket would send them directly, and the relay would refuse them as a read-only member's writes.
  doc.off('update', provider._updateHandler);
  const previousAuthHandler = provider.messageHandlers[MESSAGE_AUTH];
  provider.messageHandlers[MESSAGE_AUTH] = () => {
    // A "denied" for a sync step carrying suggestions the relay has not taken yet: they go by request instead.
  };
  let pending: Uint8Array[] = [];
  let sending = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const schedule = () => {
    if (timer === null && !stopped) timer = setTimeout(send, SEND_AFTER_MS);
  };

  const send = async () => {
    timer = null;
    if (sending || pending.length === 0 || stopped) return;
    const batch = pending;
    pending = [];
    sending = true;
    try {
      const update = toBase64(mergeUpdates(batch));
      if (update.length > MAX_SUGGESTION_UPDATE_CHARS) {
        events.refused('too-large');
        return;
      }
      const answer = await connection.channel.request('suggestion:apply', { update });
      events.applied(answer.made);
    } catch (error) {
      const code = error instanceof RelayRequestError ? error.code : 'internal';
      if (code === 'timeout' || code === 'closed' || code === 'rate-limited') {
        // Not refused, just not delivered: try again with whatever comes next.
        pending = batch.concat(pending);
      } else {
        events.refused(error instanceof Error ? error.message : String(error));
      }
    } finally {
      sending = false;
      if (pending.length > 0) schedule();
    }
  };

  const onUpdate = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    // Only this copy's own edits (the editor's); what came from the relay or the local replica is not sent.
    if (!transaction.local) return;
    pending.push(update);
    schedule();
  };
  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected' && pending.length > 0) schedule();
  };
  doc.on('update', onUpdate);
  provider.on('status', onStatus);
  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    doc.off('update', onUpdate);
    provider.off('status', onStatus);
    if (previousAuthHandler) provider.messageHandlers[MESSAGE_AUTH] = previousAuthHandler;
    doc.on('update', provider._updateHandler);
  };
}
