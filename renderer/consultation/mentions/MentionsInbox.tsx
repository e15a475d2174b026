// The mentions inbox in the top bar: a button with the number of unread mentions, and the list it opens, newest
// first (who, in which draft, what they wrote, when). Choosing one marks it read and opens the draft with its
// thread shown in the comments panel; "Mark all read" empties the count. Read by the member only: the inbox
// room is theirs alone (docs/consultations.md, "Mentions").
import { AtSign } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { DOCUMENTS_MAP, readDocumentEntry } from '../../../shared/documents';
import type { Mention } from '../../../shared/mentions';
import { navigate } from '../../app/router';
import { routes } from '../../app/routes';
import { useSpaces } from '../../app/SpacesProvider';
import { openThreadWhenShown } from './threadToOpen';
import { useInbox } from './useInbox';
import './mentions.css';

/** The draft's title from the space index, read when the list is shown (titles rarely change meanwhile). */
const titleOf = (index: Y.Doc | null, id: string): string | null =>
  index ? (readDocumentEntry(id, index.getMap(DOCUMENTS_MAP).get(id))?.title ?? null) : null;

export function MentionsInbox() {
  const { t, i18n } = useTranslation('consultation');
  const membership = useSpaces().current;
  const inbox = useInbox(membership);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const listId = useId();
  const headingId = useId();

  // Like any menu: Escape or a click elsewhere closes it.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  if (!membership) return null;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const asked = (request: Promise<void>) => {
    setFailed(false);
    request.catch(() => setFailed(true));
  };
  const show = (mention: Mention) => {
    if (!mention.read) asked(inbox.markRead([mention.comment]));
    openThreadWhenShown(mention.document, mention.thread);
    navigate(routes.drafts(mention.document));
    setOpen(false);
  };

  return (
    <div className="mentions" ref={root}>
      <button
        type="button"
        className="mentions-toggle"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={inbox.unread > 0 ? t('mentions.buttonUnread', { n: inbox.unread }) : t('mentions.button')}
        onClick={() => setOpen(!open)}
      >
        <AtSign size={18} aria-hidden />
        {inbox.unread > 0 && (
          <span className="mentions-count" aria-hidden>
            {inbox.unread}
          </span>
        )}
      </button>
      {open && (
        <section id={listId} className="mentions-list" aria-labelledby={headingId}>
          <header className="mentions-head">
            <h2 id={headingId}>{t('mentions.heading')}</h2>
            <button type="button" disabled={inbox.unread === 0} onClick={() => asked(inbox.markAllRead())}>
              {t('mentions.markAllRead')}
            </button>
          </header>
          {failed && <p role="alert">{t('mentions.failed')}</p>}
          {inbox.mentions.length === 0 ? (
            <p className="mentions-empty">{t('mentions.empty')}</p>
          ) : (
            <ol>
              {inbox.mentions.map((mention) => {
                const title = titleOf(inbox.index?.doc ?? null, mention.document);
                return (
                  <li key={mention.comment} data-unread={!mention.read}>
                    <button type="button" className="mention" onClick={() => show(mention)}>
                      <span className="mention-where">
                        {title
                          ? t('mentions.inDraft', { name: mention.by.name, draft: title })
                          : t('mentions.inSomeDraft', { name: mention.by.name })}
                        {!mention.read && <span className="visually-hidden"> {t('mentions.unread')}</span>}
                      </span>
                      <span className="mention-body" dir="auto">
                        {mention.body}
                      </span>
                      <time dateTime={new Date(mention.at).toISOString()}>{time.format(mention.at)}</time>
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
