// Each author's suggestions in one colour, the same on every screen (from their member id), from the palette
// the presence list uses; the node's DOM carries only its id, so the colour is painted from the relay's records.
import type { SuggestionInfo } from '../../../shared/suggestions';
import { PRESENCE_PALETTE } from '../../drafts/editor/presenceColours';

/** Suggestions whose author the relay has not confirmed are drawn in grey. */
export const UNCONFIRMED_COLOUR = '#6b7280';

export function authorColour(memberId: string): string {
  let hash = 0;
  for (const character of memberId) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  return PRESENCE_PALETTE[hash % PRESENCE_PALETTE.length] ?? UNCONFIRMED_COLOUR;
}

/** Paints every suggestion element under `root` in its author's colour, with the author's name as its title. */
export function paintSuggestions(
  root: HTMLElement,
  records: Map<string, SuggestionInfo>,
  titleOf: (info: SuggestionInfo | undefined) => string,
): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-suggestion-id]')) {
    const info = records.get(element.dataset.suggestionId ?? '');
    element.style.setProperty(
      '--suggestion-colour',
      info ? authorColour(info.author.memberId) : UNCONFIRMED_COLOUR,
    );
    element.title = titleOf(info);
  }
}
