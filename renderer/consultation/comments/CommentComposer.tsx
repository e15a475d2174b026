// Writing a comment, a reply or an edit: a text box where "@" offers the space's members (arrow keys and Enter
// pick one), and the members still named in the text when it is sent become the comment's mentions.
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberName } from './useDiscussion';

export interface CommentComposerProps {
  label: string;
  submitLabel: string;
  members: MemberName[];
  /** Called when the person starts writing, to bring the members list up to date. */
  onWantMembers?(): void;
  initialText?: string;
  autoFocus?: boolean;
  onSubmit(body: string, mentions: string[]): Promise<void>;
  onCancel?(): void;
}

/** The "@name" being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([^\s@]{0,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - (match[2]?.length ?? 0) - 1, query: match[2] ?? '' };
}

/** Members named as "@Name" in the text. */
export const mentionedIn = (text: string, members: MemberName[]): string[] =>
  members.filter((member) => text.includes(`@${member.name}`)).map((member) => member.id);

export function CommentComposer(props: CommentComposerProps) {
  const { label, submitLabel, members, onSubmit, onCancel } = props;
  const { t } = useTranslation('consultation');
  const [text, setText] = useState(props.initialText ?? '');
  const [caret, setCaret] = useState(text.length);
  const [chosen, setChosen] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const inputId = useId();

  const query = mentionQuery(text, caret);
  const suggestions = useMemo(() => {
    if (!query) return [];
    const wanted = query.query.toLocaleLowerCase();
    return members.filter((member) => member.name.toLocaleLowerCase().includes(wanted)).slice(0, 6);
  }, [members, query]);

  const pick = (member: MemberName) => {
    if (!query) return;
    const next = `${text.slice(0, query.start)}@${member.name} ${text.slice(caret)}`;
    const at = query.start + member.name.length + 2;
    setText(next);
    setCaret(at);
    setChosen(0);
    requestAnimationFrame(() => box.current?.setSelectionRange(at, at));
  };

  const submit = async () => {
    if (text.trim() === '' || busy) return;
    setBusy(true);
    setFailed(false);
    try {
      await onSubmit(text.trim(), mentionedIn(text, members));
      setText('');
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : suggestions.length - 1;
        setChosen((chosen + step) % suggestions.length);
        return;
      }
      const member = suggestions[chosen];
      if ((event.key === 'Enter' || event.key === 'Tab') && member) {
        event.preventDefault();
        pick(member);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={inputId} className="comment-composer-label">
        {label}
      </label>
      <textarea
        id={inputId}
        ref={box}
        value={text}
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to write here (Comment, Reply or Edit).
        autoFocus={props.autoFocus}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={suggestions.length > 0}
        aria-controls={listId}
        aria-activedescendant={suggestions.length > 0 ? `${listId}-${chosen}` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setCaret(event.target.selectionStart);
          setChosen(0);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onFocus={props.onWantMembers}
        onKeyDown={onKeyDown}
      />
      {suggestions.length > 0 && (
        <div id={listId} role="listbox" className="comment-mentions" aria-label={t('comments.mentionList')}>
          {suggestions.map((member, index) => (
            <div
              key={member.id}
              tabIndex={-1}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === chosen}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(member);
              }}
            >
              {member.name}
            </div>
          ))}
        </div>
      )}
      {failed && (
        <p className="comment-error" role="alert">
          {t('comments.failed')}
        </p>
      )}
      <div className="comment-composer-actions">
        <button type="submit" className="comment-primary" disabled={busy || text.trim() === ''}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
