/**
 * Drafts the "Clinical case summary" and the "Documents reviewed" list from structured case facts,
 * in the voice of real 2014-2017 letters: dates as MM/DD/YY, each report by date with complaints,
 * pain ratings, examination and work status, then diagnoses and the UR date being challenged.
 * Missing facts are left out or said to be not documented; nothing is invented.
 */
import type { CaseDraft, Complaint, Report, ReportType } from '../case/case-schema';
import { patientAge } from '../case/derived';
import {
  compareDayNumbers,
  compareIsoDates,
  formatUsShortDate,
  isValidIsoDate,
  toDayNumber,
} from '../dates/dates';
import { parseStrength } from '../medications/parse-strength';
import { counted, withinSentence } from '../text/wording';
import {
  articleForNumber,
  asSentence,
  formatNumber,
  joinWithAnd,
  oneLine,
  painRating,
  upperFirst,
} from './letter-text';

export const REPORT_TYPE_LABELS: Record<ReportType, string> = {
  progress_report: 'progress report',
  initial_evaluation: 'initial evaluation',
  qme_ame: 'QME/AME report',
  imaging: 'imaging report',
  electrodiagnostic: 'electrodiagnostic report',
  operative_report: 'operative report',
  therapy_notes: 'therapy notes',
  ur_determination: 'utilization review determination',
  other: 'document',
};

const THERAPY_LABELS: Record<string, string> = {
  pt: 'physical therapy',
  ot: 'occupational therapy',
  chiropractic: 'chiropractic',
  acupuncture: 'acupuncture',
  massage: 'massage therapy',
  aquatic: 'aquatic therapy',
};

const THERAPY_RESPONSE_WORDS: Record<string, string> = {
  improved: 'with improvement',
  improved_then_plateau: 'with improvement followed by a plateau',
  no_improvement: 'without improvement',
  not_documented: 'with no documented response',
};

interface Pronouns {
  /** "she", "he", or "the patient" */
  subject: string;
}

function pronounsFor(sex: CaseDraft['patient']['sex']): Pronouns {
  if (sex === 'female') return { subject: 'she' };
  if (sex === 'male') return { subject: 'he' };
  return { subject: 'the patient' };
}

/** "08/18/14" or null when the date is not a valid date. */
function shortDate(date: string): string | null {
  return isValidIsoDate(date) ? formatUsShortDate(date) : null;
}

function reportLabel(report: Report): string {
  return report.type === '' ? 'report' : REPORT_TYPE_LABELS[report.type];
}

/** Clinical reports by date (undated last), keeping entry order for equal dates. */
export function clinicalReportsByDate(draft: CaseDraft): Report[] {
  // Each date read once: a letter sorts the reports once per disputed item, 100 reports and more.
  return draft.reports
    .map((report, index) => ({ report, index, day: toDayNumber(report.date) }))
    .filter(({ report }) => report.type !== 'ur_determination')
    .sort((a, b) => compareDayNumbers(a.day, b.day) || a.index - b.index)
    .map(({ report }) => report);
}

/** Typed text as a phrase inside a sentence of the summary (its own closing period dropped). */
const phrase = (text: string): string => withinSentence(oneLine(text));

/**
 * A complaint as the letter names it: its description, else its body part as pain ("low back
 * pain"), else '' when neither is entered. The summary and the rationale word it the same way.
 */
export function complaintDescription(complaint: Pick<Complaint, 'description' | 'bodyPart'>): string {
  const bodyPart = phrase(complaint.bodyPart);
  return phrase(complaint.description) || (bodyPart && `${bodyPart} pain`);
}

function complaintPhrase(complaint: Complaint, pronouns: Pronouns): string | null {
  const description = complaintDescription(complaint);
  if (!description) return null;
  const rating = painRating(complaint.painLow, complaint.painHigh);
  if (rating === null) return description;
  const firstNumber = complaint.painLow ?? complaint.painHigh ?? 0;
  return `${description} which ${pronouns.subject} rates as ${articleForNumber(firstNumber)} ${rating}/10`;
}

function reportSentences(
  report: Report,
  isFirst: boolean,
  pronouns: Pronouns,
  withDiagnoses: boolean,
): string[] {
  const date = shortDate(report.date);
  const label = reportLabel(report);
  const named = date ? `the ${date} ${label}` : `an undated ${label}`;
  const complaints = report.complaints
    .map((complaint) => complaintPhrase(complaint, pronouns))
    .filter((phrase): phrase is string => phrase !== null);
  const sentences: string[] = [];

  const [first, ...others] = complaints;
  if (first !== undefined) {
    sentences.push(
      asSentence(
        isFirst
          ? `Based on ${named}, the patient complains of ${first}`
          : `${upperFirst(named)} indicates that the patient reports ${first}`,
      ),
    );
    if (others.length > 0) {
      sentences.push(asSentence(`${upperFirst(pronouns.subject)} also reports ${joinWithAnd(others)}`));
    }
  }
  const exam = oneLine(report.examFindings);
  if (exam) {
    sentences.push(
      first === undefined
        ? asSentence(`Examination findings in ${named}: ${exam}`)
        : asSentence(`Examination findings: ${exam}`),
    );
  }
  const diagnoses = oneLine(report.diagnosesListed);
  if (withDiagnoses && diagnoses)
    sentences.push(asSentence(`${upperFirst(named)} lists these diagnoses: ${diagnoses}`));
  const workStatus = oneLine(report.workStatusStated);
  if (workStatus) {
    sentences.push(
      first === undefined && !exam
        ? asSentence(`${upperFirst(named)} gives the work status as: ${workStatus}`)
        : asSentence(`Work status: ${workStatus}`),
    );
  }
  return sentences;
}

const WORK_STATUS_WORDS: Record<string, string> = {
  ttd: 'temporarily totally disabled',
  tpd: 'temporarily partially disabled',
  full_duty: 'working full duty',
  permanent_stationary: 'permanent and stationary',
};

function treatmentSentences(draft: CaseDraft): string[] {
  const { therapyCourses, injections, surgeries, fce, medications } = draft.treatment;
  const sentences: string[] = [];

  const courses = therapyCourses
    .filter((course) => course.discipline !== '' || course.visitsCompleted !== null)
    .map((course) => {
      const discipline = THERAPY_LABELS[course.discipline] ?? 'therapy';
      const visits =
        course.visitsCompleted === null
          ? `${discipline} (number of visits not documented)`
          : counted(course.visitsCompleted, `${discipline} visits`);
      const bodyPart = phrase(course.bodyPart) ? ` for the ${phrase(course.bodyPart)}` : '';
      const start = shortDate(course.startDate) ? ` starting ${shortDate(course.startDate)}` : '';
      const response = THERAPY_RESPONSE_WORDS[course.response]
        ? ` ${THERAPY_RESPONSE_WORDS[course.response]}`
        : '';
      return `${visits}${bodyPart}${start}${response}`;
    });
  if (courses.length > 0) sentences.push(asSentence(`Prior therapy includes ${joinWithAnd(courses)}`));

  const shots = injections
    .filter((injection) => phrase(injection.type) !== '')
    .map((injection) => {
      const level = phrase(injection.level) ? ` at ${phrase(injection.level)}` : '';
      const date = shortDate(injection.date) ? ` on ${shortDate(injection.date)}` : '';
      const relief =
        injection.reliefPercent === null
          ? ''
          : ` with ${formatNumber(injection.reliefPercent)}% relief${
              injection.reliefWeeks === null ? '' : ` for ${counted(injection.reliefWeeks, 'weeks')}`
            }`;
      return `${phrase(injection.type)}${level}${date}${relief}`;
    });
  if (shots.length > 0) sentences.push(asSentence(`Injections to date: ${joinWithAnd(shots)}`));

  const operations = surgeries
    .filter((surgery) => phrase(surgery.type) !== '')
    .map(
      (surgery) =>
        `${phrase(surgery.type)}${shortDate(surgery.date) ? ` on ${shortDate(surgery.date)}` : ''}`,
    );
  if (operations.length > 0) sentences.push(asSentence(`Surgery: ${joinWithAnd(operations)}`));

  if (fce.done === true) {
    sentences.push(
      shortDate(fce.date)
        ? `A functional capacity evaluation was performed on ${shortDate(fce.date)}.`
        : 'A functional capacity evaluation was performed.',
    );
  }

  const drugs = medications
    .filter((medication) => oneLine(medication.name) !== '' && medication.stopDate === '')
    .map((medication) =>
      [
        nameWithStrength(medication.name, medication.strength),
        phrase(medication.dose),
        phrase(medication.frequency),
      ]
        .filter((part) => part !== '')
        .join(' '),
    );
  if (drugs.length > 0) sentences.push(asSentence(`Current medications include ${joinWithAnd(drugs)}`));
  return sentences;
}

/**
 * A drug's name with its strength, the strength printed once: left out when the name already states
 * it ("Norco 10/325" with 10/325 mg), only its unit added when the name ends with the amounts alone
 * ("Gabapentin 600" with 600 mg reads "Gabapentin 600 mg"), else after the name as typed.
 */
export function nameWithStrength(name: string, strength: string): string {
  const typedName = phrase(name);
  const typed = phrase(strength);
  if (typed === '') return typedName;
  if (typedName === '') return typed;
  const inName = parseStrength(typedName, { allowBareNumber: true });
  const given = parseStrength(typed, { allowBareNumber: true });
  if (!inName.ok || !given.ok) {
    // A strength not read as one is left out only when the name contains it word for word.
    const words = (text: string) => ` ${text.toLowerCase()} `;
    return words(typedName).includes(words(typed)) ? typedName : `${typedName} ${typed}`;
  }
  const named = inName.strength;
  const sameAmounts =
    named.amounts.length === given.strength.amounts.length &&
    named.amounts.every((amount, index) => amount === given.strength.amounts[index]);
  if (!sameAmounts || (named.unit !== given.strength.unit && !named.unitAssumed))
    return `${typedName} ${typed}`;
  if (named.unitAssumed && !given.strength.unitAssumed && typedName.toLowerCase().endsWith(named.text)) {
    const unit = given.strength.unit;
    return unit === '%' ? `${typedName}%` : `${typedName} ${unit}`;
  }
  return typedName;
}

/** "The patient is a 36 year old female with an injury date of 08/01/13." and its variants. */
export function openingSentence(
  age: number | null,
  sex: CaseDraft['patient']['sex'],
  injuryDate: string | null,
): string {
  const sexWord = sex === 'female' || sex === 'male' ? sex : '';
  const injury = injuryDate ? `an injury date of ${injuryDate}` : null;
  if (age !== null) {
    const who = sexWord
      ? `a${articleForNumber(age) === 'an' ? 'n' : ''} ${formatNumber(age)} year old ${sexWord}`
      : `${counted(age, 'years')} old`;
    return injury
      ? `The patient is ${who} with ${injury}.`
      : `The patient is ${who}; the date of injury is not documented.`;
  }
  if (sexWord) {
    return injury
      ? `The patient is a ${sexWord} with ${injury}.`
      : `The patient is a ${sexWord}; the date of injury is not documented.`;
  }
  return injury ? `The patient has ${injury}.` : 'The date of injury is not documented.';
}

/** The narrative paragraph(s) of the clinical case summary, as editable plain text. */
export function draftCaseSummary(draft: CaseDraft): string {
  const pronouns = pronounsFor(draft.patient.sex);
  const age = patientAge(draft);
  const injuryDate = shortDate(draft.injury.dateOfInjury);
  const first: string[] = [openingSentence(age, draft.patient.sex, injuryDate)];

  const occupation = oneLine(draft.patient.occupation);
  if (occupation) first.push(asSentence(`The patient's occupation is given as ${occupation}`));
  const mechanism = oneLine(draft.injury.mechanism);
  if (mechanism) first.push(asSentence(`Mechanism of injury: ${mechanism}`));

  const reports = clinicalReportsByDate(draft);
  const listDiagnosesPerReport = draft.injury.diagnoses.every((diagnosis) => oneLine(diagnosis.text) === '');
  let described = 0;
  for (const report of reports) {
    const sentences = reportSentences(report, described === 0, pronouns, listDiagnosesPerReport);
    if (sentences.length > 0) described += 1;
    first.push(...sentences);
  }
  if (!reports.some((report) => report.workStatusStated.trim() !== '') && draft.work.status !== '') {
    first.push(`The current work status is ${WORK_STATUS_WORDS[draft.work.status] ?? draft.work.status}.`);
  }

  const second: string[] = [...treatmentSentences(draft)];
  const diagnoses = draft.injury.diagnoses
    .filter((diagnosis) => phrase(diagnosis.text) !== '')
    .map((diagnosis) =>
      phrase(diagnosis.icd10)
        ? `${phrase(diagnosis.text)} (ICD-10 ${phrase(diagnosis.icd10)})`
        : phrase(diagnosis.text),
    );
  if (diagnoses.length > 0)
    second.push(asSentence(`The patient's diagnoses include the following: ${diagnoses.join('; ')}`));
  const requestDate = shortDate(draft.imr.requestDate);
  if (requestDate) second.push(`The request for authorization is dated ${requestDate}.`);
  const urDate = shortDate(draft.imr.urDeterminationDate);
  second.push(
    urDate
      ? `The utilization review determination being challenged is dated ${urDate}.`
      : 'The date of the utilization review determination being challenged is not documented.',
  );
  const reportDates = reports
    .map((report) => shortDate(report.date))
    .filter((date): date is string => date !== null);
  if (reportDates.length > 0) {
    second.push(
      reportDates.length === 1
        ? `One treatment report is provided, dated ${reportDates[0]}.`
        : `Treatment reports are provided dated ${joinWithAnd(reportDates)}.`,
    );
  }

  return [first.join(' '), second.join(' ')].filter((paragraph) => paragraph !== '').join('\n\n');
}

/**
 * Each document by date, type and author specialty (never a date range): one line per report, plus
 * the UR determination when the reports do not include it.
 */
export function listDocumentsReviewed(draft: CaseDraft): string[] {
  const ordered = draft.reports
    .map((report, index) => ({ report, index }))
    .sort((a, b) => compareIsoDates(a.report.date, b.report.date) || a.index - b.index)
    .map(({ report }) => report);
  const lines = ordered.map((report) => {
    const date = isValidIsoDate(report.date) ? formatUsShortDate(report.date) : 'Undated';
    const specialty = phrase(report.authorSpecialty);
    const author = specialty ? `, by ${specialty}` : ', author specialty not stated';
    return `${date}: ${upperFirst(reportLabel(report))}${author}`;
  });
  const urDate = draft.imr.urDeterminationDate;
  const hasUrReport = draft.reports.some((report) => report.type === 'ur_determination');
  if (!hasUrReport && isValidIsoDate(urDate)) {
    const line = `${formatUsShortDate(urDate)}: Utilization review determination`;
    const position = ordered.findIndex((report) => compareIsoDates(report.date, urDate) > 0);
    if (position === -1) lines.push(line);
    else lines.splice(position, 0, line);
  }
  return lines;
}
