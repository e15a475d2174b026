// Reads what a person pasted into "Join with a link": a web invite link or a commons:// link, by the one
// shared parser. Nothing typed yet is not a mistake; anything else that is not a join link is.
import { parsePastedJoinLink } from '../../../shared/ipc/join-link';
import type { JoinAttempt } from '../../join/useJoin';

export type PastedLink = { kind: 'empty' } | JoinAttempt;

export function readPastedLink(text: string): PastedLink {
  if (text.trim() === '') return { kind: 'empty' };
  return parsePastedJoinLink(text) ?? { kind: 'malformed' };
}
