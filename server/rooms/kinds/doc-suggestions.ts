// Suggestions at the relay: records of who made and who settled each suggestion (in the document's discussion
// room, written by the relay), and suggestions applied for people who may not write the body directly, checked
// first to change nothing but suggestions (doc-suggestions-check.ts). The doc and discussion policies spread these.
import * as Y from 'yjs';
import { atLeast } from '../../../shared/roles';
import { parseRoomName } from '../../../shared/rooms';
import {
  DEFAULT_SUGGESTION_SETTINGS,
  decidesSuggestions,
  isSuggestionType,
  MAX_SUGGESTION_EXCERPT,
  readSuggestionRecords,
  readSuggestionSettings,
  SUGGESTION_RECORDS,
  SUGGESTION_SETTINGS,
  type SuggestionRecord,
  type SuggestionSettings,
  type SuggestionType,
} from '../../../shared/suggestions';
import type { Room } from '../room';
import { checkSuggestionUpdate, type SuggestionCheck } from './doc-suggestions-check';
import { holdsUpdate } from './known-update';
import type { RequestContext, RequestHandler, RoomMember } from './policy';
import { RequestRefused } from './policy';
import { pickRelayClientId, writeAsRelay } from './relay-writes';

/** Origin of a suggestion the relay applied for a member: stored and shared like any client's update. */
export const SUGGESTION_ORIGIN = Symbol('suggestion');

/** The relay's id for records it writes into a discussion room while answering in the document room. */
const RECORDS_CLIENT_ID = pickRelayClientId();

/**
 * Discussion rooms loaded in this relay, by name, so a document room's answer can read and write the records
 * of its discussion. A document's discussion is open whenever the document is (the editor opens both).
 */
const discussionRooms = new Map<string, Room>();

/**
 * The owner's choice of leads per document room, kept from the discussion room whenever it is loaded or changed,
 * so the body's write rule knows it while the discussion is closed (until the relay restarts; see the docs).
 * Only documents where leads-only is on are kept: the default needs no entry, so the map does not grow with every
 * discussion ever opened.
 */
const settingsByDocument = new Map<string, SuggestionSettings>();

function rememberSettings(document: string, settings: SuggestionSettings): void {
  if (settings.leadsOnly) settingsByDocument.set(document, settings);
  else settingsByDocument.delete(document);
}

const documentOfDiscussion = (name: string): string => name.replace(/\/discussion$/, '');

/** Spread into the discussion policy: keeps `discussionRooms` and the leads current. */
export const suggestionDiscussionHooks = {
  onLoad(room: Room): void {
    discussionRooms.set(room.name, room);
    const document = documentOfDiscussion(room.name);
    const remember = () => rememberSettings(document, readSuggestionSettings(room.doc));
    remember();
    // Read once per change of the owner's choice, not on every update the body's editors send.
    room.doc.getArray(SUGGESTION_SETTINGS).observe(remember);
    room.doc.on('destroy', () => {
      if (discussionRooms.get(room.name) === room) discussionRooms.delete(room.name);
    });
  },
};

function discussionOf(docRoomName: string): Room | null {
  const parsed = parseRoomName(docRoomName);
  if (parsed?.kind !== 'doc') return null;
  return discussionRooms.get(`${docRoomName}/discussion`) ?? null;
}

const settingsOf = (docRoomName: string): SuggestionSettings =>
  settingsByDocument.get(docRoomName) ?? DEFAULT_SUGGESTION_SETTINGS;

/**
 * Spread into the document policy: when the owner chose that only leads edit, anyone else's direct update is
 * dropped unless it brings nothing new (a reconnecting client's sync step); their changes come as suggestions.
 * Checked against the structs the update names only (known-update.ts), so a keystroke costs the same in a long draft.
 */
export function admitsWrite(room: Room, member: RoomMember, update: Uint8Array): boolean {
  if (decidesSuggestions(member, settingsOf(room.name))) return true;
  return holdsUpdate(room.doc, update);
}

const person = (member: RoomMember) => ({ memberId: member.id, name: member.name });

const recordSuggestion: RequestHandler<'suggestion:record'> = async (input, context) => {
  const { member, room } = context;
  if (!atLeast(member.role, 'commenter')) {
    throw new RequestRefused('forbidden', 'your role cannot suggest in this space');
  }
  if (readSuggestionRecords(room.doc).has(input.id)) {
    throw new RequestRefused('bad-request', 'that suggestion is recorded already');
  }
  const at = context.now();
  const record: SuggestionRecord = { event: 'made', ...input, author: person(member), at };
  context.writeAsRelay((doc) => doc.getArray(SUGGESTION_RECORDS).push([record]));
  await room.flush();
  return { author: person(member), at };
};

const settleSuggestions: RequestHandler<'suggestion:settle'> = async (input, context) => {
  const { member, room } = context;
  if (!decidesSuggestions(member, readSuggestionSettings(room.doc))) {
    throw new RequestRefused('forbidden', 'only a lead accepts or rejects suggestions');
  }
  const records = readSuggestionRecords(room.doc);
  const at = context.now();
  const entries: SuggestionRecord[] = [...new Set(input.ids)]
    .filter((id) => records.get(id)?.settled === null)
    .map((id) => ({ event: input.outcome, id, by: person(member), at }));
  if (entries.length > 0) context.writeAsRelay((doc) => doc.getArray(SUGGESTION_RECORDS).push(entries));
  await room.flush();
  return { recorded: entries.length };
};

const REFUSALS: Record<Exclude<SuggestionCheck, { ok: true }>['reason'], string> = {
  undecodable: 'the suggestion could not be read',
  incomplete: 'the suggestion builds on changes the relay does not have; reload the document',
  'changes-text': 'this change is not only a suggestion: it changes the text itself',
  'touches-others': "this change alters someone else's suggestion",
};

function decodeUpdate(base64: string): Uint8Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength === 0) throw new RequestRefused('bad-request', 'the suggestion is empty');
  return new Uint8Array(bytes);
}

const applySuggestion: RequestHandler<'suggestion:apply'> = async (input, context: RequestContext) => {
  const { member, room } = context;
  if (!atLeast(member.role, 'commenter')) {
    throw new RequestRefused('forbidden', 'your role cannot suggest in this space');
  }
  const update = decodeUpdate(input.update);
  const discussion = discussionOf(room.name);
  const records = discussion ? readSuggestionRecords(discussion.doc) : new Map();
  const check = checkSuggestionUpdate(
    room.doc,
    update,
    (id) => records.get(id)?.author.memberId === member.id,
  );
  if (!check.ok) throw new RequestRefused('forbidden', REFUSALS[check.reason]);
  Y.applyUpdate(room.doc, update, SUGGESTION_ORIGIN);
  const fresh = check.made.filter((made) => isSuggestionType(made.type) && !records.has(made.id));
  if (discussion && fresh.length > 0) {
    const at = context.now();
    const entries: SuggestionRecord[] = fresh.map((made) => ({
      event: 'made',
      id: made.id,
      type: made.type as SuggestionType,
      excerpt: made.text.slice(0, MAX_SUGGESTION_EXCERPT),
      author: person(member),
      at,
    }));
    writeAsRelay(discussion, RECORDS_CLIENT_ID, (doc) => doc.getArray(SUGGESTION_RECORDS).push(entries));
    void discussion.flush();
  }
  await room.flush();
  return { made: check.made.map((made) => made.id), recorded: discussion !== null };
};

const chooseLeads: RequestHandler<'suggestion:settings'> = async (input, context) => {
  const { member, room } = context;
  if (member.role !== 'owner') throw new RequestRefused('forbidden', 'only an owner chooses who decides');
  const settings: SuggestionSettings = { leadsOnly: input.leadsOnly, leads: [...new Set(input.leads)] };
  context.writeAsRelay((doc) =>
    doc.getArray(SUGGESTION_SETTINGS).push([{ ...settings, by: person(member), at: context.now() }]),
  );
  rememberSettings(documentOfDiscussion(room.name), settings);
  await room.flush();
  return settings;
};

/** Answered in discussion rooms. */
export const suggestionDiscussionHandlers = {
  'suggestion:record': recordSuggestion,
  'suggestion:settle': settleSuggestions,
  'suggestion:settings': chooseLeads,
};

/** Answered in document rooms. */
export const suggestionDocHandlers = {
  'suggestion:apply': applySuggestion,
};
