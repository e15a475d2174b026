// "Move provision up/down": a command the toolbar dispatches, and Alt+Shift+Up/Down as in outliners, moving the
// part, chapter or article at the caret together with its body. Numbers and cross-references follow by themselves.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  createCommand,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  type LexicalCommand,
} from 'lexical';
import { useEffect } from 'react';
import { $moveSelectedProvision, type MoveDirection } from '../legislation/moveProvision';

export const MOVE_PROVISION_COMMAND: LexicalCommand<MoveDirection> = createCommand('MOVE_PROVISION_COMMAND');

const isMoveShortcut = (event: KeyboardEvent): boolean =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;

export function MoveProvisionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
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
        (direction) => $moveSelectedProvision(direction),
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(KEY_ARROW_UP_COMMAND, onArrow('up'), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_DOWN_COMMAND, onArrow('down'), COMMAND_PRIORITY_HIGH),
    ];
    return () => {
      for (const off of unregister) off();
    };
  }, [editor]);
  return null;
}
