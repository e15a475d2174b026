// Comments on a draft, for everyone who may comment (commenters too, whose body is read-only): select text and
// choose Comment (or Ctrl+Alt+M) to start a thread anchored to those words; open threads are highlighted over
// the text without writing the body, and clicking a highlight opens its thread in the panel.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $getSelection } from 'lexical';
import { MessageSquare, MessageSquarePlus } from 'lucide-react';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CommentAnchor } from '../../../shared/discussion';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { atLeast } from '../../../shared/roles';
import { threadShown, useThreadToOpen } from '../mentions/threadToOpen';
import { CommentsPanel, type ThreadFilter } from './CommentsPanel';
import { clearHighlights, paintHighlights, rangeAtPoint } from './highlights';
import { $anchorOfSelection } from './model/anchors';
import { useDiscussion } from './useDiscussion';
import { useThreadRanges } from './useThreadRanges';
import '../consultation-buttons.css';
import './comments.css';

export interface CommentsPluginProps {
  membership: SpaceMembership;
  documentId: string;
  /** The body's Y.Doc (the draft's own connection's), once it exists. */
  bodyDoc: Y.Doc | null;
}

const isCommentShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM';

export function CommentsPlugin({ membership, documentId, bodyDoc }: CommentsPluginProps) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('consultation');
  const discussion = useDiscussion(membership, documentId);
  const { threads } = discussion;
  const places = useThreadRanges(editor, bodyDoc, threads);
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [active, setActive] = useState<string | null>(null);
  const [pending, setPending] = useState<CommentAnchor | null>(null);
  const [needsSelection, setNeedsSelection] = useState(false);
  const hintId = useId();
  const canComment = atLeast(membership.role, 'commenter');

  const startComment = useCallback(() => {
    if (!bodyDoc) return;
    // The browser's selection first: a read-only body (commenters) does not keep a Lexical one.
    const anchor = editor.read(() => {
      const dom = window.getSelection();
      const root = editor.getRootElement();
      const inBody = dom !== null && dom.rangeCount > 0 && root?.contains(dom.anchorNode) === true;
      const fromDom = inBody ? $createRangeSelectionFromDom(dom, editor) : null;
      return $anchorOfSelection(bodyDoc, fromDom ?? $getSelection());
    });
    setNeedsSelection(anchor === null);
    if (!anchor) return;
    setPending(anchor);
    setActive(null);
    setOpen(true);
  }, [editor, bodyDoc]);

  // A thread asked for from outside the draft (a mention in the inbox) opens once the discussion holds it.
  const wantedThread = useThreadToOpen(documentId);
  useEffect(() => {
    const thread = wantedThread ? threads.find((candidate) => candidate.id === wantedThread) : undefined;
    if (!thread) return;
    setPending(null);
    setFilter(thread.resolved === null ? 'open' : 'resolved');
    setActive(thread.id);
    setOpen(true);
    threadShown();
  }, [wantedThread, threads]);

  const openThreads = useMemo(() => threads.filter((thread) => thread.resolved === null), [threads]);

  // Paint the open threads' words, and the active thread's more strongly.
  useEffect(() => {
    const ranges: Range[] = [];
    for (const thread of openThreads) {
      const range = places.get(thread.id)?.range;
      if (range) ranges.push(range);
    }
    paintHighlights(ranges, active ? (places.get(active)?.range ?? null) : null);
  }, [openThreads, places, active]);
  useEffect(() => clearHighlights, []);

  // A click on highlighted words opens their thread.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const ranges = new Map<string, Range>();
      for (const thread of openThreads) {
        const range = places.get(thread.id)?.range;
        if (range) ranges.set(thread.id, range);
      }
      const hit = rangeAtPoint(ranges, event.clientX, event.clientY);
      if (!hit) return;
      setActive(hit);
      setFilter('open');
      setOpen(true);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor, openThreads, places]);

  useEffect(() => {
    if (!canComment) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCommentShortcut(event)) return;
      event.preventDefault();
      startComment();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canComment, startComment]);

  const activate = (thread: string) => {
    setActive(thread);
    places.get(thread)?.range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <>
      <div className="comments-bar">
        {canComment && (
          <button
            type="button"
            className="comments-start"
            aria-keyshortcuts="Control+Alt+M"
            aria-describedby={needsSelection ? hintId : undefined}
            title={t('comments.startHint')}
            // Keep the selection in the text: the click must not move it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={startComment}
          >
            <MessageSquarePlus size={16} aria-hidden />
            {t('comments.start')}
          </button>
        )}
        <button type="button" className="comments-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          <MessageSquare size={16} aria-hidden />
          {t('comments.toggle', { count: openThreads.length })}
        </button>
        {needsSelection && (
          <p id={hintId} className="comments-hint" role="status">
            {t('comments.selectFirst')}
          </p>
        )}
      </div>
      {open && (
        <CommentsPanel
          discussion={discussion}
          places={places}
          role={membership.role}
          filter={filter}
          onFilter={setFilter}
          active={active}
          onActivate={activate}
          pending={pending}
          onPosted={(thread) => {
            setPending(null);
            setFilter('open');
            setActive(thread);
          }}
          onCancelPending={() => setPending(null)}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
