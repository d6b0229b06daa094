/**
 * Which body regions a service fact matters for. A fact that only sets chosen for some regions read
 * (the shoulder EMG's suspected plexopathy, a hernia's equivocal exam) is a question worth asking
 * only of a request for those regions: the wizard shows it when the body part reads as one of them.
 * Derived from the sets themselves, so a new region set needs no list kept in step with it.
 */
import type { Condition, GuidelineLibrary, GuidelineSet } from './guideline-schema';
import { factsUsedBy } from './guideline-schema';
import { type BodyRegion, readBodyRegions } from './vocabularies';

const REGIONS_FACT = 'item.bodyRegions';
const ITEM_FACT_PREFIX = 'item.facts.';
const FACT_FIELD_PREFIX = 'facts.';

/** Fact key -> the regions whose sets read it; a fact not in the map matters for every region. */
export type FactRegions = ReadonlyMap<string, readonly BodyRegion[]>;

/** The regions a set is chosen for, or null when choosing it does not depend on the body part. */
function regionsOfSet(set: GuidelineSet): readonly BodyRegion[] | null {
  const condition = set.appliesOnlyWhen;
  if (!condition) return null;
  const parts: Condition[] = condition.kind === 'all' ? condition.conditions : [condition];
  for (const part of parts)
    if (part.kind === 'enum_in' && part.fact === REGIONS_FACT) return part.values as BodyRegion[];
  return null;
}

/** Service facts that decide whether a set is chosen at all: always worth asking. */
function selectionFacts(set: GuidelineSet): string[] {
  return [
    ...(set.appliesOnlyWhen ? factsUsedBy(set.appliesOnlyWhen) : []),
    ...(set.excludedWhen ? factsUsedBy(set.excludedWhen.condition) : []),
    ...(set.judgedAsWhen ? factsUsedBy(set.judgedAsWhen.condition) : []),
  ]
    .filter((fact) => fact.startsWith(ITEM_FACT_PREFIX))
    .map((fact) => fact.slice(ITEM_FACT_PREFIX.length));
}

/** The service facts a set's criteria read (their declared item fields). */
function criteriaFacts(set: GuidelineSet): string[] {
  return set.criteria.flatMap((criterion) =>
    criterion.fieldPaths
      .filter((path) => path.startsWith(FACT_FIELD_PREFIX))
      .map((path) => path.slice(FACT_FIELD_PREFIX.length)),
  );
}

const cache = new WeakMap<GuidelineLibrary, Map<string, FactRegions>>();

/** For a service type, the facts only region sets read, with those regions. */
export function regionScopedFacts(library: GuidelineLibrary, serviceType: string): FactRegions {
  let byService = cache.get(library);
  if (!byService) {
    byService = new Map();
    cache.set(library, byService);
  }
  const known = byService.get(serviceType);
  if (known) return known;
  const everywhere = new Set<string>();
  const scoped = new Map<string, Set<BodyRegion>>();
  for (const set of library.sets) {
    if (!(set.services as readonly string[]).includes(serviceType)) continue;
    for (const fact of selectionFacts(set)) everywhere.add(fact);
    const regions = regionsOfSet(set);
    for (const fact of criteriaFacts(set)) {
      if (regions === null) everywhere.add(fact);
      else for (const region of regions) scoped.set(fact, (scoped.get(fact) ?? new Set()).add(region));
    }
  }
  const result: FactRegions = new Map(
    [...scoped].filter(([fact]) => !everywhere.has(fact)).map(([fact, regions]) => [fact, [...regions]]),
  );
  byService.set(serviceType, result);
  return result;
}

const hasValue = (value: unknown) => value !== null && value !== undefined && value !== '';

/**
 * The facts to ask for a request of this body part: every fact while no region is read yet (a blank
 * body part), a region-scoped one when the body part names one of its regions, and any fact that
 * already holds an answer, so nothing entered is ever hidden.
 */
export function factsForBodyPart<F extends { key: string }>(
  facts: readonly F[],
  scoped: FactRegions,
  bodyPart: string,
  answers: Readonly<Record<string, unknown>>,
): F[] {
  const regions = readBodyRegions(bodyPart);
  if (regions === undefined || scoped.size === 0) return [...facts];
  return facts.filter((fact) => {
    const only = scoped.get(fact.key);
    return !only || hasValue(answers[fact.key]) || only.some((region) => regions.includes(region));
  });
}
