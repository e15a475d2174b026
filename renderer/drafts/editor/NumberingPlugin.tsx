// Writes the derived labels ("Article 12") onto provision headings and cross-references after every change,
// local or remote: numbers live only in the DOM, never in the document. A heading's label is drawn by CSS, and
// read aloud with a separator ("Article 1: Scope", not "Article 1Scope"). Also gives pasted duplicates new ids.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, COLLABORATION_TAG } from 'lexical';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { $provisionNumbers, type ProvisionLabeler } from '../legislation/numbering';
import { $isProvisionHeadingNode } from '../legislation/ProvisionHeadingNode';
import { newProvisionId } from '../legislation/provisionId';

export function useProvisionLabeler(): ProvisionLabeler {
  const { t } = useTranslation('drafts');
  return useCallback<ProvisionLabeler>((level, number) => t(`provision.${level}`, { number }), [t]);
}

export function NumberingPlugin() {
  const [editor] = useLexicalComposerContext();
  const labeler = useProvisionLabeler();
  const { t } = useTranslation('drafts');

  useEffect(() => {
    const label = () => {
      const root = editor.getRootElement();
      if (!root) return;
      const numbers = editor.getEditorState().read(() => $provisionNumbers());
      for (const heading of root.querySelectorAll<HTMLElement>('[data-provision-id]')) {
        const found = numbers.get(heading.dataset.provisionId ?? '');
        const text = found ? labeler(found.level, found.number) : '';
        if (heading.dataset.label !== text) heading.dataset.label = text;
        // The alternative text of the CSS label (drafts.css), so the accessible name reads as on screen.
        const spoken = text ? t('provision.spoken', { label: text }) : '';
        if (heading.dataset.spokenLabel !== spoken) heading.dataset.spokenLabel = spoken;
      }
      for (const reference of root.querySelectorAll<HTMLElement>('[data-provision-target]')) {
        const found = numbers.get(reference.dataset.provisionTarget ?? '');
        const text = found ? labeler(found.level, found.number) : '?';
        if (reference.textContent !== text) reference.textContent = text;
        reference.classList.toggle('cross-reference-broken', !found);
      }
    };

    // Copying an article pastes its id too; the copy gets a fresh id so references keep their original target.
    const giveDuplicatesNewIds = (tags: Set<string>) => {
      if (tags.has(COLLABORATION_TAG) || !editor.isEditable()) return;
      const duplicates = editor.getEditorState().read(() => {
        const seen = new Set<string>();
        const keys: string[] = [];
        for (const node of $getRoot().getChildren()) {
          if (!$isProvisionHeadingNode(node)) continue;
          if (seen.has(node.getProvisionId())) keys.push(node.getKey());
          seen.add(node.getProvisionId());
        }
        return keys;
      });
      if (duplicates.length === 0) return;
      editor.update(() => {
        for (const node of $getRoot().getChildren()) {
          if ($isProvisionHeadingNode(node) && duplicates.includes(node.getKey()))
            node.setProvisionId(newProvisionId());
        }
      });
    };

    label();
    return editor.registerUpdateListener(({ tags }) => {
      label();
      giveDuplicatesNewIds(tags);
    });
  }, [editor, labeler, t]);

  return null;
}
