// Co-authors' cursors after a remote change are drawn at the next frame, not inside the change itself.
//
// Placing a cursor measures the text (getClientRects), which forces the browser to lay out the page that the
// change has just altered. Done inside the change, that layout came before the new text was even handed on, and
// again for every change arriving in the same frame; at the next frame it is one layout, which the frame needs
// anyway to paint the text. The cursors still move in the frame that shows the change.
import { type SyncCursorPositionsFn, syncCursorPositions } from '@lexical/yjs';

const scheduled = new WeakSet<object>();

export const syncCursorPositionsNextFrame: SyncCursorPositionsFn = (binding, provider, options) => {
  if (scheduled.has(binding)) return;
  scheduled.add(binding);
  requestAnimationFrame(() => {
    scheduled.delete(binding);
    // A draft closed meanwhile has no root element: there is nothing to draw and the call does nothing.
    syncCursorPositions(binding, provider, options);
  });
};
