/**
 * The fact registry: named, pure functions of the case that guideline conditions read. Facts are
 * code; criteria are data. A fact answers `undefined` whenever the case does not document it (empty,
 * malformed, negative or non-finite input), so the criterion becomes "not documented", never "met".
 *
 * Names: `item.*` read the disputed item (and the history relevant to its discipline), `case.*`
 * read the case as a whole. `fieldPaths` name the case fields that feed the fact: item-relative
 * ("frequencyPerWeek", "facts.screeningDone") or case-level ("injury.dateOfInjury").
 */
import {
  type CaseDraft,
  type DisputedItem,
  PHYSICAL_DEMAND_LEVELS,
  type RTW_GOALS,
  type ServiceType,
  type THERAPY_DISCIPLINES,
  type TherapyCourse,
  type WORK_STATUSES,
} from '../case/case-schema';
import { requestReferenceDate } from '../case/derived';
import {
  compareIsoDates,
  daysBetween,
  formatUsDate,
  isValidIsoDate,
  wholeMonthsBetween,
} from '../dates/dates';
import { counted } from '../text/wording';
import { readBool, serviceBoolean } from './fact-readers';
import { MEDICATION_FACTS, TAPER_WORDS } from './facts-medications';
import { PROCEDURE_FACTS } from './facts-procedures';
import {
  BODY_REGIONS,
  type BodyRegion,
  DIAGNOSIS_BUCKETS,
  MODALITIES,
  ODG_VISIT_CONDITIONS,
  type OdgVisitCondition,
  outrankingOdgEntry,
  readBodyRegions,
  readDiagnosisBucket,
  readModality,
  readOdgVisitCondition,
  readSurgeryKey,
  SURGERY_KEYS,
  sameOdgAllowance,
} from './vocabularies';

export type FactType = 'number' | 'boolean' | 'enum' | 'enum_list' | 'date';
export type FactValue = number | boolean | string | readonly string[];

export interface FactContext {
  draft: CaseDraft;
  item: DisputedItem;
  /** "Today" as the caller passes it; facts of a case never read the clock. */
  asOf: string;
  /**
   * The outcome in this review of the other disputed items whose outcome the set's facts declare
   * they read (`outcomesRead`), by item id, once the evaluator has decided them. An item missing
   * here has no outcome yet: a fact reads it as still open, as if this review had not decided it.
   */
  outcomes?: ReadonlyMap<string, ItemOutcome> | undefined;
  /**
   * The service type the item was entered as, when its set sent it to another type's guideline
   * (post-surgical therapy after its period, judged as physical therapy).
   */
  judgedFrom?: ServiceType | '' | undefined;
}

/** The outcome of a disputed item in this review, as a fact reading it from another item sees it. */
export interface ItemOutcome {
  /** The item's final decision: the reviewer's, else the recommendation of its criteria; null when none yet. */
  decision: 'upheld' | 'overturned' | null;
  /**
   * The decision is the criteria's recommendation and rests only on judgments the reviewer has not
   * answered yet (an uphold "awaiting the reviewer's answer"): not a finding another item can
   * follow.
   */
  provisional: boolean;
}

export interface FactDefinition {
  type: FactType;
  /** Noun phrase used in evidence sentences: "Hours per day". */
  label: string;
  fieldPaths: readonly string[];
  /** Labels of enum values, for evidence sentences. */
  valueLabels?: Readonly<Record<string, string>>;
  get: (ctx: FactContext) => FactValue | undefined;
  /** Fragment quoting the value: "Requested 2 days/week". Default: "<label>: <value>". */
  describe?: (value: FactValue, ctx: FactContext, unit: string) => string;
  /**
   * For facts a set shows as "computed facts": the value in words with how it was reached (the MED
   * arithmetic per drug) and what the reviewer should check. Default: the value, or "not documented".
   */
  explain?: (ctx: FactContext) => FactExplanation;
  /**
   * For a number `get` leaves undefined because only its bounds are known (a dose from a sig range):
   * the bounds. A comparison the whole range passes is met, one it wholly fails is not met; only a
   * range that straddles the limit stays not documented.
   */
  bounds?: (ctx: FactContext) => FactBounds | undefined;
  /**
   * For a fact that reads the outcome of other disputed items of the same review (a PPI reads
   * whether this review upholds the NSAID it protects against): the ids of those items. The
   * evaluator decides them first and passes their outcomes in `ctx.outcomes`; an item whose
   * outcome, through such reads, would depend on itself is evaluated without outcomes, with a
   * warning. Which set judges an item never depends on outcomes (selection reads none).
   */
  outcomesRead?: (ctx: FactContext) => readonly string[];
}

export interface FactBounds {
  min: number;
  max: number;
  /** Why only bounds are known: "from a sig range". */
  why: string;
  /** What settles a range that straddles a limit: "confirm the daily dose". */
  toSettle: string;
}

export interface FactExplanation {
  value: string;
  detail?: string;
  /** Shown as item warnings: "Confirm the daily dose of Norco: the sig gives a range". */
  warnings?: string[];
}

// ---------- value readers: anything malformed reads as undefined ----------

/** A count or amount: finite and not negative. */
export function readAmount(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The legs as a request names them: "bilateral lower extremities", "left leg", "BLE". */
const LEGS = /\b(?:lower\s+extremit(?:y|ies)|legs?|BLE|[LR]LE)\b/i;
/** The arms as a request names them: "bilateral upper extremities", "right arm", "BUE". */
const ARMS = /\b(?:upper\s+extremit(?:y|ies)|arms?|BUE|[LR]UE)\b/i;

const readDate = (value: string | undefined): string | undefined =>
  typeof value === 'string' && isValidIsoDate(value) ? value : undefined;
const readText = (value: string | undefined): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

// Words a record uses for a part it does not state ("body part: unspecified"): not a statement of it.
const NOT_STATED = /^(?:unknown|unspecified|not (?:specified|stated|given|documented)|n\/?a|none|[?-]+)$/i;

/** Text that states something: filled in, and not a word for "not stated". */
const readStatedText = (value: string | undefined): string | undefined => {
  const text = readText(value)?.trim();
  return text !== undefined && !NOT_STATED.test(text) ? text : undefined;
};

/** Numbers as people write them: 12, 2.5 (never 2.4999999). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

// ---------- therapy history ----------

type Discipline = (typeof THERAPY_DISCIPLINES)[number];

/** The discipline whose history counts for a service (its prior visits, its functional improvement). */
const SERVICE_DISCIPLINE: Partial<Record<ServiceType, Discipline>> = {
  physical_therapy: 'pt',
  occupational_therapy: 'ot',
  chiropractic: 'chiropractic',
  acupuncture: 'acupuncture',
  massage: 'massage',
  aquatic_therapy: 'aquatic',
};

/**
 * Labor Code 4604.5 caps PT, OT and chiropractic visits separately (aquatic therapy is physical
 * therapy). Services not listed are outside the cap.
 */
const VISIT_CAP_DISCIPLINES: Partial<Record<ServiceType, readonly Discipline[]>> = {
  physical_therapy: ['pt', 'aquatic'],
  aquatic_therapy: ['pt', 'aquatic'],
  occupational_therapy: ['ot'],
  chiropractic: ['chiropractic'],
};

/** A work status as a sentence words it ("Work status: temporarily totally disabled"). */
export const WORK_STATUS_PHRASES: Record<(typeof WORK_STATUSES)[number], string> = {
  ttd: 'temporarily totally disabled',
  tpd: 'temporarily partially disabled (modified duty)',
  full_duty: 'full duty',
  permanent_stationary: 'permanent and stationary',
};

export const DISCIPLINE_LABELS: Record<Discipline, string> = {
  pt: 'PT',
  ot: 'OT',
  chiropractic: 'chiropractic',
  acupuncture: 'acupuncture',
  massage: 'massage',
  aquatic: 'aquatic therapy',
};

function courses(draft: CaseDraft, include: (course: TherapyCourse) => boolean): TherapyCourse[] {
  return draft.treatment.therapyCourses.filter(include);
}

const nonSurgicalOf =
  (disciplines: readonly Discipline[]) =>
  (course: TherapyCourse): boolean =>
    course.discipline !== '' && disciplines.includes(course.discipline) && course.postsurgical !== true;
const postsurgical = (course: TherapyCourse): boolean => course.postsurgical === true;

/** Sum of completed visits; undefined when any course's count is unknown. */
function sumVisits(list: TherapyCourse[]): number | undefined {
  let total = 0;
  for (const course of list) {
    const visits = readAmount(course.visitsCompleted);
    if (visits === undefined) return undefined;
    total += visits;
  }
  return total;
}

/** Functional improvement as recorded for the most recent course that records it. */
function latestFunctionalImprovement(list: TherapyCourse[]): boolean | undefined {
  const ordered = list
    .map((course, index) => ({ course, index }))
    .sort((a, b) => compareIsoDates(a.course.startDate, b.course.startDate) || a.index - b.index);
  for (let i = ordered.length - 1; i >= 0; i -= 1) {
    const answer = readBool(ordered[i]?.course.functionalImprovementDocumented);
    if (answer !== undefined) return answer;
  }
  return undefined;
}

function disciplineOf(item: DisputedItem): Discipline | undefined {
  return item.serviceType ? SERVICE_DISCIPLINE[item.serviceType] : undefined;
}

/**
 * The item's discipline's earlier courses. Post-surgical courses count only for a request judged
 * after its post-surgical care (sent from another type's guideline): the visits the worker has had
 * for the condition; they stay outside the Labor Code cap either way.
 */
function priorCourses(ctx: FactContext): TherapyCourse[] | undefined {
  const discipline = disciplineOf(ctx.item);
  if (!discipline) return undefined;
  if (ctx.judgedFrom) return courses(ctx.draft, (course) => course.discipline === discipline);
  return courses(ctx.draft, nonSurgicalOf([discipline]));
}

function requestedVisits(item: DisputedItem): number | undefined {
  const frequency = readAmount(item.frequencyPerWeek);
  const weeks = readAmount(item.durationWeeks);
  if (frequency !== undefined && weeks !== undefined) return frequency * weeks;
  return readAmount(item.quantity);
}

function priorVisits(ctx: FactContext): number | undefined {
  const list = priorCourses(ctx);
  return list ? sumVisits(list) : undefined;
}

function capPriorVisits(ctx: FactContext): number | undefined {
  const disciplines = ctx.item.serviceType ? VISIT_CAP_DISCIPLINES[ctx.item.serviceType] : undefined;
  return disciplines ? sumVisits(courses(ctx.draft, nonSurgicalOf(disciplines))) : undefined;
}

const plus = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined ? undefined : a + b;

/** Completed visits that improved function, with the request still inside manual therapy's 18. */
function therapeuticCourse(ctx: FactContext): { prior: number; total: number; flareUp: boolean } | undefined {
  const list = priorCourses(ctx);
  const prior = list ? sumVisits(list) : undefined;
  const requested = requestedVisits(ctx.item);
  const total = plus(requested, prior);
  if (!list || prior === undefined || prior === 0 || total === undefined) return undefined;
  if (latestFunctionalImprovement(list) !== true) return undefined;
  if (total <= 18) return { prior, total, flareUp: false };
  // A new flare-up after care that worked, treated with the 1-2 visits the guideline allows for it,
  // is care of the flare-up, not care kept up to hold a gain.
  const flareUpVisits =
    readBool(ctx.item.facts.flareUp) === true && requested !== undefined && requested <= 2;
  return flareUpVisits ? { prior, total, flareUp: true } : undefined;
}

/** "12 requested + 6 completed = 18 PT visits" */
function describeTotal(
  ctx: FactContext,
  prior: number | undefined,
  total: FactValue,
  unit: string,
  what: string,
): string {
  const requested = requestedVisits(ctx.item);
  const totalText = counted(Number(total), what ? `${what} ${unit}` : unit);
  if (requested === undefined || prior === undefined) return totalText;
  return `${formatNumber(requested)} requested + ${formatNumber(prior)} completed = ${totalText}`;
}

/** Words joined by single spaces, skipping an empty label ("prior  courses" when no discipline). */
const withLabel = (...words: string[]): string => words.filter((word) => word !== '').join(' ');

function itemDisciplineLabel(ctx: FactContext): string {
  const discipline = disciplineOf(ctx.item);
  return discipline ? DISCIPLINE_LABELS[discipline] : '';
}

function capDisciplineLabel(ctx: FactContext): string {
  const disciplines = ctx.item.serviceType ? VISIT_CAP_DISCIPLINES[ctx.item.serviceType] : undefined;
  return disciplines?.[0] ? DISCIPLINE_LABELS[disciplines[0]] : '';
}

/** "Diagnosis category: other diagnosis (as entered: lateral epicondylitis)" for text read as 'other'. */
function withTyped(label: string, labels: Record<string, string>, value: FactValue, typed: string): string {
  const key = String(value);
  const shown = labels[key] ?? key;
  return key === 'other' ? `${label}: ${shown} (as entered: ${typed.trim()})` : `${label}: ${shown}`;
}

/** A category read from the request's own field, or else from the case's diagnoses. */
interface CategoryReading<T> {
  value: T;
  /** The diagnoses it was read from; absent when the request's field gave it. */
  fromDiagnoses?: string[];
}

const namedRegions = (text: string) => (readBodyRegions(text) ?? []).filter((region) => region !== 'other');

/**
 * The category the request names; when its field is blank, the one the case's diagnoses agree on,
 * among those about the requested body part (a diagnosis naming no region counts for any). Diagnoses
 * read as 'other' do not decide ("lumbar strain" beside "cervical radiculopathy" reads as
 * radiculitis); two different categories are not chosen between: the reviewer enters one.
 */
/** The ODG body-part entry of an item's diagnoses; entries with the same allowance agree. */
function readOdgEntry(item: DisputedItem, draft: CaseDraft): CategoryReading<OdgVisitCondition> | undefined {
  return readCategoryOrDiagnoses(
    item.facts.diagnosisCategory,
    draft.injury.diagnoses,
    item.bodyPart,
    (text) => readOdgVisitCondition(text, item.bodyPart),
    sameOdgAllowance,
    outrankingOdgEntry,
  );
}

export function readCategoryOrDiagnoses<T extends string>(
  typed: string,
  diagnoses: readonly { text: string }[],
  requestBodyPart: string,
  read: (text: string) => T | undefined,
  /** Two readings the rule treats alike (the same allowance) do not conflict. */
  sameRule: (a: T, b: T) => boolean = (a, b) => a === b,
  /** The reading that settles a conflict, when one outranks the rest. */
  outranking: (values: readonly T[]) => T | undefined = () => undefined,
): CategoryReading<T> | undefined {
  if (typed.trim() !== '') {
    const value = read(typed);
    return value === undefined ? undefined : { value };
  }
  const requested = namedRegions(requestBodyPart);
  const aboutRequest = (text: string) => {
    const regions = namedRegions(text);
    return (
      requested.length === 0 || regions.length === 0 || regions.some((region) => requested.includes(region))
    );
  };
  const readings = diagnoses
    .filter((diagnosis) => aboutRequest(diagnosis.text))
    .flatMap((diagnosis) => {
      const value = read(diagnosis.text);
      return value === undefined ? [] : [{ value, text: diagnosis.text.trim() }];
    });
  const specific = readings.filter((reading) => reading.value !== 'other');
  const deciding = specific.length > 0 ? specific : readings;
  const [first] = deciding;
  if (!first) return undefined;
  if (deciding.every((reading) => sameRule(reading.value, first.value)))
    return { value: first.value, fromDiagnoses: deciding.map((reading) => reading.text) };
  const settled = outranking(deciding.map((reading) => reading.value));
  if (settled === undefined) return undefined;
  return {
    value: settled,
    fromDiagnoses: deciding.filter((reading) => reading.value === settled).map((reading) => reading.text),
  };
}

function describeCategory(
  label: string,
  labels: Record<string, string>,
  value: FactValue,
  typed: string,
  reading: () => CategoryReading<string> | undefined,
): string {
  const from = reading()?.fromDiagnoses;
  if (!from) return withTyped(label, labels, value, typed);
  const shown = labels[String(value)] ?? String(value);
  const quoted = from.map((text) => `"${text}"`).join(', ');
  return `${label}: ${shown} (read from the diagnos${from.length === 1 ? 'is' : 'es'} ${quoted})`;
}

/**
 * The surgery a post-surgical request follows: the one it names; when it names none, the only
 * surgery in the treatment history (with several, the reviewer names it), or with none recorded,
 * the only surgery requested in this review.
 */
function surgeryFollowed({
  item,
  draft,
}: FactContext): { type: string; date: string; fromHistory: boolean } | undefined {
  if (item.facts.surgeryType.trim() !== '')
    return { type: item.facts.surgeryType, date: item.facts.surgeryDate, fromHistory: false };
  const recorded = draft.treatment.surgeries.filter((surgery) => surgery.type.trim() !== '');
  const [only] = recorded;
  if (recorded.length === 1 && only) return { type: only.type, date: only.date, fromHistory: true };
  if (recorded.length > 0) return undefined;
  // None done yet: the one surgery requested in this review, the therapy it is asked with.
  const requested = draft.disputedItems.filter(
    (other) => other.id !== item.id && other.serviceType === 'surgery' && other.requestedAs.trim() !== '',
  );
  const [surgery] = requested;
  return requested.length === 1 && surgery
    ? { type: surgery.requestedAs, date: '', fromHistory: false }
    : undefined;
}

/**
 * What the operation an item follows says of the support ODG gives after it: a knee arthroscopy
 * that repairs nothing (a meniscectomy, a chondroplasty), a single-level anterior cervical fusion,
 * a large or massive rotator cuff repair (open, or named large), another operation, or none named.
 */
const POST_OP_SUPPORT_SURGERIES = {
  knee_arthroscopy_only: 'a knee arthroscopy that repairs or reconstructs nothing',
  single_level_anterior_cervical_fusion: 'a single-level anterior cervical fusion',
  large_cuff_repair: 'an open or large rotator cuff repair',
  other_surgery: 'another operation',
  none_named: 'no operation named',
} as const;
type PostOpSupportSurgery = keyof typeof POST_OP_SUPPORT_SURGERIES;

const REPAIRS_THE_KNEE =
  /\b(?:repair|reconstruct\w*|microfractur\w*|osteochondral|cartilage\s+(?:repair|restoration|transplant)|transplant\w*|ORIF|fixation|osteotomy)\b/i;
const CERVICAL_LEVEL = /\bC[2-7]\s*-\s*(?:C\s*)?[3-7]\b/gi;
const LARGE_TEAR =
  /\b(?:large|massive)\b[^;,.]*\b(?:tears?|cuff|supraspinatus|infraspinatus|subscapularis)\b/i;

function postOpSupportSurgery(ctx: FactContext): { kind: PostOpSupportSurgery; text?: string } {
  const followed = surgeryFollowed(ctx);
  if (!followed) return { kind: 'none_named' };
  const text = followed.type;
  const key = readSurgeryKey(text);
  if (key === 'meniscectomy' && !REPAIRS_THE_KNEE.test(text)) return { kind: 'knee_arthroscopy_only', text };
  if (key === 'cervical_fusion') {
    const levels = new Set([...text.matchAll(CERVICAL_LEVEL)].map((level) => level[0].replace(/\s/g, '')));
    const single =
      /\b(?:single|one|1)[- ]level\b/i.test(text) || (levels.size === 1 && !/\blevels\b/i.test(text));
    const anterior = /\banterior\b|\bACDF\b|\bACF\b/i.test(text) && !/\bposterior\b/i.test(text);
    if (single && anterior) return { kind: 'single_level_anterior_cervical_fusion', text };
  }
  if (
    key === 'rotator_cuff_open' ||
    ((key === 'rotator_cuff_arthroscopic' || key === 'shoulder_arthroplasty') &&
      (LARGE_TEAR.test(text) || diagnosisTexts(ctx.draft).some((diagnosis) => LARGE_TEAR.test(diagnosis))))
  )
    return { kind: 'large_cuff_repair', text };
  return { kind: 'other_surgery', text };
}

/** The lumbar fusion done before the request, in words; undefined when none is recorded. */
function lumbarFusionDone(ctx: FactContext): string | undefined {
  const before = requestReferenceDate(ctx.draft)?.date;
  const surgery = ctx.draft.treatment.surgeries.find(
    (entry) =>
      readSurgeryKey(entry.type) === 'lumbar_fusion' &&
      (!before || !isValidIsoDate(entry.date) || compareIsoDates(entry.date, before) <= 0),
  );
  if (surgery)
    return isValidIsoDate(surgery.date) ? `${surgery.type} (${formatUsDate(surgery.date)})` : surgery.type;
  return diagnosisTexts(ctx.draft).find(
    (text) => /\b(?:status\s+post|s\/p)\b/i.test(text) && readSurgeryKey(text) === 'lumbar_fusion',
  );
}

const NECK_STRAIN_SEVERITIES = {
  severe: 'severe (grade 3) neck strain',
  usual: 'no severe (grade 3) strain named',
} as const;

const NECK = /\b(neck|cervical)\b/i;
const STRAIN = /\b(strains?|sprains?)\b/i;
const SEVERE = /\b(severe|grade\s*(3|iii|three))\b/i;

/** The diagnoses entered, as typed (blank rows left out): what every diagnosis reader reads. */
const diagnosisTexts = (draft: CaseDraft): string[] =>
  draft.injury.diagnoses.map((diagnosis) => diagnosis.text.trim()).filter(Boolean);

/** The diagnosis naming a severe (grade 3) strain or sprain of the neck, if any. */
function severeNeckStrainIn(draft: CaseDraft): string | undefined {
  return diagnosisTexts(draft).find((text) => NECK.test(text) && STRAIN.test(text) && SEVERE.test(text));
}

/** The uses of an oral NSAID the MTUS names that a diagnosis alone can show. */
const NSAID_USE_DIAGNOSES = {
  osteoarthritis: 'osteoarthritis',
  back_pain: 'back pain (a strain, sprain or pain of the back)',
  soft_tissue_injury: 'a sprain, strain, contusion or tendinitis (a soft-tissue injury)',
  none: 'neither named',
} as const;
type NsaidUseDiagnosis = keyof typeof NSAID_USE_DIAGNOSES;

const OSTEOARTHRITIS = /\b(osteo-?arthritis|osteoarthrosis|degenerative joint disease|djd)\b/i;
const BACK = /\b(low(er)?[- ]back|lumbar|lumbosacral|thoracolumbar|thoracic|back)\b/i;
// Mechanical back pain; a radiculopathy or a disc lesion is not, and stays with the reviewer.
const BACK_PAIN = /\b(strains?|sprains?|pain|spasms?|contusions?|myofascial)\b/i;
const BACK_PAIN_WORD = /\b(lumbago|backache|LBP)\b/i;
// The injuries anti-inflammatories are first line for, to let activity resume (2016 "Anti-inflammatory
// medications"; confirmed catalogue 3.2 NEW): short-term use only, as the set asks.
const SOFT_TISSUE_INJURY =
  /\b(sprains?|strains?|contusions?|tendinitis|tendonitis|tenosynovitis|bursitis|epicondylitis)\b/i;

/** The diagnosis showing a use an oral NSAID is recommended for, osteoarthritis first. */
function nsaidUseDiagnosisIn(draft: CaseDraft): { use: NsaidUseDiagnosis; text?: string } | undefined {
  const texts = diagnosisTexts(draft);
  if (texts.length === 0) return undefined;
  const osteoarthritis = texts.find((text) => OSTEOARTHRITIS.test(text));
  if (osteoarthritis) return { use: 'osteoarthritis', text: osteoarthritis };
  const backPain = texts.find(
    (text) => (BACK.test(text) && BACK_PAIN.test(text)) || BACK_PAIN_WORD.test(text),
  );
  if (backPain) return { use: 'back_pain', text: backPain };
  const softTissue = texts.find((text) => SOFT_TISSUE_INJURY.test(text));
  return softTissue ? { use: 'soft_tissue_injury', text: softTissue } : { use: 'none' };
}

/** A spasm of the back a diagnosis names, and whether it calls it acute (a flare). */
const BACK_SPASM_DIAGNOSES = {
  acute_spasm: 'an acute back spasm or a flare with spasm',
  spasm: 'a back or neck spasm',
  none: 'no back spasm named',
} as const;
type BackSpasmDiagnosis = keyof typeof BACK_SPASM_DIAGNOSES;

const SPASM = /\b(muscle\s+)?(myo)?spasms?\b/i;
const PARASPINAL = /\bparaspinal\b/i;
const ACUTE = /\b(acute|exacerbation|flare(-up)?)\b/i;

/** The diagnosis naming a spasm of the back (the paraspinal muscles of the neck are not the back). */
function backSpasmDiagnosisIn(draft: CaseDraft): { spasm: BackSpasmDiagnosis; text?: string } | undefined {
  const texts = diagnosisTexts(draft);
  if (texts.length === 0) return undefined;
  const spasms = texts.filter(
    (text) => SPASM.test(text) && (BACK.test(text) || (PARASPINAL.test(text) && !NECK.test(text))),
  );
  const acute = spasms.find((text) => ACUTE.test(text));
  if (acute) return { spasm: 'acute_spasm', text: acute };
  // The flare named in another diagnosis of the back: "lumbar strain with acute exacerbation" beside
  // "lumbar myospasm".
  const flare = texts.find((text) => BACK.test(text) && ACUTE.test(text) && !NECK.test(text));
  if (spasms[0] && flare) return { spasm: 'acute_spasm', text: `${spasms[0]}; ${flare}` };
  if (spasms[0]) return { spasm: 'spasm', text: spasms[0] };
  // A spasm of the neck counts only early on, as an acute injury's (never as a flare of back pain).
  const neckSpasm = texts.find((text) => SPASM.test(text) && NECK.test(text));
  return neckSpasm ? { spasm: 'spasm', text: neckSpasm } : { spasm: 'none' };
}

/**
 * A condition named in the diagnoses and not ruled out or denied, as a computed yes/no that quotes
 * the diagnosis it read (undefined while no diagnosis is entered).
 */
function namedInDiagnoses(
  label: string,
  named: RegExp,
  denied: RegExp,
  words: { found: string; none: string },
): FactDefinition {
  const find = (draft: CaseDraft) =>
    diagnosisTexts(draft).find((text) => named.test(text) && !denied.test(text));
  return {
    type: 'boolean',
    label,
    fieldPaths: ['injury.diagnoses'],
    get: ({ draft }) => (diagnosisTexts(draft).length > 0 ? Boolean(find(draft)) : undefined),
    describe: (value, { draft }) =>
      value ? `In the diagnoses: ${words.found} ("${find(draft)}")` : words.none,
  };
}

const RULED_OUT = String.raw`\b(no|without|negative for|rule[- ]out|r\/o)\b[^;,.]*`;

/** What a topical NSAID is for, as the diagnoses about the joint it is requested for show it. */
const TOPICAL_NSAID_USES = {
  joint_arthritis: 'osteoarthritis or tendinitis of a joint suited to topical treatment',
  sprain_strain: 'a sprain or strain of a joint suited to topical treatment',
  none: 'neither named for a joint suited to topical treatment',
} as const;
type TopicalNsaidUse = keyof typeof TOPICAL_NSAID_USES;

/** The joints the guideline finds topical NSAIDs work for; the spine, hip and shoulder are not. */
const TOPICAL_JOINTS: ReadonlySet<BodyRegion> = new Set([
  'knee',
  'elbow',
  'forearm_wrist_hand',
  'ankle_foot',
]);
const JOINT_ARTHRITIS =
  /\b(osteo-?arthritis|osteoarthrosis|degenerative joint disease|djd|tendin(itis|osis|opathy)|tendonitis|epicondylitis|tenosynovitis)\b/i;

const JOINT_SPRAIN = /\b(sprains?|strains?|sprain\/strain)\b/i;

/**
 * The diagnosis showing a topical NSAID's use for the joint requested (any suited joint when the
 * request names none); none when the request names a region the guideline excludes.
 */
function topicalNsaidUseIn(
  draft: CaseDraft,
  item: DisputedItem,
): { use: TopicalNsaidUse; text?: string } | undefined {
  const texts = diagnosisTexts(draft);
  if (texts.length === 0) return undefined;
  const requested = namedRegions(item.bodyPart);
  if (requested.some((region) => !TOPICAL_JOINTS.has(region))) return { use: 'none' };
  const forTheJoint = (text: string) =>
    namedRegions(text).some((region) =>
      requested.length > 0 ? requested.includes(region) : TOPICAL_JOINTS.has(region),
    );
  const arthritis = texts.find((text) => JOINT_ARTHRITIS.test(text) && forTheJoint(text));
  if (arthritis) return { use: 'joint_arthritis', text: arthritis };
  const sprain = texts.find((text) => JOINT_SPRAIN.test(text) && forTheJoint(text));
  return sprain ? { use: 'sprain_strain', text: sprain } : { use: 'none' };
}

/** The conditions ODG and ACOEM support shockwave therapy for, named in a diagnosis. */
const SHOCKWAVE_CONDITIONS = {
  calcific_tendinitis: 'calcifying tendinitis',
  plantar_fasciitis: 'plantar fasciitis',
  none: 'neither named',
} as const;
type ShockwaveCondition = keyof typeof SHOCKWAVE_CONDITIONS;

const SHOCKWAVE_DIAGNOSES: [Exclude<ShockwaveCondition, 'none'>, RegExp][] = [
  ['calcific_tendinitis', /\bcalcif\w*\s+(tendin|tendon)\w*/i],
  ['plantar_fasciitis', /\bplantar\s+fasci\w*/i],
];

/** The first diagnosis naming a condition shockwave therapy is supported for; none with no diagnoses. */
function shockwaveConditionIn(draft: CaseDraft): { condition: ShockwaveCondition; text: string } | undefined {
  const diagnoses = diagnosisTexts(draft);
  if (diagnoses.length === 0) return undefined;
  for (const [condition, pattern] of SHOCKWAVE_DIAGNOSES) {
    const text = diagnoses.find((diagnosis) => pattern.test(diagnosis));
    if (text !== undefined) return { condition, text };
  }
  return { condition: 'none', text: '' };
}

/**
 * Whether the therapy is asked for ahead of its surgery: the surgery's date falls after the request
 * date, or no date is known and the surgery itself is requested in this review. Never unknown, so
 * the criteria that apply only to a surgery done (or to come) are decided either way.
 */
function surgeryPending(ctx: FactContext): { pending: boolean; reason: string } {
  const date = readDate(surgeryDateFollowed(ctx));
  const request = requestReferenceDate(ctx.draft)?.date;
  if (date !== undefined && request !== undefined) {
    const pending = compareIsoDates(date, request) > 0;
    return {
      pending,
      reason: `Surgery ${pending ? 'scheduled for' : 'done on'} ${formatUsDate(date)}, request ${formatUsDate(request)}`,
    };
  }
  const requested = ctx.draft.disputedItems.some(
    (other) => other.id !== ctx.item.id && other.serviceType === 'surgery',
  );
  return requested
    ? { pending: true, reason: 'The surgery is requested in this review, with no date of surgery done' }
    : { pending: false, reason: 'No surgery requested in this review' };
}

/**
 * Its date: the request's; else that of the history entry it came from, or of the one history entry
 * for the same surgery as the request names.
 */
function surgeryDateFollowed(ctx: FactContext): string {
  if (ctx.item.facts.surgeryDate.trim() !== '') return ctx.item.facts.surgeryDate;
  const followed = surgeryFollowed(ctx);
  if (!followed) return '';
  if (followed.fromHistory) return followed.date;
  const key = readSurgeryKey(followed.type);
  if (key === undefined || key === 'other') return '';
  const same = ctx.draft.treatment.surgeries.filter(
    (surgery) => surgery.date.trim() !== '' && readSurgeryKey(surgery.type) === key,
  );
  return same.length === 1 && same[0] ? same[0].date : '';
}

// ---------- registry builders ----------

const requested = (value: FactValue, _ctx: FactContext, unit: string) =>
  `Requested ${unit ? counted(Number(value), unit) : String(value)}`;

function itemNumber(key: 'frequencyPerWeek' | 'durationWeeks' | 'hoursPerDay' | 'quantity', label: string) {
  return {
    type: 'number',
    label,
    fieldPaths: [key],
    get: ({ item }) => readAmount(item[key]),
    describe: requested,
  } satisfies FactDefinition;
}

/** The request's body part or words name something ("the legs", "a pillow"); silence says nothing. */
function requestNames(field: 'bodyPart' | 'requestedAs', pattern: RegExp, what: string) {
  return {
    type: 'boolean',
    label: `Request names ${what}`,
    fieldPaths: [field],
    get: ({ item }) => pattern.test(item[field]) || undefined,
    describe: (_value, { item }) =>
      `${field === 'bodyPart' ? 'Body part requested' : 'Requested'}: ${item[field].trim()} (${what})`,
  } satisfies FactDefinition;
}

const labelsOf = (values: readonly string[]): Record<string, string> =>
  Object.fromEntries(values.map((value) => [value, value.replaceAll('_', ' ')]));

const THERAPY_COURSES = ['treatment.therapyCourses'] as const;
const REQUEST_SIZE = ['frequencyPerWeek', 'durationWeeks', 'quantity'] as const;

function completedVisitsFact(discipline: Discipline) {
  return {
    type: 'number',
    label: `Completed ${DISCIPLINE_LABELS[discipline]} visits`,
    fieldPaths: THERAPY_COURSES,
    get: ({ draft }) => sumVisits(courses(draft, (course) => course.discipline === discipline)),
  } satisfies FactDefinition;
}

/** Time from the injury to the request (RFA, else UR date); a request before the injury reads as unknown. */
function fromInjuryToRequest(
  label: string,
  between: (from: string, to: string) => number | null,
): FactDefinition {
  return {
    type: 'number',
    label,
    fieldPaths: ['injury.dateOfInjury', 'imr.requestDate', 'imr.urDeterminationDate'],
    get: ({ draft }) => {
      const reference = requestReferenceDate(draft);
      const span = reference ? between(draft.injury.dateOfInjury, reference.date) : null;
      return span !== null && span >= 0 ? span : undefined;
    },
  };
}

export const FACTS = {
  // ---------- the request ----------
  'item.frequencyPerWeek': itemNumber('frequencyPerWeek', 'Frequency per week'),
  'item.durationWeeks': itemNumber('durationWeeks', 'Duration in weeks'),
  'item.hoursPerDay': itemNumber('hoursPerDay', 'Hours per day'),
  'item.quantity': itemNumber('quantity', 'Quantity'),
  'item.requestedVisits': {
    type: 'number',
    label: 'Requested visits',
    fieldPaths: REQUEST_SIZE,
    get: ({ item }) => requestedVisits(item),
    describe: requested,
  },
  /**
   * UR certified part of the request and the rest is disputed: the part certified is the trial
   * whose result the rest waits on. Unknown until the UR decision is entered.
   */
  'item.urCertifiedPart': {
    type: 'boolean',
    label: 'UR certified part of the request',
    fieldPaths: ['urDecision', 'urApproved'],
    get: ({ item }) => (item.urDecision === '' ? undefined : item.urDecision === 'modified'),
    describe: (value, { item }) =>
      value === true
        ? `UR certified part of the request${item.urApproved.trim() ? ` (${item.urApproved.trim()})` : ''}; the rest is disputed`
        : 'UR denied the whole request',
  },
  /**
   * The request names the body part it is for (cross-cutting rule 10: IMR decides the request as
   * submitted). Never false: a blank part is "not documented", which the reviewer settles by entering
   * the part the request names, or which upholds the request as incomplete when it names none.
   */
  'item.bodyPartStated': {
    type: 'boolean',
    label: 'Body part named in the request',
    fieldPaths: ['bodyPart'],
    get: ({ item }) => (readStatedText(item.bodyPart) === undefined ? undefined : true),
    describe: (_value, { item }) => `Body part requested: ${readStatedText(item.bodyPart) ?? ''}`,
  },
  /**
   * The request names the legs ("bilateral lower extremities", "right leg") or the arms: an EMG/NCS
   * of the limbs looks for a spinal root, so before 07/29/2016 the low back or the neck chapter
   * judges it.
   */
  'item.requestNamesLegs': requestNames('bodyPart', LEGS, 'the legs'),
  'item.requestNamesArms': requestNames('bodyPart', ARMS, 'the arms'),
  /** A pillow, which ODG Neck judges on its own. */
  // A neck pillow; an abduction pillow is a shoulder sling's.
  'item.requestNamesPillow': requestNames(
    'requestedAs',
    /^(?!.*\b(?:abduction|sling|UltraSling)\b).*\bpillows?\b/i,
    'a pillow',
  ),
  'item.requestNamesAbductionSling': requestNames(
    'requestedAs',
    /\babduction\s+(?:pillow|sling|brace|orthosis)\b|\bpillow\s+sling\b|\bUltra\s?Sling\b/i,
    'an abduction pillow sling',
  ),
  'item.requestNamesCpm': requestNames(
    'requestedAs',
    /\bCPM\b|\bcontinuous\s+passive\s+motion\b/i,
    'continuous passive motion',
  ),
  'item.requestNamesBoneGrowthStimulator': requestNames(
    'requestedAs',
    /\bbone\s+(?:growth\s+)?stimulat\w*|\bBGS\b|\bosteogenesis\s+stimulat\w*|\bfusion\s+stimulat\w*|\b(?:Spinal|Cervical)-?Stim\b/i,
    'a bone growth stimulator',
  ),
  // Shoe inserts for the foot; an "orthosis" for the knee or back is a brace.
  'item.requestNamesFootOrthotic': requestNames(
    'requestedAs',
    /^(?!.*\b(?:knee|lumbar|lumbo\w*|back|spine|spinal|wrist|hand|elbow|shoulder|neck|cervical|thoracic|oral|intraoral|occlusal|dental|jaw|TMJ|temporomandibular|maxillary|mandibular|bite)\b).*\b(?:orthotics?|insoles?|shoe\s+inserts?|arch\s+supports?|heel\s+cups?)\b/i,
    'foot orthotics or shoe inserts',
  ),
  'item.requestNamesTraction': requestNames('requestedAs', /\btraction\b/i, 'traction'),
  // An injection into the hip joint itself, not its bursa: "hip intra-articular corticosteroid injection".
  'item.requestNamesHipJointInjection': requestNames(
    'requestedAs',
    /^(?!.*\b(?:bursa\w*|trochanter\w*)\b)(?=.*\bhip\b).*\b(?:intra-?articular|hip\s+joint)\b/i,
    'an injection into the hip joint',
  ),
  // Packs or wraps for home use; a cold therapy unit is its own service, and packs applied in the
  // office in sessions are a passive modality.
  'item.requestNamesHotColdPacks': requestNames(
    'requestedAs',
    /^(?!.*\b(?:in[- ](?:the\s+)?(?:office|clinic)|sessions?|visits?)\b).*\b(?:hot|cold|heat|ice|gel)(?:\s*(?:\/|and|or|-)\s*(?:hot|cold|heat|ice))?\s+(?:gel\s+)?(?:packs?|wraps?)\b|\bheating\s+pads?\b/i,
    'hot or cold packs',
  ),
  'item.requestNamesHomeExerciseKit': requestNames(
    'requestedAs',
    /\bexercise\s+(?:kits?|equipment)\b|\bresistance\s+bands?\b|\btheraband\b|\bover-?(?:the-?)?door\s+pulley\b/i,
    'a home exercise kit',
  ),
  // Not what UR did with it: "Norco #120 (remaining #60 after UR certified #60 for weaning)".
  'item.requestNamesTaper': requestNames(
    'requestedAs',
    new RegExp(String.raw`(?<!\b(?:UR|utilization\s+review)\b[^()]*)${TAPER_WORDS.source}`, 'i'),
    'a taper',
  ),
  'item.requestNamesFlexionExtension': requestNames(
    'requestedAs',
    /\bflexion[- /](?:and[- ])?extension\b|\bflex(?:ion)?\s*\/\s*ext(?:ension)?\b|\bdynamic\s+(?:views|films|x-?rays)\b/i,
    'flexion-extension views',
  ),
  'item.requestNamesUltrasoundGuidance': requestNames(
    'requestedAs',
    /\b(?:ultrasound|US|sonograph\w*)[- ]guid\w*|\bultrasound\s+guidance\b|\bunder\s+ultrasound\b/i,
    'ultrasound guidance',
  ),
  'item.bodyRegions': {
    type: 'enum_list',
    label: 'Body region',
    fieldPaths: ['bodyPart'],
    valueLabels: BODY_REGIONS,
    get: ({ item }) => readBodyRegions(item.bodyPart),
  },
  'item.modality': {
    type: 'enum',
    label: 'Modality',
    fieldPaths: ['facts.modality'],
    valueLabels: MODALITIES,
    get: ({ item }) => readModality(item.facts.modality ?? ''),
  },
  'item.diagnosisBucket': {
    type: 'enum',
    label: 'Diagnosis category',
    fieldPaths: ['facts.diagnosisCategory', 'injury.diagnoses', 'bodyPart'],
    valueLabels: DIAGNOSIS_BUCKETS,
    get: ({ item, draft }) =>
      readCategoryOrDiagnoses(
        item.facts.diagnosisCategory,
        draft.injury.diagnoses,
        item.bodyPart,
        readDiagnosisBucket,
      )?.value,
    describe: (value, { item, draft }) =>
      describeCategory('Diagnosis category', DIAGNOSIS_BUCKETS, value, item.facts.diagnosisCategory, () =>
        readCategoryOrDiagnoses(
          item.facts.diagnosisCategory,
          draft.injury.diagnoses,
          item.bodyPart,
          readDiagnosisBucket,
        ),
      ),
  },
  'item.odgVisitCondition': {
    type: 'enum',
    label: 'ODG body-part entry',
    fieldPaths: ['facts.diagnosisCategory', 'bodyPart', 'injury.diagnoses'],
    valueLabels: ODG_VISIT_CONDITIONS,
    get: ({ item, draft }) => readOdgEntry(item, draft)?.value,
    describe: (value, { item, draft }) =>
      describeCategory('ODG body-part entry', ODG_VISIT_CONDITIONS, value, item.facts.diagnosisCategory, () =>
        readOdgEntry(item, draft),
      ),
  },
  'item.surgeryKey': {
    type: 'enum',
    label: 'Surgery',
    fieldPaths: ['facts.surgeryType', 'treatment.surgeries', 'disputedItems'],
    valueLabels: SURGERY_KEYS,
    get: (ctx) => readSurgeryKey(surgeryFollowed(ctx)?.type ?? ''),
    describe: (value, ctx) => {
      const followed = surgeryFollowed(ctx);
      const typed = withTyped('Surgery', SURGERY_KEYS, value, followed?.type ?? '');
      return followed?.fromHistory
        ? `${typed} (from the treatment history: "${followed.type.trim()}")`
        : typed;
    },
  },
  'item.postOpSupportSurgery': {
    type: 'enum',
    label: 'The operation a post-operative support follows',
    fieldPaths: ['facts.surgeryType', 'treatment.surgeries', 'disputedItems', 'injury.diagnoses'],
    valueLabels: POST_OP_SUPPORT_SURGERIES,
    get: (ctx) => postOpSupportSurgery(ctx).kind,
    describe: (value, ctx) => {
      const found = postOpSupportSurgery(ctx);
      const label = POST_OP_SUPPORT_SURGERIES[value as PostOpSupportSurgery] ?? String(value);
      return found.text ? `The operation: ${label} ("${found.text.trim()}")` : `The operation: ${label}`;
    },
  },
  'item.surgeryDate': {
    type: 'date',
    label: 'Date of surgery',
    fieldPaths: ['facts.surgeryDate', 'facts.surgeryType', 'treatment.surgeries', 'disputedItems'],
    get: (ctx) => readDate(surgeryDateFollowed(ctx)),
  },
  'item.surgeryPending': {
    type: 'boolean',
    label: 'Surgery still to come',
    fieldPaths: [
      'facts.surgeryDate',
      'facts.surgeryType',
      'treatment.surgeries',
      'disputedItems',
      'imr.requestDate',
      'imr.urDeterminationDate',
    ],
    get: (ctx) => surgeryPending(ctx).pending,
    describe: (_value, ctx) => surgeryPending(ctx).reason,
  },

  // ---------- history of the item's discipline (outside post-surgical care) ----------
  'item.priorCoursesSameDiscipline': {
    type: 'number',
    label: 'Prior courses of the same therapy',
    fieldPaths: THERAPY_COURSES,
    get: (ctx) => priorCourses(ctx)?.length,
    describe: (value, ctx) =>
      `${counted(Number(value), withLabel('prior', itemDisciplineLabel(ctx), 'courses'))} recorded`,
  },
  'item.priorVisitsSameDiscipline': {
    type: 'number',
    label: 'Visits already completed',
    fieldPaths: THERAPY_COURSES,
    get: priorVisits,
    describe: (value, ctx) =>
      `${counted(Number(value), withLabel(itemDisciplineLabel(ctx), 'visits'))} already completed`,
  },
  'item.totalVisitsWithPrior': {
    type: 'number',
    label: 'Requested plus completed visits',
    fieldPaths: [...REQUEST_SIZE, ...THERAPY_COURSES],
    get: (ctx) => plus(requestedVisits(ctx.item), priorVisits(ctx)),
    describe: (value, ctx, unit) =>
      describeTotal(ctx, priorVisits(ctx), value, unit, itemDisciplineLabel(ctx)),
  },
  'item.priorFunctionalImprovement': {
    type: 'boolean',
    label: 'Functional improvement after the prior course',
    fieldPaths: THERAPY_COURSES,
    get: (ctx) => {
      const list = priorCourses(ctx);
      return list ? latestFunctionalImprovement(list) : undefined;
    },
  },
  /** Prior visits in the capped discipline (PT with aquatic, OT, chiropractic) plus the request. */
  'item.capVisitsWithPrior': {
    type: 'number',
    label: 'Visits counted toward the 24-visit cap',
    fieldPaths: [...REQUEST_SIZE, ...THERAPY_COURSES],
    get: (ctx) => plus(requestedVisits(ctx.item), capPriorVisits(ctx)),
    describe: (value, ctx, unit) =>
      describeTotal(ctx, capPriorVisits(ctx), value, unit, capDisciplineLabel(ctx)),
  },

  // ---------- post-surgical history (any discipline, courses marked post-surgical) ----------
  'item.postsurgicalVisitsWithPrior': {
    type: 'number',
    label: 'Requested plus completed post-surgical visits',
    fieldPaths: [...REQUEST_SIZE, ...THERAPY_COURSES],
    get: (ctx) => plus(requestedVisits(ctx.item), sumVisits(courses(ctx.draft, postsurgical))),
    describe: (value, ctx, unit) =>
      describeTotal(ctx, sumVisits(courses(ctx.draft, postsurgical)), value, unit, 'post-surgical'),
  },
  'item.postsurgicalFunctionalImprovement': {
    type: 'boolean',
    label: 'Functional improvement after the post-surgical visits so far',
    fieldPaths: THERAPY_COURSES,
    get: ({ draft }) => latestFunctionalImprovement(courses(draft, postsurgical)),
  },

  // ---------- service facts the reviewer records ----------
  'item.facts.screeningDone': serviceBoolean(
    'screeningDone',
    'Screening (file review, interview and testing)',
  ),
  'item.facts.jobDemandsExceedAbilities': serviceBoolean(
    'jobDemandsExceedAbilities',
    'Specific job to return to whose demands exceed current abilities',
  ),
  'item.facts.functionalLimitsPreventJob': serviceBoolean(
    'functionalLimitsPreventJob',
    'Functional limits that keep the worker from safely meeting job demands',
  ),
  'item.facts.priorTherapyPlateau': serviceBoolean(
    'priorTherapyPlateau',
    'Adequate PT/OT trial with improvement, then a plateau',
  ),
  'item.facts.surgicalCandidate': serviceBoolean(
    'surgicalCandidate',
    'Candidate for surgery or other pending treatment',
  ),
  'item.facts.likelyToBenefit': serviceBoolean('likelyToBenefit', 'Likely to benefit from the program'),
  'item.facts.weeksCompletedInProgram': {
    type: 'number',
    label: 'Weeks already completed in the program',
    fieldPaths: ['facts.weeksCompletedInProgram'],
    get: ({ item }) => readAmount(item.facts.weeksCompletedInProgram),
  },
  'item.facts.measurableGainsDocumented': serviceBoolean(
    'measurableGainsDocumented',
    'Compliance and significant measurable gains',
  ),
  'item.facts.homeExerciseProgram': serviceBoolean(
    'homeExerciseProgram',
    'Self-directed home exercise program',
  ),
  'item.facts.employerWrittenAuthorization': serviceBoolean(
    'employerWrittenAuthorization',
    'Written employer authorization of visits beyond the cap',
  ),
  'item.facts.flareUp': serviceBoolean('flareUp', 'Recurrence or flare-up'),
  'item.facts.maintenanceCare': serviceBoolean('maintenanceCare', 'Elective or maintenance care'),
  /**
   * Manual therapy's therapeutic care: as the records state it, or, when they do not, the course the
   * guideline defines as therapeutic (a trial whose visits improved function, then up to 18 visits
   * in all). A request stated as maintenance care is never therapeutic.
   */
  'item.therapeuticCare': {
    type: 'boolean',
    label: 'Therapeutic care, not elective or maintenance care',
    fieldPaths: ['facts.maintenanceCare', 'facts.flareUp', ...THERAPY_COURSES, ...REQUEST_SIZE],
    get: (ctx) => {
      const stated = readBool(ctx.item.facts.maintenanceCare);
      if (stated !== undefined) return !stated;
      return therapeuticCourse(ctx) ? true : undefined;
    },
    describe: (value, ctx) => {
      const stated = readBool(ctx.item.facts.maintenanceCare);
      if (stated !== undefined) return stated ? 'Elective or maintenance care' : 'Therapeutic care';
      const course = therapeuticCourse(ctx);
      if (!value || !course) return 'Elective or maintenance care not documented';
      return course.flareUp
        ? `Therapeutic care: a new flare-up after ${course.prior} visits that improved function, treated with the 1-2 visits allowed for it`
        : `Therapeutic care: the ${course.prior} visits completed improved function, and ${course.total} in all stay within the 18-visit course`;
    },
  },
  'item.facts.manipulationPlanOfCare': serviceBoolean(
    'manipulationPlanOfCare',
    'A plan of care recommending manipulation with measurable functional goals',
  ),
  'item.facts.reducedWeightBearingNeeded': serviceBoolean(
    'reducedWeightBearingNeeded',
    'Reduced weight bearing desirable',
  ),
  'item.facts.adjunctToActiveTherapy': serviceBoolean(
    'adjunctToActiveTherapy',
    'Adjunct to active therapy or rehabilitation',
  ),
  'item.facts.medicationReducedOrNotTolerated': serviceBoolean(
    'medicationReducedOrNotTolerated',
    'Pain medication reduced or not tolerated',
  ),

  // ---------- the case ----------
  'case.dateOfInjury': {
    type: 'date',
    label: 'Date of injury',
    fieldPaths: ['injury.dateOfInjury'],
    get: ({ draft }) => readDate(draft.injury.dateOfInjury),
  },
  /** The RFA date, or the UR date when the RFA date is not known (letters often give only that). */
  'case.requestDate': {
    type: 'date',
    label: 'Request date',
    fieldPaths: ['imr.requestDate', 'imr.urDeterminationDate'],
    get: ({ draft }) => requestReferenceDate(draft)?.date,
    describe: (value, { draft }) =>
      requestReferenceDate(draft)?.source === 'ur'
        ? `UR date ${formatUsDate(String(value))} (no request date entered)`
        : `Request date ${formatUsDate(String(value))}`,
  },
  'case.monthsFromInjuryToRequest': fromInjuryToRequest('Months from injury to request', wholeMonthsBetween),
  /** ODG Neck gives a severe (grade 3) strain more chiropractic visits: read from the diagnoses. */
  'case.neckStrainSeverity': {
    type: 'enum',
    label: 'Neck strain severity',
    fieldPaths: ['injury.diagnoses'],
    valueLabels: NECK_STRAIN_SEVERITIES,
    get: ({ draft }) => (severeNeckStrainIn(draft) ? 'severe' : 'usual'),
    describe: (value, { draft }) =>
      value === 'severe'
        ? `A severe (grade 3) neck strain in the diagnoses ("${severeNeckStrainIn(draft)}")`
        : 'No severe (grade 3) neck strain in the diagnoses',
  },
  /**
   * Shockwave therapy is supported only for named conditions, read from the diagnoses. Unknown with
   * no diagnosis entered; "neither" once diagnoses are entered and none names one.
   */
  'case.shockwaveCondition': {
    type: 'enum',
    label: 'Condition shockwave therapy is supported for',
    fieldPaths: ['injury.diagnoses'],
    valueLabels: SHOCKWAVE_CONDITIONS,
    get: ({ draft }) => shockwaveConditionIn(draft)?.condition,
    describe: (_value, { draft }) => {
      const found = shockwaveConditionIn(draft);
      return found && found.condition !== 'none'
        ? `In the diagnoses: ${SHOCKWAVE_CONDITIONS[found.condition]} ("${found.text}")`
        : 'No calcifying tendinitis or plantar fasciitis in the diagnoses';
    },
  },
  /**
   * Osteoarthritis or back pain, the MTUS uses of an oral NSAID a diagnosis can show. Unknown with no
   * diagnosis entered; "neither" once diagnoses are entered and none names one.
   */
  'case.nsaidUseDiagnosis': {
    type: 'enum',
    label: 'NSAID use named in the diagnoses',
    fieldPaths: ['injury.diagnoses'],
    valueLabels: NSAID_USE_DIAGNOSES,
    get: ({ draft }) => nsaidUseDiagnosisIn(draft)?.use,
    describe: (_value, { draft }) => {
      const found = nsaidUseDiagnosisIn(draft);
      return found?.text
        ? `In the diagnoses: ${NSAID_USE_DIAGNOSES[found.use]} ("${found.text}")`
        : 'Neither osteoarthritis, back pain nor a soft-tissue injury in the diagnoses';
    },
  },
  /** A muscle relaxant's acute back spasm, read from the diagnoses ("lumbar paraspinal muscle spasm"). */
  'case.backSpasmDiagnosis': {
    type: 'enum',
    label: 'Back spasm named in the diagnoses',
    fieldPaths: ['injury.diagnoses'],
    valueLabels: BACK_SPASM_DIAGNOSES,
    get: ({ draft }) => backSpasmDiagnosisIn(draft)?.spasm,
    describe: (_value, { draft }) => {
      const found = backSpasmDiagnosisIn(draft);
      return found?.text
        ? `In the diagnoses: ${BACK_SPASM_DIAGNOSES[found.spasm]} ("${found.text}")`
        : 'No back spasm in the diagnoses';
    },
  },
  /**
   * A depressive, anxiety, adjustment or post-traumatic stress disorder in the diagnoses: the MTUS
   * treats psychotherapy for chronic pain; for these ODG Mental Illness & Stress speaks.
   */
  'case.mentalDisorderDiagnosed': namedInDiagnoses(
    'A depressive, anxiety or stress disorder in the diagnoses',
    /\b(?:depress(?:ion|ive)|dysthymi\w*|anxiety\s+disorder|generalized\s+anxiety|panic\s+disorder|post-?traumatic\s+stress|PTSD|adjustment\s+disorder)\b/i,
    /\b(?:no|without|negative\s+for|rule[- ]out|r\/o|screen\w*\s+negative)\b[^;,.]*\b(?:depress|dysthymi|anxiety|panic|post-?traumatic|PTSD|adjustment)/i,
    {
      found: 'a depressive, anxiety or stress disorder',
      none: 'No depressive, anxiety or stress disorder in the diagnoses',
    },
  ),
  /** A fracture in the diagnoses: the MTUS opioid guideline's example of a severe acute injury. */
  'case.fractureDiagnosed': namedInDiagnoses(
    'A fracture in the diagnoses',
    /\bfractur(e|es|ed)\b|\bfx\b/i,
    // A fracture ruled out, denied, old or healed is not the injury's own.
    /\b(no|without|negative for|rule[- ]out|r\/o|history of|h\/o|old|healed|prior|previous|remote)\b[^;,.]*\bfractur|\bfractur\w*[^;,.]*\b(ruled out|healed)\b/i,
    { found: 'a fracture', none: 'No fracture in the diagnoses' },
  ),
  /** What ODG Low Back names a lumbar support an option for, beyond non-specific back pain. */
  'case.spinalSupportCondition': namedInDiagnoses(
    'A vertebral compression fracture, spondylolisthesis or spinal instability in the diagnoses',
    /\b(?:compression|wedge|burst|vertebral)\s+(?:[\w-]+\s+)?fractur|\b[TL]\d{1,2}\s+(?:[\w-]+\s+){0,2}fractur|\bspondylolisthesis\b|\b(?:spinal|segmental|lumbar|thoracolumbar)\s+instability\b/i,
    new RegExp(`${RULED_OUT}(?:fractur|spondylolisthesis|instability)`, 'i'),
    {
      found: 'a vertebral compression fracture, spondylolisthesis or instability',
      none: 'No vertebral compression fracture, spondylolisthesis or instability in the diagnoses',
    },
  ),
  /** Migraine (with or without aura, chronic, post-traumatic): ODG's use for triptans. */
  'case.migraineDiagnosed': namedInDiagnoses(
    'Migraine in the diagnoses',
    // "Post-traumatic headache with migrainous features" names a migraine too.
    /\bmigraine|\bmigrainous\b/i,
    /\b(no|without|negative for|rule[- ]out|r\/o|history of|h\/o)\b[^;,.]*\bmigrain/i,
    { found: 'migraine', none: 'No migraine in the diagnoses' },
  ),
  /** Adhesive capsulitis (a frozen shoulder): what ODG Shoulder gives continuous passive motion for. */
  'case.adhesiveCapsulitisDiagnosed': namedInDiagnoses(
    'Adhesive capsulitis in the diagnoses',
    /\badhesive\s+capsulitis\b|\bfrozen\s+shoulder\b/i,
    new RegExp(`${RULED_OUT}(?:adhesive|frozen)`, 'i'),
    { found: 'adhesive capsulitis', none: 'No adhesive capsulitis in the diagnoses' },
  ),
  /** What the MTUS gives baclofen for: spasticity of a spinal cord injury or multiple sclerosis, or
   * lancinating neuropathic pain such as trigeminal neuralgia. */
  'case.baclofenUseDiagnosed': namedInDiagnoses(
    'A spinal cord injury, multiple sclerosis or trigeminal neuralgia in the diagnoses',
    /\bspinal\s+cord\s+injur(?:y|ies)\b|\bSCI\b|\bmultiple\s+sclerosis\b|\b(?:para|tetra|quadri)pleg\w*|\btrigeminal\s+neuralgia\b/i,
    new RegExp(`${RULED_OUT}(?:spinal\\s+cord|\\bSCI\\b|multiple\\s+sclerosis|pleg|trigeminal)`, 'i'),
    {
      found: 'a spinal cord injury, multiple sclerosis or trigeminal neuralgia',
      none: 'No spinal cord injury, multiple sclerosis or trigeminal neuralgia in the diagnoses',
    },
  ),
  /** Complex regional pain syndrome and its older names: what sympathetic blocks are limited to. */
  'case.crpsDiagnosed': namedInDiagnoses(
    'Complex regional pain syndrome in the diagnoses',
    /\bcrps\b|complex regional pain|reflex sympathetic dystrophy|\brsd\b|causalgia/i,
    new RegExp(`${RULED_OUT}(\\bcrps\\b|complex regional|reflex sympathetic|\\brsd\\b|causalgia)`, 'i'),
    { found: 'CRPS', none: 'No complex regional pain syndrome in the diagnoses' },
  ),
  /** Cervical dystonia (spasmodic torticollis): what the guideline supports botulinum toxin for. */
  'case.cervicalDystoniaDiagnosed': namedInDiagnoses(
    'Cervical dystonia in the diagnoses',
    /\b(cervical dystonia|spasmodic torticollis)\b/i,
    new RegExp(`${RULED_OUT}\\b(dystonia|torticollis)\\b`, 'i'),
    { found: 'cervical dystonia', none: 'No cervical dystonia in the diagnoses' },
  ),
  /** Post-traumatic stress disorder: ODG's use for hypnosis. */
  'case.ptsdDiagnosed': namedInDiagnoses(
    'Post-traumatic stress disorder in the diagnoses',
    /\bptsd\b|post-?traumatic stress/i,
    new RegExp(`${RULED_OUT}(\\bptsd\\b|post-?traumatic stress)`, 'i'),
    { found: 'PTSD', none: 'No post-traumatic stress disorder in the diagnoses' },
  ),
  /** A lumbar fusion done before the request, from the treatment history or a diagnosis that states it. */
  'case.lumbarFusionDone': {
    type: 'boolean',
    label: 'A lumbar fusion done',
    fieldPaths: ['treatment.surgeries', 'injury.diagnoses', 'imr.requestDate', 'imr.urDeterminationDate'],
    get: (ctx) => lumbarFusionDone(ctx) !== undefined,
    describe: (value, ctx) =>
      value === true ? `A lumbar fusion done: ${lumbarFusionDone(ctx)}` : 'No lumbar fusion recorded',
  },
  /** Opiate addiction as the diagnoses name it: what buprenorphine is recommended for. */
  'case.opioidUseDisorderDiagnosed': namedInDiagnoses(
    'An opioid use disorder in the diagnoses',
    /\b(?:opioid|opiate|narcotic)\s+(?:use\s+disorder|dependence|addiction|abuse)\b|\bOUD\b/i,
    new RegExp(`${RULED_OUT}(opioid|opiate|narcotic|OUD)`, 'i'),
    { found: 'an opioid use disorder', none: 'No opioid use disorder in the diagnoses' },
  ),
  /** The two conditions the CPMTG gives H-wave: chronic soft-tissue inflammation, diabetic neuropathy. */
  'case.hwaveConditionDiagnosed': namedInDiagnoses(
    'Soft-tissue inflammation or diabetic neuropathy in the diagnoses',
    /\b(?:tendin(?:itis|osis)|tendonitis|tenosynovitis|bursitis|epicondylitis|fasciitis|capsulitis|myofascial|myositis|diabetic\s+(?:peripheral\s+)?neuropathy)\b/i,
    new RegExp(
      `${RULED_OUT}(tendin|tendon|tenosynov|bursitis|epicondyl|fasciitis|capsulitis|myofascial|myositis|neuropathy)`,
      'i',
    ),
    {
      found: 'soft-tissue inflammation or diabetic neuropathy',
      none: 'No soft-tissue inflammation or diabetic neuropathy in the diagnoses',
    },
  ),
  /** ACOEM 2004 Ch. 14's two uses of a foot injection: plantar fasciitis or a heel spur, Morton's neuroma. */
  'case.footInjectionConditionDiagnosed': namedInDiagnoses(
    "Plantar fasciitis, a heel spur or Morton's neuroma in the diagnoses",
    /\bplantar\s+fasci|\b(?:heel|calcaneal)\s+spurs?\b|\bmorton'?s?\s+neuroma\b|\binterdigital\s+neuroma\b/i,
    new RegExp(`${RULED_OUT}(plantar|spur|neuroma)`, 'i'),
    {
      found: "plantar fasciitis, a heel spur or Morton's neuroma",
      none: "No plantar fasciitis, heel spur or Morton's neuroma in the diagnoses",
    },
  ),
  /** Trochanteric bursitis (greater trochanteric pain syndrome): ODG's use for a hip injection. */
  'case.trochantericBursitisDiagnosed': namedInDiagnoses(
    'Trochanteric bursitis in the diagnoses',
    /trochanteric (bursitis|pain syndrome)|\bgtps\b|bursitis[^;,.]*\b(trochanter|hip)/i,
    new RegExp(`${RULED_OUT}(trochanteric|bursitis)`, 'i'),
    { found: 'trochanteric bursitis', none: 'No trochanteric bursitis in the diagnoses' },
  ),
  /** A topical NSAID's use: the diagnoses about the joint requested (the request's body part). */
  'item.topicalNsaidUse': {
    type: 'enum',
    label: 'Topical NSAID use named in the diagnoses',
    fieldPaths: ['injury.diagnoses', 'bodyPart'],
    valueLabels: TOPICAL_NSAID_USES,
    get: ({ draft, item }) => topicalNsaidUseIn(draft, item)?.use,
    describe: (_value, { draft, item }) => {
      const found = topicalNsaidUseIn(draft, item);
      return found?.text
        ? `In the diagnoses: ${TOPICAL_NSAID_USES[found.use]} ("${found.text}")`
        : 'No osteoarthritis, tendinitis, sprain or strain of a joint suited to topical treatment in the diagnoses';
    },
  },
  /** Days from the injury to the request: ODG's 72-hour window for imaging after a head injury. */
  'case.daysFromInjuryToRequest': fromInjuryToRequest('Days from injury to request', daysBetween),
  'case.jobPhysicalDemand': {
    type: 'enum',
    label: 'Physical demand level of the job',
    fieldPaths: ['patient.jobPhysicalDemand'],
    valueLabels: labelsOf(PHYSICAL_DEMAND_LEVELS),
    get: ({ draft }) => readText(draft.patient.jobPhysicalDemand),
  },
  'case.workStatus': {
    type: 'enum',
    label: 'Work status',
    fieldPaths: ['work.status'],
    valueLabels: WORK_STATUS_PHRASES,
    get: ({ draft }) => readText(draft.work.status),
  },
  'case.returnToWorkGoal': {
    type: 'enum',
    label: 'Return-to-work goal',
    fieldPaths: ['work.returnToWorkGoal'],
    valueLabels: {
      specific_job_exceeds_abilities: 'a specific job whose demands exceed current abilities',
      on_the_job_training: 'on-the-job training',
      none: 'none',
    } satisfies Record<(typeof RTW_GOALS)[number], string>,
    get: ({ draft }) => readText(draft.work.returnToWorkGoal),
  },
  'case.rtwGoalAgreedByEmployer': {
    type: 'boolean',
    label: 'Return-to-work goal agreed by employer and employee',
    fieldPaths: ['work.rtwGoalAgreedByEmployer'],
    get: ({ draft }) => readBool(draft.work.rtwGoalAgreedByEmployer),
  },
  'case.fceDone': {
    type: 'boolean',
    label: 'Functional capacity evaluation done',
    fieldPaths: ['treatment.fce.done'],
    get: ({ draft }) => readBool(draft.treatment.fce.done),
  },
  'case.fceValidEffort': {
    type: 'boolean',
    label: 'FCE shows consistent, maximal effort',
    fieldPaths: ['treatment.fce.validEffort'],
    get: ({ draft }) => readBool(draft.treatment.fce.validEffort),
  },
  'case.fceBelowJobDemands': {
    type: 'boolean',
    label: 'FCE capacities below the job demands',
    fieldPaths: ['treatment.fce.belowJobDemands'],
    get: ({ draft }) => readBool(draft.treatment.fce.belowJobDemands),
  },
  'case.completedRehabPrograms': {
    type: 'number',
    label: 'Rehabilitation programs already completed for this injury',
    fieldPaths: ['treatment.rehabPrograms'],
    get: ({ draft }) => draft.treatment.rehabPrograms.length,
    describe: (value) => {
      const count = Number(value);
      if (count === 0) return 'No rehabilitation program is recorded for this injury';
      return `${counted(count, 'rehabilitation programs')} ${count === 1 ? 'is' : 'are'} recorded for this injury`;
    },
  },
  'case.completedVisits.pt': completedVisitsFact('pt'),
  'case.completedVisits.ot': completedVisitsFact('ot'),
  'case.completedVisits.chiropractic': completedVisitsFact('chiropractic'),
  'case.completedVisits.acupuncture': completedVisitsFact('acupuncture'),
  ...MEDICATION_FACTS,
  ...PROCEDURE_FACTS,
} satisfies Record<string, FactDefinition>;

export type FactName = keyof typeof FACTS;

const REGISTRY: Readonly<Record<string, FactDefinition>> = FACTS;

/** The fact of that name, or undefined (guards against inherited keys like "constructor"). */
export function getFact(name: string): FactDefinition | undefined {
  return Object.hasOwn(REGISTRY, name) ? REGISTRY[name] : undefined;
}

/** The fact's value in words: "yes", "08/01/2013", "myalgia/myositis", "12". */
export function formatFactValue(fact: FactDefinition, value: FactValue, unit = ''): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return unit ? counted(value, unit) : formatNumber(value);
  const label = (v: string) => fact.valueLabels?.[v] ?? v;
  if (typeof value === 'string') return fact.type === 'date' ? formatUsDate(value) : label(value);
  return value.map(label).join(', ');
}

/** Fragment quoting a fact value for an evidence sentence. */
export function describeFact(fact: FactDefinition, value: FactValue, ctx: FactContext, unit: string): string {
  if (fact.describe) return fact.describe(typeof value === 'number' ? formatNumber(value) : value, ctx, unit);
  return `${fact.label}: ${formatFactValue(fact, value, unit)}`;
}
