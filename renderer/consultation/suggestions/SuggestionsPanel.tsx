// The list of open suggestions in document order: what each proposes, who and when (the relay's record), with
// Accept and Reject for leads, and the bulk actions: everything of one author, or everything.
import { Check, MessageSquarePlus, X } from 'lucide-react';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestionInfo } from '../../../shared/suggestions';
import type { Outcome, SuggestionInBody } from './settleSuggestions';
import { authorColour, UNCONFIRMED_COLOUR } from './suggestionColours';
import '../consultation-panel.css';

export interface SuggestionsPanelProps {
  suggestions: SuggestionInBody[];
  records: Map<string, SuggestionInfo>;
  /** Whether this person may accept and reject. */
  lead: boolean;
  active: string | null;
  onActivate(id: string): void;
  onSettle(ids: string[], outcome: Outcome): void;
  /** Starts a comment thread on the suggestion's words. */
  onDiscuss(id: string): void;
  onClose(): void;
  /** Owner settings shown under the list. */
  children?: ReactNode;
}

interface AuthorGroup {
  memberId: string;
  name: string;
  ids: string[];
}

export function SuggestionsPanel({
  suggestions,
  records,
  lead,
  active,
  onActivate,
  onSettle,
  onDiscuss,
  onClose,
  children,
}: SuggestionsPanelProps) {
  const { t, i18n } = useTranslation('consultation');
  const activeItem = useRef<HTMLLIElement>(null);
  const when = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );
  const authors = useMemo(() => {
    const groups = new Map<string, AuthorGroup>();
    for (const suggestion of suggestions) {
      const author = records.get(suggestion.id)?.author;
      if (!author) continue;
      const group = groups.get(author.memberId) ?? { ...author, ids: [] };
      group.ids.push(suggestion.id);
      groups.set(author.memberId, group);
    }
    return [...groups.values()];
  }, [suggestions, records]);

  useEffect(() => {
    if (active) activeItem.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const allIds = suggestions.map((suggestion) => suggestion.id);
  return (
    <aside className="consultation-panel suggestions-panel" aria-labelledby="suggestions-panel-title">
      <header className="consultation-panel-head">
        <h3 id="suggestions-panel-title">{t('suggestions.panel')}</h3>
        <button type="button" onClick={onClose} aria-label={t('suggestions.close')}>
          <X size={16} aria-hidden />
        </button>
      </header>
      {suggestions.length === 0 && <p className="suggestions-empty">{t('suggestions.empty')}</p>}
      {lead && suggestions.length > 0 && (
        <section className="suggestions-bulk" aria-label={t('suggestions.bulk')}>
          <div className="suggestions-bulk-row">
            <button type="button" onClick={() => onSettle(allIds, 'accept')}>
              {t('suggestions.acceptAll')}
            </button>
            <button type="button" onClick={() => onSettle(allIds, 'reject')}>
              {t('suggestions.rejectAll')}
            </button>
          </div>
          {authors.map((author) => (
            <div className="suggestions-bulk-row" key={author.memberId} data-author={author.name}>
              <span className="suggestions-swatch" style={{ background: authorColour(author.memberId) }} />
              <span className="suggestions-author">{author.name}</span>
              <button type="button" onClick={() => onSettle(author.ids, 'accept')}>
                {t('suggestions.acceptAllOf', { name: author.name })}
              </button>
              <button type="button" onClick={() => onSettle(author.ids, 'reject')}>
                {t('suggestions.rejectAllOf', { name: author.name })}
              </button>
            </div>
          ))}
        </section>
      )}
      <ol className="suggestions-list">
        {suggestions.map((suggestion) => {
          const info = records.get(suggestion.id);
          const isActive = suggestion.id === active;
          const colour = info ? authorColour(info.author.memberId) : UNCONFIRMED_COLOUR;
          return (
            <li
              key={suggestion.id}
              ref={isActive ? activeItem : undefined}
              className={`suggestions-item${isActive ? ' is-active' : ''}`}
              data-suggestion={suggestion.id}
              style={{ borderInlineStartColor: colour }}
            >
              <button
                type="button"
                className="suggestions-item-open"
                onClick={() => onActivate(suggestion.id)}
              >
                <span className="suggestions-item-kind">{t(`suggestions.type.${suggestion.type}`)}</span>
                {suggestion.around ? (
                  // A join: the words either side of the break, the break itself struck.
                  <span className="suggestions-item-text suggestions-item-join">
                    {suggestion.around.before}
                    <del className="suggestions-item-break">¶</del>
                    {suggestion.around.after}
                  </span>
                ) : (
                  suggestion.type !== 'split' && (
                    <span className={`suggestions-item-text suggestions-item-${suggestion.type}`}>
                      {suggestion.text}
                    </span>
                  )
                )}
              </button>
              <p className="suggestions-item-meta">
                {info
                  ? t('suggestions.byAt', { name: info.author.name, time: when.format(info.at) })
                  : t('suggestions.unconfirmed')}
              </p>
              <div className="suggestions-item-actions">
                {(suggestion.type === 'insert' || suggestion.type === 'delete') && (
                  <button type="button" onClick={() => onDiscuss(suggestion.id)}>
                    <MessageSquarePlus size={14} aria-hidden />
                    {t('suggestions.discuss')}
                  </button>
                )}
                {lead && (
                  <>
                    <button type="button" onClick={() => onSettle([suggestion.id], 'accept')}>
                      <Check size={14} aria-hidden />
                      {t('suggestions.accept')}
                    </button>
                    <button type="button" onClick={() => onSettle([suggestion.id], 'reject')}>
                      <X size={14} aria-hidden />
                      {t('suggestions.reject')}
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {children}
    </aside>
  );
}
