/**
 * Facts for injections, imaging and electrodiagnostics, equipment, programs and surgery-related
 * services. Spread into the fact registry (facts.ts `FACTS`); same rules: a fact answers
 * `undefined` when the case does not document it, so the criterion becomes "not documented".
 *
 * Procedure history comes from `treatment.injections`: each recorded procedure is classified by its
 * type text (epidural, medial branch block, radiofrequency ablation, ...) and placed in a body
 * region by its level and type ("L4-5" is the low back, "C5-6" the neck). Only procedures of the
 * same kind as the request, in an overlapping region, count; a procedure whose region cannot be
 * read counts (the reviewer can override with a note).
 */
import type { CaseDraft, DisputedItem, Injection, ServiceFacts, ServiceType } from '../case/case-schema';
import { requestReferenceDate } from '../case/derived';
import { compareIsoDates, daysBetween, isValidIsoDate, wholeMonthsBetween } from '../dates/dates';
import { counted } from '../text/wording';
import { serviceBoolean } from './fact-readers';
import type { FactBounds, FactContext, FactDefinition, FactValue } from './facts';
import {
  type BodyRegion,
  readBodyRegions,
  readStimulationUnit,
  readSurgeryKey,
  STIMULATION_UNITS,
  SURGERY_KEYS,
} from './vocabularies';

// ---------- readers (local: facts.ts imports this file, so no value imports back) ----------

const readAmount = (value: number | null | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
const formatCount = (value: number): string =>
  Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));

const normalize = (text: string | undefined): string => (text ?? '').trim().toLowerCase();

/** An open reduction and internal fixation, or a fixation by pins or a nail, named in the request. */
const FRACTURE_FIXATION =
  /\bORIF\b|\bopen\s+reduction\b|\binternal\s+fixation\b|\b(?:percutaneous\s+)?pinning\b|\bCRPP\b|\bintramedullary\s+nail\w*|\bfracture\s+fixation\b/i;

// ---------- a surgery requested in the same review ----------

/** Other disputed items of this review that are surgeries. */
function surgeriesRequested(ctx: FactContext): { itemId: string; name: string }[] {
  return ctx.draft.disputedItems.flatMap((other, index) =>
    other.id !== ctx.item.id && other.serviceType === 'surgery'
      ? [{ itemId: other.id, name: other.requestedAs.trim() || `item ${index + 1}` }]
      : [],
  );
}

/**
 * Whether the surgery an item supports is authorized. A surgery this review decides settles it (an
 * associated service is upheld with its surgery, confirmed catalogue 6.6) once every surgery in the
 * review is decided the same way; otherwise the reviewer's answer stands.
 */
function associatedSurgery(ctx: FactContext): { authorized: boolean | undefined; reason: string } {
  const surgeries = surgeriesRequested(ctx);
  const decisions = surgeries.map((entry) => {
    const outcome = ctx.outcomes?.get(entry.itemId);
    return outcome && !outcome.provisional ? outcome.decision : null;
  });
  const names = surgeries.map((entry) => `"${entry.name}"`).join(', ');
  if (surgeries.length > 0 && decisions.every((decision) => decision === 'upheld'))
    return { authorized: false, reason: `This review upholds the denial of the surgery (${names})` };
  if (surgeries.length > 0 && decisions.every((decision) => decision === 'overturned'))
    return { authorized: true, reason: `This review finds the surgery medically necessary (${names})` };
  const answer = ctx.item.facts.associatedSurgeryAuthorized;
  const pending = surgeries.length > 0 ? `; the surgery in this review (${names}) is not decided yet` : '';
  if (typeof answer !== 'boolean')
    return { authorized: undefined, reason: `Authorization of the surgery not documented${pending}` };
  return {
    authorized: answer,
    reason: `The surgery this item supports is ${answer ? '' : 'not '}authorized${pending}`,
  };
}

/** The other disputed MRIs of this item's body region (a shoulder MRI beside a shoulder ultrasound). */
function sameRegionMris(ctx: FactContext): { itemId: string; name: string }[] {
  const regions: BodyRegion[] = (readBodyRegions(ctx.item.bodyPart) ?? []).filter(
    (region) => region !== 'other',
  );
  return ctx.draft.disputedItems.flatMap((other, index) =>
    other.id !== ctx.item.id &&
    other.serviceType === 'mri' &&
    (readBodyRegions(other.bodyPart) ?? []).some((region) => regions.includes(region))
      ? [{ itemId: other.id, name: other.requestedAs.trim() || `item ${index + 1}` }]
      : [],
  );
}

/**
 * Whether this review finds an MRI of the same region medically necessary: then a second study of
 * the same structure adds nothing. Undecided or upheld MRIs leave the item to its own rule.
 */
function sameRegionMriNeeded(ctx: FactContext): { needed: boolean; reason: string } {
  const mris = sameRegionMris(ctx);
  const overturned = mris.filter((entry) => {
    const outcome = ctx.outcomes?.get(entry.itemId);
    return outcome !== undefined && !outcome.provisional && outcome.decision === 'overturned';
  });
  if (overturned.length > 0)
    return {
      needed: true,
      reason: `This review finds an MRI of the same region medically necessary (${overturned.map((entry) => `"${entry.name}"`).join(', ')})`,
    };
  return {
    needed: false,
    reason:
      mris.length > 0
        ? 'No MRI of the same region found medically necessary in this review'
        : 'No MRI of the same region in this review',
  };
}

// ---------- vocabularies of the request ----------

export const INJECTION_APPROACHES = {
  transforaminal: 'transforaminal',
  interlaminar: 'interlaminar',
  caudal: 'caudal',
  other: 'other approach',
} as const;
export type InjectionApproach = keyof typeof INJECTION_APPROACHES;

export function readInjectionApproach(text: string | undefined): InjectionApproach | undefined {
  const value = normalize(text);
  if (!value) return undefined;
  if (/transforam|\btfesi\b|\btf\b|selective nerve root|\bsnrb\b/.test(value)) return 'transforaminal';
  if (/interlam|translam|\bilesi\b|\bil\b/.test(value)) return 'interlaminar';
  if (/caudal/.test(value)) return 'caudal';
  return 'other';
}

export const INJECTATES = {
  corticosteroid: 'corticosteroid',
  hyaluronic_acid: 'hyaluronic acid (viscosupplementation)',
  prp: 'platelet-rich plasma',
  other: 'other injectate',
} as const;
export type Injectate = keyof typeof INJECTATES;

export function readInjectate(text: string | undefined): Injectate | undefined {
  const value = normalize(text);
  if (!value) return undefined;
  if (/platelet|\bprp\b/.test(value)) return 'prp';
  if (/hyalur|visco|synvisc|euflexxa|orthovisc|supartz|gel-?one|monovisc|durolane|hyalgan/.test(value))
    return 'hyaluronic_acid';
  if (/steroid|cortis|kenalog|triamcinolone|depo-?medrol|methylpred|dexameth|betameth|celestone/.test(value))
    return 'corticosteroid';
  // A subacromial injection with no injectate named is the corticosteroid one.
  if (/subacromial/.test(value)) return 'corticosteroid';
  return 'other';
}

export const RENTAL_OR_PURCHASE = { rental: 'rental', purchase: 'purchase', other: 'other' } as const;
export type RentalOrPurchase = keyof typeof RENTAL_OR_PURCHASE;

export function readRentalOrPurchase(text: string | undefined): RentalOrPurchase | undefined {
  const value = normalize(text);
  if (!value) return undefined;
  if (/rent|trial|loan/.test(value)) return 'rental';
  if (/purchas|buy|bought/.test(value)) return 'purchase';
  return 'other';
}

// ---------- procedure history ----------

export type ProcedureKind =
  | 'esi'
  | 'facet_block'
  | 'rfa'
  | 'trigger_point'
  | 'joint_steroid'
  | 'hyaluronic'
  | 'prp'
  | 'other';

const PROCEDURE_NAMES: Record<ProcedureKind, string> = {
  esi: 'epidural steroid injection',
  facet_block: 'facet or medial branch block',
  rfa: 'radiofrequency ablation',
  trigger_point: 'trigger point injection',
  joint_steroid: 'corticosteroid joint injection',
  hyaluronic: 'hyaluronic acid injection',
  prp: 'platelet-rich plasma injection',
  other: 'procedure',
};

/** The kind of a recorded procedure, from its type as written. Order matters ("epidural steroid"). */
export function classifyProcedure(typeText: string): ProcedureKind {
  const value = normalize(typeText);
  if (/radiofrequency|\brfa\b|neurotomy|rhizotomy|ablation/.test(value)) return 'rfa';
  // "CESI", "LESI": a cervical or lumbar ESI, as the notes abbreviate it.
  if (/epidural|\b(tf|il|c|l|t)?esis?\b|transforam|interlam|caudal|selective nerve root/.test(value))
    return 'esi';
  if (/medial branch|\bmbbs?\b|facet/.test(value)) return 'facet_block';
  if (/trigger|\btpis?\b/.test(value)) return 'trigger_point';
  if (/platelet|\bprp\b/.test(value)) return 'prp';
  if (/hyalur|visco|synvisc|euflexxa|orthovisc|supartz|gel-?one|monovisc/.test(value)) return 'hyaluronic';
  // "CSI": a corticosteroid injection, as the notes abbreviate it.
  if (/steroid|cortis|kenalog|depo-?medrol|intra-?articular|subacromial|joint|sheath|\bcsis?\b/.test(value))
    return 'joint_steroid';
  return 'other';
}

const SERVICE_PROCEDURE: Partial<Record<ServiceType, ProcedureKind>> = {
  epidural_steroid_injection: 'esi',
  facet_injection: 'facet_block',
  medial_branch_block: 'facet_block',
  radiofrequency_ablation: 'rfa',
  trigger_point_injection: 'trigger_point',
  prp_injection: 'prp',
};

const INJECTATE_PROCEDURE: Record<Injectate, ProcedureKind | undefined> = {
  corticosteroid: 'joint_steroid',
  hyaluronic_acid: 'hyaluronic',
  prp: 'prp',
  other: undefined,
};

/** The procedure kind the disputed item asks for (joint injections: by injectate). */
export function requestedProcedureKind(item: DisputedItem): ProcedureKind | undefined {
  if (item.serviceType === 'joint_injection') {
    const injectate = readInjectate(item.facts.injectate);
    return injectate ? INJECTATE_PROCEDURE[injectate] : undefined;
  }
  return item.serviceType ? SERVICE_PROCEDURE[item.serviceType] : undefined;
}

/** Regions named by text, with spinal levels read too ("L4-5" low back, "C5-6" neck). */
export function regionsOfText(text: string): BodyRegion[] {
  const value = normalize(text);
  const regions = new Set<BodyRegion>();
  if (/\bl\s?\d|\bs\s?1\b|lumbar|lumbosacral/.test(value)) regions.add('low_back');
  if (/\bc\s?\d|cervical/.test(value)) regions.add('neck');
  if (/\bt\s?\d{1,2}\b|thoracic/.test(value)) regions.add('thoracic');
  for (const region of readBodyRegions(value) ?? []) if (region !== 'other') regions.add(region);
  return [...regions];
}

function regionsOverlap(item: BodyRegion[], recorded: BodyRegion[]): boolean {
  if (item.length === 0 || recorded.length === 0) return true;
  return recorded.some((region) => item.includes(region));
}

interface ProcedureHistory {
  kind: ProcedureKind;
  /** Recorded procedures of the same kind and region, oldest first (undated first). */
  same: Injection[];
  requestDate: string | undefined;
}

function procedureHistory(draft: CaseDraft, item: DisputedItem): ProcedureHistory | undefined {
  return historyOfKind(draft, item, requestedProcedureKind(item));
}

function historyOfKind(
  draft: CaseDraft,
  item: DisputedItem,
  kind: ProcedureKind | undefined,
): ProcedureHistory | undefined {
  if (!kind) return undefined;
  const itemRegions = regionsOfText(item.bodyPart);
  const requestDate = requestReferenceDate(draft)?.date;
  const same = draft.treatment.injections
    .map((injection, index) => ({ injection, index }))
    .filter(({ injection }) => classifyProcedure(injection.type) === kind)
    .filter(({ injection }) =>
      regionsOverlap(itemRegions, regionsOfText(`${injection.type} ${injection.level}`)),
    )
    // The other knee's injections are not this knee's history: "right knee" against "left knee".
    .filter(({ injection }) => !otherSide(item.bodyPart, `${injection.type} ${injection.level}`))
    // A procedure dated after the request is not history for it.
    .filter(
      ({ injection }) =>
        !requestDate || !isValidIsoDate(injection.date) || compareIsoDates(injection.date, requestDate) <= 0,
    )
    .sort((a, b) => {
      const aDated = isValidIsoDate(a.injection.date);
      const bDated = isValidIsoDate(b.injection.date);
      if (aDated !== bDated) return aDated ? 1 : -1;
      return compareIsoDates(a.injection.date, b.injection.date) || a.index - b.index;
    })
    .map(({ injection }) => injection);
  return { kind, same, requestDate };
}

/** The one side a text names ("left knee"), or undefined for none, both or bilateral. */
function sideOf(text: string): 'left' | 'right' | undefined {
  const left = /\bleft\b/i.test(text);
  const right = /\bright\b/i.test(text);
  if (/\b(?:bilateral\w*|both)\b/i.test(text) || left === right) return undefined;
  return left ? 'left' : 'right';
}

/** Two texts that each name a single side, and not the same one. */
function otherSide(requested: string, done: string): boolean {
  const [a, b] = [sideOf(requested), sideOf(done)];
  return a !== undefined && b !== undefined && a !== b;
}

const latest = (history: ProcedureHistory | undefined): Injection | undefined =>
  history?.same[history.same.length - 1];

/** Same-kind procedures in the 12 months before the request, plus those requested now. */
function inTwelveMonthsWithRequest(draft: CaseDraft, item: DisputedItem): number | undefined {
  const history = procedureHistory(draft, item);
  const requested = readAmount(item.quantity);
  if (!history?.requestDate || requested === undefined) return undefined;
  let count = 0;
  for (const injection of history.same) {
    // An undated procedure of the same kind cannot be placed: the count is not known.
    if (!isValidIsoDate(injection.date)) return undefined;
    const months = wholeMonthsBetween(injection.date, history.requestDate);
    if (months !== null && months < 12) count += 1;
  }
  return count + requested;
}

function kindName(item: DisputedItem): string {
  const kind = requestedProcedureKind(item);
  return kind ? PROCEDURE_NAMES[kind] : 'procedure';
}

// ---------- registry builders ----------

type NumberKey = {
  [K in keyof ServiceFacts]: ServiceFacts[K] extends number | null ? K : never;
}[keyof ServiceFacts];

function serviceNumber(key: NumberKey, label: string) {
  return {
    type: 'number',
    label,
    fieldPaths: [`facts.${key}`],
    get: ({ item }) => readAmount(item.facts[key]),
  } satisfies FactDefinition;
}

const INJECTIONS = 'treatment.injections';
const REQUEST_DATES = ['imr.requestDate', 'imr.urDeterminationDate'] as const;
const HISTORY_PATHS = [INJECTIONS, 'bodyPart'] as const;

/**
 * Weeks of conservative care not entered: no more than the weeks from the injury to the request,
 * which decides a timing rule the request comes too early for (an MRI 1 week after the injury).
 */
function conservativeCareBounds({ draft }: FactContext): FactBounds | undefined {
  const requestDate = requestReferenceDate(draft)?.date;
  const days = requestDate ? daysBetween(draft.injury.dateOfInjury, requestDate) : null;
  if (days === null || days < 0) return undefined;
  const weeks = Math.floor(days / 7);
  return {
    min: 0,
    max: weeks,
    why: `the injury was ${weeks} ${weeks === 1 ? 'week' : 'weeks'} before the request`,
    toSettle: 'enter the weeks of conservative care',
  };
}

function requestedSessions(item: DisputedItem): number | undefined {
  const frequency = readAmount(item.frequencyPerWeek);
  const weeks = readAmount(item.durationWeeks);
  if (frequency !== undefined && weeks !== undefined) return frequency * weeks;
  return readAmount(item.quantity);
}

const plusPrior = (requested: number | undefined, prior: number | undefined) =>
  requested === undefined || prior === undefined ? undefined : requested + prior;

function describeWithPrior(prior: number | undefined, ctx: FactContext, value: FactValue, what: string) {
  const requested = requestedSessions(ctx.item);
  const total = counted(Number(value), what);
  if (requested === undefined || prior === undefined) return total;
  return `${formatCount(requested)} requested + ${formatCount(prior)} completed = ${total}`;
}

/**
 * Whether an electrodiagnostic request includes needle EMG, from its words: only a request that
 * names nerve conduction studies and no EMG has none. A request that names neither (or is blank) is
 * read as including it, as "electrodiagnostic studies" usually do.
 */
export function requestMayIncludeEmg(requestedAs: string): boolean {
  if (/\b(?:EMGs?|electromyogra\w*)\b/i.test(requestedAs)) return true;
  return !/\b(?:NCS|NCV|NCT|nerve\s+conduction)\b/i.test(requestedAs);
}

export const PROCEDURE_FACTS = {
  // ---------- the request ----------
  'item.requestMayIncludeEmg': {
    type: 'boolean',
    label: 'Needle EMG in the request',
    fieldPaths: ['requestedAs'],
    get: ({ item }) => requestMayIncludeEmg(item.requestedAs),
    describe: (value) =>
      value === true
        ? 'Requested: EMG (or electrodiagnostic studies)'
        : 'Requested: nerve conduction studies only',
  },
  'item.injectionApproach': {
    type: 'enum',
    label: 'Injection approach',
    fieldPaths: ['facts.injectionApproach'],
    valueLabels: INJECTION_APPROACHES,
    get: ({ item }) => readInjectionApproach(item.facts.injectionApproach),
  },
  'item.injectate': {
    type: 'enum',
    label: 'Injectate',
    fieldPaths: ['facts.injectate'],
    valueLabels: INJECTATES,
    get: ({ item }) => readInjectate(item.facts.injectate),
  },
  'item.stimulationUnit': {
    type: 'enum',
    label: 'Kind of unit',
    fieldPaths: ['facts.stimulationUnit'],
    valueLabels: STIMULATION_UNITS,
    // Left blank, the unit is the service's own: a TENS unit.
    get: ({ item }) => readStimulationUnit(item.facts.stimulationUnit ?? '') ?? 'tens',
  },
  'item.rentalOrPurchase': {
    type: 'enum',
    label: 'Rental or purchase',
    fieldPaths: ['facts.rentalOrPurchase'],
    valueLabels: RENTAL_OR_PURCHASE,
    get: ({ item }) => readRentalOrPurchase(item.facts.rentalOrPurchase),
  },
  'item.hoursPerWeek': {
    type: 'number',
    label: 'Hours per week requested',
    fieldPaths: ['frequencyPerWeek', 'hoursPerDay'],
    get: ({ item }) => {
      const days = readAmount(item.frequencyPerWeek);
      const hours = readAmount(item.hoursPerDay);
      return days === undefined || hours === undefined ? undefined : days * hours;
    },
    describe: (value, { item }) =>
      `Requested ${counted(item.frequencyPerWeek ?? 0, 'days/week')} x ${counted(item.hoursPerDay ?? 0, 'hours/day')} = ${counted(Number(value), 'hours/week')}`,
  },
  /** "Skilled nursing visits 2x/week": a visit is intermittent care, so no hours per day are asked. */
  'item.requestIsIntermittentVisits': {
    type: 'boolean',
    label: 'Requested as intermittent visits, not hours of care',
    fieldPaths: ['requestedAs', 'hoursPerDay', 'frequencyPerWeek'],
    get: ({ item }) => {
      if (readAmount(item.hoursPerDay) !== undefined) return false;
      const visitsPerWeek = readAmount(item.frequencyPerWeek);
      return /\bvisits?\b/i.test(item.requestedAs) && (visitsPerWeek === undefined || visitsPerWeek <= 7);
    },
    describe: (value, { item }) =>
      value === true
        ? `Requested as visits (${item.requestedAs.trim()}), not hours of care`
        : 'Requested as hours of care, not visits',
  },
  /** A program's admission evaluation asked for, not the program: "FRP multidisciplinary evaluation". */
  'item.requestIsProgramEvaluation': {
    type: 'boolean',
    label: 'The evaluation for admission requested, not the program',
    fieldPaths: ['requestedAs'],
    get: ({ item }) => /\b(?:evaluation|eval|assessment|screening)\b/i.test(item.requestedAs),
    describe: (value, { item }) =>
      `Requested: ${item.requestedAs.trim()} (${value === true ? 'the evaluation for admission' : 'the program itself'})`,
  },
  'item.programSessionsWithPrior': {
    type: 'number',
    label: 'Requested plus completed program sessions',
    fieldPaths: ['frequencyPerWeek', 'durationWeeks', 'facts.sessionsCompletedInProgram'],
    get: ({ item }) => plusPrior(requestedSessions(item), readAmount(item.facts.sessionsCompletedInProgram)),
    describe: (value, ctx) =>
      describeWithPrior(readAmount(ctx.item.facts.sessionsCompletedInProgram), ctx, value, 'sessions'),
  },
  'item.psychotherapyVisitsWithPrior': {
    type: 'number',
    label: 'Requested plus completed psychotherapy visits',
    fieldPaths: ['frequencyPerWeek', 'durationWeeks', 'quantity', 'facts.priorPsychotherapyVisits'],
    get: ({ item }) => plusPrior(requestedSessions(item), readAmount(item.facts.priorPsychotherapyVisits)),
    describe: (value, ctx) =>
      describeWithPrior(readAmount(ctx.item.facts.priorPsychotherapyVisits), ctx, value, 'visits'),
  },

  // ---------- procedure history (treatment.injections) ----------
  'item.priorSameProcedures': {
    type: 'number',
    label: 'Prior procedures of the same kind recorded',
    fieldPaths: HISTORY_PATHS,
    get: ({ draft, item }) => procedureHistory(draft, item)?.same.length,
    describe: (value, { item }) =>
      `${counted(Number(value), `prior ${kindName(item)}s`, `prior ${kindName(item)}`)} recorded for this region`,
  },
  'item.sameProceduresIn12MonthsWithRequest': {
    type: 'number',
    label: 'Procedures of this kind in 12 months, with this request',
    fieldPaths: [...HISTORY_PATHS, 'quantity', ...REQUEST_DATES],
    get: ({ draft, item }) => inTwelveMonthsWithRequest(draft, item),
    describe: (value, { item }) => {
      const requested = readAmount(item.quantity) ?? 0;
      const prior = Number(value) - requested;
      const total = counted(Number(value), `${kindName(item)}s`, kindName(item));
      return `${formatCount(prior)} in the 12 months before the request + ${formatCount(requested)} requested = ${total} for this region`;
    },
  },
  'item.lastSameProcedureReliefPercent': {
    type: 'number',
    label: 'Pain relief after the last procedure of this kind (%)',
    fieldPaths: HISTORY_PATHS,
    get: ({ draft, item }) => readAmount(latest(procedureHistory(draft, item))?.reliefPercent),
    describe: (value, { item }) => `The last ${kindName(item)} gave ${String(value)}% relief`,
  },
  'item.lastSameProcedureReliefWeeks': {
    type: 'number',
    label: 'Weeks of relief after the last procedure of this kind',
    fieldPaths: HISTORY_PATHS,
    get: ({ draft, item }) => readAmount(latest(procedureHistory(draft, item))?.reliefWeeks),
    describe: (value, { item }) =>
      `The relief after the last ${kindName(item)} lasted ${counted(Number(value), 'weeks')}`,
  },
  'item.monthsSinceLastSameProcedure': {
    type: 'number',
    label: 'Months since the last procedure of this kind',
    fieldPaths: [...HISTORY_PATHS, ...REQUEST_DATES],
    get: ({ draft, item }) => {
      const history = procedureHistory(draft, item);
      const last = latest(history);
      if (!history?.requestDate || !last || !isValidIsoDate(last.date)) return undefined;
      return wholeMonthsBetween(last.date, history.requestDate) ?? undefined;
    },
    describe: (value, { item }) =>
      `The last ${kindName(item)} was ${counted(Number(value), 'whole months')} before the request`,
  },
  'item.priorFacetBlocks': {
    type: 'number',
    label: 'Diagnostic facet or medial branch blocks recorded',
    fieldPaths: HISTORY_PATHS,
    get: ({ draft, item }) => historyOfKind(draft, item, 'facet_block')?.same.length,
    describe: (value) =>
      `${counted(Number(value), 'facet or medial branch blocks')} recorded for this region`,
  },
  'item.lastFacetBlockReliefPercent': {
    type: 'number',
    label: 'Pain relief after the last medial branch block (%)',
    fieldPaths: HISTORY_PATHS,
    get: ({ draft, item }) => readAmount(latest(historyOfKind(draft, item, 'facet_block'))?.reliefPercent),
    describe: (value) => `The last medial branch block gave ${String(value)}% relief`,
  },
  'item.priorJointCorticosteroidInjections': {
    type: 'number',
    label: 'Corticosteroid injections of this joint recorded',
    fieldPaths: HISTORY_PATHS,
    get: ({ draft, item }) => historyOfKind(draft, item, 'joint_steroid')?.same.length,
    describe: (value) => `${counted(Number(value), 'corticosteroid injections')} of this joint recorded`,
  },

  /**
   * Imaging already showing the nerve root lesion an EMG/NCS would look for. Only a recorded "yes"
   * counts: imaging not recorded, or recorded as not showing it, reads as not shown (false, never
   * undefined), so a study is turned down for this reason only on a documented imaging finding
   * (confirmed catalogue 6.4 NEW, CM17-0010006).
   */
  'item.lesionShownOnImaging': {
    type: 'boolean',
    label: 'Imaging already showing the nerve root lesion',
    fieldPaths: ['facts.imagingShowsLesion'],
    get: ({ item }) => item.facts.imagingShowsLesion === true,
    describe: (value, { item }) =>
      value === true
        ? 'Imaging already shows the nerve root lesion that matches the exam'
        : item.facts.imagingShowsLesion === false
          ? 'Imaging does not show a nerve root lesion that matches the exam'
          : 'No imaging showing the nerve root lesion is recorded',
  },

  'item.mrArthrographyRequested': {
    type: 'boolean',
    label: 'MR arthrography requested',
    fieldPaths: ['requestedAs', 'serviceType'],
    // Read from the request's words: an MR arthrogram is an MRI with contrast in the joint.
    get: ({ item }) => item.serviceType === 'mri' && /arthrogra/i.test(item.requestedAs),
    describe: (value) =>
      value === true ? 'The request is for MR arthrography' : 'The request is not for arthrography',
  },

  'item.ctRequested': {
    type: 'boolean',
    label: 'CT requested',
    fieldPaths: ['serviceType'],
    get: ({ item }) => item.serviceType === 'ct',
    describe: (value) => (value === true ? 'The request is for a CT' : 'The request is not for a CT'),
  },

  'item.repeatMri': {
    type: 'boolean',
    label: 'A repeat MRI of the same region',
    fieldPaths: ['serviceType', 'facts.priorStudySameRegion'],
    get: ({ item }) => item.serviceType === 'mri' && item.facts.priorStudySameRegion === true,
    describe: (value) => (value === true ? 'A repeat MRI of the same region' : 'Not a repeat MRI'),
  },

  // ---------- service facts the reviewer records ----------
  'item.facts.redFlags': serviceBoolean('redFlags', 'Red flags for serious pathology'),
  'item.facts.neuroDeficit': serviceBoolean('neuroDeficit', 'Objective neurologic findings on exam'),
  'item.facts.radicularSymptoms': serviceBoolean('radicularSymptoms', 'Radiating (radicular) symptoms'),
  'item.facts.conservativeCareWeeks': {
    ...serviceNumber('conservativeCareWeeks', 'Weeks of conservative care'),
    fieldPaths: ['facts.conservativeCareWeeks', 'injury.dateOfInjury', ...REQUEST_DATES],
    bounds: conservativeCareBounds,
  },
  'item.facts.conservativeCareFailed': serviceBoolean(
    'conservativeCareFailed',
    'Conservative care tried without adequate improvement',
  ),
  'item.facts.surgeryConsidered': serviceBoolean(
    'surgeryConsidered',
    'Surgery or an invasive procedure considered and acceptable to the worker',
  ),
  'item.facts.priorStudySameRegion': serviceBoolean(
    'priorStudySameRegion',
    'The same study already done for this region',
  ),
  'item.facts.significantChange': serviceBoolean(
    'significantChange',
    'Significant change in symptoms or findings since the prior study',
  ),
  'item.facts.imagingCorroborates': serviceBoolean(
    'imagingCorroborates',
    'Imaging or electrodiagnostic findings that match the exam',
  ),
  'item.facts.structuralLesionSuspected': serviceBoolean(
    'structuralLesionSuspected',
    'Exam findings of a specific structural lesion',
  ),
  'item.facts.plainFilmsNondiagnostic': serviceBoolean(
    'plainFilmsNondiagnostic',
    'Plain films taken and non-diagnostic',
  ),
  'item.facts.symptomsWorsening': serviceBoolean(
    'symptomsWorsening',
    'Symptoms or neurologic signs getting worse',
  ),
  'item.facts.entrapmentSuspected': serviceBoolean(
    'entrapmentSuspected',
    'Clinical signs of a peripheral nerve entrapment',
  ),
  'item.facts.includesNcs': serviceBoolean('includesNcs', 'Nerve conduction studies requested'),
  'item.facts.fluoroscopyGuided': serviceBoolean('fluoroscopyGuided', 'Fluoroscopic guidance'),
  'item.facts.psychosocialAssessmentDone': serviceBoolean(
    'psychosocialAssessmentDone',
    'A satisfactory detailed psychosocial assessment',
  ),
  'item.facts.siExamFindingsPositive': serviceNumber(
    'siExamFindingsPositive',
    'Positive sacroiliac joint exam findings',
  ),
  'item.facts.levelsRequested': serviceNumber('levelsRequested', 'Levels requested'),
  'item.facts.priorInjectionMedicationReduced': serviceBoolean(
    'priorInjectionMedicationReduced',
    'Less pain medication after the prior injection',
  ),
  'item.facts.functionalImprovementAfterPrior': serviceBoolean(
    'functionalImprovementAfterPrior',
    'Functional improvement after the prior treatment of this kind',
  ),
  'item.facts.diagnosticBlock': serviceBoolean('diagnosticBlock', 'Requested as a diagnostic block'),
  'item.facts.previouslyFusedLevel': serviceBoolean(
    'previouslyFusedLevel',
    'A requested level previously fused',
  ),
  'item.facts.triggerPointsDocumented': serviceBoolean(
    'triggerPointsDocumented',
    'Trigger points with twitch response and referred pain',
  ),
  'item.facts.functionLimitedByPain': serviceBoolean(
    'functionLimitedByPain',
    'Pain that significantly limits activities or function',
  ),
  'item.facts.scsIndication': serviceBoolean(
    'scsIndication',
    'A condition a spinal cord stimulator is indicated for',
  ),
  'item.facts.psychClearanceDone': serviceBoolean(
    'psychClearanceDone',
    'A psychological evaluation that cleared the worker for the procedure',
  ),
  'item.facts.permanentImplant': serviceBoolean('permanentImplant', 'A permanent implant (not the trial)'),
  'item.facts.handInjectionCondition': serviceBoolean(
    'handInjectionCondition',
    "Carpal tunnel syndrome, de Quervain's tenosynovitis or trigger finger",
  ),
  'item.facts.bmi': serviceNumber('bmi', 'Body mass index'),
  /** The operation the request names, as the post-surgical table's surgeries read it. */
  'item.requestedSurgery': {
    type: 'enum',
    label: 'Surgery requested',
    fieldPaths: ['requestedAs'],
    valueLabels: SURGERY_KEYS,
    get: ({ item }) => readSurgeryKey(item.requestedAs),
  },
  'item.facts.severeOsteoarthritis': serviceBoolean(
    'severeOsteoarthritis',
    'Symptomatic severe osteoarthritis of the joint',
  ),
  'item.facts.rentalDays': serviceNumber('rentalDays', 'Rental days requested'),
  'item.facts.priorPsychotherapyVisits': serviceNumber(
    'priorPsychotherapyVisits',
    'Psychotherapy visits already completed',
  ),
  'item.facts.cbtWeeksCompleted': serviceNumber(
    'cbtWeeksCompleted',
    'Weeks of cognitive behavioral therapy already given',
  ),
  'item.facts.sessionsCompletedInProgram': serviceNumber(
    'sessionsCompletedInProgram',
    'Full-day sessions already completed in the program',
  ),
  'item.facts.tensTrialCompleted': serviceBoolean(
    'tensTrialCompleted',
    'A completed one-month home TENS trial',
  ),
  'item.facts.tensBenefitDocumented': serviceBoolean(
    'tensBenefitDocumented',
    'Use and effect on pain and function documented for the trial',
  ),
  'item.facts.concurrentTreatmentDocumented': serviceBoolean(
    'concurrentTreatmentDocumented',
    'Other ongoing treatment documented during the trial',
  ),
  'item.facts.treatmentGoalsStated': serviceBoolean(
    'treatmentGoalsStated',
    'Specific short- and long-term treatment goals',
  ),
  'item.facts.neuropathicCondition': serviceBoolean(
    'neuropathicCondition',
    'Neuropathic pain, CRPS, phantom limb pain, spasticity or multiple sclerosis',
  ),
  'item.facts.postoperative': serviceBoolean('postoperative', 'Requested for use after a surgery'),
  'item.facts.associatedSurgeryAuthorized': serviceBoolean(
    'associatedSurgeryAuthorized',
    'The surgery this item supports is authorized',
  ),
  'item.associatedSurgeryAuthorized': {
    type: 'boolean',
    label: 'The surgery this item supports is authorized',
    fieldPaths: ['facts.associatedSurgeryAuthorized', 'disputedItems'],
    outcomesRead: (ctx) => surgeriesRequested(ctx).map((entry) => entry.itemId),
    get: (ctx) => associatedSurgery(ctx).authorized,
    describe: (_value, ctx) => associatedSurgery(ctx).reason,
  },
  'item.sameRegionMriNeeded': {
    type: 'boolean',
    label: 'An MRI of the same region found medically necessary in this review',
    fieldPaths: ['disputedItems'],
    outcomesRead: (ctx) => sameRegionMris(ctx).map((entry) => entry.itemId),
    get: (ctx) => sameRegionMriNeeded(ctx).needed,
    describe: (_value, ctx) => sameRegionMriNeeded(ctx).reason,
  },
  'item.facts.meetsDmeDefinition': serviceBoolean('meetsDmeDefinition', 'Meets the DME definition'),
  'item.facts.rationaleStated': serviceBoolean('rationaleStated', 'Clinical reason for the request stated'),
  'item.facts.homeExerciseFailed': serviceBoolean(
    'homeExerciseFailed',
    'Home exercise program tried, revised and not effective',
  ),
  'item.facts.equipmentNeeded': serviceBoolean('equipmentNeeded', 'Exercise equipment needed'),
  'item.facts.professionallySupervised': serviceBoolean(
    'professionallySupervised',
    'Program monitored and run by medical professionals',
  ),
  'item.facts.antiemeticApprovedUse': serviceBoolean(
    'antiemeticApprovedUse',
    'Nausea from chemotherapy, radiation, surgery or gastroenteritis',
  ),
  'item.facts.sleepDisorderSuspected': serviceBoolean('sleepDisorderSuspected', 'Sleep disorder suspected'),
  'item.facts.chronicInsomnia': serviceBoolean('chronicInsomnia', 'Insomnia 4 nights a week for 6 months'),
  'item.facts.insomniaTreatmentFailed': serviceBoolean(
    'insomniaTreatmentFailed',
    'Behavioral treatment and sleep medication failed',
  ),
  'item.facts.psychiatricCauseExcluded': serviceBoolean(
    'psychiatricCauseExcluded',
    'Psychiatric cause of insomnia excluded',
  ),
  'item.facts.selfTransportPrevented': serviceBoolean(
    'selfTransportPrevented',
    'Disability prevents self-transport',
  ),
  'item.facts.frpBaselineEvaluation': serviceBoolean(
    'frpBaselineEvaluation',
    'Adequate evaluation with baseline functional testing',
  ),
  'item.facts.motivationToChange': serviceBoolean(
    'motivationToChange',
    'Motivation to change and willingness to forgo secondary gains',
  ),
  'item.facts.negativePredictorsAddressed': serviceBoolean(
    'negativePredictorsAddressed',
    'Negative predictors of success addressed',
  ),
  'item.facts.homebound': serviceBoolean('homebound', 'Homebound'),
  'item.facts.homeHealthMedicalCare': serviceBoolean(
    'homeHealthMedicalCare',
    'Medical treatment among the requested services',
  ),
  'item.facts.failedReturnToWork': serviceBoolean('failedReturnToWork', 'Failed return-to-work attempts'),
  'item.facts.conflictingWorkReports': serviceBoolean(
    'conflictingWorkReports',
    'Conflicting medical reports on fitness for work',
  ),
  'item.facts.nearMmi': serviceBoolean('nearMmi', 'At or near maximum medical improvement'),
  'item.facts.workHardeningPlanned': serviceBoolean(
    'workHardeningPlanned',
    'Work hardening admission planned',
  ),
  'item.facts.delayedRecovery': serviceBoolean(
    'delayedRecovery',
    'Delayed recovery or psychosocial risk factors',
  ),
  'item.facts.psychEvalBeforeProcedure': serviceBoolean(
    'psychEvalBeforeProcedure',
    'Requested before a functional restoration program, spinal cord stimulator or implanted pump',
  ),
  'item.facts.specialtyNamed': serviceBoolean('specialtyNamed', 'Specialty or specialist named'),
  'item.facts.surgicalOpinionSought': serviceBoolean('surgicalOpinionSought', 'Referral to a surgeon'),
  'item.facts.diagnosisUncertain': serviceBoolean('diagnosisUncertain', 'Uncertain or complex diagnosis'),
  'item.facts.footOrthoticCondition': serviceBoolean(
    'footOrthoticCondition',
    'Plantar fasciitis or metatarsalgia',
  ),
  'item.facts.fusionRiskFactor': serviceBoolean(
    'fusionRiskFactor',
    'A risk factor for a failed spinal fusion',
  ),
  'item.facts.stiffKneeRisk': serviceBoolean(
    'stiffKneeRisk',
    'A knee at risk of stiffness after the operation',
  ),
  'item.facts.fractureNeedsFixation': serviceBoolean(
    'fractureNeedsFixation',
    'A fracture displaced, unstable, out of its reduction, stepped at the joint or not healing',
  ),
  'item.requestNamesFractureFixation': {
    type: 'boolean',
    label: 'Request names a fracture fixation',
    fieldPaths: ['requestedAs'],
    get: ({ item }) => FRACTURE_FIXATION.test(item.requestedAs) || undefined,
    describe: (_value, { item }) => `Requested: ${item.requestedAs.trim()} (a fracture fixation)`,
  },
  'item.facts.customDeviceReason': serviceBoolean(
    'customDeviceReason',
    'A reason a prefabricated device will not do',
  ),
  /** "Custom-fabricated knee brace", "custom-molded wrist orthosis": a device made or fitted for the worker. */
  'item.requestNamesCustomDevice': {
    type: 'boolean',
    label: 'Request names a custom-made device',
    fieldPaths: ['requestedAs'],
    get: ({ item }) =>
      /\bcustom(?:[- ](?:fabricated|molded|moulded|made|fitted|fit))?\b/i.test(item.requestedAs),
    describe: (value, { item }) =>
      `Requested: ${item.requestedAs.trim()} (${value === true ? 'a custom-made device' : 'a prefabricated device'})`,
  },
  'item.facts.kneeInstability': serviceBoolean(
    'kneeInstability',
    'Ligament or patellar instability of the knee',
  ),
  'item.facts.cuffTearWithWeakness': serviceBoolean(
    'cuffTearWithWeakness',
    'Full-thickness rotator cuff tear with weakness of elevation or rotation',
  ),
  'item.facts.specialistExpertiseNeeded': serviceBoolean(
    'specialistExpertiseNeeded',
    'Care that needs expertise the treating physician lacks',
  ),
  'item.facts.preopTestIndicated': serviceBoolean(
    'preopTestIndicated',
    "Tests called for by the patient's age, conditions or the surgery",
  ),
  'item.facts.plexopathySuspected': serviceBoolean(
    'plexopathySuspected',
    'A suspected nerve cause the usual shoulder diagnoses do not explain (e.g. brachial plexopathy)',
  ),
  'item.facts.paresthesiasPersistent': serviceBoolean(
    'paresthesiasPersistent',
    'Subacute or chronic paresthesias in the arm',
  ),
  'item.facts.examEquivocal': serviceBoolean(
    'examEquivocal',
    'An equivocal exam (it neither confirms nor rules out the hernia)',
  ),
  'item.facts.ultrasoundNondiagnostic': serviceBoolean(
    'ultrasoundNondiagnostic',
    'A diagnostic ultrasound done first that did not settle the question',
  ),
  'item.facts.complexHerniaInObesity': serviceBoolean(
    'complexHerniaInObesity',
    'A complex hernia in an obese patient',
  ),
  'item.facts.ctUnavailable': serviceBoolean('ctUnavailable', 'CT not available'),
  'item.facts.cartilageRepairAssessment': serviceBoolean(
    'cartilageRepairAssessment',
    'A repeat MRI to assess a cartilage repair after surgery',
  ),
  'item.facts.fusionUnconfirmedOnFilms': serviceBoolean(
    'fusionUnconfirmedOnFilms',
    'A spinal fusion whose healing plain films do not confirm',
  ),
  'item.facts.labralTearOrRetearSuspected': serviceBoolean(
    'labralTearOrRetearSuspected',
    'A suspected labral tear, or re-tear after a rotator cuff repair',
  ),
} satisfies Record<string, FactDefinition>;
