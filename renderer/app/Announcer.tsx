// One polite live region for the whole app: screens announce what happened (joined, left, created) without
// moving focus, and assistive technology reads it once.
import { createContext, type ReactNode, useContext, useState } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [announcement, setAnnouncement] = useState('');
  return (
    <AnnounceContext.Provider value={setAnnouncement}>
      {children}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </AnnounceContext.Provider>
  );
}

/** Returns a function that announces a sentence to screen readers. */
export const useAnnounce = (): ((message: string) => void) => useContext(AnnounceContext);
