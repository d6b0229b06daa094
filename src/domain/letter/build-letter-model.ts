/**
 * Builds the Final Determination Letter model from a case and its evaluation. Pure: the same
 * inputs give the same model; "today" is never read here (the caller passes `issuedOn`).
 *
 * Drafted texts (case summary, each rationale) can be replaced by the reviewer through
 * `draft.letter.edits[id] = { text, basedOn }`: the model prints the edit, marks it edited, and
 * stale when the text the workbench drafts now no longer hashes to `basedOn`. Edits are never
 * overwritten or dropped here; the UI decides what to do with a stale one.
 */
import type { CaseDraft } from '../case/case-schema';
import { formatUsDate, isValidIsoDate } from '../dates/dates';
import type { Evaluation, ItemEvaluation } from '../evaluator/evaluation-types';
import { draftCaseSummary, listDocumentsReviewed } from './draft-case-summary';
import { claimsAdministratorLine, draftRationale, imrGuidelineLine, itemTitle } from './draft-rationale';
import { letterHash } from './letter-hash';
import {
  CASE_SUMMARY_TEXT_ID,
  type DraftedText,
  LETTER_SECTION_IDS,
  type LetterBlock,
  type LetterDecision,
  type LetterItem,
  type LetterModel,
  type LetterSection,
  rationaleTextId,
} from './letter-model';
import { cleanText, oneLine } from './letter-text';

export interface BuildLetterOptions {
  /** The date the letter is issued (ISO). When absent, the case's decision date is printed. */
  issuedOn?: string;
}

export const LETTER_TITLE = 'INDEPENDENT MEDICAL REVIEW FINAL DETERMINATION';
export const NOT_ENTERED = 'Not entered';

/** Our own wording of the independence and qualifications statement real letters carry. */
export const HOW_MADE_PARAGRAPH =
  'The Independent Medical Review organization sent the complete case file to an expert reviewer. ' +
  'The expert reviewer has no affiliation with the employer, the employee, the treating providers or ' +
  'the claims administrator, has been in active clinical practice for more than five years, and ' +
  'currently practices at least 24 hours a week. The expert reviewer was chosen for clinical ' +
  'experience, education, background and expertise in the same or a similar specialty to those that ' +
  'evaluate or treat the medical condition and the disputed items or services, and knows the governing ' +
  'laws and regulations, including the strength of evidence hierarchy that applies to Independent ' +
  'Medical Review determinations.';

export const CASE_SUMMARY_INTRO =
  'The expert reviewer prepared the following clinical case summary after reviewing the case file, ' +
  'including all medical records:';

export const ISSUES_INTRO =
  'The Final Determination was based on decisions for the disputed items and services set out below:';

export const HEADER_LABELS = {
  caseNumber: 'Case Number',
  assignmentDate: 'Date Assigned',
  dateOfInjury: 'Date of Injury',
  determinationDate: 'Determination Date',
  urDeterminationDate: 'UR Determination Date',
  priority: 'Priority',
  applicationDate: 'Application Received',
} as const;

const PRIORITY_WORDS: Record<string, string> = { standard: 'Standard', expedited: 'Expedited' };

function dateField(label: string, date: string): LetterBlock {
  const value = oneLine(date);
  if (value === '') return { kind: 'field', label, value: NOT_ENTERED, missing: true };
  // A malformed date prints as typed so the reviewer sees it; the pre-issue check flags it.
  return { kind: 'field', label, value: isValidIsoDate(value) ? formatUsDate(value) : value, missing: false };
}

function textField(label: string, text: string): LetterBlock {
  const value = oneLine(text);
  return value === ''
    ? { kind: 'field', label, value: NOT_ENTERED, missing: true }
    : { kind: 'field', label, value, missing: false };
}

/** The determination date printed: `issuedOn` when given, else the case's decision date. */
export function determinationDate(draft: CaseDraft, options: BuildLetterOptions): string {
  const issued = options.issuedOn ?? '';
  return issued !== '' ? issued : draft.imr.decisionDate;
}

function resolveDrafted(draft: CaseDraft, id: string, draftedText: string): DraftedText {
  const draftedHash = letterHash(draftedText);
  const edit = Object.hasOwn(draft.letter.edits, id) ? draft.letter.edits[id] : undefined;
  if (!edit)
    return { id, draftedText, draftedHash, text: draftedText, edited: false, stale: false, basedOn: null };
  return {
    id,
    draftedText,
    draftedHash,
    text: cleanText(edit.text),
    edited: true,
    stale: edit.basedOn !== draftedHash,
    basedOn: edit.basedOn,
  };
}

function headerSection(draft: CaseDraft, options: BuildLetterOptions): LetterSection {
  const { imr } = draft;
  return {
    id: LETTER_SECTION_IDS.header,
    heading: LETTER_TITLE,
    blocks: [
      textField(HEADER_LABELS.caseNumber, imr.caseNumber),
      dateField(HEADER_LABELS.assignmentDate, imr.assignmentDate),
      dateField(HEADER_LABELS.dateOfInjury, draft.injury.dateOfInjury),
      dateField(HEADER_LABELS.determinationDate, determinationDate(draft, options)),
      dateField(HEADER_LABELS.urDeterminationDate, imr.urDeterminationDate),
      textField(HEADER_LABELS.priority, PRIORITY_WORDS[imr.priority] ?? ''),
      dateField(HEADER_LABELS.applicationDate, imr.applicationDate),
    ],
  };
}

function credentialsText(draft: CaseDraft): string {
  const { boardCertification, specialty } = draft.reviewer;
  const parts = [oneLine(boardCertification), oneLine(specialty)].filter((part) => part !== '');
  // Printed once when certification and specialty are the same words.
  const unique = parts.filter(
    (part, index) => parts.findIndex((other) => other.toLowerCase() === part.toLowerCase()) === index,
  );
  return unique.join('; ');
}

function howMadeSection(draft: CaseDraft): LetterSection {
  const states = draft.reviewer.licensureStates.map(oneLine).filter((state) => state !== '');
  return {
    id: LETTER_SECTION_IDS.howMade,
    heading: 'HOW THE IMR FINAL DETERMINATION WAS MADE',
    blocks: [
      { kind: 'paragraph', text: HOW_MADE_PARAGRAPH },
      { kind: 'paragraph', text: 'The expert reviewer has the following credentials:' },
      textField('State(s) of Licensure', states.join(', ')),
      textField('Certification(s)/Specialty', credentialsText(draft)),
    ],
  };
}

function caseSummarySection(draft: CaseDraft): LetterSection {
  return {
    id: LETTER_SECTION_IDS.caseSummary,
    heading: 'CLINICAL CASE SUMMARY',
    blocks: [
      { kind: 'paragraph', text: CASE_SUMMARY_INTRO },
      { kind: 'drafted', drafted: resolveDrafted(draft, CASE_SUMMARY_TEXT_ID, draftCaseSummary(draft)) },
    ],
  };
}

function documentsSection(draft: CaseDraft): LetterSection {
  const documents = listDocumentsReviewed(draft);
  return {
    id: LETTER_SECTION_IDS.documentsReviewed,
    heading: 'DOCUMENTS REVIEWED',
    blocks:
      documents.length > 0
        ? [{ kind: 'list', items: documents }]
        : [{ kind: 'paragraph', text: 'No documents are listed in the case.' }],
  };
}

/** The item's evaluation, matched by item id. */
export function findItemEvaluation(evaluation: Evaluation, itemId: string): ItemEvaluation | undefined {
  return evaluation.items.find((entry) => entry.itemId === itemId);
}

function itemDecision(
  draft: CaseDraft,
  index: number,
  evaluation: ItemEvaluation | undefined,
): LetterDecision | null {
  if (evaluation) return evaluation.decision;
  const decision = draft.disputedItems[index]?.review.decision ?? '';
  return decision === '' ? null : decision;
}

function issuesSection(draft: CaseDraft, evaluation: Evaluation): LetterSection {
  const items: LetterItem[] = draft.disputedItems.map((item, index) => {
    const itemEvaluation = findItemEvaluation(evaluation, item.id);
    const decision = itemDecision(draft, index, itemEvaluation);
    return {
      itemId: item.id,
      itemIndex: index,
      title: itemTitle(item, index, decision),
      decision,
      claimsAdministratorGuideline: claimsAdministratorLine(item),
      imrGuideline: imrGuidelineLine(item, itemEvaluation),
      rationale: resolveDrafted(
        draft,
        rationaleTextId(item.id),
        draftRationale(draft, item, index, itemEvaluation, decision),
      ),
    };
  });
  return {
    id: LETTER_SECTION_IDS.issues,
    heading: 'IMR ISSUES, DECISIONS AND RATIONALES',
    blocks: [
      { kind: 'paragraph', text: items.length > 0 ? ISSUES_INTRO : 'The case lists no disputed items.' },
      ...items.map((item): LetterBlock => ({ kind: 'item', item })),
    ],
  };
}

export function buildLetterModel(
  draft: CaseDraft,
  evaluation: Evaluation,
  options: BuildLetterOptions = {},
): LetterModel {
  return {
    caseNumber: oneLine(draft.imr.caseNumber),
    determinationDate: determinationDate(draft, options),
    sections: [
      headerSection(draft, options),
      howMadeSection(draft),
      caseSummarySection(draft),
      documentsSection(draft),
      issuesSection(draft, evaluation),
    ],
  };
}
