// Which way a language's text runs, for exports that must say so themselves (Word paragraphs).
import { RTL_LANGUAGES } from '../../../shared/profile';

export const isRtl = (language: string): boolean => RTL_LANGUAGES.includes(language.split('-')[0] ?? '');

/** A file name from a title that every operating system accepts. */
export function fileNameFor(title: string, extension: string): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'session';
  return `${base}.${extension}`;
}
