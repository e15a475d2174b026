// The formatting toolbar: block types (headings, quote, part/chapter/article), text formats, lists and their
// nesting, tables, links, cross-references to articles, and undo/redo of this person's own changes.
import { $createLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  type LexicalNode,
  OUTDENT_CONTENT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $createCrossReferenceNode } from '../legislation/CrossReferenceNode';
import { $provisionNumbers } from '../legislation/numbering';
import {
  $createProvisionHeadingNode,
  $isProvisionHeadingNode,
  type ProvisionLevel,
} from '../legislation/ProvisionHeadingNode';
import { MOVE_PROVISION_COMMAND } from './MoveProvisionPlugin';
import { useProvisionLabeler } from './NumberingPlugin';

type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | ProvisionLevel;
const BLOCK_TYPES: BlockType[] = ['paragraph', 'h1', 'h2', 'h3', 'quote', 'part', 'chapter', 'article'];

function $createBlock(type: BlockType): LexicalNode & { append: (...nodes: LexicalNode[]) => unknown } {
  switch (type) {
    case 'paragraph':
      return $createParagraphNode();
    case 'quote':
      return $createQuoteNode();
    case 'h1':
    case 'h2':
    case 'h3':
      return $createHeadingNode(type);
    default:
      return $createProvisionHeadingNode(type);
  }
}

interface ArticleChoice {
  id: string;
  label: string;
}

export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('drafts');
  const labeler = useProvisionLabeler();
  const [formats, setFormats] = useState({ bold: false, italic: false, underline: false });
  const [articles, setArticles] = useState<ArticleChoice[]>([]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) {
            setFormats({
              bold: selection.hasFormat('bold'),
              italic: selection.hasFormat('italic'),
              underline: selection.hasFormat('underline'),
            });
          }
          const numbers = $provisionNumbers();
          const choices: ArticleChoice[] = [];
          for (const node of $getRoot().getChildren()) {
            if (!$isProvisionHeadingNode(node) || node.getLevel() !== 'article') continue;
            const found = numbers.get(node.getProvisionId());
            const title = node.getTextContent();
            if (found)
              choices.push({
                id: node.getProvisionId(),
                label: `${labeler(found.level, found.number)}${title ? ` — ${title}` : ''}`,
              });
          }
          setArticles((previous) =>
            JSON.stringify(previous) === JSON.stringify(choices) ? previous : choices,
          );
        });
      }),
    [editor, labeler],
  );

  const setBlock = (type: BlockType) =>
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $setBlocksType(selection, () => $createBlock(type) as never);
    });

  const insertLink = () => {
    const url = window.prompt(t('toolbar.linkPrompt'), 'https://');
    if (url === null) return;
    const trimmed = url.trim();
    if (trimmed === '' || !/^(https?:|mailto:)/i.test(trimmed)) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      return;
    }
    const collapsed = editor.getEditorState().read(() => {
      const selection = $getSelection();
      return !$isRangeSelection(selection) || selection.isCollapsed();
    });
    // With nothing selected, the address itself becomes the link text.
    if (collapsed)
      editor.update(() => $insertNodes([$createLinkNode(trimmed).append($createTextNode(trimmed))]));
    else editor.dispatchCommand(TOGGLE_LINK_COMMAND, trimmed);
  };

  const insertReference = (targetId: string) => {
    if (!targetId) return;
    editor.update(() => {
      $insertNodes([$createCrossReferenceNode(targetId)]);
    });
    editor.focus();
  };

  const format = (name: 'bold' | 'italic' | 'underline') => editor.dispatchCommand(FORMAT_TEXT_COMMAND, name);

  return (
    <div className="draft-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <label className="draft-toolbar-block">
        <span className="visually-hidden">{t('toolbar.blockType')}</span>
        <select
          aria-label={t('toolbar.blockType')}
          defaultValue=""
          onChange={(event) => {
            if (event.target.value) setBlock(event.target.value as BlockType);
            event.target.value = '';
          }}
        >
          <option value="" disabled>
            {t('toolbar.blockType')}
          </option>
          {BLOCK_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`block.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-pressed={formats.bold}
        aria-label={t('toolbar.bold')}
        onClick={() => format('bold')}
      >
        <b aria-hidden="true">{t('toolbar.boldShort')}</b>
      </button>
      <button
        type="button"
        aria-pressed={formats.italic}
        aria-label={t('toolbar.italic')}
        onClick={() => format('italic')}
      >
        <i aria-hidden="true">{t('toolbar.italicShort')}</i>
      </button>
      <button
        type="button"
        aria-pressed={formats.underline}
        aria-label={t('toolbar.underline')}
        onClick={() => format('underline')}
      >
        <u aria-hidden="true">{t('toolbar.underlineShort')}</u>
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        {t('toolbar.bulletList')}
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        {t('toolbar.numberedList')}
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)}>
        {t('toolbar.indent')}
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)}>
        {t('toolbar.outdent')}
      </button>
      <button
        type="button"
        onClick={() =>
          // A header row only: Word and Markdown have no header column, so one would not survive an export.
          editor.dispatchCommand(INSERT_TABLE_COMMAND, {
            rows: '3',
            columns: '3',
            includeHeaders: { rows: true, columns: false },
          })
        }
      >
        {t('toolbar.table')}
      </button>
      <button type="button" onClick={insertLink}>
        {t('toolbar.link')}
      </button>
      <label>
        <span className="visually-hidden">{t('toolbar.crossReference')}</span>
        <select
          aria-label={t('toolbar.crossReference')}
          value=""
          disabled={articles.length === 0}
          onChange={(event) => insertReference(event.target.value)}
        >
          <option value="">{t('toolbar.crossReference')}</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-keyshortcuts="Alt+Shift+ArrowUp"
        title={t('toolbar.moveUpShortcut')}
        onClick={() => {
          editor.dispatchCommand(MOVE_PROVISION_COMMAND, 'up');
          editor.focus();
        }}
      >
        {t('toolbar.moveUp')}
      </button>
      <button
        type="button"
        aria-keyshortcuts="Alt+Shift+ArrowDown"
        title={t('toolbar.moveDownShortcut')}
        onClick={() => {
          editor.dispatchCommand(MOVE_PROVISION_COMMAND, 'down');
          editor.focus();
        }}
      >
        {t('toolbar.moveDown')}
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        {t('toolbar.undo')}
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        {t('toolbar.redo')}
      </button>
    </div>
  );
}
