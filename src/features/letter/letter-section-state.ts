/**
 * What the letter page may do with a drafted text (the case summary, each rationale) and how each
 * action changes `draft.letter.edits`. Pure: no React, no storage. Every change returns a new edits
 * map; the reviewer's text is only removed by an explicit "Revert" or "Replace with new draft".
 */
import type { CaseDraft } from '@/domain/case/case-schema';
import type { DraftedText } from '@/domain/letter/letter-model';
import { cleanText } from '@/domain/letter/letter-text';

export type LetterEdits = CaseDraft['letter']['edits'];

/** 'drafted': prints the workbench's text; 'edited': prints the reviewer's; 'stale': the facts changed since. */
export type DraftedTextState = 'drafted' | 'edited' | 'stale';

/** The schema's limit for a text field: an edit above it could not be stored. */
export const MAX_EDIT_LENGTH = 200_000;

export function draftedTextState(text: DraftedText): DraftedTextState {
  if (!text.edited) return 'drafted';
  return text.stale ? 'stale' : 'edited';
}

/** Same words, ignoring line-ending style and surrounding blank space. */
export function sameText(a: string, b: string): boolean {
  return cleanText(a).trim() === cleanText(b).trim();
}

export type SaveEditResult =
  | { kind: 'saved'; edits: LetterEdits }
  /** The text is the draft again: the section follows the draft, no edit is kept. */
  | { kind: 'matches-draft'; edits: LetterEdits }
  | { kind: 'refused'; message: string };

/** A copy of the map with one entry set, safe for any key (no prototype setter is triggered). */
function withEntry(edits: LetterEdits, id: string, edit: LetterEdits[string]): LetterEdits {
  return Object.fromEntries([...Object.entries(edits).filter(([key]) => key !== id), [id, edit]]);
}

export function withoutEdit(edits: LetterEdits, id: string): LetterEdits {
  return Object.fromEntries(Object.entries(edits).filter(([key]) => key !== id));
}

/**
 * Saves the reviewer's text for a drafted section. The edit records the hash of the drafted text it
 * replaces, so a later change of facts shows up as "stale" instead of being silently merged.
 */
export function saveEdit(edits: LetterEdits, drafted: DraftedText, text: string): SaveEditResult {
  if (text.length > MAX_EDIT_LENGTH) {
    return {
      kind: 'refused',
      message: `The text is ${text.length.toLocaleString('en-US')} characters long; a section can hold at most ${MAX_EDIT_LENGTH.toLocaleString('en-US')}. Shorten it and save again.`,
    };
  }
  if (cleanText(text).trim() === '') {
    return {
      kind: 'refused',
      message:
        'The section would be empty. Write the text, or use "Revert to draft" to print the drafted text.',
    };
  }
  if (sameText(text, drafted.draftedText))
    return { kind: 'matches-draft', edits: withoutEdit(edits, drafted.id) };
  return { kind: 'saved', edits: withEntry(edits, drafted.id, { text, basedOn: drafted.draftedHash }) };
}

/** "Keep my edit": the edit stays as written and is now based on the current draft. */
export function keepEdit(edits: LetterEdits, drafted: DraftedText): LetterEdits {
  const current = Object.hasOwn(edits, drafted.id) ? edits[drafted.id] : undefined;
  if (!current) return edits;
  return withEntry(edits, drafted.id, { text: current.text, basedOn: drafted.draftedHash });
}

/** A copy of the case with new letter edits (nothing else changes). */
export function withLetterEdits(draft: CaseDraft, edits: LetterEdits): CaseDraft {
  return { ...draft, letter: { ...draft.letter, edits } };
}
