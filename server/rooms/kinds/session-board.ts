// The board of a session room: notes (with the author only where the session's anonymity allows it), the
// facilitator's clusters, and the raise-hand queue. The relay writes every entry with its own client id; in
// 'facilitator-only' sessions it keeps authors in its private log, in 'anonymous' ones it keeps none.
import { readAgenda, readClusters, readHands, readNotes, type SessionNote } from '../../../shared/sessions';
import { asFacilitator, asParticipant, inScope, setUp, unlocked } from '../../sessions/guards';
import { removeRecord, upsertRecord } from '../../sessions/room-writes';
import { facilitates, newEntityId, type SessionService } from '../../sessions/service';
import { type RequestContext, type RequestHandlers, RequestRefused } from './policy';

function requireItem(context: RequestContext, itemId: string): void {
  if (!readAgenda(context.room.doc).some((item) => item.id === itemId)) {
    throw new RequestRefused('bad-request', 'there is no such agenda item');
  }
}

export function boardHandlers(service: SessionService) {
  return {
    'note:add': async (input, context) => {
      const meta = asParticipant(context);
      unlocked(meta);
      requireItem(context, input.itemId);
      const { member } = context;
      const note: SessionNote = {
        id: newEntityId(),
        itemId: input.itemId,
        text: input.text,
        cluster: null,
        createdAt: context.now(),
      };
      if (meta.anonymity === 'named') note.author = { memberId: member.id, name: member.name };
      const secrets = await service.secrets(context.room.name);
      context.writeAsRelay((doc) => upsertRecord(doc, 'notes', note));
      const stored: Promise<unknown>[] = [context.room.flush()];
      if (meta.anonymity === 'facilitator-only') {
        stored.push(secrets.record({ t: 'author', noteId: note.id, memberId: member.id, name: member.name }));
      }
      await Promise.all(stored);
      return { noteId: note.id };
    },

    'cluster:add': async (input, context) => {
      asFacilitator(context);
      requireItem(context, input.itemId);
      const cluster = { id: newEntityId(), itemId: input.itemId, name: input.name };
      context.writeAsRelay((doc) => upsertRecord(doc, 'clusters', cluster));
      await context.room.flush();
      return { clusterId: cluster.id };
    },

    'cluster:rename': async (input, context) => {
      asFacilitator(context);
      const cluster = readClusters(context.room.doc).find((candidate) => candidate.id === input.clusterId);
      if (!cluster) throw new RequestRefused('bad-request', 'there is no such cluster');
      context.writeAsRelay((doc) => upsertRecord(doc, 'clusters', { ...cluster, name: input.name }));
      await context.room.flush();
      return { ok: true as const };
    },

    'note:remove': async (input, context) => {
      asFacilitator(context);
      context.writeAsRelay((doc) => removeRecord(doc, 'notes', input.noteId));
      await context.room.flush();
      return { ok: true as const };
    },

    'cluster:remove': async (input, context) => {
      asFacilitator(context);
      const inCluster = readNotes(context.room.doc).filter((note) => note.cluster === input.clusterId);
      context.writeAsRelay((doc) => {
        for (const note of inCluster) upsertRecord(doc, 'notes', { ...note, cluster: null });
        removeRecord(doc, 'clusters', input.clusterId);
      });
      await context.room.flush();
      return { ok: true as const };
    },

    'note:cluster': async (input, context) => {
      asFacilitator(context);
      const note = readNotes(context.room.doc).find((candidate) => candidate.id === input.noteId);
      if (!note) throw new RequestRefused('bad-request', 'there is no such note');
      if (input.clusterId !== null) {
        const cluster = readClusters(context.room.doc).find((candidate) => candidate.id === input.clusterId);
        if (!cluster || cluster.itemId !== note.itemId) {
          throw new RequestRefused('bad-request', "there is no such cluster on this note's item");
        }
      }
      context.writeAsRelay((doc) => upsertRecord(doc, 'notes', { ...note, cluster: input.clusterId }));
      await context.room.flush();
      return { ok: true as const };
    },

    'hand:raise': async (_input, context) => {
      const meta = asParticipant(context);
      const { member } = context;
      const secrets = await service.secrets(context.room.name);
      const up = readHands(context.room.doc);
      const mine = [...secrets.state.hands].find(
        ([handId, person]) => person.memberId === member.id && up.some((hand) => hand.id === handId),
      );
      if (mine) return { handId: mine[0] };
      const handId = newEntityId();
      const hand = {
        id: handId,
        raisedAt: context.now(),
        ...(meta.anonymity === 'named' ? { name: member.name } : {}),
      };
      context.writeAsRelay((doc) => upsertRecord(doc, 'hands', hand));
      await Promise.all([
        context.room.flush(),
        secrets.record({ t: 'hand', handId, memberId: member.id, name: member.name }),
      ]);
      return { handId };
    },

    'hand:lower': async (input, context) => {
      inScope(context);
      const meta = setUp(context);
      const { member } = context;
      const secrets = await service.secrets(context.room.name);
      const handId =
        input.handId ??
        [...secrets.state.hands].find(([, person]) => person.memberId === member.id)?.[0] ??
        null;
      if (handId === null) return { ok: true as const };
      const owner = secrets.state.hands.get(handId);
      if (owner?.memberId !== member.id && !facilitates(meta, member)) {
        throw new RequestRefused('forbidden', 'only the facilitator lowers other people’s hands');
      }
      context.writeAsRelay((doc) => removeRecord(doc, 'hands', handId));
      await Promise.all([context.room.flush(), secrets.record({ t: 'hand-down', handId })]);
      return { ok: true as const };
    },
  } as const satisfies RequestHandlers;
}
