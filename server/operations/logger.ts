// Structured JSON logs (pino) that never carry a member token: not in a field, not inside a URL under any
// spelling of its parameter name, and not anywhere as a JWT-shaped value.
import pino, { type Logger } from 'pino';

/** A compact JWS (header.payload.signature, base64url, header starting `{"`): what member tokens look like. */
const JWT_SHAPED = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}/g;
const REDACTED = '[redacted]';

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
    return `${separator}${name}=${REDACTED}`;
  });
}

/** Any text with token parameters and JWT-shaped values hidden. */
export function redactText(text: string): string {
  return redactUrl(text).replace(JWT_SHAPED, REDACTED);
}

const MAX_DEPTH = 8;

/** A copy of a log record's fields with every string redacted (errors keep their message and stack, redacted). */
function redactFields(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    const copy = new Error(redactText(value.message));
    copy.name = value.name;
    copy.stack = value.stack === undefined ? undefined : redactText(value.stack);
    return copy;
  }
  if (Array.isArray(value)) return value.map((item) => redactFields(item, depth + 1));
  if (ArrayBuffer.isView(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactFields(item, depth + 1)]));
}

export function createLogger(
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'commons-relay' },
    redact: {
      paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization'],
      censor: REDACTED,
    },
    hooks: {
      // Messages and their interpolation arguments are strings pino writes as they are: redact them first.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => redactFields(arg)) as Parameters<typeof method>);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
