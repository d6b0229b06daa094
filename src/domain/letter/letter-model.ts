/**
 * The Final Determination Letter as structured data: what every renderer (screen, print, text,
 * PDF, DOCX) draws. No HTML and no layout: sections hold paragraphs, labelled fields and lists, and
 * every string is already cleaned of control characters (see letter-text.ts), so renderers only
 * decide how things look.
 */

/** Stable ids of the letter's fixed sections (used as keys for screen anchors and tests). */
export const LETTER_SECTION_IDS = {
  header: 'header',
  howMade: 'how-made',
  caseSummary: 'case-summary',
  documentsReviewed: 'documents-reviewed',
  issues: 'issues',
} as const;

export type LetterSectionId = (typeof LETTER_SECTION_IDS)[keyof typeof LETTER_SECTION_IDS];

/** Id of a drafted text the reviewer can edit (the key in `draft.letter.edits`). */
export const CASE_SUMMARY_TEXT_ID = 'case-summary';
export const rationaleTextId = (itemId: string): string => `rationale-${itemId}`;

/**
 * Text the workbench drafts and the reviewer may replace. `text` is what prints; `draftedText` is
 * what the workbench drafts from the current case, so the UI can show both when they differ.
 * Paragraphs are separated by a blank line; a single newline is a line break.
 */
export interface DraftedText {
  id: string;
  draftedText: string;
  /** letterHash(draftedText): store it as `basedOn` when the reviewer saves an edit. */
  draftedHash: string;
  text: string;
  edited: boolean;
  /** The case changed since the reviewer edited: the drafted text is no longer what the edit replaced. */
  stale: boolean;
  /** The hash the edit was based on, or null when not edited. */
  basedOn: string | null;
}

export type LetterBlock =
  | { kind: 'paragraph'; text: string }
  /** "Label: value"; `missing` when the case has no value and the letter prints a placeholder. */
  | { kind: 'field'; label: string; value: string; missing: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'drafted'; drafted: DraftedText }
  | { kind: 'item'; item: LetterItem };

export type LetterDecision = 'upheld' | 'overturned';

/** One disputed item's block in "IMR issues, decisions and rationales". */
export interface LetterItem {
  itemId: string;
  itemIndex: number;
  /** "<service as requested>: Upheld" */
  title: string;
  decision: LetterDecision | null;
  /** The text after "Claims Administrator guideline: ". */
  claimsAdministratorGuideline: string;
  /** The text after "IMR guideline: ". */
  imrGuideline: string;
  rationale: DraftedText;
}

export interface LetterSection {
  id: LetterSectionId;
  /** Printed heading, e.g. "CLINICAL CASE SUMMARY"; the header section's is the letter title. */
  heading: string;
  blocks: LetterBlock[];
}

export interface LetterModel {
  caseNumber: string;
  /** The determination date the letter prints (ISO), or '' when unknown. */
  determinationDate: string;
  sections: LetterSection[];
}

export const ITEM_LABELS = {
  claimsAdministrator: 'Claims Administrator guideline',
  imrGuideline: 'IMR guideline',
  rationale: 'Decision rationale',
} as const;

export const DECISION_WORDS: Record<LetterDecision, string> = {
  upheld: 'Upheld',
  overturned: 'Overturned',
};

/** Every text the reviewer can edit, in letter order. */
export function draftedTexts(model: LetterModel): DraftedText[] {
  const texts: DraftedText[] = [];
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'drafted') texts.push(block.drafted);
      if (block.kind === 'item') texts.push(block.item.rationale);
    }
  }
  return texts;
}

/** Every item block, in letter order. */
export function letterItems(model: LetterModel): LetterItem[] {
  return model.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'item' ? [block.item] : [])),
  );
}

/** Paragraphs of a drafted or edited text: split on blank lines, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
