// Which parts of the derived legislation an editor update can have changed, read from the nodes it touched (its
// dirty elements and leaves) rather than from the whole document, so typing in a paragraph of a long draft costs
// nothing here: only a change to a provision heading or to a cross-reference does.
import { $getNodeByKey, type EditorState, type LexicalNode, type NodeKey } from 'lexical';
import { $isCrossReferenceNode } from './CrossReferenceNode';
import { $isProvisionHeadingNode } from './ProvisionHeadingNode';

export interface ProvisionChanges {
  /** Provisions may have been added, removed, moved or relevelled: every number may differ. */
  outline: boolean;
  /** A provision heading's text may have changed (article titles in the toolbar's choices). */
  titles: boolean;
  /** A cross-reference may have been added or redrawn, so it needs its label. */
  references: boolean;
}

export interface UpdateFootprint {
  dirtyElements: Map<NodeKey, boolean>;
  dirtyLeaves: Set<NodeKey>;
  editorState: EditorState;
  prevEditorState: EditorState;
}

export function provisionChanges({
  dirtyElements,
  dirtyLeaves,
  editorState,
  prevEditorState,
}: UpdateFootprint): ProvisionChanges {
  if (dirtyElements.size === 0 && dirtyLeaves.size === 0) {
    return { outline: false, titles: false, references: false };
  }
  const keys = [...dirtyElements.keys(), ...dirtyLeaves];
  const before = new Map<NodeKey, LexicalNode | null>(
    prevEditorState.read(() => keys.map((key) => [key, $getNodeByKey(key)])),
  );
  const now = new Map<NodeKey, LexicalNode | null>(
    editorState.read(() => keys.map((key) => [key, $getNodeByKey(key)])),
  );
  const provisions = (nodes: Map<NodeKey, LexicalNode | null>, written: (key: NodeKey) => boolean) => {
    let provision = false;
    let reference = false;
    for (const [key, node] of nodes) {
      if (!written(key)) continue;
      if ($isProvisionHeadingNode(node)) provision = true;
      else if ($isCrossReferenceNode(node)) reference = true;
    }
    return { provision, reference };
  };
  const isWritten = (key: NodeKey) => before.get(key) !== now.get(key);
  // Numbers count provisions only: they change when a provision is new, removed, moved or relevelled, each of
  // which writes that provision. Not the root: Lexical writes it on every keystroke in the live editor.
  const writtenNow = provisions(now, isWritten);
  const writtenBefore = provisions(before, isWritten);
  const touchedNow = provisions(now, () => true);
  const outline = writtenNow.provision || writtenBefore.provision;
  return {
    outline,
    // Typing in a heading writes its text, not the heading: the heading is only touched, as a parent.
    titles: outline || touchedNow.provision,
    references: outline || writtenNow.reference || writtenBefore.reference,
  };
}
