// Two people in a draft with the same profile colour are told apart: the later one (by awareness client id)
// gets the next free colour of a fixed palette, and every screen, whatever order it heard of them in, agrees.
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  distinctColours,
  PRESENCE_PALETTE,
  withDistinctColours,
  withDistinctColourView,
} from '../../renderer/drafts/editor/presenceColours';

describe('presence colours', () => {
  it('keeps colours that do not clash', () => {
    const shown = distinctColours([
      { clientId: 7, colour: '#1f6feb' },
      { clientId: 3, colour: '#B35900' },
    ]);
    expect(shown).toEqual(
      new Map([
        [3, '#b35900'],
        [7, '#1f6feb'],
      ]),
    );
  });

  it('gives the later of two clashing people the next free palette colour', () => {
    const shown = distinctColours([
      { clientId: 900, colour: '#1f6feb' },
      { clientId: 12, colour: '#1f6feb' },
      { clientId: 40, colour: '#b35900' },
    ]);
    expect(shown.get(12)).toBe('#1f6feb');
    expect(shown.get(40)).toBe('#b35900');
    // #b35900 follows #1f6feb in the palette but is taken, so the next one.
    expect(shown.get(900)).toBe(PRESENCE_PALETTE[2]);
  });

  it('is the same on every screen, whatever order the people arrived in', () => {
    const people = [
      { clientId: 5, colour: '#c62828' },
      { clientId: 2, colour: '#c62828' },
      { clientId: 9, colour: '#c62828' },
      { clientId: 1, colour: '#abcdef' },
    ];
    const here = distinctColours(people);
    const there = distinctColours([...people].reverse());
    expect(there).toEqual(here);
    expect(new Set(here.values()).size).toBe(4);
  });

  it('recolours awareness states for the cursors, keeping everything else in them', () => {
    const states = new Map<number, { name: string; color?: string; anchorPos?: number }>([
      [4, { name: 'Amina', color: '#1f6feb', anchorPos: 1 }],
      [8, { name: 'Bakhyt', color: '#1f6feb', anchorPos: 2 }],
      [9, { name: 'No colour' }],
    ]);
    const shown = withDistinctColours(states);
    expect(shown.get(4)).toEqual({ name: 'Amina', color: '#1f6feb', anchorPos: 1 });
    expect(shown.get(8)).toEqual({ name: 'Bakhyt', color: PRESENCE_PALETTE[1], anchorPos: 2 });
    expect(shown.get(9)).toEqual({ name: 'No colour' });
    // The awareness's own states are left as they are.
    expect(states.get(8)?.color).toBe('#1f6feb');
  });

  it('gives the editor an awareness view whose states carry the colours as shown', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ name: 'Me', color: '#1f6feb' });
    const view = withDistinctColourView(awareness);
    const me = awareness.clientID;
    // Another client with the same colour and a larger id moves on; a smaller one would keep it.
    awareness.states.set(me + 1, { name: 'Later', color: '#1f6feb' });
    expect(view.getStates().get(me)?.color).toBe('#1f6feb');
    expect(view.getStates().get(me + 1)?.color).toBe(PRESENCE_PALETTE[1]);
    // Everything else is the awareness itself.
    view.setLocalStateField('name', 'Renamed');
    expect(awareness.getLocalState()?.name).toBe('Renamed');
    expect(view.clientID).toBe(me);
    awareness.destroy();
  });
});
