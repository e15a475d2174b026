// Decides whether a link may leave the app for the system browser: only plain http(s) URLs, parsed, never
// guessed. Every shell.openExternal call goes through here (Electron security checklist: "Do not use
// shell.openExternal with untrusted content").

export const MAX_EXTERNAL_URL_LENGTH = 2048;

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);
// Control characters (Cc), invisible format characters such as zero-width and bidi marks (Cf) and every kind of
// space (Z): browsers silently drop some of them while parsing, so a link that looks like one thing could open
// another. A link carrying any of them is refused outright.
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Z}]/u;

export type ExternalUrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

/** Parses a candidate link; on success `url` is the normalised href, which is the only thing ever opened. */
export function checkExternalUrl(input: unknown): ExternalUrlVerdict {
  if (typeof input !== 'string') return { ok: false, reason: 'not a string' };
  if (input.length === 0) return { ok: false, reason: 'empty' };
  if (input.length > MAX_EXTERNAL_URL_LENGTH) return { ok: false, reason: 'too long' };
  if (HIDDEN_CHARACTERS.test(input))
    return { ok: false, reason: 'contains whitespace or control characters' };
  let parsed: URL;
  try {
    parsed = new URL(input);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol))
    return { ok: false, reason: `protocol ${parsed.protocol} refused` };
  // user:pass@host hides the real host from a quick reading (http://good.example@evil.example goes to evil).
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, reason: 'credentials in URL' };
  if (parsed.hostname === '') return { ok: false, reason: 'no host' };
  if (parsed.href.length > MAX_EXTERNAL_URL_LENGTH) return { ok: false, reason: 'too long' };
  return { ok: true, url: parsed.href };
}

/** Opens `input` with `open` (shell.openExternal in main) when it is safe; returns whether it was opened. */
export async function openExternalSafely(
  input: unknown,
  open: (url: string) => Promise<void>,
  log: (message: string) => void = console.warn,
): Promise<boolean> {
  const verdict = checkExternalUrl(input);
  if (!verdict.ok) {
    log(`Refused to open external link: ${verdict.reason}`);
    return false;
  }
  await open(verdict.url);
  return true;
}
