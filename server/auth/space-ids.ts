// Space ids are made by the relay from the space's name: a readable slug of Latin letters and digits when the
// name has some ("Pacific Network" → pacific-network), else space-<random>, since ids appear in room names.
import { randomBytes } from 'node:crypto';
import { isValidSpaceId } from '../../shared/rooms';

/** Room names allow 63 characters for the id; leaving room for a "-<suffix>" when the slug is taken. */
const MAX_SLUG_LENGTH = 48;

const randomSuffix = (): string => randomBytes(4).toString('hex');

function slug(name: string): string {
  return (
    name
      // "École" → "Ecole": accents come apart from their letters and are dropped.
      .normalize('NFKD')
      .replace(/\p{Mark}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, MAX_SLUG_LENGTH)
      .replace(/^-+|-+$/g, '')
  );
}

/**
 * The ids to try for a new space, best first: the slug, the slug with -2 … -9, then with a random suffix
 * (which never runs out). A name without a Latin letter gets space-<random> ids only.
 */
export function* spaceIdCandidates(name: string): Generator<string> {
  const readable = slug(name);
  const latin = /[a-z]/.test(readable) && isValidSpaceId(readable);
  if (latin) {
    yield readable;
    for (let n = 2; n <= 9; n += 1) yield `${readable}-${n}`;
  }
  for (;;) yield latin ? `${readable}-${randomSuffix()}` : `space-${randomSuffix()}`;
}
