/**
 * evaluate(draft, library, { asOf }): every disputed item against the guideline set in force for
 * it, criterion by criterion, with a recommendation and the reviewer's final decision.
 *
 * Pure, synchronous and deterministic: no clock (asOf is passed in), no I/O, never throws on a
 * draft. Behaviour comes from the data (condition kinds, set metadata); nothing here knows a
 * criterion id or a service type. Missing facts are "not documented", never "met" (decision 002).
 *
 * An item whose set reads the outcome of other items (a fact declaring `outcomesRead`: a PPI falls
 * with the NSAID this review upholds) is evaluated after them, with their final decisions
 * (outcome-dependencies.ts); reads that go round in a circle fall back to no outcomes, with a warning.
 */
import type { CaseDraft, DisputedItem, EVIDENCE_SOURCES, ItemReview } from '../case/case-schema';
import { itemAsUsed } from '../case/service-types';
import { type FactContext, formatNumber, readAmount } from '../guidelines/facts';
import { resolveFieldPath } from '../guidelines/field-paths';
import {
  type Criterion,
  type DecisionPath,
  type GuidelineCitation,
  type GuidelineLibrary,
  type GuidelineSet,
  NON_MTUS_EDITION,
  type WouldMeet,
} from '../guidelines/guideline-schema';
import { counted } from '../text/wording';
import { setExtras } from './computed-facts';
import {
  type ConditionContext,
  evaluateCondition,
  joinAnd,
  type ReviewerAnswer,
  reviewerAnswerSentence,
} from './conditions';
import type {
  Citation,
  CriterionResult,
  CriterionStatus,
  DecisionPathResult,
  Evaluation,
  GuidelineSetRef,
  ItemEvaluation,
  Recommendation,
} from './evaluation-types';
import { type OutcomeReading, planEvaluation, readingFor } from './outcome-dependencies';
import {
  itemAsJudged,
  type JudgedAs,
  type SetSelection,
  selectGuidelineSet,
  selectionDate,
  straddleWarning,
} from './select-set';

export interface EvaluateOptions {
  /** Today's date (YYYY-MM-DD), passed in: the last fallback for choosing the edition. */
  asOf: string;
}

export function evaluate(draft: CaseDraft, library: GuidelineLibrary, options: EvaluateOptions): Evaluation {
  const evaluateOne = (index: number, reading: OutcomeReading) =>
    evaluateItemReading(draft, index, library, options, reading);
  const items = evaluateInOrder(draft, library, options, evaluateOne);
  return { asOf: options.asOf, items: items.filter((item): item is ItemEvaluation => item !== undefined) };
}

/**
 * One item, for a panel that re-evaluates only the item being edited: the same result as the whole
 * evaluation gives it (the items whose outcome it reads are evaluated too). Null when out of range.
 */
export function evaluateItem(
  draft: CaseDraft,
  itemIndex: number,
  library: GuidelineLibrary,
  options: EvaluateOptions,
): ItemEvaluation | null {
  if (!draft.disputedItems[itemIndex]) return null;
  const evaluateOne = (index: number, reading: OutcomeReading) =>
    evaluateItemReading(draft, index, library, options, reading);
  return evaluateInOrder(draft, library, options, evaluateOne, itemIndex)[itemIndex] ?? null;
}

/**
 * The items in an order where every item comes after the items whose outcome it reads (an item's
 * set may read whether this review upholds another item: a PPI, the NSAID it protects against),
 * each evaluated by `evaluateOne` with the outcomes it reads. With `only`, just that item and the
 * items it reads, directly or through others. Results by item index.
 */
export function evaluateInOrder(
  draft: CaseDraft,
  library: GuidelineLibrary,
  options: EvaluateOptions,
  evaluateOne: (index: number, reading: OutcomeReading) => ItemEvaluation | null,
  only?: number,
): (ItemEvaluation | undefined)[] {
  const plan = planEvaluation(draft, library, options.asOf);
  const needed = new Set<number>();
  if (only !== undefined) {
    const visit = (index: number) => {
      if (needed.has(index)) return;
      needed.add(index);
      for (const other of plan.reads[index] ?? []) visit(other);
    };
    visit(only);
  }
  const results: (ItemEvaluation | undefined)[] = draft.disputedItems.map(() => undefined);
  for (const index of plan.order) {
    if (only !== undefined && !needed.has(index)) continue;
    results[index] = evaluateOne(index, readingFor(plan, index, draft, results)) ?? undefined;
  }
  return results;
}

/** One item with the outcomes of the items it reads (see evaluateInOrder). Null when out of range. */
export function evaluateItemReading(
  draft: CaseDraft,
  itemIndex: number,
  library: GuidelineLibrary,
  options: EvaluateOptions,
  reading: OutcomeReading,
): ItemEvaluation | null {
  const item = draft.disputedItems[itemIndex];
  return item ? evaluateDisputedItem(draft, item, itemIndex, library, options, reading) : null;
}

const FAILING: ReadonlySet<CriterionStatus> = new Set(['not_met', 'not_documented']);
const isFailing = (result: CriterionResult) => FAILING.has(result.status);

function evaluateDisputedItem(
  draft: CaseDraft,
  asEntered: DisputedItem,
  itemIndex: number,
  library: GuidelineLibrary,
  { asOf }: EvaluateOptions,
  reading: OutcomeReading = {},
): ItemEvaluation {
  // Request fields the service type does not show (left from an earlier type) are not its request.
  const item = itemAsUsed(asEntered);
  const warnings: string[] = [];
  const when = selectionDate(draft, asOf);
  if (when.warning) warnings.push(when.warning);
  const straddle = straddleWarning(library, draft, item.serviceType);
  if (straddle) warnings.push(straddle);
  const mismatch = quantityMismatch(item);
  if (mismatch) warnings.push(mismatch);
  if (reading.circularWarning) warnings.push(reading.circularWarning);

  const selection = selectGuidelineSet(library, draft, item, when.date, asOf);
  const base = { itemId: item.id, itemIndex, serviceType: item.serviceType, asOfDate: when.date, warnings };
  if (!selection.judgedAs)
    return evaluateSelection(draft, item, itemIndex, selection, asOf, base, { outcomes: reading.outcomes });
  // Facts read the item as the type it is judged as (its discipline's prior visits, its cap).
  const judged = itemAsJudged(item, selection);
  const result = evaluateSelection(draft, judged, itemIndex, selection, asOf, base, {
    outcomes: reading.outcomes,
    judgedFrom: item.serviceType,
  });
  return withJudgedAs(result, selection.judgedAs);
}

/** Why the item is judged under another type's guideline: the panel shows it, the letter says it. */
function withJudgedAs(result: ItemEvaluation, judgedAs: JudgedAs): ItemEvaluation {
  return {
    ...result,
    judgedAs: {
      serviceType: judgedAs.serviceType,
      note: judgedAs.note,
      evidence: judgedAs.evidence,
      from: setRef(judgedAs.from),
      confirmed: judgedAs.confirmed,
      confirmationNote: judgedAs.confirmationNote,
    },
  };
}

function evaluateSelection(
  draft: CaseDraft,
  item: DisputedItem,
  itemIndex: number,
  selection: SetSelection,
  asOf: string,
  base: ItemBase,
  reads: ItemReads,
): ItemEvaluation {
  const warnings = base.warnings;
  if (!selection.set) return evaluateEvidencePath(item, itemIndex, selection.reason ?? '', base);
  // The reviewer may find the MTUS presumption rebutted or inapplicable (8 CCR 9792.21.1(a)(2)).
  const setAside = item.review.mtusNotApplicableReason.trim();
  if (setAside === '' && selection.otherRegionSets)
    return evaluateAcrossRegions([selection.set, ...selection.otherRegionSets], (set) =>
      evaluateAgainstSet(draft, item, itemIndex, set, asOf, { ...base, warnings: [...warnings] }, reads),
    );
  if (setAside === '') return evaluateAgainstSet(draft, item, itemIndex, selection.set, asOf, base, reads);
  const reason = `${selection.set.title} covers this request, but the reviewer set it aside: ${setAside}${/[.!?]$/.test(setAside) ? '' : '.'} Clear that reason to evaluate against the MTUS.`;
  return { ...evaluateEvidencePath(item, itemIndex, reason, base), mtusSetAside: setRef(selection.set) };
}

const RECOMMENDATION_WORDS = { uphold: 'Uphold', overturn: 'Overturn' } as const;
/** Uphold first: a request is medically necessary only if every part of it is. */
const recommendationRank = (recommendation: Recommendation | null) =>
  recommendation === 'uphold' ? 0 : recommendation === null ? 1 : 2;

/**
 * Every set the request was judged against, as the letters join chapters: "MTUS Neck and Upper
 * Back Complaints 2004, Section(s): Special Studies, and Forearm, Wrist, and Hand Complaints 2004,
 * Section(s): Special Studies" (CM16-0230548); sources outside the MTUS follow as their own
 * "Decision based on" sentence.
 */
export function joinGuidelineLines(lines: string[]): string {
  const unique = [...new Set(lines.filter((line) => line !== ''))];
  const mtus = unique.filter((line) => line.startsWith('MTUS '));
  const joinedMtus = mtus
    .map((line, index) => (index === 0 ? line : line.slice('MTUS '.length)))
    .join(', and ');
  return [joinedMtus, ...unique.filter((line) => !line.startsWith('MTUS '))]
    .filter((part) => part !== '')
    .join('. Decision based on ');
}

/**
 * A request that spans body regions with their own sets ("MRI of the neck and low back") is judged
 * against each. IMR cannot approve part of a request, so the set that supports it least decides and
 * the panel shows that set; a warning names the others and what each recommends on its own, and
 * the guideline line cites them all.
 */
function evaluateAcrossRegions(
  sets: GuidelineSet[],
  evaluateWith: (set: GuidelineSet) => ItemEvaluation,
): ItemEvaluation {
  const results = sets.map(evaluateWith);
  const deciding = results.reduce((best, result) =>
    recommendationRank(result.recommendation) < recommendationRank(best.recommendation) ? result : best,
  );
  const others = results
    .filter((result) => result !== deciding)
    .map((result) => {
      const words = result.recommendation
        ? RECOMMENDATION_WORDS[result.recommendation]
        : 'no recommendation yet';
      return `${result.guidelineSet?.title ?? 'another set'} (${words} on its own)`;
    });
  const decidingTitle = deciding.guidelineSet?.title ?? 'this set';
  return {
    ...deciding,
    guidelineLine: joinGuidelineLines(results.map((result) => result.guidelineLine)),
    warnings: [
      ...deciding.warnings,
      `The request covers more than one body region. ${decidingTitle} decides, since a request is medically necessary only if every part is; it also falls under ${others.join(' and ')}.`,
    ],
  };
}

function setRef(set: GuidelineSet): GuidelineSetRef {
  return {
    id: set.id,
    title: set.title,
    edition: set.edition,
    effectiveFrom: set.effectiveFrom,
    ...(set.effectiveTo ? { effectiveTo: set.effectiveTo } : {}),
  };
}

/** What an item's facts read besides the item: other items' outcomes, the type it was entered as. */
type ItemReads = Pick<FactContext, 'outcomes' | 'judgedFrom'>;

type ItemBase = Pick<ItemEvaluation, 'itemId' | 'itemIndex' | 'serviceType' | 'asOfDate' | 'warnings'>;

function quantityMismatch(item: DisputedItem): string | null {
  const frequency = readAmount(item.frequencyPerWeek);
  const weeks = readAmount(item.durationWeeks);
  const quantity = readAmount(item.quantity);
  if (frequency === undefined || weeks === undefined || quantity === undefined) return null;
  const visits = frequency * weeks;
  if (visits === quantity) return null;
  const [f, q] = [frequency, quantity].map(formatNumber);
  const counts = counted(visits, 'visits');
  return `The request says ${f}/week for ${counted(weeks, 'weeks')} (${counts}) but a quantity of ${q}; the evaluator counts ${counts}.`;
}

/** The reviewer's entry for a criterion; own keys only (a key like "constructor" is not an entry). */
function reviewEntry(review: ItemReview, criterionId: string): ReviewerAnswer | undefined {
  const criteria = review.criteria;
  return Object.hasOwn(criteria, criterionId) ? criteria[criterionId] : undefined;
}

const cleanCitation = (citation: GuidelineCitation, override?: Partial<GuidelineCitation>): Citation => {
  const merged = { ...citation, ...override };
  return {
    guideline: merged.guideline,
    edition: merged.edition,
    ...(merged.pages ? { pages: merged.pages } : {}),
    ...(merged.section ? { section: merged.section } : {}),
  };
};

const ANSWER_WORDS = { met: 'met', not_met: 'not met' } as const;

function evaluateCriterion(
  criterion: Criterion,
  set: GuidelineSet,
  ctx: ConditionContext,
  itemIndex: number,
  warnings: string[],
): EvaluatedCriterion {
  const entry = ctx.reviewerAnswer;
  const note = entry?.note ?? '';
  const applies = criterion.appliesWhen
    ? evaluateCondition(criterion.appliesWhen.condition, ctx).status === 'met'
    : true;
  const outcome = applies
    ? evaluateCondition(criterion.condition, ctx)
    : {
        status: 'not_applicable' as const,
        evidence: [`Not applicable: ${criterion.appliesWhen?.description ?? ''}.`],
      };

  let status: CriterionStatus = outcome.status;
  let source: CriterionResult['source'] = 'computed';
  const evidence = [...outcome.evidence];
  if ('judged' in outcome && outcome.judged) {
    source = entry?.answer ? 'reviewer' : 'unanswered';
  } else if (entry?.answer) {
    if (note.trim() !== '') {
      status = entry.answer;
      source = 'overridden';
      evidence.push(`Reviewer override: ${ANSWER_WORDS[entry.answer]}.`);
    } else {
      warnings.push(
        `Override of ${criterion.id} ("${criterion.statement}") needs a note; the computed result stands.`,
      );
    }
  }

  const result: CriterionResult = {
    criterionId: criterion.id,
    statement: criterion.statement,
    citation: cleanCitation(criterion.citation, 'citation' in outcome ? outcome.citation : undefined),
    kind: criterion.kind,
    required: criterion.required,
    status,
    computedStatus: outcome.status,
    source,
    evidence: evidence.join(' '),
    note,
    fieldPaths: criterion.fieldPaths.map((path) => resolveFieldPath(path, itemIndex)),
    confirmed: criterion.confirmed,
    confirmationNote: criterion.confirmationNote,
    ...(criterion.whenNotMet ? { whenNotMet: criterion.whenNotMet } : {}),
    ...(criterion.asRequirement ? { asRequirement: criterion.asRequirement } : {}),
    ...(criterion.quietWhenMet ? { quietWhenMet: true } : {}),
    ...('ruleEvidence' in outcome && outcome.ruleEvidence ? { ruleEvidence: outcome.ruleEvidence } : {}),
  };
  if (!FAILING.has(status) || !criterion.wouldMeet) return { result };
  const wouldMeetText = ('wouldMeet' in outcome && outcome.wouldMeet) || criterion.wouldMeet.text;
  result.wouldMeet =
    criterion.wouldMeet.kind === 'request'
      ? `A ${set.requestNoun} ${wouldMeetText} would meet this criterion.`
      : `${wouldMeetText} would meet this criterion.`;
  return { result, wouldMeet: { ...criterion.wouldMeet, text: wouldMeetText } };
}

interface EvaluatedCriterion {
  result: CriterionResult;
  /** The would-meet phrase that applied (a switch case may replace the criterion's own). */
  wouldMeet?: WouldMeet;
}

function evaluateAgainstSet(
  draft: CaseDraft,
  item: DisputedItem,
  itemIndex: number,
  set: GuidelineSet,
  asOf: string,
  base: ItemBase,
  reads: ItemReads,
): ItemEvaluation {
  const warnings = base.warnings;
  const evaluated = set.criteria.map((criterion) =>
    evaluateCriterion(
      criterion,
      set,
      { draft, item, asOf, ...reads, reviewerAnswer: reviewEntry(item.review, criterion.id) },
      itemIndex,
      warnings,
    ),
  );
  const criteria = evaluated.map((entry) => entry.result);
  const known = new Set(set.criteria.map((criterion) => criterion.id));
  const stray = Object.keys(item.review.criteria).filter((id) => {
    const entry = reviewEntry(item.review, id);
    return !known.has(id) && entry !== undefined && (entry.answer !== '' || entry.note.trim() !== '');
  });
  if (stray.length > 0)
    warnings.push(
      `Answers recorded for criteria not in ${set.title} are kept but not used: ${stray.join(', ')}.`,
    );

  const extras = setExtras(set, { draft, item, asOf, ...reads }, warnings);
  const decided = decide(set, criteria);
  const wouldMeetById = new Map(evaluated.map((entry) => [entry.result.criterionId, entry.wouldMeet]));
  const wouldMeetSummary = summarizeWouldMeet(
    set.requestNoun,
    decided.toFix.flatMap((id) => wouldMeetById.get(id) ?? []),
  );

  return {
    ...base,
    guidelineSet: setRef(set),
    path: 'mtus',
    criteria,
    counts: countStatuses(criteria),
    recommendation: decided.recommendation,
    drivingCriteria: decided.driving,
    decisionRule: describeRule(set),
    ...finalDecision(item.review, decided.recommendation, warnings),
    guidelineLine: formatGuidelineLine(
      set,
      criteria,
      citedPath(set, decided.paths),
      citedForDecision(criteria, decided),
    ),
    wouldMeetSummary,
    ...(decided.paths ? { decisionPaths: decided.paths } : {}),
    ...extras,
  };
}

interface Decided {
  recommendation: Recommendation;
  driving: string[];
  /** Failing required criteria whose fix would change the outcome (for the would-meet summary). */
  toFix: string[];
  paths?: DecisionPathResult[];
}

/** Not met first, then not documented, each in set order. */
const failingIds = (results: CriterionResult[]): string[] => [
  ...results.filter((r) => r.status === 'not_met').map((r) => r.criterionId),
  ...results.filter((r) => r.status === 'not_documented').map((r) => r.criterionId),
];

/** The criteria that carry an overturn: met ones (not-applicable ones decide nothing). */
const metIds = (results: CriterionResult[]): string[] =>
  results.filter((r) => r.status === 'met').map((r) => r.criterionId);

export function decide(set: GuidelineSet, criteria: CriterionResult[]): Decided {
  const required = criteria.filter((result) => result.required);
  if (set.decisionRule.kind === 'all_required') {
    const failing = failingIds(required);
    return failing.length > 0
      ? { recommendation: 'uphold', driving: failing, toFix: failing }
      : { recommendation: 'overturn', driving: metIds(required), toFix: [] };
  }

  const byId = new Map(criteria.map((result) => [result.criterionId, result]));
  const inPaths = new Set(set.decisionRule.paths.flatMap((path) => path.criteria));
  const outside = required.filter((result) => !inPaths.has(result.criterionId));
  const outsideFailing = failingIds(outside);
  // A path whose criteria all do not apply (e.g. a flare-up on a first request) is not the request's:
  // it carries nothing, so it cannot carry an overturn.
  const paths: DecisionPathResult[] = set.decisionRule.paths.map((path) => {
    const results = path.criteria.map((id) => byId.get(id));
    return {
      id: path.id,
      label: path.label,
      criteria: [...path.criteria],
      satisfied:
        results.every((result) => result !== undefined && !isFailing(result)) &&
        results.some((result) => result?.status === 'met'),
    };
  });
  const pathFailing = (path: DecisionPathResult) =>
    failingIds(path.criteria.flatMap((id) => byId.get(id) ?? []));
  const satisfied = paths.find((path) => path.satisfied);

  if (outsideFailing.length === 0 && satisfied)
    return {
      recommendation: 'overturn',
      driving: [...metIds(outside), ...metIds(satisfied.criteria.flatMap((id) => byId.get(id) ?? []))],
      toFix: [],
      paths,
    };
  const unique = (ids: string[]) => [...new Set(ids)];
  const applies = (path: DecisionPathResult) =>
    path.criteria.some((id) => byId.get(id)?.status !== 'not_applicable');
  const closest =
    satisfied ?? paths.filter(applies).sort((a, b) => pathFailing(a).length - pathFailing(b).length)[0];
  return {
    recommendation: 'uphold',
    driving: unique([...outsideFailing, ...(satisfied ? [] : paths.flatMap(pathFailing))]),
    toFix: unique([...outsideFailing, ...(closest && !satisfied ? pathFailing(closest) : [])]),
    paths,
  };
}

function describeRule(set: GuidelineSet): string {
  if (set.decisionRule.kind === 'all_required') return 'All required criteria must be met.';
  const alternatives = set.decisionRule.paths.map((path) => path.label);
  return `All required criteria must be met, and all criteria of one path: ${alternatives.join(', or ')}.`;
}

function summarizeWouldMeet(requestNoun: string, entries: WouldMeet[]): string[] {
  const requestTexts: string[] = [];
  const requestLabels: string[] = [];
  const documentation: string[] = [];
  for (const { kind, text, label } of entries) {
    if (kind === 'request') {
      requestTexts.push(text);
      requestLabels.push(label);
    } else {
      documentation.push(`${text} would meet the ${label} criterion.`);
    }
  }
  const summary: string[] = [];
  if (requestTexts.length > 0) {
    const noun = requestLabels.length === 1 ? 'criterion' : 'criteria';
    summary.push(
      `A ${requestNoun} ${requestTexts.join(', ')} would meet the ${joinAnd(requestLabels)} ${noun}.`,
    );
  }
  return [...summary, ...documentation];
}

function countStatuses(criteria: CriterionResult[]): Record<CriterionStatus, number> {
  const counts: Record<CriterionStatus, number> = {
    met: 0,
    not_met: 0,
    not_documented: 0,
    not_applicable: 0,
  };
  for (const result of criteria) counts[result.status] += 1;
  return counts;
}

const RECOMMENDED_DECISION = { overturn: 'overturned', uphold: 'upheld' } as const;
const DECISION_WORDS = { upheld: 'Upheld', overturned: 'Overturned' } as const;

function finalDecision(
  review: ItemReview,
  recommendation: Recommendation | null,
  warnings: string[],
): Pick<ItemEvaluation, 'decision' | 'decisionSource' | 'decisionContradicts'> {
  const reviewer = review.decision;
  if (reviewer === '') {
    return recommendation
      ? {
          decision: RECOMMENDED_DECISION[recommendation],
          decisionSource: 'recommendation',
          decisionContradicts: false,
        }
      : { decision: null, decisionSource: 'none', decisionContradicts: false };
  }
  const contradicts = recommendation !== null && RECOMMENDED_DECISION[recommendation] !== reviewer;
  if (contradicts && review.decisionReason.trim() === '')
    warnings.push(
      `The decision (${DECISION_WORDS[reviewer]}) contradicts the criteria, which point to ${DECISION_WORDS[RECOMMENDED_DECISION[recommendation]]}; record the reason for it.`,
    );
  return { decision: reviewer, decisionSource: 'reviewer', decisionContradicts: contradicts };
}

/**
 * The criteria a letter cites for the decision: those that decide it, and advisory criteria whose
 * finding points the same way (letters cite the ODG six-visit trial beside the MTUS allowance,
 * CM17-0013754). Not-applicable criteria are never among them.
 */
function citedForDecision(criteria: CriterionResult[], decided: Decided): string[] {
  const agreeing: CriterionStatus = decided.recommendation === 'uphold' ? 'not_met' : 'met';
  const advisory = criteria.filter((result) => !result.required && result.status === agreeing);
  return [...decided.driving, ...advisory.map((result) => result.criterionId)];
}

/** The path a letter cites: the one that carries an overturn, else the set's main (first) path. */
function citedPath(set: GuidelineSet, paths: DecisionPathResult[] | undefined): DecisionPath | undefined {
  if (set.decisionRule.kind !== 'any_path' || !paths) return undefined;
  const deciding = paths.find((path) => path.satisfied) ?? paths[0];
  return set.decisionRule.paths.find((path) => path.id === deciding?.id);
}

/**
 * The guideline line as letters print it, from the citations of the criteria evaluated. When a
 * criterion that decides (`deciding`) cites a source outside the MTUS other than the set's own
 * guideline, the line adds it as the letters do: "<MTUS line>. Decision based on Non-MTUS Citation
 * Official Disability Guidelines (ODG) Fitness for Duty, Functional capacity evaluation (FCE)" (the
 * letter prefixes the whole line with "Decision based on " and ends it with a period).
 */
export function formatGuidelineLine(
  set: GuidelineSet,
  criteria: CriterionResult[],
  path?: DecisionPath,
  deciding: readonly string[] = [],
): string {
  const line = ownGuidelineLine(set, criteria, path);
  const decidingIds = new Set(deciding);
  const nonMtus = criteria
    .filter(
      (result) =>
        decidingIds.has(result.criterionId) &&
        result.status !== 'not_applicable' &&
        result.citation.edition === NON_MTUS_EDITION &&
        result.citation.guideline !== set.guideline,
    )
    .map((result) => [result.citation.guideline, result.citation.section].filter(Boolean).join(', '));
  return [...new Set(nonMtus)].reduce(
    (text, citation) => `${text}. Decision based on Non-MTUS Citation ${citation}`,
    line,
  );
}

function ownGuidelineLine(set: GuidelineSet, criteria: CriterionResult[], path?: DecisionPath): string {
  const { name, style } = set.letterLine;
  if (path?.citedSection && style !== 'name_only') return `${name}, Section(s): ${path.citedSection}`;
  const own = criteria.filter(
    (result) =>
      result.citation.guideline === set.guideline &&
      result.citation.edition === set.edition &&
      result.status !== 'not_applicable',
  );
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  const sections = distinct(own.map((result) => result.citation.section));
  const pages = distinct(own.map((result) => result.citation.pages));
  if (style === 'name_only') return name;
  if (style === 'sections') return sections.length > 0 ? `${name}, Section(s): ${sections.join(', ')}` : name;
  return [name, ...sections].join(', ') + (pages.length > 0 ? `, Page(s): ${pages.join(', ')}` : '');
}

// ---------- evidence hierarchy (no MTUS set applies) ----------

export const EVIDENCE_SOURCE_LABELS: Record<(typeof EVIDENCE_SOURCES)[number], string> = {
  odg: 'Official Disability Guidelines (ODG)',
  acoem: 'ACOEM Practice Guidelines',
  other_guideline: 'Other evidence-based guideline',
  peer_reviewed: 'Peer-reviewed scientific and medical evidence',
  expert_opinion: 'Expert opinion',
};

export const SOURCE_NAMED_CRITERION_ID = 'evidence-source-named';

const SEARCH_SEQUENCE_CITATION: Citation = {
  guideline: 'California Code of Regulations, title 8',
  edition: '',
  section: '9792.21.1 Medical evidence search sequence',
};

function evidenceCitationText(review: ItemReview): string {
  const citation = review.evidenceCitation.trim();
  if (citation) return citation;
  return review.evidenceSource ? EVIDENCE_SOURCE_LABELS[review.evidenceSource] : '';
}

function evaluateEvidencePath(
  item: DisputedItem,
  itemIndex: number,
  reason: string,
  base: ItemBase,
): ItemEvaluation {
  const review = item.review;
  const warnings = base.warnings;
  warnings.push(
    `${reason} Record the evidence source and the criteria applied: not being addressed by the MTUS is never by itself a reason to uphold (8 CCR 9792.21(d)).`,
  );
  const sourceText = evidenceCitationText(review);
  const sourceNamed = review.evidenceSource !== '' && review.evidenceCitation.trim() !== '';
  const sourceStatus: CriterionStatus = sourceNamed ? 'met' : 'not_documented';
  const sourceCriterion: CriterionResult = {
    criterionId: SOURCE_NAMED_CRITERION_ID,
    statement: 'The evidence source applied and its citation are named (medical evidence search sequence).',
    citation: SEARCH_SEQUENCE_CITATION,
    kind: 'computed',
    required: true,
    status: sourceStatus,
    computedStatus: sourceStatus,
    source: 'computed',
    evidence: sourceNamed
      ? `Source: ${EVIDENCE_SOURCE_LABELS[review.evidenceSource as keyof typeof EVIDENCE_SOURCE_LABELS] ?? ''}; citation: ${review.evidenceCitation.trim()}.`
      : 'The evidence source or its citation is not recorded.',
    note: '',
    fieldPaths: ['review.evidenceSource', 'review.evidenceCitation'].map((path) =>
      resolveFieldPath(path, itemIndex),
    ),
    confirmed: true,
    confirmationNote: '8 CCR 9792.21.1: the reviewer names the tier and source used when the MTUS is silent.',
    ...(sourceNamed
      ? {}
      : { wouldMeet: 'Naming the evidence source and its citation would meet this criterion.' }),
  };
  const citation: Citation = { guideline: sourceText || 'Evidence source not named', edition: '' };
  // An imported file may repeat an id: each criterion keeps its own answer under an id of its own,
  // so the deciding criteria never name one id with two statuses.
  const usedIds = new Set([sourceCriterion.criterionId]);
  const uniqueId = (id: string) => {
    let candidate = id;
    for (let n = 2; usedIds.has(candidate); n += 1) candidate = `${id}-${n}`;
    usedIds.add(candidate);
    return candidate;
  };
  const free = review.freeCriteria.map((entry, index): CriterionResult => {
    const answered = entry.answer !== '';
    const status: CriterionStatus = answered ? entry.answer || 'not_documented' : 'not_documented';
    return {
      criterionId: uniqueId(entry.id || `free-criterion-${index + 1}`),
      statement: entry.text.trim() || `Criterion ${index + 1} (text not entered)`,
      citation,
      kind: 'judgment',
      required: true,
      status,
      computedStatus: status,
      source: answered ? 'reviewer' : 'unanswered',
      // The note is the criterion's own (shown once, as the reviewer's), not part of the evidence.
      evidence:
        entry.answer === '' ? "Awaiting the reviewer's answer." : reviewerAnswerSentence(entry.answer),
      note: entry.note,
      fieldPaths: [resolveFieldPath(`review.freeCriteria.${index}.answer`, itemIndex)],
      confirmed: true,
      confirmationNote: 'Entered by the reviewer from the named evidence source.',
    };
  });
  const criteria = [sourceCriterion, ...free];
  const anyAnswered = free.some((result) => result.source === 'reviewer');
  const failing = failingIds(criteria);
  const recommendation: Recommendation | null = anyAnswered
    ? failing.length > 0
      ? 'uphold'
      : 'overturn'
    : null;
  const driving =
    recommendation === null ? [] : recommendation === 'uphold' ? failing : criteria.map((c) => c.criterionId);
  const stray = Object.keys(review.criteria).filter((id) => {
    const entry = reviewEntry(review, id);
    return entry !== undefined && (entry.answer !== '' || entry.note.trim() !== '');
  });
  if (stray.length > 0)
    warnings.push(
      `Answers recorded for MTUS criteria are kept but not used on this path: ${stray.join(', ')}.`,
    );
  return {
    ...base,
    guidelineSet: null,
    path: 'evidence_hierarchy',
    criteria,
    counts: countStatuses(criteria),
    recommendation,
    drivingCriteria: driving,
    decisionRule:
      'The evidence source must be named, and every criterion the reviewer applied from it must be met. No recommendation until a criterion is answered.',
    ...finalDecision(review, recommendation, warnings),
    // Letters print "Decision based on Non-MTUS Citation <source>" for this path.
    guidelineLine: sourceText ? `Non-MTUS Citation ${sourceText}` : '',
    wouldMeetSummary: sourceNamed
      ? []
      : ['Naming the evidence source and its citation would meet the source criterion.'],
    evidencePathReason: reason,
  };
}
