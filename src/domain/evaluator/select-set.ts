/**
 * Which guideline set decides a disputed item: by service type and the date the request is judged
 * by (RFA date, else UR date, else asOf). Specific sets (appliesOnlyWhen met, e.g. one modality)
 * win over general ones; a set whose excludedWhen is met does not address the request; a set whose
 * judgedAsWhen is met sends it to another service type's guideline. When no set applies, the item
 * goes to the evidence hierarchy with the reason in words.
 */
import type { CaseDraft, DisputedItem, ServiceType } from '../case/case-schema';
import { compareIsoDates, formatUsDate, isValidIsoDate } from '../dates/dates';
import {
  type Condition,
  factsUsedBy,
  type GuidelineLibrary,
  type GuidelineSet,
} from '../guidelines/guideline-schema';
import { evaluateCondition } from './conditions';
import { serviceTypeInSentence } from './service-type-wording';

export interface SelectionDate {
  date: string | null;
  source: 'request' | 'ur' | 'as_of' | 'none';
  warning?: string;
}

/** The date the guideline edition is chosen by, with a warning when it is not the RFA date. */
export function selectionDate(draft: CaseDraft, asOf: string): SelectionDate {
  const { requestDate, urDeterminationDate } = draft.imr;
  if (isValidIsoDate(requestDate)) return { date: requestDate, source: 'request' };
  if (isValidIsoDate(urDeterminationDate))
    return {
      date: urDeterminationDate,
      source: 'ur',
      warning: `No valid request (RFA) date: the guideline edition was chosen by the UR date (${formatUsDate(urDeterminationDate)}).`,
    };
  if (isValidIsoDate(asOf))
    return {
      date: asOf,
      source: 'as_of',
      warning: `No valid request (RFA) or UR date: the guideline edition was chosen by today's date (${formatUsDate(asOf)}).`,
    };
  return {
    date: null,
    source: 'none',
    warning: 'No valid request, UR or current date: no guideline edition can be chosen.',
  };
}

export function isInForce(
  entry: { effectiveFrom?: string; effectiveTo?: string | undefined },
  date: string,
): boolean {
  const from = entry.effectiveFrom;
  const to = entry.effectiveTo;
  return (
    (from === undefined || compareIsoDates(from, date) <= 0) &&
    (to === undefined || compareIsoDates(date, to) < 0)
  );
}

export interface SetSelection {
  set: GuidelineSet | null;
  /** Why no set applies, in words (null when a set applies). */
  reason: string | null;
  /**
   * Other sets chosen by body region that the request also falls under ("MRI of the neck and low
   * back"): the item is judged against each, since IMR decides a request as a whole.
   */
  otherRegionSets?: GuidelineSet[];
  /** Set when the set the service type chose sent the request to another type's guideline. */
  judgedAs?: JudgedAs;
}

export interface JudgedAs {
  serviceType: ServiceType;
  /** Why, as the set that sent it on states it. */
  note: string;
  /** The finding that sent it ("The request date (...) is 8 months after the surgery date (...)"). */
  evidence: string;
  confirmed: boolean;
  confirmationNote: string;
  /** The set the request's own service type chose. */
  from: GuidelineSet;
}

/** The item as its guideline judges it: under the service type its set sent it to, if any. */
export function itemAsJudged(item: DisputedItem, selection: SetSelection): DisputedItem {
  return selection.judgedAs ? { ...item, serviceType: selection.judgedAs.serviceType } : item;
}

const REGION_FACT = 'item.bodyRegions';
const chosenByRegion = (set: GuidelineSet) =>
  set.appliesOnlyWhen !== undefined && factsUsedBy(set.appliesOnlyWhen).includes(REGION_FACT);

/** The body regions a set's applicability names ("inRegion('knee')" inside its condition). */
function regionsNamed(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if (condition.kind === 'enum_in' && condition.fact === REGION_FACT) return [...condition.values];
  if (condition.kind === 'all' || condition.kind === 'any') return condition.conditions.flatMap(regionsNamed);
  return [];
}

export function selectGuidelineSet(
  library: GuidelineLibrary,
  draft: CaseDraft,
  item: DisputedItem,
  date: string | null,
  asOf: string,
): SetSelection {
  const selection = selectForService(library, draft, item, date, asOf);
  const redirect = selection.set?.judgedAsWhen;
  if (!selection.set || !redirect) return selection;
  const outcome = evaluateCondition(redirect.condition, { draft, item, asOf });
  if (outcome.status !== 'met') return selection;
  // One step only: the set it is sent to is chosen as for a request of that type.
  const target = selectForService(library, draft, { ...item, serviceType: redirect.serviceType }, date, asOf);
  return {
    ...target,
    judgedAs: {
      serviceType: redirect.serviceType,
      note: redirect.note,
      evidence: outcome.evidence.join(' '),
      confirmed: redirect.confirmed,
      confirmationNote: redirect.confirmationNote,
      from: selection.set,
    },
  };
}

function selectForService(
  library: GuidelineLibrary,
  draft: CaseDraft,
  item: DisputedItem,
  date: string | null,
  asOf: string,
): SetSelection {
  const service = item.serviceType;
  if (service === '')
    return { set: null, reason: 'No service type is chosen, so no MTUS guideline set can be matched.' };
  if (date === null)
    return {
      set: null,
      reason: `No date to choose the guideline edition for ${serviceTypeInSentence(service)}.`,
    };

  const ctx = { draft, item, asOf };
  const inForce = library.sets.filter((set) => set.services.includes(service) && isInForce(set, date));
  const specific = inForce.filter(
    (set) =>
      set.appliesOnlyWhen !== undefined && evaluateCondition(set.appliesOnlyWhen, ctx).status === 'met',
  );
  const general = inForce.filter((set) => set.appliesOnlyWhen === undefined);
  const exclusions: string[] = [];
  /** The reason the set declines the request, if it does. */
  const exclusionOf = (set: GuidelineSet) =>
    set.excludedWhen?.find((exclusion) => evaluateCondition(exclusion.condition, ctx).status === 'met');
  const excluded = (set: GuidelineSet) => exclusionOf(set) !== undefined;
  for (const set of [...specific, ...general]) {
    const exclusion = exclusionOf(set);
    if (exclusion) {
      exclusions.push(exclusion.note);
      continue;
    }
    if (!chosenByRegion(set)) return { set, reason: null };
    // Sets of the other regions the request names; a set of the chosen set's own region (the
    // wrist's surgery rules beside the wrist's fracture fixation chosen before them) is not one.
    const ownRegions = regionsNamed(set.appliesOnlyWhen);
    const otherRegionSets = specific.filter(
      (other) =>
        other !== set &&
        chosenByRegion(other) &&
        !excluded(other) &&
        regionsNamed(other.appliesOnlyWhen).some((region) => !ownRegions.includes(region)),
    );
    return { set, reason: null, ...(otherRegionSets.length > 0 ? { otherRegionSets } : {}) };
  }
  if (exclusions.length > 0) return { set: null, reason: [...new Set(exclusions)].join(' ') };
  const coverage = library.coverageNotes.find(
    (note) => note.services.includes(service) && isInForce(note, date),
  );
  if (coverage) return { set: null, reason: coverage.note };
  return {
    set: null,
    reason: `No encoded MTUS guideline addresses ${serviceTypeInSentence(service)} for a request dated ${formatUsDate(date)}.`,
  };
}

/** Dates where the guideline for this service changes (set and coverage-note boundaries). */
export function editionBoundaries(library: GuidelineLibrary, service: ServiceType): string[] {
  const dates = new Set<string>();
  for (const entry of [...library.sets, ...library.coverageNotes]) {
    if (!entry.services.includes(service)) continue;
    if (entry.effectiveFrom) dates.add(entry.effectiveFrom);
    if (entry.effectiveTo) dates.add(entry.effectiveTo);
  }
  return [...dates].sort(compareIsoDates);
}

/** A warning when the RFA and UR dates fall on either side of an edition change. */
export function straddleWarning(
  library: GuidelineLibrary,
  draft: CaseDraft,
  service: ServiceType | '',
): string | null {
  const { requestDate, urDeterminationDate } = draft.imr;
  if (service === '' || !isValidIsoDate(requestDate) || !isValidIsoDate(urDeterminationDate)) return null;
  const [early, late] =
    compareIsoDates(requestDate, urDeterminationDate) <= 0
      ? [requestDate, urDeterminationDate]
      : [urDeterminationDate, requestDate];
  const boundary = editionBoundaries(library, service).find(
    (date) => compareIsoDates(early, date) < 0 && compareIsoDates(date, late) <= 0,
  );
  if (!boundary) return null;
  return (
    `The request date (${formatUsDate(requestDate)}) and the UR date (${formatUsDate(urDeterminationDate)}) fall on ` +
    `either side of a guideline change on ${formatUsDate(boundary)}; the edition in force on the request date is used.`
  );
}
