// Finds `commons://join` links in what the OS hands the app (argv on Windows and Linux, open-url on macOS) and
// turns them into the canonical link the page receives; anything else is dropped here, before the page sees it.
import { formatJoinLink, parseJoinLink } from '../shared/ipc/join-link';

export const DEEP_LINK_SCHEME = 'commons';

/** The canonical join link for `candidate`, or null when it is not a valid join link. */
export function acceptJoinLink(candidate: unknown): string | null {
  const link = parseJoinLink(candidate);
  return link === null ? null : formatJoinLink(link);
}

/** The last valid join link among command-line arguments (the OS appends the clicked link), or null. */
export function findJoinLinkInArgv(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 0; i--) {
    const argument = argv[i];
    if (argument?.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) return acceptJoinLink(argument);
  }
  return null;
}

/**
 * Holds join links until the page has loaded, then hands each over once. A link that arrives while the app
 * starts (the click that launched it) would otherwise be sent before anyone listens.
 */
export function createDeepLinkInbox(send: (url: string) => void) {
  const pending: string[] = [];
  let ready = false;
  return {
    receive(candidate: unknown): boolean {
      const url = acceptJoinLink(candidate);
      if (url === null) return false;
      if (ready) send(url);
      else pending.push(url);
      return true;
    },
    pageReady(): void {
      ready = true;
      for (const url of pending.splice(0)) send(url);
    },
    pageGone(): void {
      ready = false;
    },
  };
}
