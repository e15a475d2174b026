// Which drafts "Insert into my draft" offers: the ones the person opened lately in any of their spaces where
// they may write (newest first), then the current space's unfinished documents; never the quoted entry itself.
import type { DocumentEntry } from '../../../shared/documents';
import type { RecentDocument, SpaceMembership } from '../../../shared/ipc/contract';
import { canWrite } from '../../../shared/roles';

export interface DraftChoice {
  membership: SpaceMembership;
  id: string;
  title: string;
  /** Whether it was opened lately (listed first). */
  recent: boolean;
}

const sameSpace = (a: Pick<SpaceMembership, 'serverUrl' | 'space'>, b: typeof a) =>
  a.serverUrl === b.serverUrl && a.space === b.space;

/** Drafts to offer: recently opened ones first (newest first), then unfinished documents of `current`. */
export function draftChoices(options: {
  recent: RecentDocument[];
  spaces: SpaceMembership[];
  current: SpaceMembership | null;
  currentDocuments: DocumentEntry[];
  /** The entry being quoted, never offered as its own target. */
  source: { serverUrl: string; space: string; id: string };
}): DraftChoice[] {
  const { recent, spaces, current, currentDocuments, source } = options;
  const isSource = (membership: SpaceMembership, id: string) =>
    sameSpace(membership, source) && id === source.id;
  const choices: DraftChoice[] = [];
  const seen = new Set<string>();
  const add = (membership: SpaceMembership, id: string, title: string, isRecent: boolean) => {
    const key = `${membership.serverUrl} ${membership.space} ${id}`;
    if (seen.has(key) || isSource(membership, id) || !canWrite(membership.role, 'doc')) return;
    seen.add(key);
    choices.push({ membership, id, title, recent: isRecent });
  };
  for (const document of [...recent].sort((a, b) => b.openedAt - a.openedAt)) {
    const membership = spaces.find((space) => sameSpace(space, document));
    if (membership) add(membership, document.id, document.title, true);
  }
  if (current) {
    for (const document of currentDocuments) {
      if (document.status !== 'final' && document.kind !== 'session-notes')
        add(current, document.id, document.title, false);
    }
  }
  return choices;
}
