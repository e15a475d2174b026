// Room names as file names: every name maps to one safe name inside the rooms folder and back to no other.
// Nothing a client sends can reach a path separator, `..`, a reserved Windows device name, or two names that a
// case-insensitive file system would confuse.
import { createHash } from 'node:crypto';

// Past this a name is hashed instead: file names are limited to 255 bytes on common file systems.
const LONGEST_ENCODED = 180;

/**
 * Lower-case letters, digits and `-` stay as they are; every other byte of the UTF-8 name (upper case too, so
 * `Room` and `room` stay apart on macOS and Windows) becomes `_` and two hex digits. The `r-` prefix keeps
 * `con`, `nul` and the like from being device names; long names become `h-` and a SHA-256 of the name.
 */
export function roomFileName(room: string): string {
  let encoded = '';
  for (const byte of new TextEncoder().encode(room)) {
    const char = String.fromCharCode(byte);
    encoded += /[a-z0-9-]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}`;
  }
  if (encoded.length > LONGEST_ENCODED) return `h-${createHash('sha256').update(room).digest('hex')}`;
  return `r-${encoded}`;
}
