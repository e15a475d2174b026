// What a personal-data review is about: a document of a space (its id, title, language and index summary).
import type { DocumentEntry } from '../../../shared/documents';
import type { SpaceMembership } from '../../../shared/ipc/contract';

export interface PersonalDataTarget {
  /** The space the document is in, with this person's token and role (replacing needs write access). */
  membership: SpaceMembership;
  entry: Pick<DocumentEntry, 'id' | 'title' | 'language' | 'summary'>;
}
