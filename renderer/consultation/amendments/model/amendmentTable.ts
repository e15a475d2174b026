// The amendment table of a model law: two versions compared article by article, aligned by each article's
// stable provision id (never by its number), with a row only for an article that was changed, added, deleted
// or moved among the others. Renumbering alone is no change, and neither is a cross-reference whose target was
// only renumbered: both versions' references read with the newer version's numbers.
import { diffArrays } from 'diff';
import type { SerializedEditorState } from 'lexical';
import { type DraftNode, draftBlocks } from '../../../drafts/export/serializedDraft';
import { numberProvisions, type ProvisionLabeler } from '../../../drafts/legislation/numbering';
import { isProvisionLevel, type ProvisionLevel } from '../../../drafts/legislation/ProvisionHeadingNode';
import { type WordChange, wordChanges } from '../../versions/model/compareVersions';
import { blockText } from '../../versions/model/versionContent';

export type AmendmentKind = 'changed' | 'added' | 'deleted' | 'moved';

export interface AmendmentRow {
  provisionId: string;
  kind: AmendmentKind;
  /** For a moved article: whether its text changed too. */
  textChanged: boolean;
  oldNumber: number | null;
  newNumber: number | null;
  oldText: string | null;
  newText: string | null;
  /** Word marks from the old text to the new one (all inserted when added, all deleted when deleted). */
  words: WordChange[];
}

interface Article {
  provisionId: string;
  /** The heading's title, then each block of its body, one per line. */
  text: string;
}

const outlineOf = (blocks: readonly DraftNode[]) =>
  blocks.flatMap((block) =>
    block.type === 'provision-heading' && isProvisionLevel(block.level) && block.provisionId
      ? [{ level: block.level as ProvisionLevel, provisionId: block.provisionId }]
      : [],
  );

/** The articles of a draft in order: each heading with the blocks up to the next part, chapter or article. */
function articlesOf(blocks: readonly DraftNode[], referenceLabel: (targetId: string) => string): Article[] {
  const articles: { provisionId: string; lines: string[] }[] = [];
  let current: { provisionId: string; lines: string[] } | null = null;
  for (const block of blocks) {
    if (block.type === 'provision-heading') {
      current = null;
      if (block.level === 'article' && block.provisionId) {
        current = { provisionId: block.provisionId, lines: [blockText(block, referenceLabel)] };
        articles.push(current);
      }
    } else if (current) {
      current.lines.push(blockText(block, referenceLabel));
    }
  }
  return articles.map(({ provisionId, lines }) => ({ provisionId, text: lines.join('\n').trimEnd() }));
}

/** The ids present in both lists whose order among the common ones changed (outside the longest common run). */
function movedIds(older: readonly string[], newer: readonly string[]): Set<string> {
  const inNewer = new Set(newer);
  const inOlder = new Set(older);
  const commonOld = older.filter((id) => inNewer.has(id));
  const commonNew = newer.filter((id) => inOlder.has(id));
  const moved = new Set<string>();
  for (const part of diffArrays(commonOld, commonNew)) {
    if (part.added || part.removed) for (const id of part.value) moved.add(id);
  }
  return moved;
}

export function amendmentRows(
  older: SerializedEditorState,
  newer: SerializedEditorState,
  labeler: ProvisionLabeler,
): AmendmentRow[] {
  const oldBlocks = draftBlocks(older);
  const newBlocks = draftBlocks(newer);
  const oldNumbers = numberProvisions(outlineOf(oldBlocks));
  const newNumbers = numberProvisions(outlineOf(newBlocks));
  const referenceLabel = (targetId: string) => {
    const found = newNumbers.get(targetId) ?? oldNumbers.get(targetId);
    return found ? labeler(found.level, found.number) : '';
  };
  const oldArticles = articlesOf(oldBlocks, referenceLabel);
  const newArticles = articlesOf(newBlocks, referenceLabel);
  const oldById = new Map(oldArticles.map((article) => [article.provisionId, article]));
  const newIds = new Set(newArticles.map((article) => article.provisionId));
  const moved = movedIds(
    oldArticles.map((article) => article.provisionId),
    newArticles.map((article) => article.provisionId),
  );
  const numberIn = (numbers: typeof oldNumbers, id: string) => numbers.get(id)?.number ?? null;

  const rows = new Map<string, AmendmentRow>();
  for (const article of newArticles) {
    const before = oldById.get(article.provisionId);
    const id = article.provisionId;
    if (!before) {
      rows.set(id, {
        provisionId: id,
        kind: 'added',
        textChanged: true,
        oldNumber: null,
        newNumber: numberIn(newNumbers, id),
        oldText: null,
        newText: article.text,
        words: [{ kind: 'inserted', text: article.text }],
      });
      continue;
    }
    const textChanged = before.text !== article.text;
    if (!textChanged && !moved.has(id)) continue;
    rows.set(id, {
      provisionId: id,
      kind: moved.has(id) ? 'moved' : 'changed',
      textChanged,
      oldNumber: numberIn(oldNumbers, id),
      newNumber: numberIn(newNumbers, id),
      oldText: before.text,
      newText: article.text,
      words: wordChanges(before.text, article.text),
    });
  }

  // Deleted articles sit after the row of the article that preceded them in the older version.
  const ordered: AmendmentRow[] = [];
  const deletedAfter = new Map<string | null, AmendmentRow[]>();
  let previousKept: string | null = null;
  for (const article of oldArticles) {
    const id = article.provisionId;
    if (newIds.has(id)) {
      previousKept = id;
      continue;
    }
    const row: AmendmentRow = {
      provisionId: id,
      kind: 'deleted',
      textChanged: true,
      oldNumber: numberIn(oldNumbers, id),
      newNumber: null,
      oldText: article.text,
      newText: null,
      words: [{ kind: 'deleted', text: article.text }],
    };
    deletedAfter.set(previousKept, [...(deletedAfter.get(previousKept) ?? []), row]);
  }
  ordered.push(...(deletedAfter.get(null) ?? []));
  for (const article of newArticles) {
    const row = rows.get(article.provisionId);
    if (row) ordered.push(row);
    ordered.push(...(deletedAfter.get(article.provisionId) ?? []));
  }
  return ordered;
}
