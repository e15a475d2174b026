// The draft's named versions through the relay's request channel: the list (loaded when opened, after each change
// made here and every few seconds for others' changes), naming, opening one's state, and restoring.
import { useCallback, useEffect, useState } from 'react';
import type { VersionSummary } from '../../../shared/requests/versions';
import { type RelayChannel, RelayRequestError, type RequestFailure } from '../../rooms/relayChannel';
import { base64ToBytes } from './model/versionContent';

export interface VersionsState {
  versions: VersionSummary[] | null;
  /** Why the last request failed, for a message the panel explains. */
  failure: RequestFailure | null;
  busy: boolean;
  refresh(): Promise<void>;
  save(name: string): Promise<boolean>;
  load(id: string): Promise<Uint8Array | null>;
  restore(id: string, automaticName: string): Promise<boolean>;
}

/** How often an open list asks for versions others made. */
const LIST_POLL_MS = 15_000;

const failureOf = (error: unknown): RequestFailure =>
  error instanceof RelayRequestError ? error.code : 'internal';

export function useVersions(channel: RelayChannel | null): VersionsState {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [failure, setFailure] = useState<RequestFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = useCallback(
    async <T>(run: (channel: RelayChannel) => Promise<T>): Promise<T | null> => {
      if (!channel) return null;
      setBusy(true);
      try {
        const result = await run(channel);
        setFailure(null);
        return result;
      } catch (error) {
        setFailure(failureOf(error));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [channel],
  );

  const refresh = useCallback(async () => {
    const listed = await attempt((open) => open.request('version:list', {}));
    if (listed) setVersions(listed.versions);
  }, [attempt]);

  useEffect(() => {
    void refresh();
    if (!channel) return;
    // Others name and restore versions too; while the list is open it follows them, quietly (no busy state,
    // a failed poll says nothing: the next one or the person's own action will).
    const poll = setInterval(() => {
      channel
        .request('version:list', {})
        .then((listed) => setVersions(listed.versions))
        .catch(() => {});
    }, LIST_POLL_MS);
    return () => clearInterval(poll);
  }, [refresh, channel]);

  const save = useCallback(
    async (name: string) => {
      const saved = await attempt((open) => open.request('version:save', { name }));
      if (saved) await refresh();
      return saved !== null;
    },
    [attempt, refresh],
  );

  const load = useCallback(
    async (id: string) => {
      const found = await attempt((open) => open.request('version:get', { id }));
      return found ? base64ToBytes(found.state) : null;
    },
    [attempt],
  );

  const restore = useCallback(
    async (id: string, automaticName: string) => {
      const restored = await attempt((open) => open.request('version:restore', { id, automaticName }));
      if (restored) await refresh();
      return restored !== null;
    },
    [attempt, refresh],
  );

  return { versions, failure, busy, refresh, save, load, restore };
}
