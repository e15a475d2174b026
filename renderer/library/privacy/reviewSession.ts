// One personal-data review of a document: its body opened without a screen (the same connection a draft
// uses), scanned, and each replacement the author chooses written into the body for everyone, then the
// body scanned again. Loaded on demand: it brings Lexical and Yjs.
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { openBody } from '../reuse/openBody';
import { $bodyText, $findPersonalDataInBody, $replaceInBody, type BodyMatch } from './bodyScan';
import { type ReplacementStyle, replacementFor } from './replacements';

export interface ReviewSession {
  matches: BodyMatch[];
  /** Replaces the given matches (each in its style); resolves with what is still found afterwards. */
  replace(choices: Array<{ match: BodyMatch; style: ReplacementStyle }>): Promise<ReplaceOutcome>;
  close(): void;
}

export interface ReplaceOutcome {
  matches: BodyMatch[];
  /** The body's plain text after the edit, and what replaced what (for the index entry's text and summary). */
  text: string;
  replaced: Array<[from: string, to: string]>;
  /** Whether the relay confirmed it stored the edit (else it is in this device's replica, sent when online). */
  stored: boolean;
}

export async function startReview(
  membership: Pick<SpaceMembership, 'serverUrl' | 'space' | 'token' | 'role'>,
  documentId: string,
  language: string,
): Promise<ReviewSession> {
  const body = await openBody(membership, documentId);
  const scan = () => body.editor.getEditorState().read($findPersonalDataInBody);
  return {
    matches: scan(),
    async replace(choices) {
      const replacements = choices.map(({ match, style }) => ({
        block: match.block,
        start: match.start,
        end: match.end,
        expected: match.text,
        replacement: replacementFor(match, style, language),
      }));
      body.editor.update(() => $replaceInBody(replacements), { discrete: true });
      const stored = await body.whenSaved();
      return {
        matches: scan(),
        text: body.editor.getEditorState().read($bodyText),
        replaced: replacements.map((r) => [r.expected, r.replacement]),
        stored,
      };
    },
    close: () => body.close(),
  };
}
