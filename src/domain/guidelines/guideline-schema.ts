/**
 * Guideline sets as versioned data (decision 003). A set is one guideline topic in one edition
 * (e.g. CPMTG 2009, "Work conditioning, work hardening"), in force for requests in a date range,
 * with a decision rule and criteria. Criteria are our own paraphrase with a citation, never
 * guideline text. Conditions name facts from the fact registry (facts.ts); the evaluator
 * interprets condition kinds and set metadata and never branches on a criterion id or a service.
 */
import * as z from 'zod';
import { SERVICE_TYPES } from '../case/case-schema';
import { isValidIsoDate } from '../dates/dates';

const NonEmpty = z.string().min(1);
const IsoDate = z.string().refine(isValidIsoDate, 'Expected a valid YYYY-MM-DD date');
const CriterionId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Criterion ids are kebab-case');

/** The edition of a citation outside the MTUS (ODG...): letters print it after "Non-MTUS Citation". */
export const NON_MTUS_EDITION = 'non-MTUS';

export const CitationSchema = z.object({
  /** e.g. "MTUS Chronic Pain Medical Treatment Guidelines" */
  guideline: NonEmpty,
  /** e.g. "2009" */
  edition: z.string(),
  pages: NonEmpty.optional(),
  section: NonEmpty.optional(),
});
export type GuidelineCitation = z.output<typeof CitationSchema>;

/** A period of time; at least one part is given. */
export const PeriodSchema = z
  .object({
    years: z.number().int().min(0).optional(),
    months: z.number().int().min(0).optional(),
    days: z.number().int().min(0).optional(),
  })
  .refine((p) => (p.years ?? 0) + (p.months ?? 0) + (p.days ?? 0) > 0, 'A period needs a length');
export type Period = z.output<typeof PeriodSchema>;

export interface SwitchCase {
  condition: Condition;
  /** Replaces the criterion's `wouldMeet.text` when this case applies. */
  wouldMeet?: string | undefined;
  /** Merged over the criterion's citation when this case applies (e.g. a body-part section). */
  citation?: Partial<GuidelineCitation> | undefined;
}

/**
 * What a criterion tests. Leaf kinds read one fact (two for date_within); a missing or malformed
 * fact always yields "not documented". `requirement` overrides the generated wording of what the
 * guideline asks for ("3-5 days/week").
 */
export type Condition =
  | {
      kind: 'number_range';
      fact: string;
      min: number;
      max: number;
      unit: string;
      requirement?: string | undefined;
    }
  | { kind: 'at_most'; fact: string; max: number; unit: string; requirement?: string | undefined }
  | { kind: 'at_least'; fact: string; min: number; unit: string; requirement?: string | undefined }
  | { kind: 'boolean_fact'; fact: string; expected: boolean; requirement: string }
  /** `toFact` falls on or after `fromFact` and no later than `fromFact` + period. */
  | {
      kind: 'date_within';
      fromFact: string;
      toFact: string;
      period: Period;
      requirement?: string | undefined;
    }
  | {
      kind: 'date_compare';
      fact: string;
      op: 'before' | 'on_or_after';
      date: string;
      requirement?: string | undefined;
    }
  /** Every (default) or some value of the fact is one of `values`. */
  | {
      kind: 'enum_in';
      fact: string;
      values: string[];
      mode?: 'every' | 'some' | undefined;
      requirement?: string | undefined;
    }
  /** No value of the fact is one of `values`. */
  | { kind: 'enum_not_in'; fact: string; values: string[]; requirement?: string | undefined }
  | { kind: 'all'; conditions: Condition[] }
  | { kind: 'any'; conditions: Condition[] }
  | { kind: 'not'; condition: Condition }
  /**
   * A rule with exceptions: met when the rule or any exception is met. An exception that is not
   * documented counts as absent, so a failed rule stays "not met" (e.g. the 24-visit cap unless the
   * employer authorized more in writing).
   */
  | { kind: 'unless'; condition: Condition; exceptions: Condition[] }
  /** Picks a condition by the value of an enum fact (e.g. visit limits by diagnosis category). */
  | { kind: 'switch'; fact: string; cases: Record<string, SwitchCase>; default?: Condition | undefined }
  /**
   * The reviewer answers (review.criteria[criterionId]). `settledBy`: a reading of the records that
   * meets the criterion while the reviewer has not answered (e.g. a diagnosis the guideline names as
   * a use); when it is not met the answer is awaited, and an answer always replaces it.
   */
  | { kind: 'judgment'; settledBy?: Condition | undefined }
  /** The guideline does not recommend the service: never met unless the reviewer overrides. */
  | { kind: 'not_recommended'; text: string };

export type ConditionKind = Condition['kind'];

/** Fact names a condition reads (for field paths and registry checks). */
export function factsUsedBy(condition: Condition): string[] {
  switch (condition.kind) {
    case 'date_within':
      return [condition.fromFact, condition.toFact];
    case 'all':
    case 'any':
      return condition.conditions.flatMap(factsUsedBy);
    case 'not':
      return factsUsedBy(condition.condition);
    case 'unless':
      return [condition.condition, ...condition.exceptions].flatMap(factsUsedBy);
    case 'switch':
      return [
        condition.fact,
        ...Object.values(condition.cases).flatMap((entry) => factsUsedBy(entry.condition)),
        ...(condition.default ? factsUsedBy(condition.default) : []),
      ];
    case 'judgment':
      return condition.settledBy ? factsUsedBy(condition.settledBy) : [];
    case 'not_recommended':
      return [];
    default:
      return [condition.fact];
  }
}

const Requirement = NonEmpty.optional();

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('number_range'),
      fact: NonEmpty,
      min: z.number(),
      max: z.number(),
      unit: z.string(),
      requirement: Requirement,
    }),
    z.object({
      kind: z.literal('at_most'),
      fact: NonEmpty,
      max: z.number(),
      unit: z.string(),
      requirement: Requirement,
    }),
    z.object({
      kind: z.literal('at_least'),
      fact: NonEmpty,
      min: z.number(),
      unit: z.string(),
      requirement: Requirement,
    }),
    z.object({
      kind: z.literal('boolean_fact'),
      fact: NonEmpty,
      expected: z.boolean(),
      requirement: NonEmpty,
    }),
    z.object({
      kind: z.literal('date_within'),
      fromFact: NonEmpty,
      toFact: NonEmpty,
      period: PeriodSchema,
      requirement: Requirement,
    }),
    z.object({
      kind: z.literal('date_compare'),
      fact: NonEmpty,
      op: z.enum(['before', 'on_or_after']),
      date: IsoDate,
      requirement: Requirement,
    }),
    z.object({
      kind: z.literal('enum_in'),
      fact: NonEmpty,
      values: z.array(NonEmpty).min(1),
      mode: z.enum(['every', 'some']).optional(),
      requirement: Requirement,
    }),
    z.object({
      kind: z.literal('enum_not_in'),
      fact: NonEmpty,
      values: z.array(NonEmpty).min(1),
      requirement: Requirement,
    }),
    z.object({ kind: z.literal('all'), conditions: z.array(ConditionSchema).min(1) }),
    z.object({ kind: z.literal('any'), conditions: z.array(ConditionSchema).min(1) }),
    z.object({ kind: z.literal('not'), condition: ConditionSchema }),
    z.object({
      kind: z.literal('unless'),
      condition: ConditionSchema,
      exceptions: z.array(ConditionSchema).min(1),
    }),
    z.object({
      kind: z.literal('switch'),
      fact: NonEmpty,
      cases: z.record(
        NonEmpty,
        z.object({
          condition: ConditionSchema,
          wouldMeet: NonEmpty.optional(),
          citation: CitationSchema.partial().optional(),
        }),
      ),
      default: ConditionSchema.optional(),
    }),
    z.object({ kind: z.literal('judgment'), settledBy: ConditionSchema.optional() }),
    z.object({ kind: z.literal('not_recommended'), text: NonEmpty }),
  ]),
);

/**
 * What would meet a failing criterion. 'request' phrases follow the set's request noun ("of
 * 3-5 days/week", "completed in 4 weeks or less") and are joined into one sentence ("A program of
 * 3-5 days/week, ..., completed in 4 weeks or less would meet the frequency and duration
 * criteria."); 'documentation' phrases stand alone ("Documentation of ...").
 */
export const WouldMeetSchema = z.object({
  kind: z.enum(['request', 'documentation']),
  /** request: "of 3-5 days/week, at least 4 hours/day"; documentation: "Documentation of ..." */
  text: NonEmpty,
  /** Short name used in the summary: "frequency". */
  label: NonEmpty,
});
export type WouldMeet = z.output<typeof WouldMeetSchema>;

export const CriterionSchema = z.object({
  /** Stable and readable; never changes once shipped (a changed rule gets a new id). */
  id: CriterionId,
  /** Our plain-words paraphrase, never guideline text. */
  statement: NonEmpty,
  citation: CitationSchema,
  kind: z.enum(['computed', 'judgment']),
  /** Whether the criterion takes part in the set's decision rule (false = advisory only). */
  required: z.boolean(),
  condition: ConditionSchema,
  /** The criterion applies only when this is met; otherwise it is "not applicable". */
  appliesWhen: z.object({ condition: ConditionSchema, description: NonEmpty }).optional(),
  /** Case fields that feed it: item-relative ("frequencyPerWeek") or case-level ("injury.dateOfInjury"). */
  fieldPaths: z.array(NonEmpty).min(1),
  wouldMeet: WouldMeetSchema.optional(),
  /**
   * The letter's words for the finding when the criterion is not met, for a statement phrased as a
   * rule or a negation ("TENS is not recommended for neck and upper back complaints.", "Surgery is
   * not planned."): "<statement>: not met." would leave the reader unsure what was found. A clause
   * that opens a sentence and also follows "because" in the conclusion, true whenever the criterion
   * is not met (an override included), and stating the rule itself: the letter quotes only the
   * facts of the evidence after it ("Body region: elbow, knee."), not its "the guideline requires"
   * half. E.g. "The guideline does not recommend TENS for neck and upper back complaints, and this
   * request is for the neck or upper back". Our own words, like the statement.
   */
  whenNotMet: NonEmpty.optional(),
  /**
   * For a statement phrased as a rule, the criterion as a requirement the case meets ("The request
   * is limited to regions other than ..."): what the letter prints with "met" and lists among
   * criteria the records do not document, where the rule itself would read as the thing found.
   */
  asRequirement: NonEmpty.optional(),
  /**
   * A check of the request itself (is the body part named?): the letter states it only when it
   * fails, since "met" would only say the request is complete. The panel always shows it.
   */
  quietWhenMet: z.boolean().optional(),
  /** False while the rule (or its page citation) is unconfirmed against the sources. */
  confirmed: z.boolean(),
  /** The catalogue's status tag in words, with its sources. */
  confirmationNote: NonEmpty,
});
export type Criterion = z.output<typeof CriterionSchema>;

export const DecisionPathSchema = z.object({
  id: CriterionId,
  /** "initial trial", "continued care with functional improvement" */
  label: NonEmpty,
  criteria: z.array(CriterionId).min(1),
  /**
   * The one section a letter cites when this path decides (letters cite "3.3.3 ... Initiation",
   * not every section its criteria draw on); without it the line lists its criteria's sections.
   */
  citedSection: NonEmpty.optional(),
});
export type DecisionPath = z.output<typeof DecisionPathSchema>;

/**
 * all_required: every required criterion met -> overturn. any_path: every required criterion
 * outside the paths met, and every criterion of at least one path met -> overturn.
 */
export const DecisionRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all_required') }),
  z.object({ kind: z.literal('any_path'), paths: z.array(DecisionPathSchema).min(2) }),
]);
export type DecisionRule = z.output<typeof DecisionRuleSchema>;

export const GuidelineSetSchema = z
  .object({
    id: CriterionId,
    /** "MTUS Chronic Pain Medical Treatment Guidelines (2009): Work conditioning, work hardening" */
    title: NonEmpty,
    guideline: NonEmpty,
    edition: NonEmpty,
    /** First request date the set applies to. */
    effectiveFrom: IsoDate,
    /** First request date it no longer applies to (exclusive); absent = still in force. */
    effectiveTo: IsoDate.optional(),
    services: z.array(z.enum(SERVICE_TYPES)).min(1),
    /** A specific set (e.g. one modality): chosen only when this is met, before general sets. */
    appliesOnlyWhen: ConditionSchema.optional(),
    /**
     * The set does not address the request when any of these is met (e.g. neck manipulation, or
     * shockwave therapy of a region without an ESWT rule); the first met gives the reason.
     */
    excludedWhen: z
      .array(z.object({ condition: ConditionSchema, note: NonEmpty }))
      .min(1)
      .optional(),
    /**
     * The request is judged under another service type's guideline when this is met: post-surgical
     * therapy requested after the post-surgical period falls under the non-surgical guidelines.
     * `note` is the reason as the panel and the letter state it.
     */
    judgedAsWhen: z
      .object({
        condition: ConditionSchema,
        serviceType: z.enum(SERVICE_TYPES),
        note: NonEmpty,
        confirmed: z.boolean(),
        confirmationNote: NonEmpty,
      })
      .optional(),
    /** How the letter names it: "MTUS Chronic Pain Medical Treatment 2016" + sections or pages. */
    letterLine: z.object({ name: NonEmpty, style: z.enum(['pages', 'sections', 'name_only']) }),
    /** "program", "course": used in "A program of ... would meet ...". */
    requestNoun: NonEmpty,
    decisionRule: DecisionRuleSchema,
    criteria: z.array(CriterionSchema).min(1),
    note: NonEmpty.optional(),
    /** Registry facts shown above the criteria as "Computed facts" (e.g. the MED with its arithmetic). */
    displayFacts: z.array(NonEmpty).optional(),
    /** Sentences the letter rationale adds for a decision (e.g. weaning is left to the treating physician). */
    rationaleNotes: z
      .array(z.object({ decision: z.enum(['upheld', 'overturned']), text: NonEmpty }))
      .optional(),
  })
  .superRefine((set, ctx) => {
    const ids = new Set<string>();
    for (const criterion of set.criteria) {
      if (ids.has(criterion.id))
        ctx.addIssue({ code: 'custom', message: `Duplicate criterion id ${criterion.id}` });
      ids.add(criterion.id);
      if ((criterion.kind === 'judgment') !== (criterion.condition.kind === 'judgment'))
        ctx.addIssue({ code: 'custom', message: `${criterion.id}: kind must match its condition` });
    }
    if (set.judgedAsWhen && set.services.includes(set.judgedAsWhen.serviceType))
      ctx.addIssue({ code: 'custom', message: `${set.id}: judgedAsWhen must name another service type` });
    if (set.effectiveTo !== undefined && set.effectiveTo <= set.effectiveFrom)
      ctx.addIssue({ code: 'custom', message: `${set.id}: effectiveTo must follow effectiveFrom` });
    if (set.decisionRule.kind === 'any_path') {
      for (const path of set.decisionRule.paths) {
        for (const id of path.criteria) {
          const criterion = set.criteria.find((c) => c.id === id);
          if (!criterion)
            ctx.addIssue({ code: 'custom', message: `Path ${path.id} names unknown criterion ${id}` });
          else if (!criterion.required)
            ctx.addIssue({ code: 'custom', message: `Path ${path.id}: criterion ${id} must be required` });
        }
      }
    }
  });
export type GuidelineSet = z.output<typeof GuidelineSetSchema>;

/**
 * Why no set applies to a service on a date (e.g. the ACOEM-based MTUS from 2017-12-01 has no
 * encoded rules for it): the evaluator routes to the evidence hierarchy and shows this note.
 */
export const CoverageNoteSchema = z.object({
  id: CriterionId,
  services: z.array(z.enum(SERVICE_TYPES)).min(1),
  effectiveFrom: IsoDate.optional(),
  effectiveTo: IsoDate.optional(),
  note: NonEmpty,
});
export type CoverageNote = z.output<typeof CoverageNoteSchema>;

export const GuidelineLibrarySchema = z
  .object({ sets: z.array(GuidelineSetSchema), coverageNotes: z.array(CoverageNoteSchema) })
  .superRefine((library, ctx) => {
    const ids = new Set<string>();
    for (const set of library.sets) {
      if (ids.has(set.id)) ctx.addIssue({ code: 'custom', message: `Duplicate set id ${set.id}` });
      ids.add(set.id);
    }
    // Two general sets for one service on one date would make the choice arbitrary.
    const general = library.sets.filter((set) => set.appliesOnlyWhen === undefined);
    general.forEach((a, i) => {
      for (const b of general.slice(i + 1)) {
        const sharesService = a.services.some((service) => b.services.includes(service));
        if (sharesService && rangesOverlap(a, b))
          ctx.addIssue({
            code: 'custom',
            message: `Sets ${a.id} and ${b.id} overlap for a service and date`,
          });
      }
    });
  });
export type GuidelineLibrary = z.output<typeof GuidelineLibrarySchema>;

function rangesOverlap(
  a: { effectiveFrom: string; effectiveTo?: string | undefined },
  b: { effectiveFrom: string; effectiveTo?: string | undefined },
): boolean {
  const aEndsBeforeB = a.effectiveTo !== undefined && a.effectiveTo <= b.effectiveFrom;
  const bEndsBeforeA = b.effectiveTo !== undefined && b.effectiveTo <= a.effectiveFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}
