/**
 * Drafts one disputed item's title, guideline lines and decision rationale from the evaluator's
 * criteria results. The rationale follows the shape of real letters: the presentation and the
 * request; what the guideline requires; what the records show for each criterion; the conclusion
 * "The requested ... IS / IS NOT medically necessary." Criterion statements and evidence come from
 * the evaluator (our own paraphrase of the guideline, never its text); reviewer-entered results
 * and notes are marked as such.
 */
import type { CaseDraft, DisputedItem } from '../case/case-schema';
import { requestedVisits } from '../case/derived';
import { itemAsUsed, SERVICE_TYPE_LABELS } from '../case/service-fields';
import { formatUsShortDate, isValidIsoDate } from '../dates/dates';
import type {
  CriterionResult,
  CriterionStatus,
  DecisionPathResult,
  ItemEvaluation,
} from '../evaluator/evaluation-types';
import { lowerFirstUnlessAcronym, serviceTypeInSentence } from '../evaluator/service-type-wording';
import { capitalizeSentenceStart, counted, withinSentence } from '../text/wording';
import { clinicalReportsByDate, complaintDescription } from './draft-case-summary';
import type { LetterDecision } from './letter-model';
import { DECISION_WORDS } from './letter-model';
import { asSentence, formatNumber, lowerFirstForSentence, oneLine } from './letter-text';

export const EVIDENCE_SOURCE_LABELS: Record<string, string> = {
  odg: 'Official Disability Guidelines (ODG)',
  acoem: 'ACOEM Practice Guidelines',
  other_guideline: 'another evidence-based medical treatment guideline',
  peer_reviewed: 'peer-reviewed scientific and medical evidence',
  expert_opinion: 'nationally recognized professional standards and expert opinion',
};

export const NO_CLAIMS_ADMINISTRATOR_CITATION =
  'The Claims Administrator did not cite any medical evidence for its decision.';
export const NO_IMR_CITATION = 'The expert reviewer did not cite any medical evidence for this decision.';

const STATUS_WORDS: Record<CriterionStatus, string> = {
  met: 'met',
  not_met: 'not met',
  not_documented: 'not documented',
  not_applicable: 'not applicable',
};

const FINDING_ORDER: Record<CriterionStatus, number> = {
  not_met: 0,
  not_documented: 1,
  met: 2,
  not_applicable: 3,
};

/** The phrase used in the conclusion for each decision. */
export const CONCLUSION_PHRASES: Record<LetterDecision, string> = {
  upheld: 'IS NOT medically necessary',
  overturned: 'IS medically necessary',
};

/**
 * The service as the item's heading names it: as requested, else the service type, else "Disputed
 * item N" (the pre-issue check asks for the request to be described before the letter is issued).
 * A period typed after the request is dropped: the heading goes on with ": Upheld".
 */
export function itemName(item: DisputedItem, index: number): string {
  const requested = withinSentence(oneLine(item.requestedAs));
  if (requested) return requested;
  if (item.serviceType !== '') return SERVICE_TYPE_LABELS[item.serviceType];
  return `Disputed item ${index + 1}`;
}

/** First words of the service-type labels ("pre-operative", "acupuncture"), acronyms left out. */
const SERVICE_LABEL_FIRST_WORDS: ReadonlySet<string> = new Set(
  Object.values(SERVICE_TYPE_LABELS)
    .map((label) => /^\S*/.exec(label)?.[0] ?? '')
    .filter((word) => word !== '' && lowerFirstUnlessAcronym(word) !== word)
    .map((word) => word.toLowerCase()),
);

/**
 * Typed request text placed mid-sentence: its first letter is lower-cased when the first word is an
 * ordinary service word ("Pre-operative tests" -> "pre-operative tests"); a drug or brand name
 * ("Norco 10/325"), an acronym ("MRI lumbar") or a word with capitals of its own stays as typed.
 */
function typedRequestInSentence(text: string): string {
  const lowered = lowerFirstForSentence(text);
  if (lowered !== text) return lowered;
  const firstWord = /^\S*/.exec(text)?.[0] ?? '';
  return SERVICE_LABEL_FIRST_WORDS.has(firstWord.toLowerCase()) ? lowerFirstUnlessAcronym(text) : text;
}

/**
 * The service as a sentence names it, or null when the reviewer has not described it (no request
 * text, and a service type of Other or none): a sentence then speaks of "a service" instead of
 * printing a placeholder.
 */
function describedService(item: DisputedItem): string | null {
  const requested = withinSentence(oneLine(item.requestedAs));
  if (requested) return typedRequestInSentence(requested);
  if (item.serviceType === '' || item.serviceType === 'other') return null;
  return serviceTypeInSentence(item.serviceType);
}

/** "The request is for ...": the service, or what is known of an undescribed one. */
function requestSentence(item: DisputedItem): string {
  const described = describedService(item);
  if (described) return asSentence(`The request is for ${described}`);
  return item.serviceType === 'other'
    ? 'The request is for a service of type Other, not described further.'
    : 'The request is for a service not yet described.';
}

/** "<service as requested>: Upheld", or the modified-request wording when UR approved part of it. */
export function itemTitle(item: DisputedItem, index: number, decision: LetterDecision | null): string {
  const outcome = decision === null ? 'Decision pending' : DECISION_WORDS[decision];
  const name = itemName(item, index);
  const approved = withinSentence(oneLine(item.urApproved));
  if (item.urDecision === 'modified' && approved) {
    return `${asSentence(`${name} was the original request`)} ${asSentence(
      `${approved} was authorized by the Claims Administrator`,
    )} The remaining IMR eligible portion of the original request is: ${outcome}`;
  }
  return `${name}: ${outcome}`;
}

export function claimsAdministratorLine(item: DisputedItem): string {
  return asSentence(item.claimsAdministratorGuideline) || NO_CLAIMS_ADMINISTRATOR_CITATION;
}

/** How letters introduce a source outside the MTUS ("Decision based on Non-MTUS Citation ..."). */
const NON_MTUS_CITATION_PREFIX = 'Non-MTUS Citation';
// A citation typed with the prefix must not print it twice.
const TYPED_PREFIX = new RegExp(`^${NON_MTUS_CITATION_PREFIX}\\s*:?\\s*`, 'i');

/**
 * The non-MTUS citation the reviewer relied on, without the "Non-MTUS Citation" prefix the letter
 * adds, or '' when none is recorded. Read from the review, not the evaluator's guideline line: that
 * line already carries the prefix.
 */
export function nonMtusCitation(item: DisputedItem): string {
  const citation = oneLine(item.review.evidenceCitation).replace(TYPED_PREFIX, '');
  const sourceLabel =
    item.review.evidenceSource === '' ? '' : (EVIDENCE_SOURCE_LABELS[item.review.evidenceSource] ?? '');
  if (citation && sourceLabel && !citation.toLowerCase().includes(sourceLabel.toLowerCase())) {
    // "ODG" alone is a common way to cite: do not repeat the source when it is already named.
    const abbreviation = /\(([A-Z]+)\)/.exec(sourceLabel)?.[1];
    if (!abbreviation || !citation.includes(abbreviation))
      return `${withinSentence(citation)} (${sourceLabel})`;
  }
  return citation || sourceLabel;
}

/**
 * The letter's sentence on why the MTUS did not apply: the reviewer's own reason when typed, else a
 * neutral statement. The evaluator's `evidencePathReason` is never quoted: it is written for the
 * criteria panel ("Encoded surgical criteria: shoulder and knee ... Enter the body part, or apply
 * another source on the evidence path.") and speaks of what the workbench encodes, not of the MTUS.
 * The pre-issue check asks for the reviewer's reason when none is typed.
 */
export function mtusNotApplicableSentence(item: DisputedItem): string {
  const reason = withinSentence(oneLine(item.review.mtusNotApplicableReason));
  return reason ? asSentence(`The MTUS does not address this request: ${reason}`) : MTUS_SILENT_AS_DESCRIBED;
}

/** What the letter says when the reviewer has not typed why the MTUS does not apply. */
export const MTUS_SILENT_AS_DESCRIBED = 'The MTUS does not address this request as described.';

/** The text after "IMR guideline: " (empty when nothing is cited: the pre-issue check flags it). */
export function imrGuidelineLine(item: DisputedItem, evaluation: ItemEvaluation | undefined): string {
  if (evaluation?.path === 'evidence_hierarchy') {
    const why = mtusNotApplicableSentence(item);
    const citation = nonMtusCitation(item);
    return citation
      ? `${asSentence(`Decision based on ${NON_MTUS_CITATION_PREFIX} ${citation}`)} ${why}`
      : '';
  }
  const line = oneLine(evaluation?.guidelineLine ?? '');
  return line ? asSentence(`Decision based on ${line}`) : '';
}

// The evaluator appends this sentence to an overridden criterion's evidence; the letter states the
// override in its own words, so it is taken off before the computed evidence is quoted.
const OVERRIDE_SENTENCE = /\s*Reviewer override: (?:met|not met)\.$/;
// A judged criterion's evidence ends with the reviewer's answer, which the finding already states
// ("...: met (reviewer's finding)."), so the letter does not repeat it.
const ANSWER_SENTENCE = /\s*Reviewer's answer: (?:met|not met)\.$/;

// The evaluator writes dates in full (the panel shows them beside four-digit inputs); the letter
// gives every date as MM/DD/YY, as its case summary does.
const FULL_US_DATE = /\b(\d{2})\/(\d{2})\/\d{2}(\d{2})\b/g;

// Sentences the evaluator writes for the criteria panel, never for a letter: what the reviewer is
// to do next. The finding ("not documented") already says what the letter can state.
const PANEL_ONLY_SENTENCES = [
  /\s*Awaiting the reviewer's answer\./g,
  /\s*No rule is encoded for it; a reviewer override with a note can decide this criterion\./g,
];
// "... is before the date of injury; check the dates.": the fact stays, the instruction goes.
const PANEL_ONLY_CLAUSE = /; check the dates\./g;

function evidenceText(criterion: CriterionResult): string {
  const text = PANEL_ONLY_SENTENCES.reduce(
    (current, pattern) => current.replace(pattern, ''),
    oneLine(criterion.evidence).replace(PANEL_ONLY_CLAUSE, '.'),
  );
  return text.trim().replace(FULL_US_DATE, '$1/$2/$3');
}

// A catalogue note inside a statement ("(advisory: the 2016-17 IMR letters do not apply it)") is
// about the workbench's sources, shown in the panel; the letter keeps only "(advisory)".
const CATALOGUE_NOTE = /\(advisory:[^)]*\)/g;

/** A criterion's statement as the letter prints it within a sentence. */
function statementText(statement: string): string {
  return withinSentence(oneLine(statement).replace(CATALOGUE_NOTE, '(advisory)'));
}

function criterionSentence(criterion: CriterionResult): string {
  const statement = statementText(criterion.statement);
  const byReviewer = criterion.source === 'overridden' || criterion.source === 'reviewer';
  const finding = `${statement}: ${STATUS_WORDS[criterion.status]}${byReviewer ? " (reviewer's finding)" : ''}.`;
  const note = capitalizeSentenceStart(asSentence(criterion.note));
  const noteSentence = note ? `Reviewer's note: ${note}` : '';
  const joined = (parts: string[]) => parts.filter((part) => part !== '').join(' ');
  if (criterion.source === 'reviewer') {
    // The reviewer judged it: the finding, then what the evaluator adds besides the answer (e.g. the
    // rule that applied), then the reviewer's note, once.
    const context = asSentence(evidenceText(criterion).replace(ANSWER_SENTENCE, ''));
    return joined([finding, context, noteSentence]);
  }
  if (criterion.source !== 'overridden')
    return joined([finding, asSentence(evidenceText(criterion)), noteSentence]);

  // An override leads with the reviewer's finding and note. What the records as entered gave is
  // quoted as that, never as a second finding, and only when it differs from the reviewer's.
  const computedEvidence = asSentence(evidenceText(criterion).replace(OVERRIDE_SENTENCE, ''));
  if (criterion.computedStatus === criterion.status) return joined([finding, noteSentence, computedEvidence]);
  const computedResult = `The records as entered, without the reviewer's finding, give "${STATUS_WORDS[criterion.computedStatus]}"`;
  return joined([
    finding,
    noteSentence,
    computedEvidence ? `${computedResult}: ${computedEvidence}` : `${computedResult}.`,
  ]);
}

function presentationParagraph(draft: CaseDraft, item: DisputedItem): string {
  const sentences: string[] = [];
  const reports = clinicalReportsByDate(draft).filter((report) => report.complaints.length > 0);
  const latest = reports[reports.length - 1];
  // Worded as the case summary words it: a body part alone is that part's pain ("low back pain").
  const complaint = latest?.complaints.map(complaintDescription).find((text) => text !== '');
  if (complaint) sentences.push(asSentence(`The patient presents with ${complaint}`));

  sentences.push(requestSentence(item));
  const { frequencyPerWeek, durationWeeks, hoursPerDay, quantity } = itemAsUsed(item);
  if (frequencyPerWeek !== null && durationWeeks !== null) {
    const total = requestedVisits(item) ?? 0;
    const hours = hoursPerDay === null ? '' : `, ${counted(hoursPerDay, 'hours')} a day`;
    sentences.push(
      `As requested, that is ${counted(frequencyPerWeek, 'sessions')} a week for ${counted(durationWeeks, 'weeks')}${hours} (${counted(total, 'sessions')} in all).`,
    );
  } else if (quantity !== null) {
    sentences.push(`The quantity requested is ${formatNumber(quantity)}.`);
  }

  const urDate = isValidIsoDate(draft.imr.urDeterminationDate)
    ? formatUsShortDate(draft.imr.urDeterminationDate)
    : '';
  const on = urDate ? ` on ${urDate}` : '';
  if (item.urDecision === 'denied') sentences.push(`Utilization review denied the request${on}.`);
  if (item.urDecision === 'modified') {
    const approved = oneLine(item.urApproved);
    sentences.push(
      approved
        ? asSentence(`Utilization review modified the request${on}, authorizing ${approved}`)
        : `Utilization review modified the request${on}.`,
    );
  }

  const withWorkStatus = clinicalReportsByDate(draft).filter(
    (report) => oneLine(report.workStatusStated) !== '',
  );
  const statusReport = withWorkStatus[withWorkStatus.length - 1];
  if (statusReport) {
    const when = isValidIsoDate(statusReport.date)
      ? `The ${formatUsShortDate(statusReport.date)} report`
      : 'An undated report';
    sentences.push(asSentence(`${when} gives the work status as: ${oneLine(statusReport.workStatusStated)}`));
  }
  return sentences.join(' ');
}

function requirementsParagraph(
  item: DisputedItem,
  evaluation: ItemEvaluation | undefined,
  applicable: CriterionResult[],
): string {
  if (!evaluation) return 'No guideline evaluation is available for this item.';
  if (evaluation.path === 'evidence_hierarchy') {
    const citation = nonMtusCitation(item);
    const sentences = [
      mtusNotApplicableSentence(item),
      citation
        ? `Following the strength of evidence hierarchy, the decision rests on ${asSentence(citation)}`
        : 'No evidence source outside the MTUS has been recorded for this decision.',
    ];
    const free = item.review.freeCriteria.filter((criterion) => oneLine(criterion.text) !== '');
    if (free.length > 0) {
      sentences.push(
        asSentence(
          `That source supports the request when: ${free.map((criterion) => withinSentence(oneLine(criterion.text))).join('; ')}`,
        ),
      );
    }
    return sentences.join(' ');
  }
  const sentences: string[] = [];
  const line = oneLine(evaluation.guidelineLine);
  sentences.push(
    line ? `The guideline applied is ${asSentence(line)}` : 'The guideline applied is not identified.',
  );
  if (applicable.length > 0) {
    sentences.push(
      `It recommends this service when its criteria are met; ${
        applicable.length === 1 ? 'one criterion applies' : `${applicable.length} criteria apply`
      } to this request.`,
    );
  }
  const rule = asSentence(evaluation.decisionRule);
  if (rule) sentences.push(`Decision rule: ${rule}`);
  return sentences.join(' ');
}

function findingsParagraph(
  item: DisputedItem,
  evaluation: ItemEvaluation | undefined,
  applicable: CriterionResult[],
): string {
  if (evaluation?.path === 'evidence_hierarchy') {
    const free = item.review.freeCriteria.filter((criterion) => oneLine(criterion.text) !== '');
    if (free.length === 0) return '';
    const sentences = free.map((criterion) => {
      // An unanswered criterion is not documented, and not a finding of the reviewer's.
      const status =
        criterion.answer === '' ? 'not documented' : `${STATUS_WORDS[criterion.answer]} (reviewer's finding)`;
      const note = capitalizeSentenceStart(asSentence(criterion.note));
      return `${withinSentence(oneLine(criterion.text))}: ${status}.${note ? ` Reviewer's note: ${note}` : ''}`;
    });
    return `In this case: ${sentences.join(' ')}`;
  }
  if (applicable.length === 0) return '';
  // The facts that decide the request first, as real letters put them: not met, not documented, met.
  const ordered = [...applicable].sort((a, b) => FINDING_ORDER[a.status] - FINDING_ORDER[b.status]);
  const undocumented = ordered.filter(saysOnlyUndocumented);
  const sentences = ordered.map((criterion) =>
    criterion === undocumented[0]
      ? `Not documented in the records: ${numberedList(undocumented.map((entry) => inList(entry.statement)))}.`
      : undocumented.includes(criterion)
        ? ''
        : criterionSentence(criterion),
  );
  return `In this case, the records show the following. ${sentences.filter((text) => text !== '').join(' ')}`;
}

// The evaluator's evidence for a fact that is simply missing restates the criterion ("Return-to-work
// goal not documented; the guideline requires ..."), and an unanswered judgment says it awaits the
// reviewer: in a letter both only repeat the criterion, so such criteria are listed together, once.
const UNDOCUMENTED_SENTENCE = /^[^;]* not documented; the guideline requires [^;]*\.$/;

function saysOnlyUndocumented(criterion: CriterionResult): boolean {
  if (criterion.status !== 'not_documented' || oneLine(criterion.note) !== '') return false;
  if (criterion.source === 'unanswered') return true;
  if (criterion.source !== 'computed') return false;
  const evidence = oneLine(criterion.evidence);
  // A sentence break the split gets wrong ("e.g. Fractures") fails the test: the criterion is
  // then stated on its own, as before.
  return (
    evidence === '' || evidence.split(/(?<=\.)\s+(?=[A-Z])/).every((part) => UNDOCUMENTED_SENTENCE.test(part))
  );
}

/** "(1) a; (2) b": numbered, because criteria may carry semicolons of their own. */
function numberedList(entries: string[]): string {
  return entries.length === 1
    ? (entries[0] ?? '')
    : entries.map((entry, index) => `(${index + 1}) ${entry}`).join('; ');
}

/** A criterion as an entry of a list within a sentence: no closing period, an ordinary first word
 * in lower case ("the job to return to ..."), acronyms kept ("EMG ..."). */
function inList(statement: string): string {
  const text = statementText(statement);
  return /^[A-Z](?![A-Z0-9])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function reasoningParagraph(
  item: DisputedItem,
  evaluation: ItemEvaluation | undefined,
  applicable: CriterionResult[],
): string {
  const sentences: string[] = [];
  if (evaluation && evaluation.path === 'mtus' && applicable.length > 0) {
    const satisfied = satisfiedPath(evaluation);
    const failing = applicable.filter(
      (criterion) =>
        criterion.required && (criterion.status === 'not_met' || criterion.status === 'not_documented'),
    );
    if (satisfied) {
      sentences.push(
        `The request meets every criterion of one qualifying path of the guideline (${satisfied.label}).`,
      );
    } else if ((evaluation.decisionPaths ?? []).length > 0) {
      sentences.push(
        'No qualifying path of the guideline has all of its criteria met, so the request does not meet the guideline.',
      );
    } else if (failing.length === 0) {
      sentences.push('The request meets the required criteria of the guideline.');
    } else {
      const count =
        failing.length === 1 ? 'a required criterion is' : `${failing.length} required criteria are`;
      sentences.push(`Because ${count} not met or not documented, the request does not meet the guideline.`);
    }
  }
  const reason = asSentence(item.review.decisionReason);
  if (evaluation?.decisionContradicts && reason) {
    sentences.push(`The decision departs from what the criteria alone indicate, for this reason: ${reason}`);
  } else if (reason && item.review.decision !== '') {
    sentences.push(capitalizeSentenceStart(reason));
  }
  return sentences.join(' ');
}

/** The first decision path whose criteria are all met, for sets decided by alternative paths. */
function satisfiedPath(evaluation: ItemEvaluation): DecisionPathResult | undefined {
  return evaluation.decisionPaths?.find((path) => path.satisfied);
}

/**
 * The criteria the letter discusses. For a set decided by alternative paths, once one path is
 * satisfied only that path (and criteria outside every path) decides: the criteria of paths not
 * taken are not findings against the request.
 */
function criteriaThatDecide(
  evaluation: ItemEvaluation | undefined,
  applicable: CriterionResult[],
): CriterionResult[] {
  if (!evaluation) return applicable;
  const satisfied = satisfiedPath(evaluation);
  if (!satisfied) return applicable;
  const inSomePath = new Set((evaluation.decisionPaths ?? []).flatMap((path) => path.criteria));
  return applicable.filter(
    (criterion) =>
      satisfied.criteria.includes(criterion.criterionId) || !inSomePath.has(criterion.criterionId),
  );
}

/** Sentences the guideline set adds for this decision (e.g. weaning left to the treating physician). */
function setNotes(evaluation: ItemEvaluation | undefined, decision: LetterDecision | null): string[] {
  return (evaluation?.rationaleNotes ?? [])
    .filter((note) => note.decision === decision)
    .map((note) => asSentence(note.text));
}

export function conclusionSentence(
  item: DisputedItem,
  _index: number,
  decision: LetterDecision | null,
): string {
  if (decision === null) return 'No decision has been made on this item yet.';
  return `The requested ${describedService(item) ?? 'service'} ${CONCLUSION_PHRASES[decision]}.`;
}

/** The decision rationale as editable plain text (paragraphs separated by blank lines). */
export function draftRationale(
  draft: CaseDraft,
  item: DisputedItem,
  index: number,
  evaluation: ItemEvaluation | undefined,
  decision: LetterDecision | null,
): string {
  const applicable = criteriaThatDecide(
    evaluation,
    (evaluation?.criteria ?? []).filter((criterion) => criterion.status !== 'not_applicable'),
  );
  return [
    presentationParagraph(draft, item),
    requirementsParagraph(item, evaluation, applicable),
    findingsParagraph(item, evaluation, applicable),
    [
      reasoningParagraph(item, evaluation, applicable),
      ...setNotes(evaluation, decision),
      conclusionSentence(item, index, decision),
    ]
      .filter((part) => part !== '')
      .join(' '),
  ]
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
