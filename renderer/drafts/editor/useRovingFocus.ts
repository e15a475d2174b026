// The WAI-ARIA toolbar pattern's keyboard model: the toolbar is one Tab stop, the arrow keys (mirrored right
// to left), Home and End move between its controls, and Tab comes back to the control last used.
// A few lines over the DOM, because no installed library offers it and React Aria would be a heavy addition.
import { type KeyboardEvent, type RefObject, useCallback, useLayoutEffect, useRef } from 'react';

const CONTROLS = 'button, select';

function controlsOf(toolbar: HTMLElement): HTMLElement[] {
  return Array.from(toolbar.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(CONTROLS)).filter(
    (control) => !control.disabled,
  );
}

/** Only `active` (or the first control, when `active` is gone or disabled) is reachable with Tab. */
function makeTabStop(controls: HTMLElement[], active: HTMLElement | null): HTMLElement | undefined {
  const stop = active && controls.includes(active) ? active : controls[0];
  for (const control of controls) control.tabIndex = control === stop ? 0 : -1;
  return stop;
}

export function useRovingFocus(toolbar: RefObject<HTMLElement | null>) {
  const active = useRef<HTMLElement | null>(null);

  // After every render: controls come and go, and become enabled (undo, cross-reference) as the text changes.
  useLayoutEffect(() => {
    if (toolbar.current) active.current = makeTabStop(controlsOf(toolbar.current), active.current) ?? null;
  });

  const onFocus = useCallback(
    (event: { target: EventTarget }) => {
      if (!toolbar.current || !(event.target instanceof HTMLElement)) return;
      const controls = controlsOf(toolbar.current);
      if (controls.includes(event.target)) active.current = makeTabStop(controls, event.target) ?? null;
    },
    [toolbar],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!toolbar.current || event.altKey || event.ctrlKey || event.metaKey) return;
      const controls = controlsOf(toolbar.current);
      const current = controls.indexOf(event.target as HTMLElement);
      if (current < 0) return;
      const rightToLeft = getComputedStyle(toolbar.current).direction === 'rtl';
      const forward = rightToLeft ? 'ArrowLeft' : 'ArrowRight';
      const backward = rightToLeft ? 'ArrowRight' : 'ArrowLeft';
      let next: number;
      if (event.key === forward) next = (current + 1) % controls.length;
      else if (event.key === backward) next = (current - 1 + controls.length) % controls.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = controls.length - 1;
      else return; // Up and Down stay with a select, which uses them to change its choice.
      event.preventDefault();
      const target = controls[next];
      if (!target) return;
      active.current = makeTabStop(controls, target) ?? null;
      target.focus();
    },
    [toolbar],
  );

  return { onFocus, onKeyDown };
}
