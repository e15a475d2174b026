// The hook the metadata panel uses before a document becomes final (or is shared more widely):
//   const privacy = usePersonalDataCheck();
//   if (next === 'final' && !(await privacy.checkBeforeFinal({ membership, entry }))) return;
//   ... render {privacy.dialog} somewhere in the panel.
// It resolves true at once when the body holds no personal data; otherwise the author sees each match, can
// replace them, and then marks final (true) or cancels (false).
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { PersonalDataReview } from './PersonalDataReview';
import type { PersonalDataTarget } from './personalDataTarget';

export interface PersonalDataCheck {
  checkBeforeFinal(target: PersonalDataTarget): Promise<boolean>;
  /** Opens the review on its own ("Check for personal data"). */
  review(target: PersonalDataTarget): void;
  dialog: ReactNode;
}

type Open = { target: PersonalDataTarget; mode: 'before-final' | 'check' };

export function usePersonalDataCheck(): PersonalDataCheck {
  const [open, setOpen] = useState<Open | null>(null);
  const resolver = useRef<((goAhead: boolean) => void) | null>(null);

  const close = useCallback((goAhead: boolean) => {
    resolver.current?.(goAhead);
    resolver.current = null;
    setOpen(null);
  }, []);

  const checkBeforeFinal = useCallback(
    (target: PersonalDataTarget) =>
      new Promise<boolean>((resolve) => {
        resolver.current?.(false);
        resolver.current = resolve;
        setOpen({ target, mode: 'before-final' });
      }),
    [],
  );

  const review = useCallback((target: PersonalDataTarget) => {
    resolver.current?.(false);
    resolver.current = null;
    setOpen({ target, mode: 'check' });
  }, []);

  const dialog = open ? (
    <PersonalDataReview
      key={`${open.target.membership.space} ${open.target.entry.id} ${open.mode}`}
      target={open.target}
      mode={open.mode}
      onClose={close}
    />
  ) : null;
  return { checkBeforeFinal, review, dialog };
}
