// Turns a name the page suggests into a plain file name for a save dialog: no folders, no characters that some
// file system refuses, and the expected extension.

const FORBIDDEN = /[\p{Cc}\p{Cf}<>:"/\\|?*]/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

export function safeFileName(suggested: string, extension?: string): string {
  let name = suggested
    .replace(FORBIDDEN, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 180);
  if (name === '' || WINDOWS_RESERVED.test(name)) name = `Commons ${name}`.trim();
  if (extension !== undefined && !name.toLowerCase().endsWith(`.${extension.toLowerCase()}`)) {
    name = `${name}.${extension}`;
  }
  return name;
}
