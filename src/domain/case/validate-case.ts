/**
 * What a letter needs from a case, on top of the lenient draft schema: completeness ('missing') and
 * consistency ('invalid') issues, each with the path of the field, the wizard step that holds it and
 * a message that names the field and shows the value.
 *
 * `validateCase` is the one implementation; `buildStrictCaseSchema` wraps it as a zod refinement of
 * `CaseDraftSchema`, so zod stays the source of truth for the shape and the strict rules live in one
 * place. The wizard blocks "Next" on 'invalid' issues only: 'missing' ones are shown but a reviewer
 * may fill a case in any order.
 */
import * as z from 'zod';
import { formatUsDate, toDayNumber, wholeYearsBetween } from '../dates/dates';
import { lowerFirstUnlessAcronym } from '../text/wording';
import {
  type CaseDraft,
  CaseDraftSchema,
  type DisputedItem,
  type Medication,
  type ServiceFacts,
} from './case-schema';
import { requestReferenceDate } from './derived';
import {
  emptyCaseDraft,
  emptyComplaint,
  emptyDiagnosis,
  emptyDisputedItem,
  emptyInjection,
  emptyMedication,
  emptyRehabProgram,
  emptyReport,
  emptySurgery,
  emptyTherapyCourse,
  emptyUrineDrugTest,
} from './empty-case';
import { type FactFieldMeta, fieldsForService, SERVICE_FACT_FIELDS } from './service-fields';

/** Wizard step ids (the same strings as features/wizard/steps.ts, which domain code may not import). */
export const CASE_STEP_IDS = [
  'case',
  'patient',
  'reports',
  'work',
  'treatment',
  'disputed',
  'review',
] as const;
export type CaseStepId = (typeof CASE_STEP_IDS)[number];

export type CaseIssueKind = 'invalid' | 'missing';

export interface CaseIssue {
  /** Dotted path of the field, e.g. "reports.2.date"; a list path ("reports") for a missing list. */
  path: string;
  step: CaseStepId;
  message: string;
  kind: CaseIssueKind;
}

export interface ValidateCaseOptions {
  /** ISO date the case is checked on: dates after it are "in the future". */
  today: string;
}

/** Plausibility limits; each is inclusive (the limit itself is accepted). */
export const CASE_LIMITS = {
  ageMin: 14,
  ageMax: 100,
  painMax: 10,
  frequencyPerWeekMax: 7,
  durationWeeksMax: 104,
  hoursPerDayMax: 24,
  countMax: 500,
  weightLbsMax: 300,
  minutesMax: 1440,
  percentMax: 100,
  yearsInPracticeMax: 70,
  daysSupplyMax: 365,
  textMax: 100_000,
} as const;

// ---------- steps ----------

const STEP_BY_ROOT: Record<string, CaseStepId> = {
  imr: 'case',
  reviewer: 'case',
  patient: 'patient',
  injury: 'patient',
  reports: 'reports',
  work: 'work',
  treatment: 'treatment',
  disputedItems: 'disputed',
  letter: 'review',
};

/** The wizard step that holds a field. The reviewer's per-item judgments belong to Review. */
export function stepForPath(path: string): CaseStepId {
  const [root, , child] = path.split('.');
  if (root === 'disputedItems' && child === 'review') return 'review';
  return (root && STEP_BY_ROOT[root]) || 'review';
}

// ---------- labels ----------

type LabelTemplate = (rows: number[]) => string;

const row = (rows: number[], at: number) => rows[at] ?? 0;

/** Field names as messages use them; `#` stands for a list index (shown 1-based). */
const FIELD_LABELS: Record<string, string | LabelTemplate> = {
  'imr.caseNumber': 'IMR case number',
  'imr.priority': 'Priority',
  'imr.requestDate': 'Request (RFA) date',
  'imr.urDeterminationDate': 'UR determination date',
  'imr.applicationDate': 'IMR application date',
  'imr.assignmentDate': 'Assignment date',
  'imr.recordsReceivedDate': 'Records received date',
  'imr.decisionDate': 'Decision date',
  'reviewer.licensureStates': 'Reviewer licensure state',
  'reviewer.licensureStates.#': (r) => `Reviewer licensure state ${row(r, 0)}`,
  'reviewer.specialty': 'Reviewer specialty',
  'reviewer.boardCertification': 'Board certification',
  'reviewer.yearsInPractice': 'Years in practice',
  'patient.age': 'Age',
  'patient.dateOfBirth': 'Date of birth',
  'patient.sex': 'Sex',
  'patient.occupation': 'Occupation',
  'patient.jobPhysicalDemand': 'Job physical demand level',
  'injury.dateOfInjury': 'Date of injury',
  'injury.mechanism': 'Mechanism of injury',
  'injury.bodyParts': 'Body parts',
  'injury.bodyParts.#': (r) => `Body part ${row(r, 0)}`,
  'injury.diagnoses': 'Diagnoses',
  'injury.diagnoses.#.text': (r) => `Diagnosis ${row(r, 0)}`,
  'injury.diagnoses.#.icd10': (r) => `Diagnosis ${row(r, 0)} ICD-10 code`,
  reports: 'Reports',
  'reports.#.date': (r) => `Report ${row(r, 0)} date`,
  'reports.#.type': (r) => `Report ${row(r, 0)} type`,
  'reports.#.authorSpecialty': (r) => `Report ${row(r, 0)} author specialty`,
  'reports.#.examFindings': (r) => `Report ${row(r, 0)} exam findings`,
  'reports.#.diagnosesListed': (r) => `Report ${row(r, 0)} diagnoses listed`,
  'reports.#.treatmentPlan': (r) => `Report ${row(r, 0)} treatment plan`,
  'reports.#.workStatusStated': (r) => `Report ${row(r, 0)} work status`,
  'reports.#.complaints': (r) => `Report ${row(r, 0)} complaints`,
  'reports.#.complaints.#.bodyPart': (r) => `Report ${row(r, 0)} complaint ${row(r, 1)} body part`,
  'reports.#.complaints.#.description': (r) => `Report ${row(r, 0)} complaint ${row(r, 1)} description`,
  'reports.#.complaints.#.painLow': (r) => `Report ${row(r, 0)} complaint ${row(r, 1)} pain (low)`,
  'reports.#.complaints.#.painHigh': (r) => `Report ${row(r, 0)} complaint ${row(r, 1)} pain (high)`,
  'work.status': 'Work status',
  'work.restrictions.liftLimitLbs': 'Lifting limit',
  'work.restrictions.pushPullLimitLbs': 'Push/pull limit',
  'work.restrictions.sittingLimitMinutes': 'Sitting limit',
  'work.restrictions.standingLimitMinutes': 'Standing limit',
  'work.restrictions.noBendingStooping': 'No bending or stooping',
  'work.restrictions.noRepetitiveUse': 'No repetitive use',
  'work.restrictions.other': 'Other restrictions',
  'work.employerCanAccommodate': 'Employer can accommodate',
  'work.returnToWorkGoal': 'Return-to-work goal',
  'work.rtwGoalAgreedByEmployer': 'Goal agreed by employer',
  'treatment.therapyCourses.#.discipline': (r) => `Therapy course ${row(r, 0)} discipline`,
  'treatment.therapyCourses.#.bodyPart': (r) => `Therapy course ${row(r, 0)} body part`,
  'treatment.therapyCourses.#.startDate': (r) => `Therapy course ${row(r, 0)} start date`,
  'treatment.therapyCourses.#.visitsCompleted': (r) => `Therapy course ${row(r, 0)} visits completed`,
  'treatment.therapyCourses.#.response': (r) => `Therapy course ${row(r, 0)} response`,
  'treatment.therapyCourses.#.notes': (r) => `Therapy course ${row(r, 0)} notes`,
  'treatment.injections.#.date': (r) => `Injection ${row(r, 0)} date`,
  'treatment.injections.#.type': (r) => `Injection ${row(r, 0)} type`,
  'treatment.injections.#.level': (r) => `Injection ${row(r, 0)} level`,
  'treatment.injections.#.reliefPercent': (r) => `Injection ${row(r, 0)} relief`,
  'treatment.injections.#.reliefWeeks': (r) => `Injection ${row(r, 0)} relief duration`,
  'treatment.surgeries.#.type': (r) => `Surgery ${row(r, 0)}`,
  'treatment.surgeries.#.date': (r) => `Surgery ${row(r, 0)} date`,
  'treatment.rehabPrograms.#.type': (r) => `Program ${row(r, 0)}`,
  'treatment.rehabPrograms.#.startDate': (r) => `Program ${row(r, 0)} start date`,
  'treatment.rehabPrograms.#.endDate': (r) => `Program ${row(r, 0)} end date`,
  'treatment.fce.done': 'FCE done',
  'treatment.fce.date': 'FCE date',
  'treatment.urineDrugTests.#.date': (r) => `Urine drug test ${row(r, 0)} date`,
  disputedItems: 'Disputed services',
  'disputedItems.#.requestedAs': (r) => `Disputed service ${row(r, 0)}: requested service`,
  'disputedItems.#.serviceType': (r) => `Disputed service ${row(r, 0)}: service type`,
  'disputedItems.#.frequencyPerWeek': (r) => `Disputed service ${row(r, 0)}: frequency`,
  'disputedItems.#.durationWeeks': (r) => `Disputed service ${row(r, 0)}: duration`,
  'disputedItems.#.hoursPerDay': (r) => `Disputed service ${row(r, 0)}: hours per day`,
  'disputedItems.#.quantity': (r) => `Disputed service ${row(r, 0)}: quantity`,
  'disputedItems.#.bodyPart': (r) => `Disputed service ${row(r, 0)}: body part`,
  'disputedItems.#.urDecision': (r) => `Disputed service ${row(r, 0)}: UR decision`,
  'disputedItems.#.urApproved': (r) => `Disputed service ${row(r, 0)}: what UR approved`,
  'disputedItems.#.claimsAdministratorGuideline': (r) =>
    `Disputed service ${row(r, 0)}: claims administrator guideline`,
  'disputedItems.#.medication': (r) => `Disputed service ${row(r, 0)}: medication`,
  'disputedItems.#.review': (r) => `Disputed service ${row(r, 0)}: review`,
  'disputedItems.#.review.decision': (r) => `Disputed service ${row(r, 0)}: final decision`,
  'disputedItems.#.review.decisionReason': (r) => `Disputed service ${row(r, 0)}: reason for the decision`,
  'disputedItems.#.review.evidenceSource': (r) => `Disputed service ${row(r, 0)}: evidence source`,
  'disputedItems.#.review.evidenceCitation': (r) => `Disputed service ${row(r, 0)}: evidence citation`,
  'disputedItems.#.review.mtusNotApplicableReason': (r) =>
    `Disputed service ${row(r, 0)}: why the MTUS does not apply`,
  'disputedItems.#.review.freeCriteria.#.text': (r) =>
    `Disputed service ${row(r, 0)}: criterion ${row(r, 1)} you wrote`,
  'disputedItems.#.review.freeCriteria.#.answer': (r) =>
    `Disputed service ${row(r, 0)}: your finding on criterion ${row(r, 1)}`,
  'disputedItems.#.review.freeCriteria.#.note': (r) =>
    `Disputed service ${row(r, 0)}: your note on criterion ${row(r, 1)}`,
  letter: 'Letter',
};

const MEDICATION_FIELD_LABELS: Record<string, string> = {
  name: 'name',
  strength: 'strength',
  form: 'form',
  route: 'route',
  dose: 'dose',
  frequency: 'frequency',
  quantity: 'quantity',
  daysSupply: 'days supply',
  startDate: 'start date',
  stopDate: 'stop date',
  prescriber: 'prescriber',
  drugClass: 'drug class',
  confirmedMaxUnitsPerDay: 'confirmed maximum units per day',
};

/** A readable name for any field path ("reports.1.date" -> "Report 2 date"). */
export function labelForPath(path: string): string {
  const known = knownLabel(path);
  if (known) return known;
  const segments = path.split('.');
  const rows = segments.filter((segment) => /^\d+$/.test(segment)).map((segment) => Number(segment) + 1);

  // Medication blocks (treatment history and drug disputes) and service facts are labelled generically.
  const field = segments[segments.length - 1] ?? '';
  if (segments[0] === 'disputedItems' && segments[2] === 'medication') {
    return `Disputed service ${row(rows, 0)}: medication ${MEDICATION_FIELD_LABELS[field] ?? field}`;
  }
  if (segments[0] === 'treatment' && segments[1] === 'medications') {
    return `Medication ${row(rows, 0)} ${MEDICATION_FIELD_LABELS[field] ?? field}`;
  }
  if (segments[0] === 'disputedItems' && segments[3] === 'criteria' && segments[5] === 'answer') {
    return `Disputed service ${row(rows, 0)}: your judgment on a criterion in the criteria panel`;
  }
  if (segments[0] === 'disputedItems' && segments[2] === 'facts') {
    const meta = SERVICE_FACT_FIELDS[segments[3] as keyof ServiceFacts] as FactFieldMeta | undefined;
    return `Disputed service ${row(rows, 0)}: ${meta ? lowerFirstUnlessAcronym(meta.label) : field}`;
  }
  // Otherwise the closest labelled parent, then the raw path.
  for (let cut = segments.length - 1; cut > 0; cut -= 1) {
    const parentLabel = knownLabel(segments.slice(0, cut).join('.'));
    if (parentLabel) return `${parentLabel} ${segments.slice(cut).join(' ')}`;
  }
  return path;
}

function knownLabel(path: string): string | null {
  const rows: number[] = [];
  const pattern = path
    .split('.')
    .map((segment) => {
      if (!/^\d+$/.test(segment)) return segment;
      rows.push(Number(segment) + 1);
      return '#';
    })
    .join('.');
  const label = FIELD_LABELS[pattern];
  if (label === undefined) return null;
  return typeof label === 'string' ? label : label(rows);
}

// ---------- the checks ----------

class IssueList {
  readonly issues: CaseIssue[] = [];
  private readonly seen = new Set<string>();

  add(kind: CaseIssueKind, path: string, message: string): void {
    // One message per field and kind: the first (most specific) wins.
    const key = `${kind}:${path}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push({ path, step: stepForPath(path), message, kind });
  }
  invalid(path: string, message: string): void {
    this.add('invalid', path, message);
  }
  missing(path: string, message: string): void {
    this.add('missing', path, message);
  }
  hasInvalid(path: string): boolean {
    return this.seen.has(`invalid:${path}`);
  }
}

const isBlank = (text: string) => text.trim() === '';

/** Day numbers of dates seen: a case repeats few distinct dates, and validation runs per keystroke. */
const dayNumbers = new Map<string, number | null>();
function dayOf(date: string): number | null {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    if (dayNumbers.size > 10_000) dayNumbers.clear();
    day = toDayNumber(date);
    dayNumbers.set(date, day);
  }
  return day;
}
const isRealDate = (date: string) => dayOf(date) !== null;
/** Negative when a is earlier than b; both must be real dates. */
const compareDates = (a: string, b: string) => (dayOf(a) ?? 0) - (dayOf(b) ?? 0);
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** No date in an IMR case (injury, report, request) is older; the date inputs say the same (min). */
const EARLIEST_YEAR = 1900;

/** Shows a value in a message: dates as MM/DD/YYYY, numbers as typed. */
const show = (date: string) => formatUsDate(date);

/**
 * Checks a date field; answers the date when it is real and not in the future (usable for
 * comparisons), else null.
 */
function checkDate(issues: IssueList, path: string, value: string, today: string): string | null {
  if (value === '') return null;
  if (!ISO_SHAPE.test(value)) {
    issues.invalid(path, `${labelForPath(path)} "${value}" is not a date; enter it as month/day/year`);
    return null;
  }
  // One digit too many in a date input's year segment turns 2014 into 0145: say which part is wrong.
  const year = Number(value.slice(0, 4));
  if (year < EARLIEST_YEAR) {
    issues.invalid(
      path,
      `${labelForPath(path)} ${value.slice(5, 7)}/${value.slice(8, 10)}/${value.slice(0, 4)} has the year ${year}; check the year (${EARLIEST_YEAR} or later)`,
    );
    return null;
  }
  if (!isRealDate(value)) {
    issues.invalid(path, `${labelForPath(path)} ${value} is not a real date`);
    return null;
  }
  if (isRealDate(today) && compareDates(value, today) > 0) {
    issues.invalid(path, `${labelForPath(path)} ${show(value)} is in the future (today is ${show(today)})`);
    return null;
  }
  return value;
}

interface NumberRule {
  min?: number;
  max?: number;
  /** The message when the value is above max, given the label and the value. */
  tooHigh?: (label: string, value: number, max: number) => string;
  tooLow?: (label: string, value: number, min: number) => string;
}

function checkNumber(issues: IssueList, path: string, value: number | null, rule: NumberRule): void {
  if (value === null) return;
  if (!Number.isFinite(value)) {
    issues.invalid(path, `${labelForPath(path)} is not a number`);
    return;
  }
  const min = rule.min ?? 0;
  // The label is built only for a value that has a problem: most values have none.
  const label = value < min || (rule.max !== undefined && value > rule.max) ? labelForPath(path) : '';
  if (value < min) {
    issues.invalid(
      path,
      rule.tooLow
        ? rule.tooLow(label, value, min)
        : min === 0
          ? `${label} ${value} cannot be negative`
          : `${label} ${value} is below the minimum of ${min}`,
    );
    return;
  }
  if (rule.max !== undefined && value > rule.max) {
    issues.invalid(
      path,
      rule.tooHigh
        ? rule.tooHigh(label, value, rule.max)
        : `${label} ${value} is not plausible; at most ${rule.max}`,
    );
  }
}

const formatCount = (value: number) => value.toLocaleString('en-US');

const RULES = {
  count: { max: CASE_LIMITS.countMax } satisfies NumberRule,
  nonNegative: {} satisfies NumberRule,
  pain: {
    max: CASE_LIMITS.painMax,
    tooHigh: (label, value) => `${label} ${value} is outside 0-10`,
    tooLow: (label, value) => `${label} ${value} is outside 0-10`,
  } satisfies NumberRule,
  weightLbs: {
    max: CASE_LIMITS.weightLbsMax,
    tooHigh: (label, value, max) => `${label} ${value} lbs is not plausible; at most ${max} lbs`,
  } satisfies NumberRule,
  minutes: {
    max: CASE_LIMITS.minutesMax,
    tooHigh: (label, value, max) =>
      `${label} ${value} minutes is more than a day; at most ${formatCount(max)}`,
  } satisfies NumberRule,
  percent: {
    max: CASE_LIMITS.percentMax,
    tooHigh: (label, value, max) => `${label} ${value}% is not possible; at most ${max}%`,
  } satisfies NumberRule,
  weeks: {
    max: CASE_LIMITS.durationWeeksMax,
    tooHigh: (label, value, max) => `${label} ${value} weeks is too long; at most ${max} weeks (2 years)`,
  } satisfies NumberRule,
  frequency: {
    max: CASE_LIMITS.frequencyPerWeekMax,
    tooHigh: (label, value, max) => `${label} ${value} visits/week is not possible; at most ${max}`,
  } satisfies NumberRule,
  hoursPerDay: {
    max: CASE_LIMITS.hoursPerDayMax,
    tooHigh: (label, value, max) => `${label} ${value} hours a day is not possible; at most ${max}`,
  } satisfies NumberRule,
  daysSupply: {
    max: CASE_LIMITS.daysSupplyMax,
    tooHigh: (label, value, max) => `${label} ${value} days is more than a year; at most ${max}`,
  } satisfies NumberRule,
};

/** Reports "later must not be before earlier" on the later field; equal dates are fine. */
function checkOrder(
  issues: IssueList,
  later: { path: string; date: string | null },
  earlier: { path: string; date: string | null },
  message: (laterDate: string, earlierDate: string) => string,
): void {
  if (!later.date || !earlier.date) return;
  if (compareDates(later.date, earlier.date) < 0)
    issues.invalid(later.path, message(later.date, earlier.date));
}

/** Every issue a letter would have with this draft, in form order (step by step, field by field). */
export function validateCase(draft: CaseDraft, { today }: ValidateCaseOptions): CaseIssue[] {
  const issues = new IssueList();
  const date = (path: string, value: string) => checkDate(issues, path, value, today);

  // Case and reviewer
  const { imr, reviewer, patient, injury } = draft;
  if (isBlank(imr.caseNumber)) issues.missing('imr.caseNumber', 'IMR case number is needed for the letter');
  const requestDate = date('imr.requestDate', imr.requestDate);
  const urDate = date('imr.urDeterminationDate', imr.urDeterminationDate);
  if (imr.urDeterminationDate === '')
    issues.missing('imr.urDeterminationDate', 'UR determination date is needed for the letter');
  const applicationDate = date('imr.applicationDate', imr.applicationDate);
  const assignmentDate = date('imr.assignmentDate', imr.assignmentDate);
  const recordsDate = date('imr.recordsReceivedDate', imr.recordsReceivedDate);
  const decisionDate = date('imr.decisionDate', imr.decisionDate);
  checkOrder(
    issues,
    { path: 'imr.urDeterminationDate', date: urDate },
    { path: 'imr.requestDate', date: requestDate },
    (ur, request) => `UR determination date ${show(ur)} is before the request date ${show(request)}`,
  );
  checkOrder(
    issues,
    { path: 'imr.applicationDate', date: applicationDate },
    { path: 'imr.urDeterminationDate', date: urDate },
    (application, ur) =>
      `IMR application date ${show(application)} is before the UR determination ${show(ur)}`,
  );
  checkOrder(
    issues,
    { path: 'imr.recordsReceivedDate', date: recordsDate },
    { path: 'imr.applicationDate', date: applicationDate },
    (records, application) =>
      `Records received date ${show(records)} is before the IMR application date ${show(application)}`,
  );
  // The decision comes after every other case date; the first one it precedes is named.
  const decisionFollows: [string | null, string][] = [
    [recordsDate, 'the records received date'],
    [assignmentDate, 'the assignment date'],
    [applicationDate, 'the IMR application date'],
    [urDate, 'the UR determination date'],
  ];
  for (const [earlier, label] of decisionFollows)
    checkOrder(
      issues,
      { path: 'imr.decisionDate', date: decisionDate },
      { path: '', date: earlier },
      (decision, before) => `Decision date ${show(decision)} is before ${label} ${show(before)}`,
    );
  if (!reviewer.licensureStates.some((state) => !isBlank(state)))
    issues.missing('reviewer.licensureStates', 'Reviewer licensure state is needed for the letter');
  if (isBlank(reviewer.specialty))
    issues.missing('reviewer.specialty', 'Reviewer specialty is needed for the letter');
  checkNumber(issues, 'reviewer.yearsInPractice', reviewer.yearsInPractice, {
    max: CASE_LIMITS.yearsInPracticeMax,
  });

  // Patient and injury
  checkNumber(issues, 'patient.age', patient.age, {
    min: CASE_LIMITS.ageMin,
    max: CASE_LIMITS.ageMax,
    tooLow: (_label, value) => `Age ${value} is outside ${CASE_LIMITS.ageMin}-${CASE_LIMITS.ageMax}`,
    tooHigh: (_label, value) => `Age ${value} is outside ${CASE_LIMITS.ageMin}-${CASE_LIMITS.ageMax}`,
  });
  const dateOfBirth = date('patient.dateOfBirth', patient.dateOfBirth);
  if (patient.age === null && patient.dateOfBirth === '')
    issues.missing('patient.age', 'Patient age or date of birth is needed for the letter');
  if (isBlank(patient.sex)) issues.missing('patient.sex', 'Sex is needed for the letter');
  const dateOfInjury = date('injury.dateOfInjury', injury.dateOfInjury);
  if (injury.dateOfInjury === '')
    issues.missing('injury.dateOfInjury', 'Date of injury is needed for the letter');
  const reference = requestReferenceDate(draft);
  if (dateOfBirth) {
    const ageOn = reference?.date ?? dateOfInjury ?? (isRealDate(today) ? today : null);
    const age = ageOn ? wholeYearsBetween(dateOfBirth, ageOn) : null;
    if (ageOn && age === null) {
      issues.invalid('patient.dateOfBirth', `Date of birth ${show(dateOfBirth)} is after ${show(ageOn)}`);
    } else if (ageOn && age !== null && (age < CASE_LIMITS.ageMin || age > CASE_LIMITS.ageMax)) {
      issues.invalid(
        'patient.dateOfBirth',
        `Date of birth ${show(dateOfBirth)} gives an age of ${age} on ${show(ageOn)}; expected ${CASE_LIMITS.ageMin}-${CASE_LIMITS.ageMax}`,
      );
    }
  }
  if (dateOfInjury && reference && compareDates(dateOfInjury, reference.date) > 0) {
    const what = reference.source === 'request' ? 'the request date' : 'the UR determination date';
    issues.invalid(
      'injury.dateOfInjury',
      `Date of injury ${show(dateOfInjury)} is after ${what} ${show(reference.date)}`,
    );
  }

  // Reports
  if (draft.reports.length === 0) {
    issues.missing('reports', 'At least one report with a date is needed for the letter');
  } else if (draft.reports.every((report) => report.date === '')) {
    issues.missing('reports.0.date', 'At least one report needs a date for the letter');
  }
  draft.reports.forEach((report, r) => {
    const reportDate = date(`reports.${r}.date`, report.date);
    checkOrder(
      issues,
      { path: `reports.${r}.date`, date: reportDate },
      { path: 'injury.dateOfInjury', date: dateOfInjury },
      (dated, injured) => `Report ${r + 1} date ${show(dated)} is before the date of injury ${show(injured)}`,
    );
    report.complaints.forEach((complaint, c) => {
      const base = `reports.${r}.complaints.${c}`;
      checkNumber(issues, `${base}.painLow`, complaint.painLow, RULES.pain);
      checkNumber(issues, `${base}.painHigh`, complaint.painHigh, RULES.pain);
      const { painLow, painHigh } = complaint;
      if (
        painLow !== null &&
        painHigh !== null &&
        !issues.hasInvalid(`${base}.painLow`) &&
        !issues.hasInvalid(`${base}.painHigh`) &&
        painLow > painHigh
      ) {
        issues.invalid(
          `${base}.painLow`,
          `Report ${r + 1} complaint ${c + 1}: lowest pain ${painLow} is higher than highest pain ${painHigh}`,
        );
      }
    });
  });

  // Work status and restrictions
  const { restrictions } = draft.work;
  checkNumber(issues, 'work.restrictions.liftLimitLbs', restrictions.liftLimitLbs, RULES.weightLbs);
  checkNumber(issues, 'work.restrictions.pushPullLimitLbs', restrictions.pushPullLimitLbs, RULES.weightLbs);
  checkNumber(
    issues,
    'work.restrictions.sittingLimitMinutes',
    restrictions.sittingLimitMinutes,
    RULES.minutes,
  );
  checkNumber(
    issues,
    'work.restrictions.standingLimitMinutes',
    restrictions.standingLimitMinutes,
    RULES.minutes,
  );

  // Treatment history
  const { treatment } = draft;
  treatment.therapyCourses.forEach((course, i) => {
    date(`treatment.therapyCourses.${i}.startDate`, course.startDate);
    checkNumber(issues, `treatment.therapyCourses.${i}.visitsCompleted`, course.visitsCompleted, RULES.count);
  });
  treatment.injections.forEach((injection, i) => {
    date(`treatment.injections.${i}.date`, injection.date);
    checkNumber(issues, `treatment.injections.${i}.reliefPercent`, injection.reliefPercent, RULES.percent);
    checkNumber(issues, `treatment.injections.${i}.reliefWeeks`, injection.reliefWeeks, RULES.weeks);
  });
  treatment.surgeries.forEach((surgery, i) => {
    date(`treatment.surgeries.${i}.date`, surgery.date);
  });
  treatment.rehabPrograms.forEach((program, i) => {
    const start = date(`treatment.rehabPrograms.${i}.startDate`, program.startDate);
    const end = date(`treatment.rehabPrograms.${i}.endDate`, program.endDate);
    checkOrder(
      issues,
      { path: `treatment.rehabPrograms.${i}.endDate`, date: end },
      { path: `treatment.rehabPrograms.${i}.startDate`, date: start },
      (ended, started) =>
        `Program ${i + 1} end date ${show(ended)} is before its start date ${show(started)}`,
    );
  });
  date('treatment.fce.date', treatment.fce.date);
  treatment.medications.forEach((medication, i) => {
    checkMedication(issues, `treatment.medications.${i}`, medication, today);
  });
  treatment.urineDrugTests.forEach((test, i) => {
    date(`treatment.urineDrugTests.${i}.date`, test.date);
  });

  // Disputed services
  if (draft.disputedItems.length === 0)
    issues.missing('disputedItems', 'At least one disputed service is needed for the letter');
  draft.disputedItems.forEach((item, i) => {
    checkDisputedItem(issues, item, i, today);
  });

  checkTextAndShape(issues, draft);
  return sortInFormOrder(issues.issues);
}

function checkMedication(issues: IssueList, base: string, medication: Medication, today: string): void {
  const start = checkDate(issues, `${base}.startDate`, medication.startDate, today);
  const stop = checkDate(issues, `${base}.stopDate`, medication.stopDate, today);
  checkOrder(
    issues,
    { path: `${base}.stopDate`, date: stop },
    { path: `${base}.startDate`, date: start },
    (stopped, started) =>
      `${labelForPath(`${base}.stopDate`)} ${show(stopped)} is before the start date ${show(started)}`,
  );
  checkNumber(issues, `${base}.quantity`, medication.quantity, RULES.count);
  checkNumber(issues, `${base}.daysSupply`, medication.daysSupply, RULES.daysSupply);
  checkNumber(issues, `${base}.confirmedMaxUnitsPerDay`, medication.confirmedMaxUnitsPerDay, RULES.count);
}

function checkDisputedItem(issues: IssueList, item: DisputedItem, i: number, today: string): void {
  const base = `disputedItems.${i}`;
  if (isBlank(item.requestedAs))
    issues.missing(
      `${base}.requestedAs`,
      `Disputed service ${i + 1}: the requested service is needed for the letter`,
    );
  if (item.serviceType === '')
    issues.missing(
      `${base}.serviceType`,
      `Disputed service ${i + 1}: the service type is needed for the letter`,
    );
  // Only a denial or a modification reaches IMR; the letter says which, and a modification what
  // UR approved (the rest is the disputed portion).
  if (item.urDecision === '')
    issues.missing(
      `${base}.urDecision`,
      `Disputed service ${i + 1}: the UR decision (denied or modified) is needed for the letter`,
    );
  else if (item.urDecision === 'modified' && isBlank(item.urApproved))
    issues.missing(
      `${base}.urApproved`,
      `Disputed service ${i + 1}: what UR approved is needed for the letter, which decides the remaining portion`,
    );
  // Only what the service type shows is checked: hidden fields keep their values but never block.
  const { itemFields, facts } = fieldsForService(item.serviceType);
  if (itemFields.includes('frequencyPerWeek'))
    checkNumber(issues, `${base}.frequencyPerWeek`, item.frequencyPerWeek, RULES.frequency);
  if (itemFields.includes('durationWeeks'))
    checkNumber(issues, `${base}.durationWeeks`, item.durationWeeks, RULES.weeks);
  if (itemFields.includes('hoursPerDay'))
    checkNumber(issues, `${base}.hoursPerDay`, item.hoursPerDay, RULES.hoursPerDay);
  if (itemFields.includes('quantity')) checkNumber(issues, `${base}.quantity`, item.quantity, RULES.count);
  if (itemFields.includes('medication'))
    checkMedication(issues, `${base}.medication`, item.medication, today);
  for (const fact of facts) {
    const path = `${base}.facts.${fact.key}`;
    const value = item.facts[fact.key];
    if (fact.kind === 'number' && (typeof value === 'number' || value === null)) {
      checkNumber(issues, path, value, { min: fact.min ?? 0, max: fact.max });
    } else if (fact.kind === 'date' && typeof value === 'string') {
      checkDate(issues, path, value, today);
    }
  }
}

/**
 * Text too long to keep, and lists longer than the draft schema allows, with the field named. The
 * caps come from the draft schema itself (through its JSON Schema, computed once), so zod stays the
 * source of truth without a full parse on every keystroke. Plain text is capped at 100,000
 * characters, below the schema's hard cap. Wrong types are the parser's business (parseCaseDraft).
 */
function checkTextAndShape(issues: IssueList, draft: CaseDraft): void {
  walkShown(draft, {
    string(path, text, maxLength) {
      const cap = Math.min(maxLength ?? Number.POSITIVE_INFINITY, CASE_LIMITS.textMax);
      if (text.length > cap) issues.invalid(path, tooLongMessage(path, text.length, cap));
    },
    list(path, length, maxItems) {
      if (maxItems !== undefined && length > maxItems)
        issues.invalid(
          path,
          `${labelForPath(path)} has ${formatCount(length)} entries; at most ${formatCount(maxItems)}`,
        );
    },
  });
}

function tooLongMessage(path: string, length: number, cap: number): string {
  return `${labelForPath(path)} is too long to keep: ${formatCount(length)} characters; at most ${formatCount(cap)}`;
}

/** The parts of a JSON Schema the walk reads. */
interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  maxLength?: number;
  maxItems?: number;
}

let draftSchemaNode: SchemaNode | null = null;
function draftSchema(): SchemaNode {
  draftSchemaNode ??= z.toJSONSchema(CaseDraftSchema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
  return draftSchemaNode;
}

/** The facts and whether the medication block are shown for an item (hidden parts never block). */
function shownItemParts(item: DisputedItem): { medication: boolean; facts: Set<string> } {
  const { itemFields, facts } = fieldsForService(item.serviceType);
  return { medication: itemFields.includes('medication'), facts: new Set(facts.map((fact) => fact.key)) };
}

/**
 * Visits every string and list the wizard shows with its schema caps, skipping ids and the parts of
 * a disputed item its service type hides. Paths are built only for values over a cap.
 */
function walkShown(
  draft: CaseDraft,
  visit: {
    string: (path: string, text: string, maxLength: number | undefined) => void;
    list: (path: string, length: number, maxItems: number | undefined) => void;
  },
): void {
  const segments: string[] = [];
  const path = () => segments.join('.');
  const walk = (value: unknown, schema: SchemaNode | undefined): void => {
    if (typeof value === 'string') {
      if (value.length > Math.min(schema?.maxLength ?? CASE_LIMITS.textMax, CASE_LIMITS.textMax))
        visit.string(path(), value, schema?.maxLength);
    } else if (Array.isArray(value)) {
      if (schema?.maxItems !== undefined && value.length > schema.maxItems)
        visit.list(path(), value.length, schema.maxItems);
      value.forEach((entry, index) => {
        segments.push(String(index));
        walk(entry, schema?.items);
        segments.pop();
      });
    } else if (value && typeof value === 'object') {
      const shown =
        segments.length === 2 && segments[0] === 'disputedItems'
          ? shownItemParts(value as DisputedItem)
          : null;
      for (const key in value) {
        if (key === 'id') continue;
        const child = (value as Record<string, unknown>)[key];
        if (shown && (key === 'medication' || key === 'facts')) {
          walkItemPart(shown, key, child, schema?.properties?.[key]);
          continue;
        }
        segments.push(key);
        walk(child, childSchema(schema, key));
        segments.pop();
      }
    }
  };
  const walkItemPart = (
    shown: ReturnType<typeof shownItemParts>,
    part: string,
    value: unknown,
    schema: SchemaNode | undefined,
  ) => {
    if (part === 'medication') {
      if (!shown.medication) return;
      segments.push(part);
      walk(value, schema);
      segments.pop();
      return;
    }
    segments.push(part);
    for (const key in value as Record<string, unknown>) {
      if (!shown.facts.has(key)) continue;
      segments.push(key);
      walk((value as Record<string, unknown>)[key], childSchema(schema, key));
      segments.pop();
    }
    segments.pop();
  };
  walk(draft, draftSchema());
}

function childSchema(schema: SchemaNode | undefined, key: string): SchemaNode | undefined {
  const own = schema?.properties?.[key];
  if (own) return own;
  return typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

// ---------- form order ----------

/** Rank of each field within its parent, from the empty record's key order (the order the wizard shows). */
const KEY_RANK: Map<string, number> = (() => {
  const ranks = new Map<string, number>();
  const template = emptyCaseDraft('');
  template.injury.diagnoses = [emptyDiagnosis('')];
  template.reports = [{ ...emptyReport(''), complaints: [emptyComplaint('')] }];
  template.treatment.therapyCourses = [emptyTherapyCourse('')];
  template.treatment.injections = [emptyInjection('')];
  template.treatment.surgeries = [emptySurgery('')];
  template.treatment.rehabPrograms = [emptyRehabProgram('')];
  template.treatment.medications = [emptyMedication('')];
  template.treatment.urineDrugTests = [emptyUrineDrugTest('')];
  template.disputedItems = [emptyDisputedItem('')];
  const record = (value: unknown, pattern: string) => {
    if (Array.isArray(value)) {
      if (value[0] !== undefined) record(value[0], `${pattern}.#`);
    } else if (value && typeof value === 'object') {
      Object.keys(value).forEach((key, rank) => {
        const child = pattern ? `${pattern}.${key}` : key;
        ranks.set(child, rank);
        record((value as Record<string, unknown>)[key], child);
      });
    }
  };
  record(template, '');
  return ranks;
})();

/** Orders two field paths as the wizard shows them (for sorting messages). */
export function compareFormPositions(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  let pattern = '';
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (x !== y) {
      if (numeric) return Number(x) - Number(y);
      const rankOf = (key: string) =>
        KEY_RANK.get(pattern ? `${pattern}.${key}` : key) ?? Number.MAX_SAFE_INTEGER;
      return rankOf(x) - rankOf(y);
    }
    const step = numeric ? '#' : x;
    pattern = pattern ? `${pattern}.${step}` : step;
  }
  // A list path ("reports") sorts before its entries.
  return left.length - right.length;
}

/** Issues ordered by step, then by where their field sits in the wizard. */
function sortInFormOrder(issues: CaseIssue[]): CaseIssue[] {
  const stepIndex = (step: CaseStepId) => CASE_STEP_IDS.indexOf(step);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        stepIndex(a.issue.step) - stepIndex(b.issue.step) ||
        compareFormPositions(a.issue.path, b.issue.path) ||
        a.index - b.index,
    )
    .map(({ issue }) => issue);
}

/** Same as validateCase (the name case-schema.ts refers to). */
export const strictCaseIssues = validateCase;

/** Issues that stop the wizard from moving on (missing facts never block). */
export function blockingIssues(issues: CaseIssue[]): CaseIssue[] {
  return issues.filter((issue) => issue.kind === 'invalid');
}

/**
 * The draft schema refined with every letter issue: `safeParse` succeeds only for a case a letter can
 * be written from. Each zod issue carries `params: { kind, step }`.
 */
export function buildStrictCaseSchema({ today }: ValidateCaseOptions) {
  return CaseDraftSchema.superRefine((draft, context) => {
    for (const issue of validateCase(draft, { today })) {
      context.addIssue({
        code: 'custom',
        path: issue.path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
        message: issue.message,
        params: { kind: issue.kind, step: issue.step },
      });
    }
  });
}
