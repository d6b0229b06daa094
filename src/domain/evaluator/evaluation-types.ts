/**
 * What `evaluate` returns: the contract between the evaluator, the criteria panel and the letter.
 * Renderers show these results; they never recompute a criterion.
 */
import type { ServiceType } from '../case/case-schema';

export type CriterionStatus = 'met' | 'not_met' | 'not_documented' | 'not_applicable';

/** computed: from case data; judgment: the reviewer answers it. */
export type CriterionKind = 'computed' | 'judgment';

/** Where the final status came from (shown on every criterion, everywhere). */
export type StatusSource = 'computed' | 'overridden' | 'reviewer' | 'unanswered';

export type Recommendation = 'overturn' | 'uphold';

export interface Citation {
  /** e.g. "MTUS Chronic Pain Medical Treatment Guidelines" */
  guideline: string;
  /** e.g. "2009" */
  edition: string;
  /** e.g. "125-126"; section name when the edition cites sections, not pages. */
  pages?: string;
  section?: string;
}

export interface CriterionResult {
  criterionId: string;
  /** Short statement in plain words (our paraphrase, never guideline text). */
  statement: string;
  citation: Citation;
  kind: CriterionKind;
  /** Whether this criterion decides the outcome under the set's decision rule. */
  required: boolean;
  status: CriterionStatus;
  /** What the computation alone said, before any reviewer override. */
  computedStatus: CriterionStatus;
  source: StatusSource;
  /** Sentence with the facts used: "Requested 2 days/week; the guideline requires 3-5 days/week." */
  evidence: string;
  /** Reviewer's note (required for overrides). */
  note: string;
  /** Case field paths that feed this criterion, for "go to field" links (e.g. "disputedItems.0.frequencyPerWeek"). */
  fieldPaths: string[];
  /** For a failing criterion: what would meet it ("a program of 3-5 days/week would meet this"). */
  wouldMeet?: string;
  /** The letter's words for the finding when not met (the set's `whenNotMet`), for rule-style statements. */
  whenNotMet?: string;
  /** The criterion as a requirement, for "met" and "not documented" in a letter (the set's `asRequirement`). */
  asRequirement?: string;
  /** The letter leaves it out when met (the set's `quietWhenMet`): a check of the request itself. */
  quietWhenMet?: boolean;
  /**
   * Sentences of `evidence` that state the guideline's rule and no fact of the case (the text of a
   * service the guideline does not recommend): a letter leaves them out, since its finding already
   * states the criterion.
   */
  ruleEvidence?: string[];
  /** Catalogue status: false when the rule is still unconfirmed against real letters. */
  confirmed: boolean;
  /** Source note shown with the "unconfirmed" tag. */
  confirmationNote?: string;
}

export interface GuidelineSetRef {
  id: string;
  title: string;
  edition: string;
  effectiveFrom: string;
  effectiveTo?: string;
}

export interface ItemEvaluation {
  itemId: string;
  itemIndex: number;
  serviceType: string;
  /** null when no MTUS set covers the service: the evidence-hierarchy path applies. */
  guidelineSet: GuidelineSetRef | null;
  /** 'mtus' or 'evidence_hierarchy' (MTUS silent). */
  path: 'mtus' | 'evidence_hierarchy';
  /** The date the set was chosen by (request date, or fallback), and warnings about it. */
  asOfDate: string | null;
  warnings: string[];
  criteria: CriterionResult[];
  counts: Record<CriterionStatus, number>;
  /** null when the recommendation cannot be formed yet (e.g. MTUS-silent path with no criteria). */
  recommendation: Recommendation | null;
  /** Criterion ids that drive the recommendation. */
  drivingCriteria: string[];
  /** The set's decision rule in words ("All required criteria must be met"). */
  decisionRule: string;
  /** Reviewer's final decision ('' = not set) and whether it contradicts the recommendation. */
  decision: 'upheld' | 'overturned' | null;
  decisionSource: 'recommendation' | 'reviewer' | 'none';
  decisionContradicts: boolean;
  /**
   * Guideline line for the letter, printed after "Decision based on ": "MTUS Chronic Pain Medical
   * Treatment Guidelines (2009), Work conditioning, work hardening, Page(s): 125-126"; on the
   * evidence-hierarchy path "Non-MTUS Citation <source>" ('' until the source is named).
   */
  guidelineLine: string;
  /** Summary of what would meet the guideline for a failing request. */
  wouldMeetSummary: string[];
  /** Evidence-hierarchy path: why no MTUS set applies (e.g. "MTUS silent", an edition not encoded). */
  evidencePathReason?: string;
  /**
   * The request is judged under another service type's guideline (post-surgical therapy after the
   * post-surgical period, under the non-surgical guidelines): why, and the set its own type chose.
   */
  judgedAs?: {
    serviceType: ServiceType;
    note: string;
    evidence: string;
    from: GuidelineSetRef;
    confirmed: boolean;
    confirmationNote: string;
  };
  /** The MTUS set that covers the request when the reviewer set it aside (review.mtusNotApplicableReason). */
  mtusSetAside?: GuidelineSetRef;
  /** For sets decided by alternative paths (e.g. initial trial or continued care): each path's state. */
  decisionPaths?: DecisionPathResult[];
  /** Facts the set shows with how they were computed ("MED 40 MME/day" with the arithmetic per drug). */
  computedFacts?: ComputedFact[];
  /** Sentences the set adds to the letter rationale for a decision. */
  rationaleNotes?: { decision: 'upheld' | 'overturned'; text: string }[];
}

export interface ComputedFact {
  label: string;
  value: string;
  /** How it was reached, or what to check. */
  detail?: string;
}

export interface DecisionPathResult {
  id: string;
  label: string;
  criteria: string[];
  /** Every criterion of the path is met or not applicable, and at least one is met. */
  satisfied: boolean;
}

export interface Evaluation {
  asOf: string;
  items: ItemEvaluation[];
}
