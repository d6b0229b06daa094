/**
 * Drafts one disputed item's title, guideline lines and decision rationale from the evaluator's
 * criteria results. The rationale follows the shape of real letters: the presentation and the
 * request; what the guideline requires; what the records show for each criterion; the conclusion
 * "The requested ... IS / IS NOT medically necessary." Criterion statements and evidence come from
 * the evaluator (our own paraphrase of the guideline, never its text). The whole letter is the
 * reviewer's: a finding the reviewer gave and the reviewer's notes read as the letter's own
 * sentences, with no label of where they came from.
 */
import type { CaseDraft, DisputedItem } from '../case/case-schema';
import { requestedVisits } from '../case/derived';
import { itemAsUsed, SERVICE_TYPE_LABELS } from '../case/service-types';
import { formatUsShortDate, isValidIsoDate } from '../dates/dates';
import { SETTLED_BY_RECORDS } from '../evaluator/conditions';
import type {
  CriterionResult,
  CriterionStatus,
  DecisionPathResult,
  ItemEvaluation,
} from '../evaluator/evaluation-types';
import { serviceTypeInSentence } from '../evaluator/service-type-wording';
import { capitalizeSentenceStart, counted, lowerFirstUnlessAcronym, withinSentence } from '../text/wording';
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

/**
 * What the letter prints for a Claims Administrator guideline left blank: a visible placeholder,
 * never a statement that UR cited nothing (the reviewer did not say so). The pre-issue check makes
 * it an error.
 */
export const CLAIMS_ADMINISTRATOR_NOT_ENTERED = '[Claims Administrator guideline not entered]';

// How a reviewer states that UR cited nothing, once lower-cased with punctuation taken out: "none",
// "None cited.", "no citation", "nothing cited", "not cited", "UR cited none", "no guideline given",
// "did not cite any".
const SAID = '(?: (?:cited|given|stated|provided|listed|specified))?';
const NOTHING_CITED = new RegExp(
  [
    `^(?:(?:ur|ca|the claims administrator|claims administrator) )?(?:cited )?(?:none|nothing)${SAID}$`,
    `^(?:no|not any) (?:medical )?(?:citations?|guidelines?|evidence|references?)${SAID}$`,
    '^(?:not cited|uncited)$',
    '^(?:ur )?did not cite(?: any)?(?: (?:medical )?(?:evidence|guidelines?|citations?))?$',
  ].join('|'),
);

/** Whether the reviewer typed that UR cited no medical evidence ("none", "none cited", ...). */
export function claimsAdministratorCitedNothing(typed: string): boolean {
  const words = oneLine(typed)
    .toLowerCase()
    .replace(/[.,;:!?"'()[\]\u2018\u2019\u201c\u201d-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words !== '' && NOTHING_CITED.test(words);
}

/** The text after "Claims Administrator guideline: ". */
export function claimsAdministratorLine(item: DisputedItem): string {
  const typed = oneLine(item.claimsAdministratorGuideline);
  if (typed === '') return CLAIMS_ADMINISTRATOR_NOT_ENTERED;
  return claimsAdministratorCitedNothing(typed) ? NO_CLAIMS_ADMINISTRATOR_CITATION : asSentence(typed);
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

/**
 * How the letters open a guideline line that cites no MTUS text at all (confirmed catalogue 1: 30
 * items, e.g. CM16-0247624's "... outside of the MTUS Guidelines. Decision based on Non-MTUS
 * Citation Official Disability Guidelines (ODG) Head, CT.").
 */
export const OUTSIDE_THE_MTUS =
  'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines.';

/** The text after "IMR guideline: " (empty when nothing is cited: the pre-issue check flags it). */
export function imrGuidelineLine(item: DisputedItem, evaluation: ItemEvaluation | undefined): string {
  if (evaluation?.path === 'evidence_hierarchy') {
    const why = mtusNotApplicableSentence(item);
    const citation = nonMtusCitation(item);
    return citation
      ? `${OUTSIDE_THE_MTUS} ${asSentence(`Decision based on ${NON_MTUS_CITATION_PREFIX} ${citation}`)} ${why}`
      : '';
  }
  const line = oneLine(evaluation?.guidelineLine ?? '');
  if (!line) return '';
  const decision = asSentence(`Decision based on ${line}`);
  return line.startsWith(NON_MTUS_CITATION_PREFIX) ? `${OUTSIDE_THE_MTUS} ${decision}` : decision;
}

// The evaluator appends this sentence to an overridden criterion's evidence; the letter states the
// override in its own words, so it is taken off before the computed evidence is quoted.
const OVERRIDE_SENTENCE = /\s*Reviewer override: (?:met|not met)\.$/;
// A judged criterion's evidence ends with the reviewer's answer, which the finding already states
// ("...: met."), so the letter does not repeat it.
const ANSWER_SENTENCE = /\s*Reviewer's answer: (?:met|not met)\.$/;

// The evaluator writes dates in full (the panel shows them beside four-digit inputs); the letter
// gives every date as MM/DD/YY, as its case summary does.
const FULL_US_DATE = /\b(\d{2})\/(\d{2})\/\d{2}(\d{2})\b/g;

// Sentences the evaluator writes for the criteria panel, never for a letter: what the reviewer is
// to do next. The finding ("not documented") already says what the letter can state.
const PANEL_ONLY_SENTENCES = [
  /\s*Awaiting the reviewer's answer\./g,
  new RegExp(`\\s*${SETTLED_BY_RECORDS.replaceAll('.', '\\.')}`, 'g'),
  /\s*No rule is encoded for it; a reviewer override with a note can decide this criterion\./g,
];
// "... is before the date of injury; check the dates.": the fact stays, the instruction goes.
const PANEL_ONLY_CLAUSE = /; check the dates\./g;

function evidenceText(criterion: CriterionResult): string {
  const text = PANEL_ONLY_SENTENCES.reduce(
    (current, pattern) => current.replace(pattern, ''),
    withoutRuleEvidence(criterion).replace(PANEL_ONLY_CLAUSE, '.'),
  );
  return text.trim().replace(FULL_US_DATE, '$1/$2/$3');
}

/**
 * The evidence without the sentences that only state the rule ("ACOEM Ch. 8 Table 8-8 does not
 * recommend TENS for neck and upper back complaints."): the finding before it states the criterion.
 */
function withoutRuleEvidence(criterion: CriterionResult): string {
  return (criterion.ruleEvidence ?? [])
    .map((rule) => oneLine(rule))
    .filter((rule) => rule !== '')
    .reduce((text, rule) => text.split(rule).join(' '), oneLine(criterion.evidence))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The evidence's sentences. A sentence break the split gets wrong ("e.g. Fractures") leaves the
 * two halves joined, and such a sentence then matches none of the restatement patterns. */
function evidenceSentences(evidence: string): string[] {
  return evidence === '' ? [] : evidence.split(/(?<=\.)\s+(?=[A-Z])/);
}

/**
 * What an evidence sentence found, when it is a finding set against the guideline's requirement:
 * "Screening: no; the guideline requires screening." -> ["Screening: no"]; a failing set of
 * alternatives, "Red flags: no; neurologic findings not documented; none of the alternatives the
 * guideline accepts is documented (...)." -> ["Red flags: no", "neurologic findings not
 * documented"]. Null for any other sentence.
 */
function findingsOfSentence(sentence: string): string[] | null {
  const single = /^([^;]*); the guideline requires [^;]*\.$/.exec(sentence);
  if (single) return [single[1] ?? ''];
  const alternatives = /^(.*?); none of the alternatives the guideline accepts is documented \(.*\)\.$/.exec(
    sentence,
  );
  return alternatives ? (alternatives[1] ?? '').split('; ') : null;
}

/** Whether every sentence of the evidence only sets findings of this kind against the guideline. */
function onlyFindings(evidence: string, kind: RegExp): string[] | null {
  const sentences = evidenceSentences(evidence);
  const found = sentences.map(findingsOfSentence);
  if (
    sentences.length === 0 ||
    found.some((parts) => parts === null || !parts.every((part) => kind.test(part)))
  )
    return null;
  return found.map((parts) => (parts ?? []).join('; '));
}

// "Red flags for serious pathology: no": a yes/no fact, which the statement and its status say.
const YES_NO_FINDING = /^[^;]*: (?:yes|no)$/;
// "Return-to-work goal not documented": a missing fact, which the status says.
const UNDOCUMENTED_FINDING = /^[^;]* not documented$/;

// Either of them: a finding that only restates the criterion and its status.
const RESTATED_FINDING = new RegExp(`${YES_NO_FINDING.source}|${UNDOCUMENTED_FINDING.source}`);

/**
 * The evidence a criterion's finding is followed by. Evidence made only of yes/no or missing facts
 * set against the requirement ("Red flags for serious pathology: no; the guideline requires red
 * flags for serious pathology.") says nothing the statement and its status do not: one such
 * sentence is left out; several keep their facts alone ("Neuropathic pain: no. First-line drug
 * tried and failed: no."), which tell which part of the criterion failed. Evidence with figures,
 * names or dates is kept whole.
 */
function evidenceAfterFinding(evidence: string): string {
  const facts = onlyFindings(evidence, RESTATED_FINDING);
  if (facts === null) return asSentence(evidence);
  return facts.length === 1 ? '' : facts.map((fact) => asSentence(fact)).join(' ');
}

// A catalogue note inside a statement ("(advisory: the 2016-17 IMR letters do not apply it)") is
// about the workbench's sources, shown in the panel; the letter keeps only "(advisory)".
const CATALOGUE_NOTE = /\(advisory:[^)]*\)/g;

/** A criterion's statement as the letter prints it within a sentence. */
function statementText(statement: string): string {
  return withinSentence(oneLine(statement).replace(CATALOGUE_NOTE, '(advisory)'));
}

/**
 * A statement that explains itself after a colon ("Analgesia (one of the 4 A's): the opioid relieves
 * pain"), where the letter puts it before its own colon (": met.", "these criteria are met: (1)
 * ..."): the statement's colons become dashes, so no sentence reads "...: ...: met."
 */
function beforeAColon(text: string): string {
  let depth = 0;
  let out = '';
  for (let at = 0; at < text.length; at += 1) {
    const char = text.charAt(at);
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    // A colon inside brackets ("(cyclobenzaprine: no longer than 2-3 weeks)") is already set apart.
    if (char === ':' && depth === 0 && text.charAt(at + 1) === ' ') out += ' \u2014';
    else out += char;
  }
  return out;
}

/**
 * The finding the letter states in the set's own words (`whenNotMet`) when a criterion phrased as a
 * rule or a negation is not met ("The guideline does not recommend TENS for neck and upper back
 * complaints, and ..."), or null: "<statement>: not met." would read as a double negative.
 */
function statedFinding(criterion: CriterionResult): string | null {
  const stated = oneLine(criterion.whenNotMet ?? '');
  return criterion.status === 'not_met' && stated !== '' ? stated : null;
}

/** The criterion as the letter names it with "met" or among criteria not documented. */
function requirementText(criterion: CriterionResult): string {
  const requirement = oneLine(criterion.asRequirement ?? '');
  return requirement === '' ? criterion.statement : requirement;
}

// The requirement closing a finding whose own words carry semicolons ("Topical product: ... is not
// recommended as requested: ...; ... are not indicated; the guideline requires no ingredient ...").
const TRAILING_REQUIREMENT = /; the guideline requires [^;]*\.$/;
const TRAILING_REQUIREMENT_TEXT = /; the guideline requires ([^;]*)\.$/;
const FIGURES = /\d+(?:\.\d+)?/g;

/**
 * Whether a sentence's requirement gives a figure the stated finding does not ("at most 10 visits"
 * after "The visits ... exceed the allowance"); "within 72 hours" after "more than 72 hours after
 * the head injury" adds nothing.
 */
function requirementAddsFigures(sentence: string, stated: string): boolean {
  const requirement = TRAILING_REQUIREMENT_TEXT.exec(sentence)?.[1] ?? '';
  const known = new Set(stated.match(FIGURES) ?? []);
  return (requirement.match(FIGURES) ?? []).some((figure) => !known.has(figure));
}

/**
 * The evidence after a finding stated in the set's words: that finding states the rule, so the
 * evidence keeps only its facts: the requirement half of a finding is left out ("Body region:
 * elbow, knee; the guideline requires a region other than ..." -> "Body region: elbow, knee."),
 * and a lone yes/no fact ("Red flags for serious pathology: no") only repeats the stated finding
 * and goes too.
 */
function evidenceAfterStatedFinding(evidence: string, stated: string): string {
  const sentences = evidenceSentences(evidence).map((sentence) => {
    // A requirement with figures ("at most 10 visits in total for ...") gives the limit the stated
    // finding leaves to the evidence: the sentence stays whole.
    if (requirementAddsFigures(sentence, stated)) return sentence;
    const found = findingsOfSentence(sentence);
    return found === null ? sentence.replace(TRAILING_REQUIREMENT, '.') : asSentence(found.join('; '));
  });
  const only = sentences.length === 1 ? withinSentence(sentences[0] ?? '') : null;
  if (only !== null && YES_NO_FINDING.test(only)) return '';
  return sentences.join(' ');
}

// "No other NSAID taken or requested; the guideline requires no other NSAID taken or requested.":
// a finding whose fact is worded as its requirement.
const FINDING_AND_REQUIREMENT = /^(.*); the guideline requires (.*)\.$/;

/** The evidence without sentences whose fact only repeats the requirement it is set against. */
function withoutSelfRestatement(evidence: string): string {
  return evidenceSentences(evidence)
    .filter((sentence) => {
      const [, found, requirement] = FINDING_AND_REQUIREMENT.exec(sentence) ?? [];
      return found === undefined || found.toLowerCase() !== requirement?.toLowerCase();
    })
    .join(' ');
}

/** The parts of a sentence between semicolons outside brackets ("a (b; c); d" -> "a (b; c)", "d"). */
function partsOutsideBrackets(sentence: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < sentence.length; at += 1) {
    const char = sentence.charAt(at);
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ';' && depth === 0 && sentence.charAt(at + 1) === ' ') {
      parts.push(sentence.slice(start, at));
      start = at + 2;
    }
  }
  return [...parts, sentence.slice(start)];
}

// "Hours per day not documented": a missing fact as the evaluator words it; "is not documented" is
// a sentence of its own and stays.
const MISSING_FACT = /^(.*?\S)(?<!\b(?:is|are|was|were|been)) not documented(\.?)$/;

/**
 * Missing facts as the letter prints them: "<fact>: not documented", as it prints "<fact>: no". A
 * fact named by a clause ("The surgery this item supports is authorized") or by what was done
 * ("Surgery ... considered and acceptable to the worker") cannot take "not documented" straight
 * after it.
 */
function missingFactsAsStatus(evidence: string): string {
  return evidenceSentences(evidence)
    .map((sentence) =>
      partsOutsideBrackets(sentence)
        .map((part) => {
          const match = MISSING_FACT.exec(part);
          if (!match || (match[1] ?? '').includes(':')) return part;
          return `${match[1]}: not documented${match[2]}`;
        })
        .join('; '),
    )
    .join(' ');
}

/**
 * One criterion's sentences: "<statement>: <status>." (or the set's own words for a rule that is
 * not met), the evidence, and the reviewer's note as a plain sentence. The letter is the
 * reviewer's own, so a finding the reviewer gave (a judgment, an override) reads like any other,
 * without a label.
 */
function criterionSentence(criterion: CriterionResult, printed: Set<string>): string {
  const stated = statedFinding(criterion);
  const finding = stated
    ? capitalizeSentenceStart(asSentence(stated))
    : `${beforeAColon(statementText(requirementText(criterion)))}: ${STATUS_WORDS[criterion.status]}.`;
  // A rule the case meets, named by its requirement: the evidence need not state that requirement
  // again ("Body region: low back; the guideline requires a region other than ...").
  const requirementStated =
    stated !== null || (criterion.status === 'met' && oneLine(criterion.asRequirement ?? '') !== '');
  const after = (evidence: string) => {
    const kept = withoutSelfRestatement(evidence);
    return notPrintedBefore(
      missingFactsAsStatus(
        requirementStated
          ? evidenceAfterStatedFinding(kept, stated ?? requirementText(criterion))
          : evidenceAfterFinding(kept),
      ),
      printed,
    );
  };
  const note = capitalizeSentenceStart(asSentence(criterion.note));
  const joined = (parts: string[]) => parts.filter((part) => part !== '').join(' ');
  if (criterion.source === 'reviewer') {
    // The reviewer judged it: the finding, then what the evaluator adds besides the answer (e.g. the
    // rule that applied), then the reviewer's note, once.
    const context = after(evidenceText(criterion).replace(ANSWER_SENTENCE, ''));
    return joined([finding, context, note]);
  }
  if (criterion.source !== 'overridden') return joined([finding, after(evidenceText(criterion)), note]);

  // An override: when the reviewer's finding differs from what the records as entered gave, the
  // computed evidence argues the other way and is left out: the finding and the reviewer's note
  // (which an override requires) say why. When they agree, the evidence supports the finding.
  if (criterion.computedStatus !== criterion.status) return joined([finding, note]);
  const computedEvidence = after(evidenceText(criterion).replace(OVERRIDE_SENTENCE, ''));
  return joined([finding, computedEvidence, note]);
}

/**
 * The evidence without the sentences an earlier criterion's evidence already printed (two region
 * rules would each say "Body region: low back."); what is left is recorded as printed.
 */
function notPrintedBefore(evidence: string, printed: Set<string>): string {
  const fresh = evidenceSentences(evidence).filter((sentence) => !printed.has(sentence));
  for (const sentence of fresh) printed.add(sentence);
  return fresh.join(' ');
}

/** Services counted in sessions: their quantity is the number of visits requested. */
const SESSION_SERVICES: ReadonlySet<string> = new Set([
  'physical_therapy',
  'occupational_therapy',
  'postsurgical_therapy',
  'chiropractic',
  'acupuncture',
  'massage',
  'aquatic_therapy',
  'psychotherapy',
]);

// A count the request text states itself: "#30", "x6", "2x6", "qty 2", "12 sessions", "2 of 8".
const COUNT_IN_REQUEST =
  /#\s*\d|\b\d*\s*[x\u00d7]\s*\d|\b(?:qty|quantity)\b|\b\d+(?:\.\d+)?\s*(?:sessions?|visits?|treatments?|units?|tablets?|tabs?|capsules?|caps?|patches|pills?|containers?|bottles?|tubes?|jars?)\b|\b\d+\s+of\s+\d+\b/i;

/**
 * The quantity sentence, only when it tells the reader something: a count of sessions, or more than
 * one of anything else ("The quantity requested is 2."). Never when the request as typed states a
 * count of its own ("#30", "x6", "12 sessions"): it either repeats it or, worse, contradicts it.
 */
function quantitySentence(item: DisputedItem, quantity: number | null): string {
  if (quantity === null || quantity <= 0) return '';
  if (COUNT_IN_REQUEST.test(oneLine(item.requestedAs))) return '';
  if (SESSION_SERVICES.has(item.serviceType))
    return `As requested, that is ${counted(quantity, 'sessions')} in all.`;
  return quantity > 1 ? `The quantity requested is ${formatNumber(quantity)}.` : '';
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
  } else {
    const stated = quantitySentence(item, quantity);
    if (stated) sentences.push(stated);
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
  const sentences: string[] = [guidelineAppliedSentence(oneLine(evaluation.guidelineLine))];
  // Why a guideline for another type of service applies (post-surgical therapy after its period).
  if (evaluation.judgedAs) sentences.push(asSentence(evaluation.judgedAs.note));
  // Neutral on whether the guideline recommends the service: some sets list when it is not
  // recommended (ultrasound, TENS for the neck), and the findings say which way they go.
  if (applicable.length > 0) {
    sentences.push(
      applicable.length === 1
        ? 'Of its criteria, one applies to this request.'
        : `Of its criteria, ${applicable.length} apply to this request.`,
    );
  }
  sentences.push(ruleSentence(evaluation, applicable));
  return sentences.join(' ');
}

/**
 * The guideline line in a sentence of its own. The line is written for the letter's "IMR guideline:"
 * heading, where a source outside the MTUS follows as "Decision based on Non-MTUS Citation ...";
 * inside the rationale that phrasing would read as a second decision, so the other source is named
 * as a companion of the first, and one outside the MTUS is said to be so in plain words.
 */
export function guidelineAppliedSentence(line: string): string {
  if (line === '') return 'The guideline applied is not identified.';
  const [first = '', ...others] = line
    .replace(/\.$/, '')
    .split(/\.\s+Decision based on\s+/)
    .map((part) =>
      part.startsWith(NON_MTUS_CITATION_PREFIX)
        ? `${part.slice(NON_MTUS_CITATION_PREFIX.length).trim()} (outside the MTUS)`
        : part,
    );
  const companions = others.length > 0 ? `, with ${others.join(' and ')}` : '';
  return asSentence(`The guideline applied is ${first}${companions}`);
}

/**
 * The set's decision rule as a physician states it, from the shape of the evaluation (the
 * evaluator's own wording, "All required criteria must be met.", is the panel's).
 */
function ruleSentence(evaluation: ItemEvaluation, applicable: CriterionResult[]): string {
  // Not "medically necessary": the pre-issue check reads the rationale's last use of that phrase
  // as its conclusion, and a rule must never be taken for one.
  const lead = 'For the guideline to support the request,';
  const paths = evaluation.decisionPaths ?? [];
  if (paths.length === 0) return `${lead} every required criterion must be met.`;
  const inPaths = new Set(paths.flatMap((path) => path.criteria));
  const others = applicable.some((criterion) => criterion.required && !inPaths.has(criterion.criterionId));
  const alternatives = paths.map((path) => withinSentence(oneLine(path.label))).join('; or ');
  return others
    ? `${lead} every required criterion must be met, and all the criteria of one of these: ${alternatives}.`
    : `${lead} all the criteria of one of these must be met: ${alternatives}.`;
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
      // An unanswered criterion is not documented.
      const status = criterion.answer === '' ? 'not documented' : STATUS_WORDS[criterion.answer];
      const note = capitalizeSentenceStart(asSentence(criterion.note));
      return `${withinSentence(oneLine(criterion.text))}: ${status}.${note ? ` ${note}` : ''}`;
    });
    return `In this case: ${sentences.join(' ')}`;
  }
  // A met check of the request itself (the body part is named) says nothing about the treatment.
  const stated = applicable.filter((criterion) => !(criterion.quietWhenMet && criterion.status === 'met'));
  if (stated.length === 0) return '';
  // The facts that decide the request first, as real letters put them: not met, not documented, met.
  const ordered = [...stated].sort((a, b) => FINDING_ORDER[a.status] - FINDING_ORDER[b.status]);
  const undocumented = ordered.filter(saysOnlyUndocumented);
  const printed = new Set<string>();
  const sentences = ordered.map((criterion) =>
    criterion === undocumented[0]
      ? `${undocumented.length === 1 ? 'The records do not document that this criterion is met' : 'The records do not document that these criteria are met'}: ${numberedList(undocumented.map((entry) => inList(requirementText(entry))))}.`
      : undocumented.includes(criterion)
        ? ''
        : criterionSentence(criterion, printed),
  );
  return `In this case, the records show the following. ${sentences.filter((text) => text !== '').join(' ')}`;
}

// The evaluator's evidence for a fact that is simply missing restates the criterion ("Return-to-work
// goal not documented; the guideline requires ..."), and an unanswered judgment says it awaits the
// reviewer: in a letter both only repeat the criterion, so such criteria are listed together, once.
function saysOnlyUndocumented(criterion: CriterionResult): boolean {
  if (criterion.status !== 'not_documented' || oneLine(criterion.note) !== '') return false;
  if (criterion.source === 'unanswered') return true;
  if (criterion.source !== 'computed') return false;
  const evidence = oneLine(criterion.evidence);
  // A sentence break the split gets wrong ("e.g. Fractures") fails the test: the criterion is
  // then stated on its own.
  return evidence === '' || onlyFindings(evidence, UNDOCUMENTED_FINDING) !== null;
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
  const text = beforeAColon(statementText(statement));
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
    const failing = applicable
      .filter(
        (criterion) =>
          criterion.required && (criterion.status === 'not_met' || criterion.status === 'not_documented'),
      )
      .sort((a, b) => FINDING_ORDER[a.status] - FINDING_ORDER[b.status]);
    if (satisfied) {
      const path = `The request meets every criterion of one qualifying path of the guideline (${pathName(satisfied)})`;
      // Criteria outside every path still decide: a satisfied path alone does not carry the request.
      sentences.push(
        failing.length === 0 ? `${path}.` : `${path}, but ${withinSentence(failingSentence(failing, true))}.`,
      );
    } else if ((evaluation.decisionPaths ?? []).length > 0) {
      sentences.push(...noPathSentences(evaluation.decisionPaths ?? [], applicable));
    } else if (failing.length === 0) {
      sentences.push('The request meets the required criteria of the guideline.');
    } else {
      sentences.push(failingSentence(failing, false));
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

/** How many failing criteria the conclusion names before counting the rest. */
const NAMED_IN_CONCLUSION = 3;
/** How many failing criteria of each path the conclusion names when it goes through several paths. */
const NAMED_PER_PATH = 2;

const isRequiredAndFailing = (criterion: CriterionResult) =>
  criterion.required && (criterion.status === 'not_met' || criterion.status === 'not_documented');
const byFinding = (a: CriterionResult, b: CriterionResult) =>
  FINDING_ORDER[a.status] - FINDING_ORDER[b.status];

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** A path as the conclusion names it, in brackets: its label without asides of its own. */
function pathName(path: DecisionPathResult): string {
  return withinSentence(oneLine(path.label).replace(/\s*\([^()]*\)/g, ''));
}

/**
 * The conclusion when no path of the guideline is met: the required criteria outside the paths
 * that fail decide first ("The request does not meet the guideline because the worker is already
 * back at regular duty ..."), then what each path that applies to the request misses, a few
 * criteria at most ("Neither path of the guideline is met. For the first path (...), 7 required
 * criteria are not met or not documented: (1) ...; (2) ...; and 5 more. For the second path ...").
 * A path none of whose criteria apply (a flare-up on a first request) is not the request's and is
 * left out.
 */
function noPathSentences(paths: DecisionPathResult[], applicable: CriterionResult[]): string[] {
  const byId = new Map(applicable.map((criterion) => [criterion.criterionId, criterion]));
  const inPaths = new Set(paths.flatMap((path) => path.criteria));
  const outside = applicable
    .filter((criterion) => isRequiredAndFailing(criterion) && !inPaths.has(criterion.criterionId))
    .sort(byFinding);
  const open = paths
    .map((path, index) => ({
      path,
      index,
      failing: path.criteria
        .flatMap((id) => byId.get(id) ?? [])
        .filter(isRequiredAndFailing)
        .sort(byFinding),
    }))
    .filter((entry) => entry.failing.length > 0);
  const decided = outside.length > 0;
  const sentences = decided ? [failingSentence(outside, false)] : [];
  const conclude = (clause: string) =>
    decided
      ? `${capitalizeSentenceStart(clause)}.`
      : `The request does not meet the guideline because ${clause}.`;

  const [only] = open;
  if (only === undefined) {
    sentences.push(conclude('none of the paths of the guideline applies to this request'));
    return sentences;
  }
  if (open.length === 1) {
    const lead = `for the one path of the guideline that applies to this request (${pathName(only.path)})`;
    sentences.push(
      decided
        ? pathShortfall(capitalizeSentenceStart(lead), only.failing, NAMED_IN_CONCLUSION)
        : `The request does not meet the guideline because, ${pathShortfall(lead, only.failing, NAMED_IN_CONCLUSION)}`,
    );
    return sentences;
  }

  const all = open.length === paths.length;
  const ofGuideline = all ? 'of the guideline' : 'of the guideline that apply to this request';
  sentences.push(
    conclude(
      open.length === 2
        ? all
          ? 'neither path of the guideline is met'
          : `neither of the two paths ${ofGuideline} is met`
        : `none of the ${open.length} paths ${ofGuideline} is met`,
    ),
  );
  // Paths that each miss one criterion the records state plainly: one list for all of them.
  const missed = [...new Set(open.flatMap((entry) => entry.failing))];
  if (open.every((entry) => entry.failing.length === 1) && missed.every((c) => statedFinding(c) === null)) {
    sentences.push(
      `In each, ${criteriaNotMet(missed.sort(byFinding), '', NAMED_IN_CONCLUSION, 'a required criterion is')}.`,
    );
    return sentences;
  }
  // More than two paths, each ruled out by one finding the records show (the FCE's five reasons):
  // the findings above already say it, so the conclusion names the paths once, not five sentences.
  if (
    open.length > 2 &&
    open.every((entry) => entry.failing.length === 1 && entry.failing[0]?.status === 'not_met')
  ) {
    const names = open.map((entry) => pathName(entry.path));
    sentences.push(`As the findings above show, the records support none of them: ${numberedList(names)}.`);
    return sentences;
  }
  for (const { path, index, failing } of open) {
    const ordinal = ORDINALS[index];
    const which = ordinal ? `the ${ordinal} path` : `path ${index + 1}`;
    sentences.push(pathShortfall(`For ${which} (${pathName(path)})`, failing, NAMED_PER_PATH));
  }
  return sentences;
}

/**
 * What one path misses, after `lead` ("For the first path (an initial trial)"): a finding the set
 * words itself as it stands, other criteria named briefly ("..., a required criterion is not met:
 * ...").
 */
function pathShortfall(lead: string, failing: CriterionResult[], named: number): string {
  const stated = failing.filter((criterion) => statedFinding(criterion) !== null).slice(0, named);
  const others = failing.filter((criterion) => !stated.includes(criterion));
  if (stated.length === 0) return `${lead}, ${criteriaNotMet(others, '', named)}.`;
  const reasons = stated.map((criterion) => shortFinding(statedFinding(criterion) ?? ''));
  const first = `${lead}, ${joinReasons(reasons)}.`;
  return others.length === 0
    ? first
    : `${first} ${capitalizeSentenceStart(criteriaNotMet(others, ' also', named))}.`;
}

/** Reasons in the set's words, one after another: "a; b; and c". */
function joinReasons(reasons: string[]): string {
  return reasons.length === 1
    ? (reasons[0] ?? '')
    : `${reasons.slice(0, -1).join('; ')}; and ${reasons.at(-1)}`;
}

/**
 * "The request does not meet the guideline because these required criteria are not met: (1) ...;
 * (2) ...; and 4 more.": the criteria that decide, named by their statements shortened. A failing
 * finding the set words itself is the reason as it stands ("... because the guideline does not
 * recommend TENS for neck and upper back complaints, and ..."); other failing criteria follow in a
 * sentence of their own ("A required criterion is also not met: ...").
 */
function failingSentence(failing: CriterionResult[], continuing: boolean): string {
  const start = continuing
    ? 'the request does not meet the guideline'
    : 'The request does not meet the guideline';
  const stated = failing
    .filter((criterion) => statedFinding(criterion) !== null)
    .slice(0, NAMED_IN_CONCLUSION);
  const others = failing.filter((criterion) => !stated.includes(criterion));
  if (stated.length === 0) return `${start} because ${criteriaNotMet(others)}.`;
  const reasons = stated.map((criterion) => shortFinding(statedFinding(criterion) ?? ''));
  const because = `${start} because ${joinReasons(reasons)}.`;
  if (others.length === 0) return because;
  return `${because} ${capitalizeSentenceStart(criteriaNotMet(others, ' also'))}.`;
}

/**
 * "these required criteria are not met: (1) ...; (2) ...; and 4 more" (`also` after the verb; at
 * most `count` named; `subject` in place of the count of criteria).
 */
function criteriaNotMet(
  failing: CriterionResult[],
  also = '',
  count = NAMED_IN_CONCLUSION,
  subject?: string,
): string {
  const statuses = new Set(failing.map((criterion) => criterion.status));
  const status =
    statuses.size > 1 ? 'not met or not documented' : statuses.has('not_met') ? 'not met' : 'not documented';
  const named = failing.slice(0, count).map((criterion) => shortStatement(requirementText(criterion)));
  const rest = failing.length - named.length;
  const list = rest > 0 ? `${numberedList(named)}; and ${rest} more` : numberedList(named);
  const countedSubject =
    failing.length === 1
      ? 'a required criterion is'
      : rest > 0
        ? `${failing.length} required criteria are`
        : 'these required criteria are';
  return `${subject ?? countedSubject}${also} ${status}: ${list}`;
}

/** A finding in the set's words as the reason after "because": asides in brackets left out. */
function shortFinding(finding: string): string {
  return inList(finding.replace(/\s*\([^()]*\)/g, ''));
}

// "Before a trial", "For a flare-up once back at work": a head that opens with the time or case.
const SCENE_SETTING_HEAD = /^(?:Before|After|For|When|Once|During|Within|Until|If)\b/;
const SCENE_TAIL_WORDS = 10;

/**
 * A criterion named briefly, within a sentence: its statement without asides in brackets and
 * without what follows a colon or semicolon ("A screening process (file review, interview and
 * testing) judged the likelihood of success." -> "a screening process judged the likelihood of
 * success"; "Analgesia (one of the 4 A's): a clinically meaningful improvement in pain." ->
 * "analgesia").
 */
function shortStatement(statement: string): string {
  const text = statementText(statement).replace(/\s*\([^()]*\)/g, '');
  const [head = text, tail] = text.split(/[:;]\s/);
  // A head that only sets the scene names nothing alone ("Before chronic opioid treatment: a
  // comprehensive evaluation of pain and function."): a short clause after it is kept with it.
  const short = tail !== undefined && tail.split(/\s+/).length <= SCENE_TAIL_WORDS;
  if (short && SCENE_SETTING_HEAD.test(head) && !head.includes(','))
    return inList(withinSentence(`${head}, ${tail}`));
  return inList(withinSentence(head));
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
