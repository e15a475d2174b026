// The person using this copy of Commons: shown to others in presence and stored in settings.
import { z } from 'zod';

/** The interface's languages; each has a complete catalog in every feature folder (renderer/<feature>/locales). */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'pt', 'uk', 'ur', 'ne', 'lo', 'bn'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Languages written right to left; the whole UI flips for them. */
export const RTL_LANGUAGES: readonly string[] = ['ar', 'ur', 'fa', 'he'];

export const profileSchema = z.object({
  displayName: z.string().trim().min(1).max(80),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  organisation: z.string().trim().max(120),
  country: z.string().trim().max(80),
  language: z.enum(UI_LANGUAGES),
  /** Data saver (Settings): fewer presence updates, images only on a click, downloads counted. Absent: off. */
  dataSaver: z.boolean().optional(),
});
export type Profile = z.infer<typeof profileSchema>;
