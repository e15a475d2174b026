// Suggestions in an open draft: the Editing / Suggesting switch (commenters always suggest, through the relay),
// suggesting mode itself, recording new suggestions with the relay, painting each author's colour, and the panel
// where leads accept or reject one, all of one author's, or all.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey } from 'lexical';
import { GitPullRequestArrow } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { atLeast, canWrite } from '../../../shared/roles';
import {
  decidesSuggestions,
  MAX_SUGGESTION_EXCERPT,
  SUGGESTION_ID_PATTERN,
} from '../../../shared/suggestions';
import type { DraftConnection } from '../../drafts/editor/draftConnection';
import { sendChangesAsSuggestions } from './commenterSuggestions';
import { LeadsSettings } from './LeadsSettings';
import { $isSuggestionNode, SuggestionNode } from './SuggestionNode';
import { SuggestionsPanel } from './SuggestionsPanel';
import {
  $settleSuggestions,
  $suggestionsInBody,
  type Outcome,
  type SuggestionInBody,
} from './settleSuggestions';
import { useSuggestingAuthor } from './suggestingAuthor';
import { setSuggestingMode } from './suggestingModeStore';
import { paintSuggestions } from './suggestionColours';
import { registerSuggestionMode } from './suggestionMode';
import { useSuggestionRecords } from './useSuggestionRecords';
import '../consultation-buttons.css';
import './suggestions.css';

export interface SuggestionsPluginProps {
  membership: SpaceMembership;
  documentId: string;
  /** The draft's own connection to the body's room, once it exists. */
  connection: DraftConnection | null;
}

type Mode = 'editing' | 'suggesting';

/**
 * The suggestions in the body, re-read when one appears, goes or changes (Lexical marks a changed text node's
 * ancestors dirty), never on a keystroke elsewhere: a long draft's typing stays as cheap as before.
 */
function useBodySuggestions(): SuggestionInBody[] {
  const [editor] = useLexicalComposerContext();
  const [suggestions, setSuggestions] = useState<SuggestionInBody[]>([]);
  useEffect(() => {
    const read = () => setSuggestions(editor.getEditorState().read($suggestionsInBody));
    read();
    return mergeRegister(
      editor.registerMutationListener(SuggestionNode, read, { skipInitialization: true }),
      editor.registerUpdateListener(({ editorState, dirtyElements }) => {
        if (dirtyElements.size === 0) return;
        const touched = editorState.read(() =>
          [...dirtyElements.keys()].some((key) => $isSuggestionNode($getNodeByKey(key))),
        );
        if (touched) read();
      }),
    );
  }, [editor]);
  return suggestions;
}

export function SuggestionsPlugin({ membership, documentId, connection }: SuggestionsPluginProps) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('consultation');
  const { records, settings, memberId, channel } = useSuggestionRecords(membership, documentId);
  const author = useSuggestingAuthor(records, memberId);
  const suggestions = useBodySuggestions();
  const { role } = membership;
  // Leads decide and edit directly; everyone else who may comment suggests, through the relay. Until the relay
  // says who this is, an owner's "leads only" choice counts against them (the relay would refuse them anyway).
  const lead = memberId
    ? decidesSuggestions({ id: memberId, role }, settings)
    : canWrite(role, 'doc') && (!settings.leadsOnly || role === 'owner');
  const mustSuggest = !lead && atLeast(role, 'commenter');
  const [mode, setMode] = useState<Mode>('editing');
  const suggesting = mustSuggest || (lead && mode === 'suggesting');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    setSuggestingMode(editor, suggesting);
    if (!suggesting) return;
    const stop = registerSuggestionMode(editor, author);
    return () => {
      stop();
      setSuggestingMode(editor, false);
    };
  }, [editor, author, suggesting]);

  // Commenters: their changes go to the relay as suggestions, never straight into the body.
  useEffect(() => {
    if (!mustSuggest || !connection) return;
    return sendChangesAsSuggestions(connection, {
      applied: (made) => {
        for (const id of made) author.unrecorded.delete(id);
      },
      refused: (message) => setRefusal(message),
    });
  }, [mustSuggest, connection, author]);

  // Editors: each new suggestion of theirs that made it into the body is recorded with the relay.
  useEffect(() => {
    if (mustSuggest || !channel) return;
    return editor.registerUpdateListener(({ editorState }) => {
      if (author.unrecorded.size === 0) return;
      const present = new Map(editorState.read($suggestionsInBody).map((entry) => [entry.id, entry]));
      for (const [id, type] of author.unrecorded) {
        author.unrecorded.delete(id);
        const entry = present.get(id);
        if (!entry) continue;
        const excerpt = entry.text.slice(0, MAX_SUGGESTION_EXCERPT);
        channel.request('suggestion:record', { id, type, excerpt }).catch(() => {
          // Unrecorded, the suggestion still works; it shows with no confirmed author.
        });
      }
    });
  }, [editor, channel, author, mustSuggest]);

  useEffect(() => {
    const paint = () => {
      const root = editor.getRootElement();
      if (!root) return;
      paintSuggestions(root, records, (info) =>
        info ? t('suggestions.by', { name: info.author.name }) : t('suggestions.unconfirmed'),
      );
    };
    paint();
    return editor.registerMutationListener(SuggestionNode, paint, { skipInitialization: true });
  }, [editor, records, t]);

  // A click on a suggestion opens it in the panel.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const id = target?.closest<HTMLElement>('[data-suggestion-id]')?.dataset.suggestionId;
      if (!id) return;
      setActive(id);
      setOpen(true);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor]);

  const settle = useCallback(
    (ids: string[], outcome: Outcome) => {
      if (!lead || ids.length === 0) return;
      let settled: string[] = [];
      editor.update(() => {
        settled = $settleSuggestions(ids, outcome);
      });
      const recordable = settled.filter((id) => SUGGESTION_ID_PATTERN.test(id) && records.has(id));
      if (recordable.length === 0) return;
      channel
        ?.request('suggestion:settle', {
          ids: recordable.slice(0, 2_000),
          outcome: outcome === 'accept' ? 'accepted' : 'rejected',
        })
        .catch(() => {
          // The body is settled either way; only the record of who settled it is missing.
        });
    },
    [editor, lead, channel, records],
  );

  // A suggestion's thread is a comment thread on its words: select them and start one (the comments' shortcut).
  const discuss = (id: string) => {
    const element = editor.getRootElement()?.querySelector(`[data-suggestion-id="${CSS.escape(id)}"]`);
    const selection = window.getSelection();
    if (!element || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
    setOpen(false);
    window.dispatchEvent(new KeyboardEvent('keydown', { ctrlKey: true, altKey: true, code: 'KeyM' }));
  };

  const activate = (id: string) => {
    setActive(id);
    editor
      .getRootElement()
      ?.querySelector(`[data-suggestion-id="${CSS.escape(id)}"]`)
      ?.scrollIntoView({
        block: 'nearest',
      });
  };

  return (
    <>
      <div className="suggestions-bar">
        {lead ? (
          <fieldset className="suggestions-mode">
            <legend className="visually-hidden">{t('suggestions.mode')}</legend>
            {(['editing', 'suggesting'] as const).map((choice) => (
              <button
                key={choice}
                type="button"
                aria-pressed={mode === choice}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => setMode(choice)}
              >
                {t(`suggestions.modes.${choice}`)}
              </button>
            ))}
          </fieldset>
        ) : (
          mustSuggest && (
            <p className="suggestions-mode-note">
              {t(canWrite(role, 'doc') ? 'suggestions.leads.note' : 'suggestions.commenterSuggests')}
            </p>
          )
        )}
        <button
          type="button"
          className="suggestions-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <GitPullRequestArrow size={16} aria-hidden />
          {t('suggestions.toggle', { count: suggestions.length })}
        </button>
      </div>
      {refusal !== null && (
        <div className="suggestions-refused" role="alert">
          <p>{t('suggestions.refused', { reason: refusal })}</p>
          <button type="button" onClick={() => reloadFromRelay(connection)}>
            {t('suggestions.reload')}
          </button>
        </div>
      )}
      {open && (
        <SuggestionsPanel
          suggestions={suggestions}
          records={records}
          lead={lead}
          active={active}
          onActivate={activate}
          onSettle={settle}
          onDiscuss={discuss}
          onClose={() => setOpen(false)}
        >
          {role === 'owner' && (
            <LeadsSettings membership={membership} settings={settings} channel={channel} />
          )}
        </SuggestionsPanel>
      )}
    </>
  );
}

/** After a refusal this copy differs from the relay's: drop the local replica and load the draft again. */
function reloadFromRelay(connection: DraftConnection | null): void {
  connection?.destroy();
  const databases = indexedDB.databases ? indexedDB.databases() : Promise.resolve([]);
  void databases.then((list) => {
    const room = connection?.websocket.roomname;
    for (const database of list) {
      if (database.name && room && database.name.endsWith(`:${room}`))
        indexedDB.deleteDatabase(database.name);
    }
    window.location.reload();
  });
}
