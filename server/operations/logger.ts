// Structured JSON logs (pino) that never carry a member token, whether in a field or inside a URL.
import pino, { type Logger } from 'pino';

/** Decodes a query parameter's name as the relay's URL parser will (percent-escapes and '+'), or null. */
function decodedName(name: string): string | null {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Replaces the value of every query parameter that the relay would read as `token` with a marker. Names are
 * compared after decoding, so `?%74oken=…` is redacted too; a name that does not decode is redacted as well,
 * since nobody can tell what it hides.
 */
export function redactUrl(url: string): string {
  return url.replace(/([?&])([^=&#\s]*)=([^&#\s]*)/g, (whole, separator: string, name: string) => {
    const decoded = decodedName(name);
    if (decoded !== null && decoded.trim().toLowerCase() !== 'token') return whole;
    return `${separator}${name}=[redacted]`;
  });
}

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'commons-relay' },
    redact: {
      paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization'],
      censor: '[redacted]',
    },
  });
}
