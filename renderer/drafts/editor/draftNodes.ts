// Every node a draft may contain. The live editor, the headless editors used for import/export and the
// collaboration binding must all register the same list, or content from one would not load in another.
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { SuggestionNode } from '../../consultation/suggestions/SuggestionNode';
import { CrossReferenceNode } from '../legislation/CrossReferenceNode';
import { ProvisionHeadingNode } from '../legislation/ProvisionHeadingNode';

export const DRAFT_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  LinkNode,
  ProvisionHeadingNode,
  CrossReferenceNode,
  SuggestionNode,
];

export const DRAFT_NAMESPACE = 'commons-draft';
