// The spaces this person belongs to and the one on screen, for every screen: loaded from the Platform,
// and every change (join, create, leave, a role the relay reports) saved through it before it shows.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { Role } from '../../shared/roles';
import { sameSpace } from '../../shared/spaces-list';
import { usePlatform } from './PlatformProvider';

export interface SpacesContextValue {
  spaces: SpaceMembership[];
  /** The space on screen; null when the person has none. */
  current: SpaceMembership | null;
  /** Shows another of the person's spaces. */
  choose(membership: SpaceMembership): void;
  /** Adds (or replaces, same server and space) a membership, saves it, and makes it the current space. */
  save(membership: SpaceMembership): Promise<SpaceMembership[]>;
  /** Forgets a membership (its token too); the current space moves to the latest remaining one. */
  remove(membership: SpaceMembership): Promise<SpaceMembership[]>;
  /** Records a role the relay reports for this membership (an owner changed it), and saves it. */
  setRole(membership: Pick<SpaceMembership, 'serverUrl' | 'space'>, role: Role): Promise<void>;
}

/** Exported for hooks that work with or without spaces (useRoom); screens use useSpaces(). */
export const SpacesContext = createContext<SpacesContextValue | null>(null);

export function SpacesProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const { t } = useTranslation();
  const [spaces, setSpaces] = useState<SpaceMembership[] | undefined>(undefined);
  const [currentKey, setCurrentKey] = useState<{ serverUrl: string; space: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    platform
      .listSpaces()
      .catch(() => [])
      .then((stored) => {
        if (cancelled) return;
        setSpaces(stored);
        // The most recently joined space is listed last.
        setCurrentKey(stored.at(-1) ?? null);
      });
    return () => {
      cancelled = true;
    };
  }, [platform]);

  const save = useCallback(
    async (membership: SpaceMembership) => {
      const saved = await platform.saveSpace(membership);
      setSpaces(saved);
      setCurrentKey({ serverUrl: membership.serverUrl, space: membership.space });
      return saved;
    },
    [platform],
  );

  const remove = useCallback(
    async (membership: SpaceMembership) => {
      const remaining = await platform.removeSpace(membership.serverUrl, membership.space);
      setSpaces(remaining);
      setCurrentKey((key) => (key && sameSpace(key, membership) ? (remaining.at(-1) ?? null) : key));
      return remaining;
    },
    [platform],
  );

  // setRole reads the list through a ref so its identity stays put: the relay's notices call it from effects.
  const latest = useRef(spaces);
  latest.current = spaces;
  const setRole = useCallback(
    async (membership: Pick<SpaceMembership, 'serverUrl' | 'space'>, role: Role) => {
      const stored = (latest.current ?? []).find((s) => sameSpace(s, membership));
      if (!stored || stored.role === role) return;
      // Shown at once (an open draft turns read-only now); saving may lag behind without harm.
      setSpaces((list) => list?.map((s) => (sameSpace(s, membership) ? { ...s, role } : s)));
      const saved = await platform.saveSpace({ ...stored, role });
      setSpaces(saved);
    },
    [platform],
  );

  const value = useMemo<SpacesContextValue | null>(() => {
    if (spaces === undefined) return null;
    const current = currentKey ? (spaces.find((s) => sameSpace(s, currentKey)) ?? null) : null;
    return {
      spaces,
      current,
      choose: (membership) => setCurrentKey({ serverUrl: membership.serverUrl, space: membership.space }),
      save,
      remove,
      setRole,
    };
  }, [spaces, currentKey, save, remove, setRole]);

  if (value === null) return <p className="loading">{t('app.loading')}</p>;
  return <SpacesContext.Provider value={value}>{children}</SpacesContext.Provider>;
}

export function useSpaces(): SpacesContextValue {
  const value = useContext(SpacesContext);
  if (!value) throw new Error('useSpaces needs a <SpacesProvider> above it');
  return value;
}
