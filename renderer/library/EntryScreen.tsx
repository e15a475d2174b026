// One library entry, from a link anywhere (#/entry/<space>/<id>, e.g. a quotation's link back): switches to
// that space when the person belongs to it (or says they do not), then shows the entry's details, reuse and
// related entries above the document itself, which opens in the editor.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpaces } from '../app/SpacesProvider';
import { DraftsSection } from '../drafts/DraftsSection';
import { useRoomState } from '../rooms/RoomsProvider';
import { EmptyState } from '../shell/EmptyState';
import { useBookmarks } from './bookmarks';
import { MetadataPanel } from './MetadataPanel';
import { RelatedEntries } from './RelatedEntries';
import { InsertIntoDraft } from './reuse/InsertIntoDraft';
import { useLibrary } from './useLibrary';
import './library.css';

export function EntryScreen({ space, documentId }: { space: string; documentId: string }) {
  const { t } = useTranslation('library');
  const spaces = useSpaces();
  const current = spaces.current;
  const inThisSpace = current?.space === space;
  const target = inThisSpace ? current : spaces.spaces.find((membership) => membership.space === space);

  useEffect(() => {
    if (target && !inThisSpace) spaces.choose(target);
  }, [target, inThisSpace, spaces]);

  if (!target) return <EmptyState message={t('entry.notMember', { space })} />;
  if (!inThisSpace || !current)
    return <p role="status">{t('entry.switching', { space: target.spaceName })}</p>;
  return <Entry documentId={documentId} />;
}

function Entry({ documentId }: { documentId: string }) {
  const { t } = useTranslation('library');
  const membership = useSpaces().current;
  const library = useLibrary(membership);
  const bookmarks = useBookmarks(membership);
  const loaded = useRoomState(library.room)?.loaded ?? false;
  const entry = library.entries.find((candidate) => candidate.id === documentId);

  if (!membership) return null;
  if (!entry) {
    return <p role="status">{loaded ? t('entry.missing') : t('entry.opening')}</p>;
  }
  const bookmarked = bookmarks.ids.has(entry.id);
  return (
    <div className="library-entry">
      <div className="library-entry-actions">
        <button type="button" aria-pressed={bookmarked} onClick={() => bookmarks.toggle(entry.id)}>
          {bookmarked ? t('bookmarks.remove') : t('bookmarks.add')}
        </button>
        <InsertIntoDraft source={membership} entry={entry} />
      </div>
      <MetadataPanel membership={membership} entry={entry} indexDoc={library.room?.doc ?? null} />
      <DraftsSection documentId={entry.id} />
      <RelatedEntries entry={entry} entries={library.entries} space={membership.space} />
    </div>
  );
}
