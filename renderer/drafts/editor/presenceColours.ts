// Two people in one draft never share a colour: when their profile colours clash, the later one (by awareness
// client id, which every screen sees alike) is shown with the next free colour of a fixed palette, so everyone
// sees the same colours for the same people.

/** The profile palette (FirstRun offers these) followed by more colours, all dark enough for white initials. */
export const PRESENCE_PALETTE = [
  '#1f6feb',
  '#b35900',
  '#2e7d32',
  '#8e24aa',
  '#c62828',
  '#00796b',
  '#5d4037',
  '#3949ab',
  '#ad1457',
  '#455a64',
  '#6a1b9a',
  '#827717',
] as const;

/** Each client's colour as shown: its own, or the next free palette colour when an earlier client has it. */
export function distinctColours(people: { clientId: number; colour: string }[]): Map<number, string> {
  const shown = new Map<number, string>();
  const taken = new Set<string>();
  for (const { clientId, colour } of [...people].sort((a, b) => a.clientId - b.clientId)) {
    let chosen = colour.toLowerCase();
    if (taken.has(chosen)) {
      const start = PRESENCE_PALETTE.indexOf(chosen as (typeof PRESENCE_PALETTE)[number]) + 1;
      const free = PRESENCE_PALETTE.map(
        (_, i) => PRESENCE_PALETTE[(start + i) % PRESENCE_PALETTE.length],
      ).find((candidate) => candidate !== undefined && !taken.has(candidate));
      // More people than colours: repeats are unavoidable, the names still tell them apart.
      if (free) chosen = free;
    }
    taken.add(chosen);
    shown.set(clientId, chosen);
  }
  return shown;
}

/** Awareness states with each person's colour as shown, for the cursors Lexical draws (DraftEditor). */
export function withDistinctColours<State extends { color?: unknown }>(
  states: Map<number, State>,
): Map<number, State> {
  const coloured = [...states]
    .filter(([, state]) => typeof state.color === 'string')
    .map(([clientId, state]) => ({ clientId, colour: state.color as string }));
  const shown = distinctColours(coloured);
  return new Map(
    [...states].map(([clientId, state]) => {
      const colour = shown.get(clientId);
      return [clientId, colour === undefined ? state : { ...state, color: colour }];
    }),
  );
}

/**
 * The awareness as the editor should read it: the same object, except that its states carry the colours as
 * shown. Lexical draws cursors from `provider.awareness.getStates()` on every presence update (and not always
 * through a hook we can pass), so the provider hands it this view.
 */
export function withDistinctColourView<Awareness extends { getStates(): Map<number, { color?: unknown }> }>(
  awareness: Awareness,
): Awareness {
  return new Proxy(awareness, {
    get(target, property) {
      if (property === 'getStates') return () => withDistinctColours(target.getStates());
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
