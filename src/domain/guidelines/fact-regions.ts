/**
 * Which body regions (and passive modalities) a service fact matters for. A fact that only sets
 * chosen for some regions read (the shoulder EMG's suspected plexopathy, a hernia's equivocal exam)
 * is a question worth asking only of a request for those regions: the wizard shows it when the body
 * part reads as one of them. The same holds for a modality's sets (shockwave therapy's failed care on
 * a shoulder therapy request). Derived from the sets themselves, so a new set needs no list kept in
 * step with it.
 */

import type { DisputedItem } from '../case/case-schema';
import { serviceFieldSpec } from '../case/service-types';
import { getFact } from './facts';
import type { Condition, GuidelineLibrary, GuidelineSet } from './guideline-schema';
import { factsUsedBy } from './guideline-schema';
import { type BodyRegion, type Modality, readBodyRegions, readModality } from './vocabularies';

const REGIONS_FACT = 'item.bodyRegions';
const MODALITY_FACT = 'item.modality';
const FACT_FIELD_PREFIX = 'facts.';

/**
 * Where one set that reads a fact is chosen: the body regions and the passive modalities its
 * selection names (null: any).
 */
export interface FactScope {
  regions: readonly BodyRegion[] | null;
  modalities: readonly Modality[] | null;
  /**
   * Service facts that must be answered yes (null: none): a set another type's request is sent to
   * (a referral to a surgeon, judged as surgery) asks its questions only once it is sent there.
   */
  whenTrue?: readonly string[] | null;
}

/** Fact key -> where the sets that read it are chosen; a fact not in the map matters everywhere. */
export type FactRegions = ReadonlyMap<string, readonly FactScope[]>;

/** The values a set's selection requires of one fact, or null when it does not depend on it. */
function selectedValues(set: GuidelineSet, fact: string): readonly string[] | null {
  return valuesRequired(set.appliesOnlyWhen, fact);
}

function valuesRequired(condition: Condition | undefined, fact: string): readonly string[] | null {
  if (!condition) return null;
  const parts: Condition[] = condition.kind === 'all' ? condition.conditions : [condition];
  for (const part of parts) if (part.kind === 'enum_in' && part.fact === fact) return part.values;
  return null;
}

/** The service facts a condition requires to be yes ("item.facts.surgicalOpinionSought"). */
function factsRequiredTrue(condition: Condition): string[] {
  const parts: Condition[] = condition.kind === 'all' ? condition.conditions : [condition];
  return parts.flatMap((part) =>
    part.kind === 'boolean_fact' &&
    part.expected === true &&
    part.fact.startsWith(`item.${FACT_FIELD_PREFIX}`)
      ? [part.fact.slice(`item.${FACT_FIELD_PREFIX}`.length)]
      : [],
  );
}

/**
 * Where the sets a request is sent to (`judgedAsWhen`) read their facts: in the regions both the
 * redirect and the set are chosen for, once the redirect's yes/no facts are yes.
 */
function redirectScopes(library: GuidelineLibrary, set: GuidelineSet): [string, FactScope][] {
  const redirect = set.judgedAsWhen;
  if (!redirect) return [];
  const whenTrue = factsRequiredTrue(redirect.condition);
  // A redirect no answer gates (post-surgical therapy past its period, by dates) leaves its
  // questions where the type's own list puts them.
  if (whenTrue.length === 0) return [];
  const redirectRegions = valuesRequired(redirect.condition, REGIONS_FACT) as readonly BodyRegion[] | null;
  return (
    library.sets
      .filter((target) => (target.services as readonly string[]).includes(redirect.serviceType))
      // A set chosen by a named procedure (a knee replacement) answers a referral only when the
      // referral names it: its questions are not asked of every one.
      .filter(
        (target) =>
          !target.appliesOnlyWhen ||
          factsUsedBy(target.appliesOnlyWhen).every((fact) => fact === REGIONS_FACT),
      )
      .flatMap((target) => {
        const targetRegions = selectedValues(target, REGIONS_FACT) as readonly BodyRegion[] | null;
        const regions =
          targetRegions === null
            ? redirectRegions
            : redirectRegions === null
              ? targetRegions
              : targetRegions.filter((region) => redirectRegions.includes(region));
        if (regions !== null && regions.length === 0) return [];
        const scope: FactScope = { regions, modalities: null, whenTrue };
        return criteriaFacts(target).map((fact): [string, FactScope] => [fact, scope]);
      })
  );
}

function scopeOfSet(set: GuidelineSet): FactScope | null {
  const regions = selectedValues(set, REGIONS_FACT) as readonly BodyRegion[] | null;
  const modalities = selectedValues(set, MODALITY_FACT) as readonly Modality[] | null;
  return regions === null && modalities === null ? null : { regions, modalities };
}

/**
 * Service facts that decide whether a set is chosen at all: always worth asking. Read through the
 * fields each selection fact reads, so the modality field that chooses a modality's set is one.
 */
function selectionFacts(set: GuidelineSet): string[] {
  return [
    ...(set.appliesOnlyWhen ? factsUsedBy(set.appliesOnlyWhen) : []),
    ...(set.excludedWhen ?? []).flatMap((exclusion) => factsUsedBy(exclusion.condition)),
    ...(set.judgedAsWhen ? factsUsedBy(set.judgedAsWhen.condition) : []),
  ]
    .flatMap((fact) => getFact(fact)?.fieldPaths ?? [])
    .filter((path) => path.startsWith(FACT_FIELD_PREFIX))
    .map((path) => path.slice(FACT_FIELD_PREFIX.length));
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

/** For a service type, the facts only sets chosen by region or modality read, with where. */
export function regionScopedFacts(library: GuidelineLibrary, serviceType: string): FactRegions {
  let byService = cache.get(library);
  if (!byService) {
    byService = new Map();
    cache.set(library, byService);
  }
  const known = byService.get(serviceType);
  if (known) return known;
  const everywhere = new Set<string>();
  const scoped = new Map<string, FactScope[]>();
  for (const set of library.sets) {
    if (!(set.services as readonly string[]).includes(serviceType)) continue;
    for (const fact of selectionFacts(set)) everywhere.add(fact);
    const scope = scopeOfSet(set);
    for (const fact of criteriaFacts(set)) {
      if (scope === null) everywhere.add(fact);
      else scoped.set(fact, [...(scoped.get(fact) ?? []), scope]);
    }
    for (const [fact, redirected] of redirectScopes(library, set))
      scoped.set(fact, [...(scoped.get(fact) ?? []), redirected]);
  }
  const result: FactRegions = new Map([...scoped].filter(([fact]) => !everywhere.has(fact)));
  byService.set(serviceType, result);
  return result;
}

/** The yes/no facts whose answers bring scoped questions in (a referral's "to a surgeon"). */
export function gatingFactKeys(scoped: FactRegions): string[] {
  return [...new Set([...scoped.values()].flat().flatMap((scope) => scope.whenTrue ?? []))];
}

/** The regions a fact is asked for, whatever the modality (for tests and help text). */
export function regionsOfScopes(scopes: readonly FactScope[]): BodyRegion[] {
  return [...new Set(scopes.flatMap((scope) => scope.regions ?? []))];
}

const hasValue = (value: unknown) => value !== null && value !== undefined && value !== '';

/**
 * The facts to ask for a request of this body part and modality: every fact while no region is read
 * yet (a blank body part) unless a modality it needs is not the one named, a scoped one when the
 * request matches one of the sets that read it, and any fact that already holds an answer, so
 * nothing entered is ever hidden.
 */
export function factsForBodyPart<F extends { key: string }>(
  facts: readonly F[],
  scoped: FactRegions,
  bodyPart: string,
  answers: Readonly<Record<string, unknown>>,
): F[] {
  if (scoped.size === 0) return [...facts];
  const regions = readBodyRegions(bodyPart);
  const modality = readModality(typeof answers.modality === 'string' ? answers.modality : '');
  const matches = (scope: FactScope) =>
    (scope.regions === null || regions === undefined || scope.regions.some((r) => regions.includes(r))) &&
    (scope.modalities === null || (modality !== undefined && scope.modalities.includes(modality))) &&
    (scope.whenTrue ?? []).every((key) => answers[key] === true);
  return facts.filter((fact) => {
    const scopes = scoped.get(fact.key);
    return !scopes || hasValue(answers[fact.key]) || scopes.some(matches);
  });
}

/**
 * The keys of the questions the wizard shows for an item (its service type's, for its body part and
 * answers): what a reading of the records may offer to fill.
 */
export function askedFactKeys(
  library: GuidelineLibrary,
  item: Pick<DisputedItem, 'serviceType' | 'bodyPart' | 'facts'>,
): Set<string> {
  const facts = serviceFieldSpec(item.serviceType).facts.map((key) => ({ key }));
  const scoped = regionScopedFacts(library, item.serviceType);
  return new Set(factsForBodyPart(facts, scoped, item.bodyPart, item.facts).map((fact) => fact.key));
}
