// A file name from a session title that every operating system accepts (for the outcome's exports).

export function fileNameFor(title: string, extension: string): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'session';
  return `${base}.${extension}`;
}
