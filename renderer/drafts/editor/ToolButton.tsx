// One compact toolbar button: an icon or a short word on screen, the full name for screen readers, and a
// tooltip that adds the keyboard shortcut where there is one.
import type { ReactNode } from 'react';

export interface ToolButtonProps {
  /** The accessible name, from the catalog. */
  label: string;
  /** The tooltip; the label when there is nothing to add. */
  hint?: string;
  /** For toggles (bold, a list, a block style): whether it is on at the caret. */
  pressed?: boolean;
  /** In aria-keyshortcuts syntax, e.g. "Control+B". */
  shortcut?: string;
  disabled?: boolean;
  /** Icons that point along the line (lists, indent, undo) mirror in right-to-left languages. */
  mirrored?: boolean;
  wide?: boolean;
  onClick(): void;
  children: ReactNode;
}

export function ToolButton({
  label,
  hint,
  pressed,
  shortcut,
  disabled,
  mirrored,
  wide,
  onClick,
  children,
}: ToolButtonProps) {
  const classes = ['draft-tool', mirrored ? 'draft-tool-mirrored' : '', wide ? 'draft-tool-word' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={classes}
      aria-label={label}
      title={hint ?? label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      disabled={disabled}
      // Keep the caret (and the selection to format) in the text, as word processors do.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
