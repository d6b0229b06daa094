/**
 * The pre-issue check: everything that would make the letter wrong if it were issued now. Errors
 * make the letter wrong (an undecided item, a conclusion that says the opposite of the decision);
 * warnings need the reviewer's eye (an edit written against facts that have changed since, a
 * possible name, a passed deadline). Pure: `today` is passed in.
 */
import type { CaseDraft } from '../case/case-schema';
import { COPY_SUFFIX } from '../case/copy-case-number';
import { imrDeadline } from '../case/derived';
import { compareIsoDates, formatUsDate, isValidIsoDate } from '../dates/dates';
import type { CriterionResult, Evaluation, ItemEvaluation } from '../evaluator/evaluation-types';
import { isPanelFieldPath } from '../guidelines/field-paths';
import { capitalizeSentenceStart, withinSentence } from '../text/wording';
import { findItemEvaluation, HEADER_LABELS } from './build-letter-model';
import { MTUS_SILENT_AS_DESCRIBED } from './draft-rationale';
import {
  CASE_SUMMARY_TEXT_ID,
  draftedTexts,
  LETTER_SECTION_IDS,
  type LetterDecision,
  type LetterItem,
  type LetterModel,
  letterItems,
} from './letter-model';
import { oneLine } from './letter-text';
import { renderLetterText } from './render-letter-text';

export type LetterProblemCode =
  | 'no-items'
  | 'no-case-number'
  | 'case-number-copy'
  | 'no-determination-date'
  | 'item-no-decision'
  | 'item-not-described'
  | 'item-claims-guideline-missing'
  | 'item-no-guideline'
  | 'item-no-rationale'
  | 'item-no-conclusion'
  | 'item-conclusion-contradicts'
  | 'item-contradiction-unexplained'
  | 'item-judgment-unanswered'
  | 'item-mtus-reason-missing'
  | 'item-ur-approved-missing'
  | 'item-evaluator-warning'
  | 'stale-edit'
  | 'possible-name'
  | 'invalid-date'
  | 'dates-out-of-order'
  | 'deadline-passed'
  | 'missing-field'
  | 'reviewer-experience';

export interface LetterProblem {
  code: LetterProblemCode;
  severity: 'error' | 'warning';
  message: string;
  /** Where to go to fix it: a letter section or drafted-text id, an item, a case field path. */
  sectionId?: string;
  itemId?: string;
  fieldPath?: string;
}

export interface CheckLetterOptions {
  today: string;
  /** The reviewer's own name when the app knows it: the letter must never contain it. */
  reviewerName?: string;
}

const NECESSITY = /\bmedically\s+(un)?necessary\b/gi;
/** Negations a reviewer writes: "not", "never", "cannot", "no longer", "isn't", "does not". */
const NEGATION = /\b(?:not|never|cannot|no\s+longer)\b|n['\u2019]t\b/i;

/** Where the phrase's own clause starts: punctuation, or a word joining two clauses. */
const CLAUSE_BREAK =
  /[.;:!?,]|\b(?:and|but|because|although|though|while|whereas|since|so|therefore|thus|hence|as)\b/i;
/** How far back a negation may sit: "does not appear to be medically necessary" is five words. */
const NEGATION_REACH_WORDS = 5;

/**
 * What the last "medically necessary" statement in a text concludes, or null if there is none. The
 * negation may sit a few words before the phrase ("is not considered medically necessary", "cannot
 * be found medically necessary", "does not appear to be medically necessary"), within the phrase's
 * own clause: a negation in an earlier clause, with or without a comma ("Although not every
 * criterion is met the request is medically necessary", "The patient has not returned to work and
 * the request is medically necessary"), is not the conclusion's.
 */
export function conclusionOf(text: string): 'necessary' | 'not_necessary' | null {
  const last = [...text.matchAll(NECESSITY)].at(-1);
  if (!last) return null;
  const clause = text.slice(0, last.index).split(CLAUSE_BREAK).at(-1) ?? '';
  const nearby = clause.trim().split(/\s+/).slice(-NEGATION_REACH_WORDS).join(' ');
  const negated = NEGATION.test(nearby) !== Boolean(last[1]);
  return negated ? 'not_necessary' : 'necessary';
}

const EXPECTED_CONCLUSION: Record<LetterDecision, 'necessary' | 'not_necessary'> = {
  upheld: 'not_necessary',
  overturned: 'necessary',
};

/**
 * Text that looks like a physician's name: "Dr. Smith", "Doctor Jane Smith", "Jane Smith, M.D.",
 * "M.D. Smith". A heuristic: it cannot tell the reviewer from a treating physician, so it warns.
 */
export function findPossibleNames(text: string): string[] {
  const patterns = [
    // "DR. ROE" too: letters often set names in capitals. The name itself must be capitalised, so
    // "the doctor recommended" is not taken for one.
    /\b(?:D[Rr]\.?|Doctor|DOCTOR)\s+(?:[A-Z]\.\s*)?[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)?/g,
    /\b[A-Z][a-zA-Z'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'-]+,?\s+(?:M\.D\.|MD|D\.O\.|DO|D\.C\.|DC)(?![A-Za-z])/g,
    /\b(?:M\.D\.|D\.O\.)\s+[A-Z][a-z][a-zA-Z'-]*/g,
  ];
  const found = new Set<string>();
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[0]);
  return [...found];
}

function containsName(text: string, name: string): boolean {
  const trimmed = oneLine(name);
  if (trimmed.length < 3) return false;
  return text.toLowerCase().includes(trimmed.toLowerCase());
}

interface DatedField {
  label: string;
  path: string;
  date: string;
}

function dateProblems(draft: CaseDraft, model: LetterModel, today: string): LetterProblem[] {
  const problems: LetterProblem[] = [];
  const fields: Record<string, DatedField> = {
    injury: { label: 'date of injury', path: 'injury.dateOfInjury', date: draft.injury.dateOfInjury },
    request: { label: 'request date', path: 'imr.requestDate', date: draft.imr.requestDate },
    ur: {
      label: 'UR determination date',
      path: 'imr.urDeterminationDate',
      date: draft.imr.urDeterminationDate,
    },
    application: { label: 'application date', path: 'imr.applicationDate', date: draft.imr.applicationDate },
    assignment: { label: 'assignment date', path: 'imr.assignmentDate', date: draft.imr.assignmentDate },
    records: {
      label: 'records received date',
      path: 'imr.recordsReceivedDate',
      date: draft.imr.recordsReceivedDate,
    },
    determination: { label: 'determination date', path: 'imr.decisionDate', date: model.determinationDate },
  };
  for (const field of Object.values(fields)) {
    if (field.date !== '' && !isValidIsoDate(field.date)) {
      problems.push({
        code: 'invalid-date',
        severity: 'error',
        message: `The ${field.label} "${field.date}" is not a real date in YYYY-MM-DD form.`,
        fieldPath: field.path,
      });
    }
  }
  // Each pair must be in this order when both dates are known.
  const order: [string, string][] = [
    ['injury', 'request'],
    ['injury', 'ur'],
    ['request', 'ur'],
    ['ur', 'application'],
    ['application', 'assignment'],
    ['application', 'records'],
    ['ur', 'determination'],
    ['application', 'determination'],
    ['assignment', 'determination'],
  ];
  for (const [earlierKey, laterKey] of order) {
    const earlier = fields[earlierKey];
    const later = fields[laterKey];
    if (!earlier || !later || !isValidIsoDate(earlier.date) || !isValidIsoDate(later.date)) continue;
    if (compareIsoDates(earlier.date, later.date) > 0) {
      problems.push({
        code: 'dates-out-of-order',
        severity: 'error',
        message: `The ${earlier.label} (${formatUsDate(earlier.date)}) is after the ${later.label} (${formatUsDate(later.date)}).`,
        fieldPath: later.path,
      });
    }
  }
  const determination = fields.determination;
  if (determination && isValidIsoDate(determination.date) && isValidIsoDate(today)) {
    if (compareIsoDates(determination.date, today) > 0) {
      problems.push({
        code: 'dates-out-of-order',
        severity: 'error',
        message: `The determination date (${formatUsDate(determination.date)}) is in the future (today is ${formatUsDate(today)}).`,
        fieldPath: determination.path,
      });
    }
  }
  draft.reports.forEach((report, index) => {
    if (!isValidIsoDate(report.date) || !isValidIsoDate(draft.injury.dateOfInjury)) return;
    if (compareIsoDates(report.date, draft.injury.dateOfInjury) < 0) {
      problems.push({
        code: 'dates-out-of-order',
        severity: 'error',
        message: `Report ${index + 1} is dated ${formatUsDate(report.date)}, before the date of injury (${formatUsDate(draft.injury.dateOfInjury)}).`,
        fieldPath: `reports.${index}.date`,
      });
    }
  });
  return problems;
}

/**
 * Where the criteria panel records the reviewer's judgment of a criterion: the control the criterion
 * itself points at when it is a panel field (a reviewer-written criterion's
 * `review.freeCriteria.N.answer`), else the item's `review.criteria.<criterion id>.answer`, the case
 * field the panel writes a guideline criterion's answer to.
 */
export function judgmentFieldPath(itemIndex: number, criterion: CriterionResult): string {
  return (
    criterion.fieldPaths.find((path) => isPanelFieldPath(path)) ??
    `disputedItems.${itemIndex}.review.criteria.${criterion.criterionId}.answer`
  );
}

const isFailing = (criterion: CriterionResult): boolean =>
  criterion.status === 'not_met' || criterion.status === 'not_documented';

/** A criterion the reviewer's answer decides and that is not answered yet. */
const awaitsAnswer = (criterion: CriterionResult): boolean => criterion.source === 'unanswered';

/**
 * The unanswered judgments whose answers could change the item's recommendation: all of them while
 * the item has none (answers would form it). For an uphold, answering "met" must be able to carry
 * the request, so every other criterion it still fails on must be an unanswered judgment too:
 * - all required criteria (no decision paths): every failing required criterion awaits an answer;
 * - alternative paths: for some path, its failing criteria and the failing required criteria
 *   outside every path all await an answer (the judgments among them are the ones that count).
 * A judgment beside a criterion that fails on the facts entered cannot change an uphold.
 */
export function decisiveJudgments(evaluation: ItemEvaluation): Set<string> {
  const unanswered = evaluation.criteria.filter(awaitsAnswer).map((criterion) => criterion.criterionId);
  if (evaluation.recommendation === null) return new Set(unanswered);
  if (evaluation.recommendation !== 'uphold') return new Set();
  const failingRequired = evaluation.criteria.filter(
    (criterion) => criterion.required && isFailing(criterion),
  );
  const paths = evaluation.decisionPaths ?? [];
  const decisive = new Set<string>();
  const addIfAnswerable = (needed: CriterionResult[]) => {
    if (needed.length > 0 && needed.every(awaitsAnswer))
      for (const criterion of needed) decisive.add(criterion.criterionId);
  };
  if (paths.length === 0) {
    addIfAnswerable(failingRequired);
    return decisive;
  }
  const byId = new Map(evaluation.criteria.map((criterion) => [criterion.criterionId, criterion]));
  const inPaths = new Set(paths.flatMap((path) => path.criteria));
  const outside = failingRequired.filter((criterion) => !inPaths.has(criterion.criterionId));
  for (const path of paths) {
    const results = path.criteria.flatMap((id) => byId.get(id) ?? []);
    const pathFailing = results.filter(isFailing);
    // A path none of whose criteria applies is not the request's: answers cannot make it carry one.
    if (pathFailing.length === 0 && !results.some((criterion) => criterion.status === 'met')) continue;
    addIfAnswerable([...outside, ...pathFailing]);
  }
  return decisive;
}

function unansweredJudgmentProblems(
  itemEvaluation: ItemEvaluation,
  name: string,
  at: { itemId: string; sectionId: string },
): LetterProblem[] {
  const decisive = decisiveJudgments(itemEvaluation);
  return itemEvaluation.criteria.filter(awaitsAnswer).map((criterion): LetterProblem => {
    const statement = `"${withinSentence(oneLine(criterion.statement))}"`;
    const decides = decisive.has(criterion.criterionId);
    const effect =
      itemEvaluation.recommendation === null
        ? ', and the item has no recommendation until its criteria are answered'
        : decides
          ? ', one of the reasons the item is upheld'
          : '; answering it would not change the recommendation';
    return {
      code: 'item-judgment-unanswered',
      severity: decides ? 'error' : 'warning',
      message: `${name}: the criterion ${statement} awaits your judgment. The letter counts it as not documented${effect}.`,
      ...at,
      fieldPath: judgmentFieldPath(itemEvaluation.itemIndex, criterion),
    };
  });
}

// The evaluator's warning for a decision against the criteria without a reason: the check reports
// it as its own error (item-contradiction-unexplained), so it is not repeated as a warning.
const CONTRADICTION_WARNING = /^The decision \((?:Upheld|Overturned)\) contradicts the criteria\b/;

/**
 * The evaluator's own warnings on an item ("Dextromethorphan is not in the drug reference", "MED
 * not computed", "No valid request (RFA) date"), each once, so the reviewer sees them beside the
 * letter as well as in the criteria panel.
 */
function evaluatorWarningProblems(
  itemEvaluation: ItemEvaluation,
  name: string,
  at: { itemId: string; sectionId: string },
): LetterProblem[] {
  const warnings = [...new Set(itemEvaluation.warnings.map(oneLine))].filter(
    (warning) => warning !== '' && !CONTRADICTION_WARNING.test(warning),
  );
  return warnings.map(
    (warning): LetterProblem => ({
      code: 'item-evaluator-warning',
      severity: 'warning',
      message: `${name}: ${warning}`,
      ...at,
    }),
  );
}

/**
 * A drafted text named as the letter page shows it: "the clinical case summary", "the decision
 * rationale of item 2 (Norco 10/325 #120)"; never its internal id.
 */
function draftedTextName(id: string, items: LetterItem[], itemName: (item: LetterItem) => string): string {
  if (id === CASE_SUMMARY_TEXT_ID) return 'the clinical case summary';
  const item = items.find((entry) => entry.rationale.id === id);
  return item ? `the decision rationale of ${lowerFirst(itemName(item))}` : 'a section of the letter';
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

export function checkLetter(
  draft: CaseDraft,
  evaluation: Evaluation,
  model: LetterModel,
  options: CheckLetterOptions,
): LetterProblem[] {
  const problems: LetterProblem[] = [];
  const header = LETTER_SECTION_IDS.header;

  if (model.caseNumber === '') {
    problems.push({
      code: 'no-case-number',
      severity: 'error',
      message: 'The letter has no IMR case number.',
      sectionId: header,
      fieldPath: 'imr.caseNumber',
    });
  }
  if (model.caseNumber.endsWith(COPY_SUFFIX)) {
    problems.push({
      code: 'case-number-copy',
      severity: 'error',
      message: `The case number "${model.caseNumber}" ends with "${COPY_SUFFIX.trim()}", which the workbench added when the case was copied. Enter the IMR case number as assigned.`,
      sectionId: header,
      fieldPath: 'imr.caseNumber',
    });
  }
  if (model.determinationDate === '') {
    problems.push({
      code: 'no-determination-date',
      severity: 'error',
      message: 'The letter has no determination date.',
      sectionId: header,
      fieldPath: 'imr.decisionDate',
    });
  }

  // Fields the letter would print as "Not entered" (the case number and date have their own checks).
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'field' || !block.missing) continue;
      if (block.label === HEADER_LABELS.caseNumber || block.label === HEADER_LABELS.determinationDate)
        continue;
      problems.push({
        code: 'missing-field',
        severity: 'warning',
        message: `The letter prints "${block.label}" as not entered.`,
        sectionId: section.id,
      });
    }
  }

  const years = draft.reviewer.yearsInPractice;
  if (years !== null && years <= 5) {
    problems.push({
      code: 'reviewer-experience',
      severity: 'error',
      message: `The letter states the expert reviewer has been in active practice for more than five years, but the case records ${years} year${years === 1 ? '' : 's'}.`,
      sectionId: LETTER_SECTION_IDS.howMade,
      fieldPath: 'reviewer.yearsInPractice',
    });
  }

  const items = letterItems(model);
  if (items.length === 0) {
    problems.push({
      code: 'no-items',
      severity: 'error',
      message: 'The case has no disputed item, so the letter decides nothing.',
      sectionId: LETTER_SECTION_IDS.issues,
      fieldPath: 'disputedItems',
    });
  }

  const itemName = (item: LetterItem) =>
    `Item ${item.itemIndex + 1} (${oneLine(draft.disputedItems[item.itemIndex]?.requestedAs ?? '') || 'unnamed'})`;
  for (const item of items) {
    const name = itemName(item);
    const at = { itemId: item.itemId, sectionId: item.rationale.id };
    if (oneLine(draft.disputedItems[item.itemIndex]?.requestedAs ?? '') === '') {
      problems.push({
        code: 'item-not-described',
        severity: 'error',
        message: `Item ${item.itemIndex + 1} does not say which service was requested: enter it in "Requested as", as the request describes it.`,
        ...at,
        fieldPath: `disputedItems.${item.itemIndex}.requestedAs`,
      });
    }
    if (oneLine(draft.disputedItems[item.itemIndex]?.claimsAdministratorGuideline ?? '') === '') {
      problems.push({
        code: 'item-claims-guideline-missing',
        severity: 'error',
        message: `${name}: the Claims Administrator guideline is not entered (the letter prints a placeholder). Enter what UR cited, or "none" if UR cited no medical evidence.`,
        ...at,
        fieldPath: `disputedItems.${item.itemIndex}.claimsAdministratorGuideline`,
      });
    }
    if (item.decision === null) {
      problems.push({
        code: 'item-no-decision',
        severity: 'error',
        message: `${name} has no decision (Upheld or Overturned).`,
        ...at,
        fieldPath: `disputedItems.${item.itemIndex}.review.decision`,
      });
    }
    if (oneLine(item.imrGuideline) === '') {
      problems.push({
        code: 'item-no-guideline',
        severity: 'error',
        message: `${name} cites no guideline or other evidence for the decision.`,
        ...at,
        fieldPath: `disputedItems.${item.itemIndex}.review.evidenceCitation`,
      });
    }
    if (oneLine(item.rationale.text) === '') {
      problems.push({
        code: 'item-no-rationale',
        severity: 'error',
        message: `${name} has no decision rationale.`,
        ...at,
      });
    } else if (item.decision !== null) {
      const conclusion = conclusionOf(item.rationale.text);
      if (conclusion === null) {
        problems.push({
          code: 'item-no-conclusion',
          severity: 'warning',
          message: `${name}: the rationale does not conclude whether the request IS or IS NOT medically necessary.`,
          ...at,
        });
      } else if (conclusion !== EXPECTED_CONCLUSION[item.decision]) {
        const says = conclusion === 'necessary' ? 'IS medically necessary' : 'IS NOT medically necessary';
        const decision = item.decision === 'upheld' ? 'Upheld' : 'Overturned';
        problems.push({
          code: 'item-conclusion-contradicts',
          severity: 'error',
          message: `${name}: the rationale concludes the request ${says}, but the decision is ${decision}.`,
          ...at,
        });
      }
    }
    const itemEvaluation = findItemEvaluation(evaluation, item.itemId);
    const source = draft.disputedItems[item.itemIndex];
    if (itemEvaluation?.decisionContradicts && source && oneLine(source.review.decisionReason) === '') {
      problems.push({
        code: 'item-contradiction-unexplained',
        severity: 'error',
        message: `${name}: the decision goes against what the criteria indicate, and no reason is given.`,
        ...at,
        fieldPath: `disputedItems.${item.itemIndex}.review.decisionReason`,
      });
    }
    if (itemEvaluation) {
      problems.push(...unansweredJudgmentProblems(itemEvaluation, name, at));
      problems.push(...evaluatorWarningProblems(itemEvaluation, name, at));
    }
    if (
      itemEvaluation?.path === 'evidence_hierarchy' &&
      source &&
      oneLine(source.review.mtusNotApplicableReason) === ''
    ) {
      problems.push({
        code: 'item-mtus-reason-missing',
        severity: 'warning',
        message: `${name} is on the evidence-hierarchy path, but no reason is typed for why the MTUS does not apply: the letter says only "${MTUS_SILENT_AS_DESCRIBED}" Type the reason as the letter should state it.`,
        ...at,
        fieldPath: `disputedItems.${item.itemIndex}.review.mtusNotApplicableReason`,
      });
    }
    if (source?.urDecision === 'modified' && oneLine(source.urApproved) === '') {
      problems.push({
        code: 'item-ur-approved-missing',
        severity: 'warning',
        message: `${name}: UR modified the request, but what UR approved is not entered: the letter cannot name the part UR authorized, and its heading does not say that the decision is on the remaining IMR eligible portion.`,
        ...at,
        fieldPath: `disputedItems.${item.itemIndex}.urApproved`,
      });
    }
  }

  for (const text of draftedTexts(model)) {
    if (text.stale) {
      problems.push({
        code: 'stale-edit',
        severity: 'warning',
        message: `Your edit of ${draftedTextName(text.id, items, itemName)} was written before the case changed: compare it with the new draft.`,
        sectionId: text.id,
      });
    }
  }

  const letterText = renderLetterText(model);
  for (const found of findPossibleNames(letterText)) {
    problems.push({
      code: 'possible-name',
      severity: 'warning',
      message: `The letter contains "${found}". It must never name the expert reviewer: check that this is not the reviewer.`,
    });
  }
  if (options.reviewerName && containsName(letterText, options.reviewerName)) {
    problems.push({
      code: 'possible-name',
      severity: 'error',
      message:
        "The letter contains the reviewer's name. Remove it: the letter must never name the expert reviewer.",
    });
  }

  problems.push(...dateProblems(draft, model, options.today));

  const deadline = imrDeadline(draft, options.today);
  if (deadline && deadline.daysLeft < 0) {
    const late = -deadline.daysLeft;
    const days = `${late} day${late === 1 ? '' : 's'}`;
    const due = `the IMR deadline (${formatUsDate(deadline.dueDate)}, ${deadline.windowDays} days from receipt of records)`;
    problems.push(
      deadline.measuredTo === 'decision'
        ? {
            code: 'deadline-passed',
            severity: 'warning',
            message: `The determination date (${formatUsDate(draft.imr.decisionDate)}) is ${days} after ${due}.`,
            fieldPath: 'imr.decisionDate',
          }
        : {
            code: 'deadline-passed',
            severity: 'warning',
            message: `${capitalizeSentenceStart(due)} passed ${days} ago.`,
            fieldPath: 'imr.recordsReceivedDate',
          },
    );
  }
  return problems;
}
