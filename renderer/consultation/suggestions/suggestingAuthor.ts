// The person suggesting in the live editor: makes fresh ids, knows which suggestions are theirs (made in this
// session, or recorded by the relay as theirs), and remembers which new ones still need recording.
import { useMemo, useRef } from 'react';
import type { SuggestionInfo, SuggestionType } from '../../../shared/suggestions';
import type { SuggestingAuthor } from './suggestionEdits';

export interface LiveSuggestingAuthor extends SuggestingAuthor {
  /** Ids made here that the relay has not recorded yet, with their type. */
  readonly unrecorded: Map<string, SuggestionType>;
}

/** 16 random bytes, base64url: nobody can guess an id before it exists, so nobody claims it first. */
export function newSuggestionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function useSuggestingAuthor(
  records: Map<string, SuggestionInfo>,
  memberId: string | null,
): LiveSuggestingAuthor {
  const latest = useRef({ records, memberId });
  latest.current = { records, memberId };
  return useMemo(() => {
    const madeHere = new Set<string>();
    const unrecorded = new Map<string, SuggestionType>();
    return {
      unrecorded,
      owns(id) {
        if (madeHere.has(id)) return true;
        const { records: known, memberId: me } = latest.current;
        return me !== null && known.get(id)?.author.memberId === me;
      },
      newId(type) {
        const id = newSuggestionId();
        madeHere.add(id);
        unrecorded.set(id, type);
        return id;
      },
    };
  }, []);
}
