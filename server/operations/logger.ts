// Structured JSON logs (pino) that never carry a member token, whether in a field or inside a URL.
import pino, { type Logger } from 'pino';

const TOKEN_IN_URL = /([?&]token=)[^&#\s]*/gi;

/** Replaces the token query parameter of a URL (or any text holding one) with a marker. */
export function redactUrl(url: string): string {
  return url.replace(TOKEN_IN_URL, '$1[redacted]');
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
