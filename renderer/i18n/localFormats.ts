// Numbers and dates in the reader's own conventions: every number put into a sentence ({{count}} as well as
// {{total, number}}) goes through Intl in the UI language, so Nepali reads ३, Bengali ৩ and Arabic ٣ where
// English reads 3; {{date, datetime}} is Intl.DateTimeFormat in that language.
import type { FormatterModule } from 'i18next';

type FormatOptions = Record<string, unknown> & {
  interpolationkey?: string;
  formatParams?: Record<string, Intl.NumberFormatOptions & Intl.DateTimeFormatOptions>;
};

function number(value: number, language: string, options: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(language, options).format(value);
  } catch {
    return String(value);
  }
}

function dateTime(value: unknown, language: string, options: Intl.DateTimeFormatOptions): unknown {
  const date = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(language, options).format(date);
  } catch {
    return date.toISOString();
  }
}

export const localFormats: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  // i18next's type says string; a value it cannot format goes back as it came, as its own formatter does.
  format(value: unknown, format?: string, language?: string, options?: FormatOptions): string {
    const lng = language ?? 'en';
    const params = (options?.interpolationkey && options.formatParams?.[options.interpolationkey]) || {};
    const name = format?.trim().toLowerCase();
    if (name === 'datetime') return dateTime(value, lng, params) as string;
    // Unformatted or 'number': numbers in the language's digits and grouping; any other value as it is.
    if ((name === undefined || name === 'number') && typeof value === 'number')
      return number(value, lng, params);
    return value as string;
  },
};
