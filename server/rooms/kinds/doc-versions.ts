// Named versions of a document, answered in document rooms (the doc policy spreads these handlers): the relay
// stores the room's whole state with a name, who and when, lists and hands them out, and restores one as a new
// edit under its own client id, keeping the state it replaces as an automatic version first.
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { draftRoot } from '../../../shared/draft-content';
import { restoreDraftText } from '../../../shared/draft-restore';
import type { VersionSummary } from '../../../shared/requests/versions';
import { canWrite } from '../../../shared/roles';
import type { VersionSummary as StoredSummary, StoredVersion } from '../../storage/storage';
import { type RequestContext, type RequestHandler, type RequestHandlers, RequestRefused } from './policy';

const newVersionId = (): string => randomBytes(12).toString('base64url');

function storesOf(context: RequestContext) {
  const { versions, members } = context.stores;
  if (!versions) throw new RequestRefused('not-here', 'this relay keeps no versions');
  return { versions, members };
}

function mayWrite(context: RequestContext, action: string): void {
  if (!canWrite(context.member.role, 'doc') || !context.writable) {
    throw new RequestRefused('forbidden', `your role cannot ${action} versions of this document`);
  }
}

/** A stored version as clients see it, with the creator's name from the relay's member records. */
async function summarize(context: RequestContext, stored: StoredSummary): Promise<VersionSummary> {
  const { members } = storesOf(context);
  let createdBy: VersionSummary['createdBy'] = null;
  if (stored.createdBy !== null) {
    const name =
      stored.createdBy === context.member.id
        ? context.member.name
        : ((await members?.getMember(stored.createdBy))?.name ?? '');
    createdBy = { memberId: stored.createdBy, name };
  }
  return { id: stored.id, name: stored.name, createdAt: stored.createdAt, createdBy };
}

/** Keeps the room's current state, once what clients sent so far is applied. */
async function keepCurrentState(context: RequestContext, name: string): Promise<StoredVersion> {
  const { versions } = storesOf(context);
  const version: StoredVersion = {
    id: newVersionId(),
    room: context.room.name,
    name,
    createdBy: context.member.id,
    createdAt: context.now(),
    state: Y.encodeStateAsUpdate(context.room.doc),
  };
  await versions.saveVersion(version);
  return version;
}

async function loadOrRefuse(context: RequestContext, id: string): Promise<StoredVersion> {
  const found = await storesOf(context).versions.loadVersion(context.room.name, id);
  if (!found) throw new RequestRefused('bad-request', 'there is no version with that id here');
  return found;
}

const saveVersion: RequestHandler<'version:save'> = async (input, context) => {
  mayWrite(context, 'name');
  const version = await keepCurrentState(context, input.name);
  return { version: await summarize(context, version) };
};

const listVersions: RequestHandler<'version:list'> = async (_input, context) => {
  const stored = await storesOf(context).versions.listVersions(context.room.name);
  return { versions: await Promise.all(stored.map((version) => summarize(context, version))) };
};

const getVersion: RequestHandler<'version:get'> = async (input, context) => {
  const found = await loadOrRefuse(context, input.id);
  return { version: await summarize(context, found), state: Buffer.from(found.state).toString('base64') };
};

const restoreVersion: RequestHandler<'version:restore'> = async (input, context) => {
  mayWrite(context, 'restore');
  const target = await loadOrRefuse(context, input.id);
  const automatic = await keepCurrentState(context, input.automaticName ?? `Before restoring ${target.name}`);
  // The version's content, read in a document of its own; copied into the live root as a forward edit.
  const source = new Y.Doc();
  try {
    Y.applyUpdate(source, target.state);
    context.writeAsRelay((doc) => restoreDraftText(draftRoot(doc), draftRoot(source)));
  } finally {
    source.destroy();
  }
  // Answer once the restored text is stored, as for every edit the relay makes for someone.
  await context.room.flush();
  return { restored: await summarize(context, target), automatic: await summarize(context, automatic) };
};

export const versionHandlers = {
  'version:save': saveVersion,
  'version:list': listVersions,
  'version:get': getVersion,
  'version:restore': restoreVersion,
} as const satisfies RequestHandlers;
