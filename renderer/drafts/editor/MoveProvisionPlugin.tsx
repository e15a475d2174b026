// "Move provision up/down": a command the toolbar dispatches, and Alt+Shift+Up/Down as in outliners, moving the
// part, chapter or article at the caret together with its body. Numbers and cross-references follow by themselves.
// In a shared draft the move is made on the Yjs document (sharedProvisionMove.ts), copying the neighbour nobody
// types in, so a co-author typing inside the moved article keeps every character.
import { useCollaborationContext } from '@lexical/react/LexicalCollaborationContext';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  createCommand,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import {
  $moveProvision,
  $owningProvision,
  $selectedProvision,
  type MoveDirection,
} from '../legislation/moveProvision';
import { $isProvisionHeadingNode } from '../legislation/ProvisionHeadingNode';
import { moveSharedProvision, topLevelBlockOf } from '../legislation/sharedProvisionMove';

export const MOVE_PROVISION_COMMAND: LexicalCommand<MoveDirection> = createCommand('MOVE_PROVISION_COMMAND');

const isMoveShortcut = (event: KeyboardEvent): boolean =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;

/** Presence as the draft's connection publishes it: Lexical's binding puts each caret there. */
interface CaretAwareness {
  clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
}

/** Top-level blocks where other people's carets are now. */
function blocksWithOtherCarets(doc: Y.Doc, awareness: CaretAwareness | null): Set<number> {
  const busy = new Set<number>();
  if (!awareness) return busy;
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    for (const position of [state.anchorPos, state.focusPos]) {
      if (!position || typeof position !== 'object') continue;
      try {
        const block = topLevelBlockOf(doc, position as Y.RelativePosition);
        if (block !== null) busy.add(block);
      } catch {
        // A position this replica cannot place yet tells nothing about who is where.
      }
    }
  }
  return busy;
}

/**
 * Takes the caret from the page when it is in this editor and Lexical has not read it yet. A click puts the
 * caret in the page at once, but Lexical learns of it from the browser's selectionchange, a later task: on a
 * busy machine the shortcut pressed just after the click can come first, and would move the provision the caret
 * was in before (the last article's shortcut then moved the one clicked before it).
 */
function $takeCaretFromPage(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const page = root?.ownerDocument.defaultView?.getSelection() ?? null;
  if (!root || !page?.anchorNode || !root.contains(page.anchorNode)) return;
  const caret = $createRangeSelectionFromDom(page, editor);
  if (caret) $setSelection(caret);
}

/**
 * The top-level block a person last pressed the pointer in, until they next press a key. A click puts the caret
 * in the page, and Lexical reads it from a later selectionchange; if a co-author's update is committed between
 * the two, Lexical writes its older selection back into the page and the click is lost (seen under load: the
 * toolbar's Move up then moved the article typed in before, not the one clicked). The click says which
 * provision the person means until they type or move the caret with keys.
 */
function followPointedBlock(editor: LexicalEditor): { key(): NodeKey | null; stop(): void } {
  let pointed: NodeKey | null = null;
  const onPointerDown = (event: PointerEvent) => {
    const target = event.target instanceof Node ? event.target : null;
    pointed = target
      ? editor.read(() => $getNearestNodeFromDOMNode(target)?.getTopLevelElement()?.getKey() ?? null)
      : null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isMoveShortcut(event)) pointed = null;
  };
  const stopRoot = editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('pointerdown', onPointerDown, true);
    previous?.removeEventListener('keydown', onKeyDown, true);
    root?.addEventListener('pointerdown', onPointerDown, true);
    root?.addEventListener('keydown', onKeyDown, true);
  });
  return {
    key: () => pointed,
    stop: () => {
      stopRoot();
      const root = editor.getRootElement();
      root?.removeEventListener('pointerdown', onPointerDown, true);
      root?.removeEventListener('keydown', onKeyDown, true);
    },
  };
}

export function MoveProvisionPlugin({
  roomId,
  awareness,
}: {
  /** The draft's room: its Y.Doc is the one CollaborationPlugin keeps under this id. */
  roomId: string;
  awareness: CaretAwareness | null;
}) {
  const [editor] = useLexicalComposerContext();
  const { yjsDocMap } = useCollaborationContext();
  useEffect(() => {
    const pointed = followPointedBlock(editor);
    /** The provision the person means: the one they last clicked in, else the one holding the caret. */
    const $intendedProvision = () => {
      const key = pointed.key();
      const block = key ? $getNodeByKey(key) : null;
      return (block?.isAttached() ? $owningProvision(block) : null) ?? $selectedProvision();
    };
    const moveShared = (doc: Y.Doc, provisionId: string, direction: MoveDirection) => {
      // After this update has been committed and written to Yjs, so the shared blocks are the ones on screen.
      setTimeout(() => {
        if (!moveSharedProvision(doc, provisionId, direction, blocksWithOtherCarets(doc, awareness))) return;
        editor.update(() => {
          if ($getSelection() !== null) return;
          // The caret's blocks were copied (someone else was in the neighbour): put it back on the heading.
          const heading = $getRoot()
            .getChildren()
            .find((node) => $isProvisionHeadingNode(node) && node.getProvisionId() === provisionId);
          heading?.selectEnd();
        });
      }, 0);
    };
    const onArrow = (direction: MoveDirection) => (event: KeyboardEvent | null) => {
      if (event === null || !isMoveShortcut(event)) return false;
      // The shortcut belongs to us even where there is nothing to move, so the selection does not jump instead.
      event.preventDefault();
      editor.dispatchCommand(MOVE_PROVISION_COMMAND, direction);
      return true;
    };
    const unregister = [
      editor.registerCommand(
        MOVE_PROVISION_COMMAND,
        (direction) => {
          $takeCaretFromPage(editor);
          const heading = $intendedProvision();
          if (!heading) return false;
          const doc = yjsDocMap.get(roomId);
          if (!doc) return $moveProvision(heading, direction);
          moveShared(doc, heading.getProvisionId(), direction);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(KEY_ARROW_UP_COMMAND, onArrow('up'), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_DOWN_COMMAND, onArrow('down'), COMMAND_PRIORITY_HIGH),
    ];
    return () => {
      pointed.stop();
      for (const off of unregister) off();
    };
  }, [editor, yjsDocMap, roomId, awareness]);
  return null;
}
