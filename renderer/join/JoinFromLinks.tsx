// Joins a space from a link, wherever it came from: the page's own #/join route (web) or a commons:// link
// the desktop shell hands over. Asks first (JoinPanel names the server and space), then shows progress or the
// reason it failed; once joined or cancelled, the join route is replaced, so its one-time code leaves the history.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseJoinLink, parseJoinQuery } from '../../shared/ipc/join-link';
import { useAnnounce } from '../app/Announcer';
import { usePlatform } from '../app/PlatformProvider';
import { useSignedInProfile } from '../app/ProfileProvider';
import { navigate, useRoute } from '../app/router';
import { routes } from '../app/routes';
import { JoinPanel } from './JoinPanel';
import { type JoinAttempt, useJoin } from './useJoin';

/**
 * Once the join panel has gone (joined, cancelled or dismissed) with the focus inside it, the focus is lost
 * and the browser would carry on from where the panel's button was, deep in the screen now shown (the
 * library's search, say). Start again from the top of the page, as a page just opened does: the next Tab
 * reaches the skip link first. Body takes the focus only for this moment (without a tabindex it cannot).
 */
export function restartFocusFromTop(): void {
  const active = document.activeElement;
  if (active !== null && active !== document.body) return;
  const body = document.body;
  const hadTabIndex = body.hasAttribute('tabindex');
  if (!hadTabIndex) body.tabIndex = -1;
  body.focus({ preventScroll: true });
  if (!hadTabIndex) body.removeAttribute('tabindex');
}

/** A link that cannot be used is explained (as damaged) rather than ignored. */
const attemptOf = (link: ReturnType<typeof parseJoinLink>): JoinAttempt => link ?? { kind: 'malformed' };

export function JoinFromLinks() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const profile = useSignedInProfile();
  const announce = useAnnounce();
  const route = useRoute();
  const [deepLink, setDeepLink] = useState<JoinAttempt | null>(null);

  useEffect(() => platform.onJoinLink((url) => setDeepLink(attemptOf(parseJoinLink(url)))), [platform]);

  const query = route.name === 'join' ? route.query : null;
  const hashJoin = useMemo(
    () => (query === null ? null : attemptOf(parseJoinQuery(query, window.location.origin))),
    [query],
  );

  const finish = useCallback(() => {
    setDeepLink(null);
    navigate(routes.library(), { replace: true });
  }, []);

  const join = useJoin(deepLink ?? hashJoin, profile.displayName, (membership) => {
    announce(t('join.joined', { space: membership.spaceName }));
    finish();
  });

  // The panel takes the focus to its question; when it goes, the focus goes back to the top of the page.
  const shown = join.state.status !== 'idle';
  const wasShown = useRef(false);
  useEffect(() => {
    if (wasShown.current && !shown) restartFocusFromTop();
    wasShown.current = shown;
  }, [shown]);

  return <JoinPanel state={join.state} onConfirm={join.confirm} onRetry={join.retry} onDismiss={finish} />;
}
