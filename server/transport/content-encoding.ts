// Which prepared compression of a web build file to send, from the client's Accept-Encoding (RFC 9110 §12.5.3):
// q-values are respected, Brotli wins a tie with gzip, and a client that accepts neither gets the plain file.

/** The encodings the build prepares beside each file, best first, with the suffix of their file. */
export const PREPARED_ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

export type PreparedCoding = (typeof PREPARED_ENCODINGS)[number]['coding'];

/** The q-value of each coding the header names (lower-cased; "x-gzip" counts as gzip). */
function qualities(acceptEncoding: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    let q = 1;
    for (const parameter of parameters) {
      const match = /^q\s*=\s*([01](?:\.\d{0,3})?)$/.exec(parameter);
      if (match) q = Number(match[1]);
    }
    const coding = name === 'x-gzip' ? 'gzip' : name;
    found.set(coding, Math.max(q, found.get(coding) ?? 0));
  }
  return found;
}

/**
 * The codings worth trying for this request, preferred first (only those with q > 0, and none the client
 * ranks below the plain file); empty when the plain file should be sent.
 */
export function acceptableEncodings(acceptEncoding: string | undefined): PreparedCoding[] {
  if (!acceptEncoding) return [];
  const q = qualities(acceptEncoding);
  const star = q.get('*');
  const identity = q.get('identity');
  const ranked = PREPARED_ENCODINGS.map(({ coding }, order) => ({
    coding,
    order,
    q: q.get(coding) ?? star ?? 0,
  }))
    .filter((entry) => entry.q > 0 && (identity === undefined || entry.q >= identity))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((entry) => entry.coding);
}
