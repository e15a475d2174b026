// Writes the derived labels ("Article 12") onto provision headings and cross-references after every change to
// the outline or to a reference, local or remote: numbers live only in the DOM, never in the document. A
// heading's label is drawn by CSS, and read aloud with a separator ("Article 1: Scope", not "Article 1Scope").
// Also gives pasted duplicates new ids.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, COLLABORATION_TAG } from 'lexical';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { $provisionNumbers, type ProvisionLabeler, type ProvisionNumber } from '../legislation/numbering';
import { $isProvisionHeadingNode } from '../legislation/ProvisionHeadingNode';
import { type ProvisionChanges, provisionChanges } from '../legislation/provisionChanges';
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
    // Derived once per change to the outline, not per keystroke: typing in a paragraph leaves every number as
    // it was (provisionChanges.ts), so a long draft types as fast as a short one.
    let numbers = new Map<string, ProvisionNumber>();
    const renumber = () => {
      numbers = editor.getEditorState().read(() => $provisionNumbers());
    };

    const labelHeadings = (root: HTMLElement) => {
      for (const heading of root.querySelectorAll<HTMLElement>('[data-provision-id]')) {
        const found = numbers.get(heading.dataset.provisionId ?? '');
        const text = found ? labeler(found.level, found.number) : '';
        if (heading.dataset.label !== text) heading.dataset.label = text;
        // The alternative text of the CSS label (drafts.css), so the accessible name reads as on screen.
        const spoken = text ? t('provision.spoken', { label: text }) : '';
        if (heading.dataset.spokenLabel !== spoken) heading.dataset.spokenLabel = spoken;
      }
    };
    const labelReferences = (root: HTMLElement) => {
      for (const reference of root.querySelectorAll<HTMLElement>('[data-provision-target]')) {
        const found = numbers.get(reference.dataset.provisionTarget ?? '');
        const text = found ? labeler(found.level, found.number) : '?';
        if (reference.textContent !== text) reference.textContent = text;
        reference.classList.toggle('cross-reference-broken', !found);
      }
    };
    const label = (changes: Pick<ProvisionChanges, 'outline' | 'references'>) => {
      const root = editor.getRootElement();
      if (!root) return;
      if (changes.outline) labelHeadings(root);
      if (changes.outline || changes.references) labelReferences(root);
    };
    const everything = { outline: true, references: true };

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

    renumber();
    label(everything);
    return mergeRegister(
      // A new root element is drawn afresh, without the labels written into the old one.
      editor.registerRootListener(() => label(everything)),
      editor.registerUpdateListener((update) => {
        const changes = provisionChanges(update);
        if (changes.outline) renumber();
        label(changes);
        // Only new provisions can be duplicates, and any new provision changes the outline.
        if (changes.outline) giveDuplicatesNewIds(update.tags);
      }),
    );
  }, [editor, labeler, t]);

  return null;
}
