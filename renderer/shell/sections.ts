// The app's sections and their hash routes (#/library, #/drafts, ...), so reloads and the back button keep
// the person where they were.
export const SECTIONS = ['library', 'drafts', 'sessions', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export function sectionFromHash(hash: string): Section {
  const name = /^#\/([a-z]+)/.exec(hash)?.[1];
  return (SECTIONS as readonly string[]).includes(name ?? '') ? (name as Section) : 'library';
}

export const sectionHash = (section: Section): string => `#/${section}`;
