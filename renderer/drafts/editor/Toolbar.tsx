// The formatting toolbar, laid out as a word processor's: paragraph style | bold, italic, underline | lists and
// their nesting | table, link, quote | parts, chapters, articles, cross-references and moving them | undo, redo.
// One Tab stop with arrow keys inside (the WAI-ARIA toolbar pattern); every control named from the catalogs.
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setBlocksType } from '@lexical/selection';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import {
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import {
  IndentDecrease,
  IndentIncrease,
  Link,
  List,
  ListOrdered,
  MoveDown,
  MoveUp,
  Quote,
  Redo2,
  Table,
  Undo2,
} from 'lucide-react';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSuggestingMode } from '../../consultation/suggestions/suggestingModeStore';
import { $createCrossReferenceNode } from '../legislation/CrossReferenceNode';
import { PROVISION_LEVELS } from '../legislation/ProvisionHeadingNode';
import { insertLink } from './insertLink';
import { MOVE_PROVISION_COMMAND } from './MoveProvisionPlugin';
import { useProvisionLabeler } from './NumberingPlugin';
import { ToolButton } from './ToolButton';
import { $createBlock, BLOCK_TYPES, type BlockType } from './toolbarState';
import { useRovingFocus } from './useRovingFocus';
import { useToolbarState } from './useToolbarState';

// Each shows its own letter (B, I, U in English; G, I, S in French...) drawn in the style it applies.
const TEXT_FORMATS = [
  { name: 'bold', shortcut: 'Control+B', Mark: 'b' },
  { name: 'italic', shortcut: 'Control+I', Mark: 'i' },
  { name: 'underline', shortcut: 'Control+U', Mark: 'u' },
] as const;

const ICON = { size: 18, strokeWidth: 2, 'aria-hidden': true } as const;

function Group({ label, children, disabled }: { label: string; children: ReactNode; disabled?: boolean }) {
  return (
    <fieldset className="draft-toolbar-group" aria-label={label} disabled={disabled}>
      {children}
    </fieldset>
  );
}

export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('drafts');
  const labeler = useProvisionLabeler();
  const { caret, articles, history } = useToolbarState(editor, labeler);
  const toolbar = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(toolbar);
  // While suggesting, only typing and deleting are suggestions: the rest of the toolbar waits.
  const suggesting = useSuggestingMode(editor);

  const setBlock = (type: BlockType) =>
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $setBlocksType(selection, () => $createBlock(type));
    });
  // A pressed style button turns its block back into normal text, as a word processor's toggles do.
  const toggleBlock = (type: BlockType) => setBlock(caret.block === type ? 'paragraph' : type);

  const toggleList = (type: 'bullet' | 'number') => {
    if (caret.list === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else if (type === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    else editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
  };

  const insertReference = (targetId: string) => {
    if (!targetId) return;
    editor.update(() => {
      $insertNodes([$createCrossReferenceNode(targetId)]);
    });
    editor.focus();
  };

  const move = (direction: 'up' | 'down') => {
    editor.dispatchCommand(MOVE_PROVISION_COMMAND, direction);
    editor.focus();
  };

  return (
    <div
      ref={toolbar}
      className="draft-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <Group label={t('toolbar.groups.style')} disabled={suggesting}>
        <select
          className="draft-tool-select draft-tool-style"
          aria-label={t('toolbar.blockType')}
          title={t('toolbar.blockType')}
          value={caret.block ?? ''}
          onChange={(event) => {
            if (event.target.value) setBlock(event.target.value as BlockType);
            editor.focus();
          }}
        >
          {/* Shown inside a list or a table, where no paragraph style applies. */}
          <option value="" disabled>
            {t('toolbar.groups.style')}
          </option>
          {BLOCK_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`block.${type}`)}
            </option>
          ))}
        </select>
      </Group>

      <Group label={t('toolbar.groups.text')} disabled={suggesting}>
        {TEXT_FORMATS.map(({ name, shortcut, Mark }) => (
          <ToolButton
            key={name}
            label={t(`toolbar.${name}`)}
            hint={t(`toolbar.${name}Hint`)}
            shortcut={shortcut}
            pressed={caret[name]}
            onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, name)}
          >
            <Mark aria-hidden="true">{t(`toolbar.${name}Short`)}</Mark>
          </ToolButton>
        ))}
      </Group>

      <Group label={t('toolbar.groups.lists')} disabled={suggesting}>
        <ToolButton
          label={t('toolbar.bulletList')}
          pressed={caret.list === 'bullet'}
          mirrored
          onClick={() => toggleList('bullet')}
        >
          <List {...ICON} />
        </ToolButton>
        <ToolButton
          label={t('toolbar.numberedList')}
          pressed={caret.list === 'number'}
          mirrored
          onClick={() => toggleList('number')}
        >
          <ListOrdered {...ICON} />
        </ToolButton>
        <ToolButton
          label={t('toolbar.outdent')}
          mirrored
          onClick={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)}
        >
          <IndentDecrease {...ICON} />
        </ToolButton>
        <ToolButton
          label={t('toolbar.indent')}
          mirrored
          onClick={() => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)}
        >
          <IndentIncrease {...ICON} />
        </ToolButton>
      </Group>

      <Group label={t('toolbar.groups.insert')} disabled={suggesting}>
        <ToolButton
          label={t('toolbar.table')}
          onClick={() =>
            // A header row only: Word and Markdown have no header column, so one would not survive an export.
            editor.dispatchCommand(INSERT_TABLE_COMMAND, {
              rows: '3',
              columns: '3',
              includeHeaders: { rows: true, columns: false },
            })
          }
        >
          <Table {...ICON} />
        </ToolButton>
        <ToolButton
          label={t('toolbar.link')}
          hint={t('toolbar.linkHint')}
          onClick={() => insertLink(editor, t('toolbar.linkPrompt'))}
        >
          <Link {...ICON} />
        </ToolButton>
        <ToolButton
          label={t('toolbar.quote')}
          pressed={caret.block === 'quote'}
          onClick={() => toggleBlock('quote')}
        >
          <Quote {...ICON} />
        </ToolButton>
      </Group>

      <Group label={t('toolbar.groups.provisions')} disabled={suggesting}>
        {PROVISION_LEVELS.map((level) => (
          <ToolButton
            key={level}
            label={t(`toolbar.${level}`)}
            hint={t(`toolbar.${level}Hint`)}
            pressed={caret.block === level}
            wide
            onClick={() => toggleBlock(level)}
          >
            {t(`block.${level}`)}
          </ToolButton>
        ))}
        <select
          className="draft-tool-select draft-tool-reference"
          aria-label={t('toolbar.crossReference')}
          title={articles.length === 0 ? t('toolbar.crossReferenceNone') : t('toolbar.crossReference')}
          value=""
          disabled={articles.length === 0}
          onChange={(event) => insertReference(event.target.value)}
        >
          <option value="">{t('toolbar.crossReferenceShort')}</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.label}
            </option>
          ))}
        </select>
        <ToolButton
          label={t('toolbar.moveUp')}
          hint={t('toolbar.moveUpShortcut')}
          shortcut="Alt+Shift+ArrowUp"
          onClick={() => move('up')}
        >
          <MoveUp {...ICON} />
        </ToolButton>
        <ToolButton
          label={t('toolbar.moveDown')}
          hint={t('toolbar.moveDownShortcut')}
          shortcut="Alt+Shift+ArrowDown"
          onClick={() => move('down')}
        >
          <MoveDown {...ICON} />
        </ToolButton>
      </Group>

      <Group label={t('toolbar.groups.history')}>
        <ToolButton
          label={t('toolbar.undo')}
          hint={t('toolbar.undoHint')}
          shortcut="Control+Z"
          disabled={!history.undo}
          mirrored
          onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          <Undo2 {...ICON} />
        </ToolButton>
        <ToolButton
          label={t('toolbar.redo')}
          hint={t('toolbar.redoHint')}
          shortcut="Control+Y"
          disabled={!history.redo}
          mirrored
          onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          <Redo2 {...ICON} />
        </ToolButton>
      </Group>
    </div>
  );
}
