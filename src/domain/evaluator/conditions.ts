/**
 * Interprets guideline conditions against the case: a status plus evidence sentences that quote the
 * facts ("Requested 2 days/week; the guideline requires 3-5 days/week."). Pure and total: unknown
 * facts, wrong types and malformed values all give "not documented", never an exception.
 */
import {
  addDays,
  addYears,
  daysBetween,
  formatUsDate,
  toDayNumber,
  wholeMonthsBetween,
} from '../dates/dates';
import {
  describeFact,
  type FactBounds,
  type FactContext,
  type FactDefinition,
  type FactValue,
  formatFactValue,
  formatNumber,
  getFact,
} from '../guidelines/facts';
import type { Condition, GuidelineCitation, Period } from '../guidelines/guideline-schema';
import { counted } from '../text/wording';

export type ConditionStatus = 'met' | 'not_met' | 'not_documented';

export interface ConditionOutcome {
  status: ConditionStatus;
  /** Sentences, in condition order. */
  evidence: string[];
  /** From the switch case that applied. */
  wouldMeet?: string;
  citation?: Partial<GuidelineCitation>;
  /** True when the status came from the reviewer's answer (a judgment node). */
  judged?: boolean;
  /**
   * The finding and the requirement, apart (leaf conditions and combinations of them), so a failing
   * "any" can say once what was found and which alternatives the guideline accepts.
   */
  parts?: FindingParts;
  /**
   * Evidence sentences that state the rule and no fact of the case (a not-recommended node's
   * text), kept through an "unless" (whether or not an exception applies).
   */
  ruleEvidence?: string[];
}

export interface FindingParts {
  /** "Age 39" */
  found: string;
  /** "an age over 65" */
  requirement: string;
}

export interface ReviewerAnswer {
  answer: '' | 'met' | 'not_met';
  note: string;
}

export interface ConditionContext extends FactContext {
  /** The reviewer's answer for the criterion being evaluated (judgment nodes read it). */
  reviewerAnswer?: ReviewerAnswer | undefined;
}

type Expected = 'number' | 'boolean' | 'date' | 'enum';

interface Read {
  fact: FactDefinition | undefined;
  value: FactValue | undefined;
}

function read(name: string, expected: Expected, ctx: FactContext): Read {
  const fact = getFact(name);
  if (!fact) return { fact, value: undefined };
  const value = fact.get(ctx);
  if (value === undefined) return { fact, value };
  const ok =
    expected === 'number'
      ? typeof value === 'number' && Number.isFinite(value)
      : expected === 'boolean'
        ? typeof value === 'boolean'
        : expected === 'date'
          ? typeof value === 'string' && toDayNumber(value) !== null
          : typeof value === 'string' || Array.isArray(value);
  return { fact, value: ok ? value : undefined };
}

const sentence = (text: string): string => {
  const trimmed = text.trim();
  const capitalized = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
};

/** "Finding; the guideline requires requirement." with the two parts kept for combinations. */
const finding = (found: string, requirement: string): Pick<ConditionOutcome, 'evidence' | 'parts'> => ({
  evidence: [sentence(`${found}; the guideline requires ${requirement}`)],
  parts: { found, requirement },
});

function missing(name: string, fact: FactDefinition | undefined, requirement: string): ConditionOutcome {
  const what = fact ? `${fact.label} not documented` : `Unknown fact "${name}" (guideline data error)`;
  return { status: 'not_documented', ...finding(what, requirement) };
}

function leaf(
  name: string,
  expected: Expected,
  ctx: FactContext,
  unit: string,
  requirement: string,
  test: (value: FactValue) => boolean,
): ConditionOutcome {
  const { fact, value } = read(name, expected, ctx);
  if (!fact || value === undefined) return missing(name, fact, requirement);
  return {
    status: test(value) ? 'met' : 'not_met',
    ...finding(describeFact(fact, value, ctx, unit), requirement),
  };
}

const withUnit = (value: number, unit: string) => `${formatNumber(value)}${unit ? ` ${unit}` : ''}`;
/** One bound with its unit in the right number: "at most 1 visit", "at least 2 weeks". */
const boundWithUnit = (value: number, unit: string) => (unit ? counted(value, unit) : formatNumber(value));

/** The numbers a number condition accepts: at most `hi`, at least `lo`, or both. */
interface Accepted {
  lo: number;
  hi: number;
}

/**
 * A number condition. A fact known only within bounds is decided when the whole range passes or the
 * whole range fails; the evidence names the bound that decided it and the range.
 */
function numberLeaf(
  name: string,
  ctx: FactContext,
  unit: string,
  requirement: string,
  accepted: Accepted,
): ConditionOutcome {
  const passes = (v: FactValue) => Number(v) >= accepted.lo && Number(v) <= accepted.hi;
  const { fact, value } = read(name, 'number', ctx);
  const bounds = fact && value === undefined ? readBounds(fact, ctx) : undefined;
  if (!fact || !bounds) return leaf(name, 'number', ctx, unit, requirement, passes);
  const { min, max } = bounds;
  const span = `${formatNumber(min)}-${boundWithUnit(max, unit)}`;
  const decided = (bound: string) =>
    `${fact.label} ${bound}${bound === span ? '' : ` (range ${span}, ${bounds.why})`}`;
  if (min >= accepted.lo && max <= accepted.hi) {
    const bound = !Number.isFinite(accepted.lo)
      ? `at most ${boundWithUnit(max, unit)}`
      : !Number.isFinite(accepted.hi)
        ? `at least ${boundWithUnit(min, unit)}`
        : span;
    return { status: 'met', ...finding(decided(bound), requirement) };
  }
  if (min > accepted.hi || max < accepted.lo) {
    const bound =
      min > accepted.hi ? `at least ${boundWithUnit(min, unit)}` : `at most ${boundWithUnit(max, unit)}`;
    return { status: 'not_met', ...finding(decided(bound), requirement) };
  }
  return {
    status: 'not_documented',
    ...finding(`${fact.label} ${span} (${bounds.why}; ${bounds.toSettle})`, requirement),
  };
}

function readBounds(fact: FactDefinition, ctx: FactContext): FactBounds | undefined {
  const bounds = fact.bounds?.(ctx);
  return bounds && Number.isFinite(bounds.min) && Number.isFinite(bounds.max) && bounds.min <= bounds.max
    ? bounds
    : undefined;
}

/** Follows the evidence of a judgment the records settled, so the reviewer knows it is theirs to change. */
export const SETTLED_BY_RECORDS = 'Read from the records until the reviewer answers.';

/** The evidence of a criterion the reviewer answered: "Reviewer's answer: not met." */
export function reviewerAnswerSentence(answer: 'met' | 'not_met'): string {
  return `Reviewer's answer: ${answer === 'met' ? 'met' : 'not met'}.`;
}

export function periodText(period: Period): string {
  const parts: string[] = [];
  const add = (n: number | undefined, unit: string) => {
    if (n) parts.push(counted(n, unit));
  };
  add(period.years, 'years');
  add(period.months, 'months');
  add(period.days, 'days');
  return joinAnd(parts);
}

export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The date `period` after `date` (month ends clamp: Jan 31 + 1 month = Feb 28/29). */
export function addPeriod(date: string, period: Period): string | null {
  const totalMonths = (period.years ?? 0) * 12 + (period.months ?? 0);
  const afterYears = addYears(date, Math.floor(totalMonths / 12));
  if (afterYears === null) return null;
  const afterMonths = addMonths(afterYears, totalMonths % 12);
  return afterMonths === null ? null : addDays(afterMonths, period.days ?? 0);
}

function addMonths(date: string, months: number): string | null {
  if (toDayNumber(date) === null) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "1 year, 3 months and 10 days" between two valid dates, from <= to. */
export function elapsedText(from: string, to: string): string {
  const months = wholeMonthsBetween(from, to) ?? 0;
  const anchor = addPeriod(from, { months: months || 0, days: 0 }) ?? from;
  const days = months > 0 ? (daysBetween(anchor, to) ?? 0) : (daysBetween(from, to) ?? 0);
  const text = periodText({ years: Math.floor(months / 12), months: months % 12, days });
  return text || '0 days';
}

function dateLabel(fact: FactDefinition, value: string, ctx: FactContext): string {
  return fact.describe ? String(fact.describe(value, ctx, '')) : `${fact.label} ${formatUsDate(value)}`;
}

function evaluateDateWithin(condition: Extract<Condition, { kind: 'date_within' }>, ctx: FactContext) {
  const requirement = condition.requirement ?? `no more than ${periodText(condition.period)}`;
  const from = read(condition.fromFact, 'date', ctx);
  const to = read(condition.toFact, 'date', ctx);
  const gaps: string[] = [];
  if (!from.fact || from.value === undefined)
    gaps.push(from.fact?.label ?? `unknown fact "${condition.fromFact}"`);
  if (!to.fact || to.value === undefined) gaps.push(to.fact?.label ?? `unknown fact "${condition.toFact}"`);
  if (gaps.length > 0 || !from.fact || !to.fact)
    return { status: 'not_documented' as const, ...finding(`${joinAnd(gaps)} not documented`, requirement) };
  const fromDate = String(from.value);
  const toDate = String(to.value);
  const toText = dateLabel(to.fact, toDate, ctx);
  const fromText = `${from.fact.label.toLowerCase()} (${formatUsDate(fromDate)})`;
  const gap = daysBetween(fromDate, toDate) ?? 0;
  if (gap < 0)
    return {
      status: 'not_documented' as const,
      evidence: [sentence(`${toText} is before the ${fromText}; check the dates`)],
    };
  const limit = addPeriod(fromDate, condition.period);
  const within = limit !== null && (daysBetween(toDate, limit) ?? -1) >= 0;
  return {
    status: within ? ('met' as const) : ('not_met' as const),
    ...finding(`${toText} is ${elapsedText(fromDate, toDate)} after the ${fromText}`, requirement),
  };
}

/** A finding inside a sentence: "One NSAID or none" -> "one NSAID or none"; "GI risk" stays. */
const midSentence = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/**
 * A failing "any" in one sentence: what was found for each alternative, then the alternatives the
 * guideline accepts, listed once ("Age 39; one NSAID or none; none of the alternatives the guideline
 * accepts is documented (an age over 65; more than one NSAID)."). Figures found are kept.
 */
function noAlternativeMet(outcomes: ConditionOutcome[]): Pick<ConditionOutcome, 'evidence' | 'parts'> {
  const parts = outcomes.map((outcome) => outcome.parts);
  if (!parts.every((part): part is FindingParts => part !== undefined))
    return { evidence: outcomes.flatMap((outcome) => outcome.evidence) };
  const found = parts.map((part, index) => (index === 0 ? part.found : midSentence(part.found))).join('; ');
  const accepted = parts.map((part) => part.requirement).join('; ');
  return {
    evidence: [
      sentence(`${found}; none of the alternatives the guideline accepts is documented (${accepted})`),
    ],
    parts: { found, requirement: `one of: ${accepted}` },
  };
}

/** Outcomes whose evidence says more than one finding (a switch, an exception, a negation). */
function withoutParts({ parts: _parts, ...outcome }: ConditionOutcome): ConditionOutcome {
  return outcome;
}

/** The parts of an "all": each finding, and the requirements together. */
function allParts(outcomes: ConditionOutcome[]): FindingParts | undefined {
  const parts = outcomes.map((outcome) => outcome.parts);
  if (!parts.every((part): part is FindingParts => part !== undefined)) return undefined;
  return {
    found: parts.map((part, index) => (index === 0 ? part.found : midSentence(part.found))).join('; '),
    requirement: joinAnd(parts.map((part) => part.requirement)),
  };
}

function combine(
  kind: 'all' | 'any',
  outcomes: ConditionOutcome[],
): Pick<ConditionOutcome, 'status' | 'judged' | 'wouldMeet' | 'citation'> {
  const has = (status: ConditionStatus) => outcomes.some((o) => o.status === status);
  const status: ConditionStatus =
    kind === 'all'
      ? has('not_met')
        ? 'not_met'
        : has('not_documented')
          ? 'not_documented'
          : 'met'
      : has('met')
        ? 'met'
        : has('not_documented')
          ? 'not_documented'
          : 'not_met';
  const judged = outcomes.some((o) => o.judged);
  const wouldMeet = outcomes.find((o) => o.wouldMeet)?.wouldMeet;
  const citation = outcomes.find((o) => o.citation)?.citation;
  return {
    status,
    ...(judged ? { judged } : {}),
    ...(wouldMeet ? { wouldMeet } : {}),
    ...(citation ? { citation } : {}),
  };
}

export function evaluateCondition(condition: Condition, ctx: ConditionContext): ConditionOutcome {
  switch (condition.kind) {
    case 'number_range': {
      const requirement =
        condition.requirement ?? `${formatNumber(condition.min)}-${withUnit(condition.max, condition.unit)}`;
      return numberLeaf(condition.fact, ctx, condition.unit, requirement, {
        lo: condition.min,
        hi: condition.max,
      });
    }
    case 'at_most':
      return numberLeaf(
        condition.fact,
        ctx,
        condition.unit,
        condition.requirement ?? `at most ${boundWithUnit(condition.max, condition.unit)}`,
        { lo: Number.NEGATIVE_INFINITY, hi: condition.max },
      );
    case 'at_least':
      return numberLeaf(
        condition.fact,
        ctx,
        condition.unit,
        condition.requirement ?? `at least ${boundWithUnit(condition.min, condition.unit)}`,
        { lo: condition.min, hi: Number.POSITIVE_INFINITY },
      );
    case 'boolean_fact':
      return leaf(condition.fact, 'boolean', ctx, '', condition.requirement, (v) => v === condition.expected);
    case 'date_within':
      return evaluateDateWithin(condition, ctx);
    case 'date_compare': {
      const requirement =
        condition.requirement ??
        `a date ${condition.op === 'before' ? 'before' : 'on or after'} ${formatUsDate(condition.date)}`;
      return leaf(condition.fact, 'date', ctx, '', requirement, (v) => {
        const gap = daysBetween(condition.date, String(v)) ?? 0;
        return condition.op === 'before' ? gap < 0 : gap >= 0;
      });
    }
    case 'enum_in': {
      const fact = getFact(condition.fact);
      const labels = condition.values.map((v) => (fact ? formatFactValue(fact, v) : v));
      const requirement = condition.requirement ?? `one of: ${labels.join(', ')}`;
      return leaf(condition.fact, 'enum', ctx, '', requirement, (v) => {
        const values = typeof v === 'string' ? [v] : (v as readonly string[]);
        const inSet = (value: string) => condition.values.includes(value);
        return condition.mode === 'some' ? values.some(inSet) : values.length > 0 && values.every(inSet);
      });
    }
    case 'enum_not_in': {
      const fact = getFact(condition.fact);
      const labels = condition.values.map((v) => (fact ? formatFactValue(fact, v) : v));
      const requirement = condition.requirement ?? `none of: ${labels.join(', ')}`;
      return leaf(condition.fact, 'enum', ctx, '', requirement, (v) => {
        const values = typeof v === 'string' ? [v] : (v as readonly string[]);
        return !values.some((value) => condition.values.includes(value));
      });
    }
    case 'all':
    case 'any': {
      const outcomes = condition.conditions.map((child) => evaluateCondition(child, ctx));
      const combined = combine(condition.kind, outcomes);
      if (condition.kind === 'all') {
        const parts = allParts(outcomes);
        return { ...combined, evidence: outcomes.flatMap((o) => o.evidence), ...(parts ? { parts } : {}) };
      }
      // An "any" that is met is explained by the branch that met it; one that fails, in one sentence
      // naming the alternatives, never as if each were required.
      if (combined.status === 'met') {
        const met = outcomes.filter((o) => o.status === 'met');
        const only = met.length === 1 ? met[0]?.parts : undefined;
        return { ...combined, evidence: met.flatMap((o) => o.evidence), ...(only ? { parts: only } : {}) };
      }
      return { ...combined, ...noAlternativeMet(outcomes) };
    }
    case 'not': {
      const inner = evaluateCondition(condition.condition, ctx);
      const flipped: Record<ConditionStatus, ConditionStatus> = {
        met: 'not_met',
        not_met: 'met',
        not_documented: 'not_documented',
      };
      return { ...withoutParts(inner), status: flipped[inner.status] };
    }
    case 'unless': {
      const rule = withoutParts(evaluateCondition(condition.condition, ctx));
      const exceptions = condition.exceptions.map((child) => evaluateCondition(child, ctx));
      const applied = exceptions.filter((o) => o.status === 'met');
      if (rule.status === 'met') return rule;
      if (applied.length > 0)
        return {
          ...combine('all', applied),
          evidence: [...rule.evidence, ...applied.flatMap((o) => o.evidence)],
          ...(rule.ruleEvidence ? { ruleEvidence: rule.ruleEvidence } : {}),
        };
      return { ...rule, evidence: [...rule.evidence, ...exceptions.flatMap((o) => o.evidence)] };
    }
    case 'switch': {
      const { fact, value } = read(condition.fact, 'enum', ctx);
      if (!fact || value === undefined || typeof value !== 'string') {
        const what = fact
          ? `${fact.label} not documented`
          : `Unknown fact "${condition.fact}" (guideline data error)`;
        return {
          status: 'not_documented',
          evidence: [sentence(`${what}; the applicable rule depends on it`)],
        };
      }
      const keyText = sentence(describeFact(fact, value, ctx, ''));
      const chosen = Object.hasOwn(condition.cases, value) ? condition.cases[value] : undefined;
      if (chosen) {
        const inner = withoutParts(evaluateCondition(chosen.condition, ctx));
        return {
          ...inner,
          evidence: [keyText, ...inner.evidence],
          ...(chosen.wouldMeet ? { wouldMeet: chosen.wouldMeet } : {}),
          ...(chosen.citation ? { citation: chosen.citation } : {}),
        };
      }
      if (condition.default) {
        const inner = withoutParts(evaluateCondition(condition.default, ctx));
        return { ...inner, evidence: [keyText, ...inner.evidence] };
      }
      return {
        status: 'not_documented',
        evidence: [
          keyText,
          'No rule is encoded for it; a reviewer override with a note can decide this criterion.',
        ],
      };
    }
    case 'judgment': {
      const answer = ctx.reviewerAnswer?.answer ?? '';
      if (answer === '') {
        // Settled from the records (not judged: the result is computed), until the reviewer answers.
        const settled = condition.settledBy ? evaluateCondition(condition.settledBy, ctx) : undefined;
        if (settled?.status === 'met')
          return {
            status: 'met',
            evidence: [...settled.evidence, SETTLED_BY_RECORDS],
            ...(settled.parts ? { parts: settled.parts } : {}),
          };
        return { status: 'not_documented', evidence: ["Awaiting the reviewer's answer."], judged: true };
      }
      // The reviewer's note is not repeated here: it travels as the criterion's own note, which the
      // panel and the letter show once, as the reviewer's.
      return { status: answer, evidence: [reviewerAnswerSentence(answer)], judged: true };
    }
    case 'not_recommended': {
      const rule = sentence(condition.text);
      return { status: 'not_met', evidence: [rule], ruleEvidence: [rule] };
    }
  }
}
