/**
 * What the latest report's own words answer for a disputed service: the exam findings, complaints
 * and plan read by the same narrow reader as imported decision summaries (finding-words.ts), so the
 * wizard can offer "the latest report says: objective neurologic findings: yes" to fill in with one
 * press. Only the latest report is read: it is the one the request rests on, and reading one report
 * keeps the offer cheap while the reviewer types.
 */
import {
  answersTheItemAsks,
  asksAboutTheDrug,
  type FindingAnswer,
  readFindingAnswers,
} from '../case-file/finding-words';
import { toDayNumber } from '../dates/dates';
import { askedFactKeys } from '../guidelines/fact-regions';
import { GUIDELINE_LIBRARY } from '../guidelines/index';
import type { CaseDraft, DisputedItem, Report } from './case-schema';

/**
 * The report with the latest date, the last entered among equal dates. An undated report counts
 * only when no report has a date.
 */
export function latestReport(reports: readonly Report[]): Report | undefined {
  if (latestOf.has(reports)) return latestOf.get(reports);
  const latest = findLatest(reports);
  latestOf.set(reports, latest);
  return latest;
}

// Snapshots share unchanged parts: while the reports are the same array, so is their latest, and
// while the report, diagnoses and drug are the same, so is what the report says. Typing in a
// service then costs two lookups.
const latestOf = new WeakMap<readonly Report[], Report | undefined>();
const readingOf = new WeakMap<Report, { diagnoses: unknown; drugName: string; answers: FindingAnswer[] }>();

function findLatest(reports: readonly Report[]): Report | undefined {
  let latest: Report | undefined;
  let latestDay: number | null = null;
  for (const report of reports) {
    const day = toDayNumber(report.date);
    const later = day === null ? latestDay === null : latestDay === null || day >= latestDay;
    if (latest === undefined || later) {
      latest = report;
      latestDay = day;
    }
  }
  return latest;
}

export interface ReportFindingAnswers {
  report: Report;
  answers: FindingAnswer[];
}

/** The empty questions of `item` that the latest report's words answer, or null when none do. */
export function answersFromLatestReport(
  draft: Pick<CaseDraft, 'reports' | 'injury'>,
  item: DisputedItem,
): ReportFindingAnswers | null {
  const report = latestReport(draft.reports);
  if (!report) return null;
  const drugName = asksAboutTheDrug(item) ? `${item.medication.name} ${item.medication.strength}`.trim() : '';
  let reading = readingOf.get(report);
  if (!reading || reading.diagnoses !== draft.injury.diagnoses || reading.drugName !== drugName) {
    reading = { diagnoses: draft.injury.diagnoses, drugName, answers: readReport(report, draft, drugName) };
    readingOf.set(report, reading);
  }
  const unanswered = answersTheItemAsks(reading.answers, item);
  // Only questions the wizard shows for this item (a referral's surgical ones once it goes to a surgeon).
  const asked = unanswered.length > 0 ? askedFactKeys(GUIDELINE_LIBRARY, item) : null;
  const answers = unanswered.filter((answer) => asked?.has(answer.key));
  return answers.length > 0 ? { report, answers } : null;
}

function readReport(report: Report, draft: Pick<CaseDraft, 'injury'>, drugName: string): FindingAnswer[] {
  const findings = [
    report.examFindings,
    ...report.complaints.map((complaint) => complaint.description),
    asPlan(report.treatmentPlan),
  ].filter((text) => text.trim() !== '');
  const diagnoses = [
    ...draft.injury.diagnoses.map((diagnosis) => diagnosis.text),
    report.diagnosesListed,
  ].filter((text) => text.trim() !== '');
  return readFindingAnswers(findings, diagnoses, drugName, report.date);
}

/**
 * The treatment plan's words as the reader meets them in a summary ("Plan: manipulation ..."): the
 * field says it is the plan, which a plan-of-care reading needs to know.
 */
function asPlan(treatmentPlan: string): string {
  const text = treatmentPlan.trim();
  return text === '' || /^plan\b/i.test(text) ? text : `Plan: ${text}`;
}
