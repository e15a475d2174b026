// Stable ids for parts, chapters and articles: random, short, and valid in HTML attributes and DOCX bookmarks.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newProvisionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let id = 'p';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
