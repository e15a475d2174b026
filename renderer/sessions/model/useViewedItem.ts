// Which agenda item a person is looking at. Participants follow the facilitator ("bring everyone here", else
// the timer's item) unless they stepped away to another item; each new "bring everyone here" brings them back,
// as does their own "back to the facilitator". The facilitator looks at the timer's item unless they chose one.
import { useEffect, useRef, useState } from 'react';
import type { SessionView } from './sessionView';

export interface ViewedItem {
  itemId: string | null;
  /** The item the facilitator has brought everyone to (or is timing). */
  facilitatorItemId: string | null;
  steppedAway: boolean;
  choose(itemId: string): void;
  backToFacilitator(): void;
}

export function useViewedItem(view: SessionView, facilitator: boolean): ViewedItem {
  const [chosen, setChosen] = useState<string | null>(null);
  const focusCounter = view.focus?.seq ?? null;
  const timerItem = view.timer?.itemId ?? null;
  const first = view.agenda[0]?.id ?? null;
  // Where the facilitator has everyone: the item they brought everyone to, else the one being timed.
  const facilitatorItemId = view.focus?.itemId ?? timerItem ?? first;
  // What each person sees unless they chose another item: the facilitator follows their own timer.
  const followed = facilitator ? (timerItem ?? facilitatorItemId) : facilitatorItemId;

  // A new "bring everyone here" (for participants) or a new timed item (for the facilitator) ends stepping away.
  const trigger = facilitator ? timerItem : focusCounter;
  const lastTrigger = useRef(trigger);
  useEffect(() => {
    if (lastTrigger.current === trigger) return;
    lastTrigger.current = trigger;
    setChosen(null);
  }, [trigger]);

  const known = chosen !== null && view.agenda.some((item) => item.id === chosen);
  const itemId = known ? chosen : followed;
  return {
    itemId,
    facilitatorItemId,
    steppedAway: known && chosen !== followed,
    choose: (id) => setChosen(id),
    backToFacilitator: () => setChosen(null),
  };
}
