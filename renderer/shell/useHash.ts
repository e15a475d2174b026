// The page's location hash as React state, for the hash routes of sections and join links.
import { useCallback, useEffect, useState } from 'react';

export function useHash(): [hash: string, navigate: (hash: string, options?: { replace?: boolean }) => void] {
  const [hash, setHash] = useState(() => window.location.hash);

  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback((next: string, options?: { replace?: boolean }) => {
    if (options?.replace) {
      // replaceState keeps one-time secrets (invite codes, tokens) out of the history.
      window.history.replaceState(null, '', next);
      setHash(next);
    } else {
      window.location.hash = next;
    }
  }, []);

  return [hash, navigate];
}
