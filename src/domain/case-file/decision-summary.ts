/**
 * A summarized public IMR decision (the shape of the development fixtures: dates, patient, diagnoses,
 * key findings, the requested service and the real decision) read into a case draft, so that the
 * evaluator's recommendation can be compared with the real decision (`npm run agreement`).
 *
 * Only what the summary states is entered. The request is read from its words (service type, body
 * part, frequency, visits, drug, strength, quantity, and what it names of itself: an injectate, a
 * modality, a rental) and the current medications from a "medications:" finding. Of the questions
 * about the worker's findings, only those a finding answers in so many words are entered ("decreased
 * sensation" -> objective neurologic findings: yes; finding-words.ts); every other one is left
 * unanswered, so a criterion the summary does not settle stays "not documented", as it would for a
 * reviewer who had only these words. The key findings go to the latest report as text, to read.
 */

import { z } from 'zod';
import type { CaseDraft, DisputedItem, Medication, ServiceType } from '../case/case-schema';
import {
  emptyCaseDraft,
  emptyDisputedItem,
  emptyIngredient,
  emptyInjection,
  emptyMedication,
  emptyReport,
  emptySurgery,
  emptyTherapyCourse,
  emptyUrineDrugTest,
} from '../case/empty-case';
import { fillsFromRequest, readRequestWords, SMALL_NUMBERS } from '../case/request-words';
import { suggestServiceTypes } from '../case/service-suggestion';
import { serviceFieldSpec } from '../case/service-types';
import { daysBetween, isValidIsoDate } from '../dates/dates';
import { askedFactKeys } from '../guidelines/fact-regions';
import { GUIDELINE_LIBRARY } from '../guidelines/index';
import { BODY_REGIONS, type BodyRegion, readBodyRegions, SHOCKWAVE } from '../guidelines/vocabularies';
import type { DrugClass } from '../medications/drug-reference';
import { findDrug } from '../medications/find-drug';
import {
  affirmedIn,
  answersForItem,
  answersTheItemAsks,
  type FindingAnswer,
  type FindingCourse,
  type FindingDrugTest,
  type FindingSurgery,
  type FindingWorkStatus,
  mentionsDrugTaken,
  namesDrug,
  readDailyUnits,
  readDrugStartIn,
  readFindingAnswers,
  readFindingCourses,
  readFindingDrugsTaken,
  readFindingDrugTest,
  readFindingInjections,
  readFindingSurgeries,
  readFindingSurgeryAllowed,
  readFindingWorkStatus,
  splitLeadingDrug,
  startsWithKnownDrug,
  statesMeasuredGain,
  withNumericDates,
  withNumericScores,
  withStartDates,
} from './finding-words';
import { readFindingWorkReturn } from './work-return-words';

// Summaries come from many writers: a number where text is expected (a quantity of 12), one string
// where a list is expected, and a decision in other capitals are read as meant, not refused.
const numberAsText = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
const OptionalText = z.preprocess(numberAsText, z.string().nullish());
const TextList = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.filter((entry) => entry !== null && entry !== undefined).map(numberAsText)
        : value,
  z.array(z.string()).nullish(),
);
const DECISIONS = { upheld: 'Upheld', overturned: 'Overturned' } as const;
/** "Upheld", "upheld", "OVERTURNED"; any other wording ("Partially overturned") is not a known decision. */
const Decision = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? (DECISIONS[value.trim().toLowerCase() as keyof typeof DECISIONS] ?? null)
      : value,
  z.enum(['Upheld', 'Overturned']).nullish(),
);
const Age = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : value),
  z.number().int().min(0).max(120).nullish(),
);

export const DecisionSummarySchema = z.object({
  id: OptionalText,
  caseNumber: z.string().min(1),
  letterDate: OptionalText,
  dateAssigned: OptionalText,
  urDate: OptionalText,
  requestDate: OptionalText,
  reviewerSpecialty: OptionalText,
  patient: z.object({ age: Age, sex: OptionalText }).nullish(),
  dateOfInjury: OptionalText,
  reportDates: TextList,
  diagnoses: TextList,
  keyFindings: TextList,
  urAction: OptionalText,
  // The service alone as text ("MRI lumbar spine") is its name.
  requestedService: z.preprocess(
    (value) => (typeof value === 'string' ? { name: value } : value),
    z.object({
      name: z.string().min(1),
      category: OptionalText,
      subcategory: OptionalText,
      quantity: OptionalText,
      dose: OptionalText,
    }),
  ),
  decision: Decision,
  guidelineCited: OptionalText,
  claimsAdministratorGuideline: OptionalText,
});
export type DecisionSummary = z.output<typeof DecisionSummarySchema>;

const isoOrEmpty = (value: string | null | undefined) => (value && isValidIsoDate(value) ? value : '');

/** The service type the request's words name; the subcategory helps where the name is terse. */
export function serviceTypeOf(service: DecisionSummary['requestedService']): ServiceType | '' {
  const words = [service.name, service.subcategory, service.category].filter(Boolean).join(' ');
  // "Post-operative PT" is post-surgical therapy, whatever else the words say; a post-operative cold
  // therapy unit is equipment, and transportation to post-operative therapy is transportation.
  if (
    /post[- ]?(operative|surgical|op)\b/i.test(words) &&
    /\b(pt|ot|(?<!(cold|ice|heat|compression|cryo)\s)therapy|physiotherapy)\b/i.test(words) &&
    !/\bunit\b|cryotherapy|\bcold\b|transport/i.test(service.name)
  )
    return 'postsurgical_therapy';
  // A passive modality of physical medicine, judged on its own rule within physical therapy.
  if (/\b(therapeutic|pulsed) ultrasound\b/i.test(words) || SHOCKWAVE.test(words.toLowerCase()))
    return 'physical_therapy';
  // The request's own words first: a "follow-up visit" filed under "consultation" is a visit. A drug
  // the reference knows and no set judges ("Naloxone 4 mg nasal spray", filed under "opioid
  // antagonist") is not made the class its subcategory names.
  const named = suggestServiceTypes(service.name)[0];
  if (named) return named;
  if (findDrug(service.name)?.drug.drugClass === 'other') return '';
  return suggestServiceTypes(words)[0] ?? '';
}

/** A hernia of the groin or abdominal wall the diagnoses name, not one suspected or ruled out. */
function herniaDiagnosis(diagnoses: readonly string[]): string | undefined {
  return diagnoses.find(
    (diagnosis) =>
      (readBodyRegions(diagnosis) ?? []).includes('abdominal_wall') &&
      !/\b(?:rule\s+out|r\/o|possible|suspected|questionable|probable|no|without)\b/i.test(diagnosis),
  );
}

/**
 * A study of the abdomen, pelvis or groin for a hernia the diagnoses name is a study of that hernia
 * ("CT abdomen and pelvis" for a "right inguinal hernia"), not of the hip or the belly's organs.
 */
function herniaBodyPart(text: string, diagnoses: readonly string[]): string {
  if (!/\b(?:abdom\w*|pelvi\w*|groin)\b/i.test(text)) return '';
  return herniaDiagnosis(diagnoses) ?? '';
}

/** The body regions the request names, as the letter words them ("elbow and knee"), or ''. */
function bodyPartOf(text: string): string {
  const regions = (readBodyRegions(text) ?? []).filter((region) => region !== 'other');
  const labels = regions.map((region) => BODY_REGIONS[region]);
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * The joint a request implies without naming it: hyaluronic acid (viscosupplementation) is approved
 * for the knee alone, so "Hyalgan injections x5" is a knee series.
 */
function impliedBodyPart(text: string, diagnoses: readonly string[]): string {
  if (
    /hyalgan|orthovisc|euflexxa|supartz|gel-?one|monovisc|durolane|gelsyn|synvisc|hyaluron|viscosupplement/i.test(
      text,
    )
  )
    return 'knee';
  // "Spine surgery consultation": the part of the spine the diagnoses name, when they name one.
  if (!/\bspin(?:e|al)\b/i.test(text)) return '';
  const spineRegions = new Set(diagnoses.flatMap(spineRegionsOf));
  const [only] = spineRegions;
  return spineRegions.size === 1 && only ? BODY_REGIONS[only] : '';
}

/** The parts of the spine a diagnosis names, by word or by level ("L4-5 disc protrusion"). */
function spineRegionsOf(diagnosis: string): BodyRegion[] {
  const byWords = (readBodyRegions(diagnosis) ?? []).filter(
    (region) => region === 'low_back' || region === 'neck' || region === 'thoracic',
  );
  const byLevel: BodyRegion[] = [
    ...(/\b[LS]\d(?:\s*[-/]\s*[LS]?\d)?\b/.test(diagnosis) ? (['low_back'] as const) : []),
    ...(/\bC\d(?:\s*[-/]\s*[CT]?\d)?\b/.test(diagnosis) ? (['neck'] as const) : []),
    ...(/\bT\d{1,2}(?:\s*[-/]\s*[TL]?\d{1,2})?\b/.test(diagnosis) ? (['thoracic'] as const) : []),
  ];
  return [...byWords, ...byLevel];
}

const STRENGTH = /\d+(?:\.\d+)?\s*(?:mg\/ml|mg|mcg|%)/i;

/** A summary's quantity that is a plain number ("1", "x2", "#3") counts the services asked for. */
function bareCount(quantity: string | null | undefined): number | null {
  // "12", "#60", "x6", "1 pair", "1 unit (purchase)", "1 (purchase)", "2 (1 per wrist)", or a count of procedures before what they cover ("1 procedure, 2 levels
  // bilateral", "1 (2 levels)", "1 (bilateral, 2 levels)", "1 session (2 levels bilaterally)"). Levels alone ("2 levels,
  // bilateral") are what one procedure covers.
  if (
    /^\s*(?:\d|one|two|three|four)\s+levels?\b(?:,?\s*(?:bilateral(?:ly)?|left|right|unilateral))?\s*$/i.test(
      quantity ?? '',
    )
  )
    return 1;
  // The levels, then the count of procedures ("1 level, 1 injection").
  const afterLevels =
    /^\s*(?:\d|one|two|three|four)\s+levels?\s*,?\s*(\d{1,2})\s+(?:procedures?|injections?|blocks?)\s*$/i.exec(
      quantity ?? '',
    )?.[1];
  if (afterLevels !== undefined && Number(afterLevels) >= 1) return Number(afterLevels);
  // A rental for a period ("6-week rental", "rental for 30 days") is one unit rented.
  if (
    /^\s*(?:\d{1,3}[- ](?:day|week|month)s?\s+)?rental(?:\s+(?:for|x)\s+\d{1,3}\s+(?:days?|weeks?|months?))?\s*$/i.test(
      quantity ?? '',
    )
  )
    return 1;
  const count =
    /^\s*(?:x\s*|#\s*)?(\d{1,3})\s*(?:$|(?:procedures?|injections?|blocks?|treatments?|sessions?|sets?|pairs?|units?|devices?|kits?|splints?|braces?)\b|\([^)]*?\blevels?\b[^)]*\)|\(\s*1\s+pair\s*\)\s*$|\(\s*(?:purchase|rental|rent)\s*\)\s*$|\(\s*1\s+(?:per|for\s+each|each)\s+(?:wrist|hand|side|knee|ankle|foot|elbow|shoulder|leg|arm)\s*\)\s*$)/i.exec(
      quantity ?? '',
    )?.[1];
  return count !== undefined && Number(count) >= 1 ? Number(count) : null;
}

/** A product written as one that goes on the skin. */
const ON_THE_SKIN = /\b(cream|ointment|gel|lotion|patch|patches|topical)\b/i;

/** The drug of a medication request: its strength, the whole quantity and a compound's ingredients. */
function medicationOf(service: DecisionSummary['requestedService']): Medication {
  const medication = emptyMedication('summary-request');
  // The drug it replaces is no part of the request: "Celecoxib 200 mg #30 (switch from naproxen)".
  medication.name = service.name
    .replace(
      /\s*\((?:switch(?:ed|ing)?|chang(?:e|ed|ing)|convert(?:ed|ing)?)\s+from\s+[^)]*\)|\s*\((?:replacing|instead\s+of|in\s+place\s+of)\s+[^)]*\)/gi,
      '',
    )
    .trim();
  // The name's own strength first, read whole ("Norco 10/325 mg" is 10/325, not 325 mg); else the
  // strength the summary's dose gives ("550mg twice daily").
  medication.strength =
    readRequestWords(service.name).drug.strength ||
    (STRENGTH.exec(service.dose ?? '')?.[0] ?? STRENGTH.exec(service.name)?.[0] ?? '');
  medication.quantity = readRequestWords(`${service.name} ${service.quantity ?? ''}`).drug.quantity;
  // The sig, from the request or the summary's dose ("20mg ER every 12 hours"): the daily dose and
  // the morphine equivalents follow from it.
  const { dose, frequency } = readRequestWords(`${service.name} ${service.dose ?? ''}`).drug;
  medication.dose = dose;
  medication.frequency = frequency;
  const compound = /compound\w*[^:]*:\s*(.+?)(?:,\s*\d+\s*\w+)?$/i.exec(service.name);
  if (compound?.[1]?.includes('/')) {
    medication.ingredients = compound[1].split('/').map((part, index) => {
      const strength = STRENGTH.exec(part)?.[0] ?? '';
      return {
        ...emptyIngredient(`summary-ingredient-${index + 1}`),
        name: part.replace(STRENGTH, '').trim(),
        strength,
      };
    });
  }
  if (ON_THE_SKIN.test(service.name)) medication.route = 'topical';
  return medication;
}

/** The sig a finding gives the requested drug where it says the drug is asked for or planned. */
function sigAskedFor(
  findings: readonly string[],
  requested: string,
): Pick<Medication, 'dose' | 'frequency'> | null {
  const name =
    requested
      .trim()
      .split(/[\s(]+/)[0]
      ?.toLowerCase() ?? '';
  if (name.length < 4) return null;
  for (const clause of findings.flatMap((finding) => finding.split(';'))) {
    if (
      !clause.toLowerCase().includes(name) ||
      !/\b(?:request\w*|plan(?:s|ned|ning)?|prescrib\w*)\b/i.test(clause)
    )
      continue;
    // The drug and its sig, up to the words about the request ("... bid prn requested as first opioid").
    const written = clause
      .slice(clause.toLowerCase().indexOf(name))
      .split(/\s+(?:is\s+|was\s+)?(?:requested|planned|prescribed|recommended|as|for|to|with)\b/i)[0];
    const { dose, frequency } = readRequestWords(written ?? '').drug;
    if (frequency) return { dose, frequency };
  }
  return null;
}

/** The days a plan gives the requested drug: "plan: tizanidine for about 2 weeks", "Zanaflex ... 'for 2 weeks only'". */
function daysAskedFor(findings: readonly string[], requested: string): number | null {
  const names = requested
    .toLowerCase()
    .split(/[\s()/,]+/)
    .filter((word) => word.length >= 5 && !/^\d/.test(word));
  if (names.length === 0) return null;
  for (const clause of findings.flatMap((finding) => finding.split(';'))) {
    const lower = clause.toLowerCase();
    if (
      !names.some((name) => lower.includes(name)) ||
      !/\b(?:plan\w*|request\w*|prescrib\w*|start\w*)\b/i.test(clause)
    )
      continue;
    const span =
      /\b(?:for|x)\s+(?:about\s+|approximately\s+|up\s+to\s+|~\s?)?(\d{1,2}|one|two|three|four)\s*(days?|weeks?|wks?)\b/i.exec(
        clause,
      );
    if (!span?.[1] || !span[2]) continue;
    const count = SMALL_NUMBERS[span[1].toLowerCase()] ?? Number(span[1]);
    return /^d/i.test(span[2]) ? count : count * 7;
  }
  return null;
}

const REMARK_ON_THE_LIST = /^(?:both|all|each|either|which|since|taken|continuously)\b/i;

const STOPPED_AFTER_THE_DRUG = /\b(?:stopped|discontinued|d\/c'?d|ceased)\b/i;
const RESUMED = /\b(?:restarted|resumed|re-?started|back\s+on)\b/i;

/**
 * The drug a finding says was stopped ("nausea and epigastric pain on naproxen, stopped 9/10/16"),
 * and no later finding names again: no longer taken.
 */
function stoppedSince(findings: readonly string[], drug: string): boolean {
  const name = drug.split(/\s+/)[0] ?? '';
  if (name === '') return false;
  const named = (text: string) => namesDrug(text, name);
  const stoppedAt = findings.findLastIndex((finding) =>
    finding.split(';').some((clause) => {
      const at = clause.toLowerCase().indexOf(name.toLowerCase());
      return at !== -1 && STOPPED_AFTER_THE_DRUG.test(clause.slice(at)) && !RESUMED.test(clause);
    }),
  );
  return stoppedAt !== -1 && !findings.slice(stoppedAt + 1).some(named);
}

/**
 * A drug dated only by a year before the request's ("upper GI bleed on naproxen 2014", "Lyrica in
 * 2015") was taken then, not now; "since 2014" is a start, and the drug is still taken.
 */
function onlyInAnEarlierYear(text: string, asOf: string): boolean {
  const year = /(?<!\bsince\s+|\bfrom\s+)(?:\bin\s+)?\b((?:19|20)\d\d)\s*\)?$/i.exec(text.trim())?.[1];
  return year !== undefined && asOf !== '' && Number(year) < Number(asOf.slice(0, 4));
}

/** The words a finding names a class of drugs by ("no muscle relaxant taken before", "opioid-naive"). */
const CLASS_WORDS: Partial<Record<DrugClass, string>> = {
  muscle_relaxant: String.raw`muscle\s+relaxants?`,
  opioid: 'opioids?|narcotics?|opiates?',
  nsaid: 'NSAIDs?|anti-?inflammator(?:y|ies)',
  anticonvulsant: 'anticonvulsants?|antiepileptics?|AEDs?',
  antidepressant: 'antidepressants?',
  benzodiazepine: 'benzodiazepines?',
};

/**
 * A drug whose class a finding says was never taken is a new start, whatever finding describes the
 * request's own sig ("cyclobenzaprine 7.5 mg up to three times daily, #20" beside "no muscle relaxant
 * taken before"): it is asked for, not taken.
 */
function classNeverTaken(findings: readonly string[], text: string): boolean {
  const drugClass = findDrug(text)?.drug.drugClass;
  const words = drugClass ? CLASS_WORDS[drugClass] : undefined;
  if (!words) return false;
  const denied = new RegExp(
    String.raw`\bno\s+(?:prior\s+|previous\s+)?(?:${words})\s+(?:(?:taken|tried|used|prescribed)\s+)?(?:before|previously|to\s+date|so\s+far|yet)\b|\bno\s+(?:prior|previous)\s+(?:${words})\b|\bnever\s+(?:taken|tried|had|used|been\s+on)\s+(?:an?\s+|any\s+)?(?:${words})\b|\b(?:${words})[- ]na[iï]ve\b`,
    'i',
  );
  return findings.some((finding) => denied.test(finding));
}

/** The medications a finding lists ("medications: cyclobenzaprine, famotidine; ...", "Meds: Ambien, naproxen"). */
function currentMedications(findings: readonly string[], asOf: string): Medication[] {
  const listed = findings.flatMap((finding) => {
    // "medications naproxen 500 mg twice daily, omeprazole 20 mg daily": the list without its colon;
    // "long-term opioids, stable 3 years: methadone 10 mg tid and oxycodone 10 mg bid".
    const bare = /\b(?:medications?|meds)\s+([^;:]+)/i.exec(finding)?.[1];
    const headed = /\b(?:opioids?|opiates?|narcotics?|regimen|analgesics?)\b[^:;]{0,40}:\s*([^;]+)/i.exec(
      finding,
    )?.[1];
    const list =
      /\b(?:medications?|meds)(?:(?:\s+\w+)?(?::|\s+[-–]\s)|(?:\s+list)?\s+(?:(?:have|has)\s+)?(?:included|includes|including|include|are|consist\s+of))\s*([^;]+)/i.exec(
        finding,
      )?.[1] ??
      (bare !== undefined && startsWithKnownDrug(bare) ? bare : undefined) ??
      (headed !== undefined && startsWithKnownDrug(headed) ? headed : undefined);
    // A comma inside brackets is the entry's own remark ("(about 100 MED: 60 from oxycodone, 40 from
    // hydrocodone)"), and "both since 2014" remarks on the entries before it: no drug of its own.
    return list
      ? list
          .split(/,(?![^()]*\))|\band\b(?![^()]*\))/)
          .map((name) => name.trim())
          .filter((name) => !REMARK_ON_THE_LIST.test(name))
      : [];
  });
  // A drug a finding says is taken ("Norco 10/325 TID; VAS ...") joins the list, once; a daily total
  // ("Hydrocodone 40 mg/day (40 MED)") restates the regimen, and is no product of its own.
  const firstWord = (text: string) => text.split(/\s+/)[0]?.toLowerCase() ?? '';
  const DAILY_TOTAL = /\b\d+(?:\.\d+)?\s*mg\s*(?:\/|per\s+|a\s+)day\b/i;
  const names = [
    ...listed,
    ...readFindingDrugsTaken(findings)
      .filter((text) => !DAILY_TOTAL.test(findings.find((finding) => finding.includes(text)) ?? text))
      .filter(
        (text, index, all) =>
          !listed.some((name) => firstWord(name) === firstWord(text)) &&
          all.findIndex((other) => firstWord(other) === firstWord(text)) === index,
      ),
  ];
  // Each as written, with the strength and sig it gives ("Norco 10/325 three times daily"), so the
  // regimen's morphine equivalents can follow from it; not a drug a later finding says was stopped.
  return names
    .filter(
      (text) =>
        !stoppedSince(findings, text) && !onlyInAnEarlierYear(text, asOf) && !classNeverTaken(findings, text),
    )
    .map((text) => ({ text, drug: withoutStrength(text, readRequestWords(text).drug) }))
    .filter(({ text, drug }) => text !== '' && (drug.name || text).split(/\s+/).length <= 5)
    .map(({ text, drug }, index) => ({
      ...emptyMedication(`summary-medication-${index + 1}`),
      name: drug.name || text,
      strength: drug.strength,
      dose: drug.dose,
      // "Norco 10/325 mg up to three a day": a stated maximum is the sig the request words omit.
      frequency:
        drug.frequency ||
        (/\bup\s+to\s+\S+(?:\s+(?:tabs?|tablets?|times))?\s+(?:a|per)\s+day\b/i.exec(text)?.[0] ?? ''),
      // When it began, as the words about it say ("on Soma since 2014"): the time on it follows.
      startDate: readDrugStartIn(clauseHolding(findings, text), asOf),
      // "Voltaren 1% gel" is a topical, not oral diclofenac: the name alone loses the form.
      ...(ON_THE_SKIN.test(text) ? { route: 'topical' as const } : {}),
    }));
}

/** The date a summary's facts are read as of: its request date, else its UR date. */
const summaryAsOf = (summary: DecisionSummary): string =>
  [summary.requestDate, summary.urDate].find((date) => isValidIsoDate(date ?? '')) ?? '';

/** A drug written with its sig and no strength ("Norco three times daily"): the name, then the sig. */
function withoutStrength(
  text: string,
  drug: ReturnType<typeof readRequestWords>['drug'],
): ReturnType<typeof readRequestWords>['drug'] {
  if (drug.strength !== '' || drug.frequency !== '') return drug;
  const split = splitLeadingDrug(text);
  return split &&
    split.rest !== '' &&
    /\b(?:daily|times|qd|bid|tid|qid|q\d+h|prn|nightly|bedtime|a\s+day|per\s+day)\b/i.test(split.rest)
    ? { ...drug, name: split.name, frequency: split.rest }
    : drug;
}

/** The clause of the findings (between semicolons) that holds `text`, or ''. */
function clauseHolding(findings: readonly string[], text: string): string {
  const key = text.split(/\s+/).slice(0, 2).join(' ').toLowerCase();
  for (const finding of findings)
    for (const clause of finding.split(';')) if (clause.toLowerCase().includes(key)) return clause;
  return '';
}

function urDecisionOf(action: string): Pick<DisputedItem, 'urDecision' | 'urApproved'> {
  if (/^\s*modified/i.test(action)) {
    const approved = /approved\s+([^;.]+)/i.exec(action)?.[1]?.trim() ?? '';
    return { urDecision: 'modified', urApproved: approved };
  }
  if (/non-?certif|denied|denial/i.test(action)) return { urDecision: 'denied', urApproved: '' };
  return { urDecision: '', urApproved: '' };
}

/**
 * The answers the key findings state plainly (finding-words.ts), and those several findings give
 * together (weeks of care, care that failed, a measured plan), among the questions the item's
 * service type asks and the request has not already answered.
 */
export function findingAnswersFor(summary: DecisionSummary, item: DisputedItem): FindingAnswer[] {
  const asOf = summaryAsOf(summary);
  const findings = (summary.keyFindings ?? []).map((finding) =>
    withStartDates(withNumericScores(withNumericDates(finding))),
  );
  const answers = numbnessOfAnEntrapment(
    surgeryOfTheItemsRegion(
      answersForItem(findings, summary.diagnoses ?? [], item, summary.requestedService.name, asOf),
      findings,
      summary.diagnoses ?? [],
      item,
    ),
    summary.diagnoses ?? [],
  );
  // Answers that combine findings, for the questions the item asks and no finding answered alone.
  const combined = [
    careSinceInjury(findings, answers, isoOrEmpty(summary.dateOfInjury), asOf),
    courseWithoutGain(findings) ?? symptomsPersistAfterCare(findings) ?? careListThenMarkedPain(findings),
    measurableManipulationCare(findings),
    painAndFunctionAssessed(findings, summary.diagnoses ?? [], answers),
    noSurgeryInTheHistory(findings, summary.diagnoses ?? []),
    noSurgeryPlannedForBlocks(findings, summary.diagnoses ?? [], item),
    psychotherapyGain(findings, item),
    fractureRiskAfterRecentTrauma(
      findings,
      summary.diagnoses ?? [],
      isoOrEmpty(summary.dateOfInjury),
      asOf,
    ) ??
      weightNotBorneAfterTrauma(findings, isoOrEmpty(summary.dateOfInjury), asOf) ??
      tumorRedFlag(findings, summary.diagnoses ?? []),
    ...programTimeSpent(summary.requestedService.name, findings),
    ...limitsFromTheFce(findings),
    ...surgicalReferralIndicated(
      findings,
      summary.diagnoses ?? [],
      item,
      summary.requestedService.name,
      asOf,
    ),
  ].filter(
    (answer): answer is FindingAnswer => answer !== null && !answers.some((read) => read.key === answer.key),
  );
  // Only questions the wizard shows for this item: a referral's surgical ones once it goes to a surgeon.
  const asked = askedFactKeys(GUIDELINE_LIBRARY, item);
  return [...answers, ...answersTheItemAsks(combined, item)].filter((answer) => asked.has(answer.key));
}

/**
 * An FCE whose capacities fall below the job's demands ("FCE 7/21/2016 valid: 25 lb" beside a job
 * that lifts 50 lb) documents the limits that keep the worker from the job, and a job whose demands
 * exceed the worker's abilities: what work hardening admits on.
 */
function limitsFromTheFce(findings: readonly string[]): FindingAnswer[] {
  const fce = readFindingWorkReturn(findings).fce;
  if (fce?.belowJobDemands !== true) return [];
  const source = `${fce.source} (an FCE below the job's demands)`;
  return [
    { key: 'functionalLimitsPreventJob', value: true, source },
    { key: 'jobDemandsExceedAbilities', value: true, source },
  ];
}

/** Operations that name their region without naming the body part ("cuff repair", "L4-5 fusion"). */
const SURGERY_REGION_WORDS: readonly [BodyRegion, RegExp][] = [
  ['shoulder', /\b(?:rotator\s+)?cuff\b|\blabr(?:um|al)\b|\bSLAP\b|\bacromi\w*|\bsubacromial\b/i],
  ['knee', /\bmenisc\w*|\bACL\b|\bpatell\w*/i],
  ['forearm_wrist_hand', /\bcarpal\b|\btrigger\s+(?:finger|thumb)\b|\bde\s*Quervain/i],
  ['low_back', /\bL[1-5]\s*-\s*(?:L?[1-5]|S1)\b|\blaminectomy\b|\bdiscectomy\b/i],
  ['neck', /\bC[2-7]\s*-\s*C?[3-7]\b|\bACDF\b/i],
];

function regionsOfSurgery(text: string): BodyRegion[] {
  const named = (readBodyRegions(text) ?? []).filter((region) => region !== 'other');
  const implied = SURGERY_REGION_WORDS.filter(([, words]) => words.test(text)).map(([region]) => region);
  return [...new Set([...named, ...implied])];
}

/** A clause that names only body regions other than the item's. */
const namesOnlyOtherRegions = (text: string, itemRegions: readonly BodyRegion[]): boolean => {
  const regions = regionsOfSurgery(text);
  return regions.length > 0 && !regions.some((region) => itemRegions.includes(region));
};

/**
 * Surgery considered for another body region is not this item's: a shoulder cuff repair the
 * orthopedist would do says nothing of a neck MRI asked in the same letter. The finding is read
 * again without the clauses about other regions, so a surgery considered for the item's own region
 * still counts.
 */
function surgeryOfTheItemsRegion(
  answers: FindingAnswer[],
  findings: readonly string[],
  diagnoses: readonly string[],
  item: DisputedItem,
): FindingAnswer[] {
  const itemRegions = regionsOfSurgery(item.bodyPart);
  const index = answers.findIndex((answer) => answer.key === 'surgeryConsidered' && answer.value === true);
  const answer = answers[index];
  if (itemRegions.length === 0 || !answer || !namesOnlyOtherRegions(answer.source, itemRegions))
    return answers;
  const ownRegion = findings.map((finding) =>
    finding
      .split(';')
      .filter((clause) => !namesOnlyOtherRegions(clause, itemRegions))
      .join(';'),
  );
  const again = readFindingAnswers(ownRegion, diagnoses).find((read) => read.key === 'surgeryConsidered');
  return answers.flatMap((read, at) => (at !== index ? [read] : again ? [again] : []));
}

/** A nerve entrapment named as the diagnosis. */
const ENTRAPMENT_DIAGNOSIS =
  /\b(?:carpal\s+tunnel|CTS|cubital\s+tunnel|tarsal\s+tunnel|(?:median|ulnar)\s+(?:mono)?neuropathy|guyon)\b/i;
/** A diagnosis of the spine or its roots. */
const SPINAL_DIAGNOSIS =
  /\b(?:radicul\w*|sciatica|cervical|lumbar|thoracic|disc|spine|spinal|stenosis|C[2-8]|L[1-5]|S1)\b/i;
/** Symptoms that travel along a root, beyond numbness or tingling alone. */
const ROOT_SYMPTOMS =
  /\b(?:radiat\w*|radicul\w*|sciatica|straight[- ]leg|SLR|Spurling\w*|down\s+the\s+(?:arm|leg)|into\s+the\s+(?:arm|leg|buttock|thigh|calf|foot|hand))\b/i;

/**
 * Numbness or tingling in the hand of a worker whose diagnosis is an entrapment (carpal tunnel
 * syndrome) and nothing of the spine is the nerve's at the wrist, not a root's: it is no radiating
 * symptom for an EMG's radiculopathy rule.
 */
function numbnessOfAnEntrapment(answers: FindingAnswer[], diagnoses: readonly string[]): FindingAnswer[] {
  const entrapmentOnly =
    diagnoses.some((text) => ENTRAPMENT_DIAGNOSIS.test(text)) &&
    !diagnoses.some(
      (text) =>
        /\b(?:radicul\w*|sciatica)\b/i.test(text) ||
        // A neck strain beside the carpal tunnel is no root's lesion: the numbness stays the wrist's.
        (SPINAL_DIAGNOSIS.test(text) && !/\b(?:strain|sprain|myofascial|myalgia|spasm)\b/i.test(text)),
    );
  if (!entrapmentOnly) return answers;
  return answers.filter(
    (answer) =>
      !(answer.key === 'radicularSymptoms' && answer.value === true && !ROOT_SYMPTOMS.test(answer.source)),
  );
}

const PROGRAM_WORDS = String.raw`functional\s+restoration|FRP|(?:multi|inter)disciplinary\s+(?:pain\s+)?program|chronic\s+pain\s+program|HELP\s+program`;
/** Time already spent in a program: "completed 2 weeks of the FRP", "attended 10 FRP days". */
const PROGRAM_ATTENDED = new RegExp(
  String.raw`\b(?:${PROGRAM_WORDS})\b[^;]*?\b(?:completed|attended|participated|finished)\b|\b(?:completed|attended|participated\s+in|finished)\b[^;]*?\b(?:${PROGRAM_WORDS})\b`,
  'i',
);

/** A program asked for again: "additional 10 days", "continued FRP", "remaining 2 weeks". */
const PROGRAM_CONTINUED =
  /\b(?:additional|continued|continuation|continue|remaining|further|extension|extended|another|more)\b/i;
/** The time a finding says was spent: "Completed 10 full days", "attended 2 weeks". */
const PROGRAM_TIME_SPENT =
  /\b(?:completed|attended|finished|participated\s+in)\s+(?:the\s+first\s+|an?\s+)?(\d{1,2}|[a-z]+)\s+(?:full[- ]?)?(days?|sessions?|weeks?)\b/i;

/**
 * Time already spent in a program, and the gains since, as a continuation is judged: a program
 * asked for as initial or first, or one no finding says was attended and not asked for again, has
 * had no sessions yet. A continuation's days ("Completed 10 full days") count five to a week, and a
 * measured gain in the findings ("sitting tolerance 15 to 40 minutes", "Oswestry 56% to 42%") is
 * the subjective and objective gain the guideline asks for.
 */
function programTimeSpent(requested: string, findings: readonly string[]): FindingAnswer[] {
  const attended = findings.find((finding) => PROGRAM_ATTENDED.test(finding));
  const continued =
    !/\b(?:initial|first)\b/i.test(requested) &&
    (attended !== undefined || PROGRAM_CONTINUED.test(requested));
  if (!continued)
    return [
      { key: 'sessionsCompletedInProgram', value: 0, source: requested },
      { key: 'weeksCompletedInProgram', value: 0, source: requested },
    ];
  const answers: FindingAnswer[] = [];
  for (const finding of [...(attended ? [attended] : []), ...findings]) {
    const spent = PROGRAM_TIME_SPENT.exec(finding);
    const count = spent?.[1] ? (SMALL_NUMBERS[spent[1].toLowerCase()] ?? Number(spent[1])) : Number.NaN;
    if (!spent?.[2] || !Number.isInteger(count) || count <= 0) continue;
    const inWeeks = /^w/i.test(spent[2]);
    answers.push(
      { key: 'sessionsCompletedInProgram', value: inWeeks ? count * 5 : count, source: finding },
      { key: 'weeksCompletedInProgram', value: inWeeks ? count : Math.floor(count / 5), source: finding },
    );
    break;
  }
  const gain = findings.find((finding) => finding.split(/;|,\s+(?=[a-z])/i).some(statesMeasuredGain));
  if (gain && answers.length > 0)
    answers.push({ key: 'measurableGainsDocumented', value: true, source: gain });
  return answers;
}

const OBJECTIVE_MEASURE =
  /\b(?:motion|ROM|range|strength|function\w*|tenderness|flexion|extension|rotation|lifting|sitting|standing|walking|full\s+duty|return\w*\s+to\s+(?:work|regular\s+duty))\b/i;

/**
 * Pain and function assessed, as the opioid rules ask: relief and better function both read from
 * the findings about the drug ("8/10 without, 4/10 with"; "walks 30 minutes with medication"), or
 * a pain score with the function it limits or the goals set for it, the baseline a first
 * prescription asks for ("knee pain 7/10; unable to kneel"; "goals: walk 30 minutes").
 */
function painAndFunctionAssessed(
  findings: readonly string[],
  diagnoses: readonly string[],
  answers: readonly FindingAnswer[],
): FindingAnswer | null {
  const relief = answers.find(
    (answer) =>
      (answer.key === 'analgesiaDocumented' && answer.value === true) ||
      (answer.key === 'painReliefPercent' && typeof answer.value === 'number' && answer.value > 0),
  );
  const activity = answers.find((answer) => answer.key === 'adlsDocumented' && answer.value === true);
  if (relief && activity)
    return { key: 'painAndFunctionDocumented', value: true, source: `${relief.source}; ${activity.source}` };
  const score = findings.find((finding) => PAIN_SCORE.test(finding));
  const function_ = readFindingAnswers(findings, diagnoses).find(
    (answer) =>
      (answer.key === 'functionLimitedByPain' || answer.key === 'treatmentGoalsStated') &&
      answer.value === true,
  );
  return score !== undefined && function_ !== undefined
    ? {
        key: 'painAndFunctionDocumented',
        value: true,
        source: score.includes(function_.source) ? score : `${score}; ${function_.source}`,
      }
    : null;
}

/** A pain score out of 10 ("pain 7/10", "6-7/10"). */
const PAIN_SCORE = /\b(?:10|\d)\s*\/\s*10\b/;

/**
 * A course of therapy whose findings deny a gain ("12 PT visits, ..., with only minimal improvement"):
 * conservative care tried without adequate improvement. Not after an operation: that course is
 * the post-surgical rule's to judge.
 */
function courseWithoutGain(findings: readonly string[]): FindingAnswer | null {
  const course = readFindingCourses(findings).find(
    (found) => found.functionalImprovementDocumented === false && found.postsurgical !== true,
  );
  return course ? { key: 'conservativeCareFailed', value: true, source: course.sources.join('; ') } : null;
}

/** A finding that lists the care had so far: "Treatment to date has included ...", "prior care: ...". */
const TREATMENT_HISTORY =
  /\btreatment\s+to\s+date\b|\b(?:prior|previous|past)\s+(?:care|treatments?)\s*:|\btreatment\s+history\s*:/i;
/** A spine operation, done or spoken of: a fusion would be named with these words. */
const SPINE_OPERATION =
  /\b(?:fusion|fused|arthrodesis|lamin\w*ectomy|laminotomy|(?:micro)?discectomy|foraminotomy|decompression|ACDF|[APTX]LIF|hardware|instrumentation|pedicle\s+screws?|(?:spine|spinal|back|neck|lumbar|cervical)\s+(?:surgery|operation)|s\/p|status\s+post|post-?op\w*)\b/i;

/**
 * The care had so far, listed, with no spine operation named anywhere in the findings or
 * diagnoses: no level has been fused. Without such a list, silence about surgery says nothing
 * (ADR 016).
 */
function noSurgeryInTheHistory(
  findings: readonly string[],
  diagnoses: readonly string[],
): FindingAnswer | null {
  const history = careHistory(findings);
  if (history === undefined || [...findings, ...diagnoses].some((text) => SPINE_OPERATION.test(text)))
    return null;
  return {
    key: 'previouslyFusedLevel',
    value: false,
    source: `${history} (the care listed includes no spine operation, and no finding names one)`,
  };
}

/**
 * The finding that tells the care had: a treatment history, care told as completed, a counted
 * course, or kinds of care listed ("over 3 months of PT, home exercise and meloxicam").
 */
function careHistory(findings: readonly string[]): string | undefined {
  return (
    findings.find((finding) => TREATMENT_HISTORY.test(finding)) ??
    findings.find((finding) => CARE_COMPLETED.test(finding)) ??
    readFindingCourses(findings)[0]?.sources[0] ??
    findings.find((finding) => CARE_KINDS.filter((kind) => kind.test(finding)).length >= 3)
  );
}

/** Care told as had, counted: "She completed 12 physical therapy visits between ...". */
const CARE_COMPLETED =
  /\b(?:completed|attended|had|underwent|received|failed|tried)\s+(?:\w+\s+){0,3}?\d{1,3}\s+(?:[\w-]+\s+){0,3}(?:visits|sessions|treatments)\b/i;
const SURGERY_SPOKEN_OF =
  /\b(?:surg\w*|operations?|operative|operated|post-?op\w*|candidate|fusion|fused|decompression|(?:micro)?discectomy|lamin\w*ectomy|laminotomy|arthrodesis|ACDF|[APTX]LIF)\b/i;

/**
 * A facet block's summary that tells the care had and speaks of no surgery, done, planned or
 * considered, has none planned: a planned operation is what a reviewer would summarize first.
 */
function noSurgeryPlannedForBlocks(
  findings: readonly string[],
  diagnoses: readonly string[],
  item: DisputedItem,
): FindingAnswer | null {
  if (item.serviceType !== 'facet_injection' && item.serviceType !== 'medial_branch_block') return null;
  const history = careHistory(findings);
  // "No prior injections or lumbar surgery" speaks of none.
  const spokenOf = (text: string) =>
    SURGERY_SPOKEN_OF.test(
      text.replace(
        /\bno\s+(?:prior\s+|previous\s+)?(?:[\w-]+\s+){0,3}?(?:surgery|surgeries|operations?)\b/gi,
        '',
      ),
    );
  if (history === undefined || [...findings, ...diagnoses].some(spokenOf)) return null;
  return {
    key: 'surgicalCandidate',
    value: false,
    source: `${history} (no finding speaks of surgery, done, planned or considered)`,
  };
}

/**
 * A surgeon's consultation asked for when the records show what the spine chapters name as reasons
 * for a surgical referral (ACOEM 2004 Ch. 12 and Ch. 8): radiating symptoms with a deficit on exam,
 * imaging that shows the lesion the exam points to, and a month or more of care. Surgery is then
 * what the referral weighs, and that is its stated reason.
 */
function surgicalReferralIndicated(
  findings: readonly string[],
  diagnoses: readonly string[],
  item: DisputedItem,
  requested: string,
  asOf: string,
): FindingAnswer[] {
  if (item.serviceType !== 'consultation') return [];
  // A hernia the diagnoses name is treated by its repair (ODG Hernia): a surgeon's opinion weighs it.
  const hernia = herniaDiagnosis(diagnoses);
  if (
    hernia &&
    /\b(?:surgeon|surgical|surgery|neurosurg\w*)\b/i.test(requested) &&
    (readBodyRegions(item.bodyPart) ?? []).includes('abdominal_wall')
  ) {
    const source = `${hernia} (a hernia's treatment is its repair, a surgeon's to weigh)`;
    return [
      { key: 'surgeryConsidered', value: true, source },
      { key: 'rationaleStated', value: true, source },
    ];
  }
  if (!/\b(?:surgeon|surgical|neurosurg\w*)\b/i.test(requested)) return [];
  const read = readFindingAnswers(findings, diagnoses, '', asOf);
  const stated = (key: FindingAnswer['key']) => read.find((answer) => answer.key === key);
  const weeks = stated('conservativeCareWeeks');
  const signs = [stated('radicularSymptoms'), stated('neuroDeficit'), stated('imagingCorroborates')];
  if (signs.some((answer) => answer?.value !== true) || typeof weeks?.value !== 'number' || weeks.value < 4)
    return [];
  const source = `${signs.map((answer) => answer?.source).join('; ')}; ${weeks.source} (a surgical referral's reasons)`;
  return [
    { key: 'surgeryConsidered', value: true, source },
    { key: 'rationaleStated', value: true, source },
  ];
}

const RENTED = /\brent(?:al|ed)?\b/i;

/** Therapy had with no count: "physical therapy began in October", "has been attending therapy". */
const UNCOUNTED_THERAPY =
  /\b(?:(?:physical\s+therapy|PT|therapy)\s+(?:began|started|was\s+started|has\s+been\s+ongoing)\b|(?:has\s+been|is|was)\s+attending\s+(?:physical\s+)?therapy\b|(?<!\b(?:not|never|hasn't|hadn't)\s+)(?:has\s+had|had)\s+(?:some\s+)?(?:physical\s+therapy|PT)\b(?!\s*(?:x\s?)?\d))/i;
const DISCIPLINE_OF_SERVICE: Partial<Record<ServiceType, 'pt' | 'ot'>> = {
  physical_therapy: 'pt',
  occupational_therapy: 'ot',
};

/**
 * A course of the requested therapy the findings say was had but never count: its visits are then
 * not documented (the reviewer's to find), not zero.
 */
function uncountedCourseOf(
  serviceType: ServiceType | '',
  findings: readonly string[],
  counted: readonly { discipline: string }[],
): { discipline: 'pt' | 'ot'; source: string } | null {
  const discipline = serviceType ? DISCIPLINE_OF_SERVICE[serviceType] : undefined;
  if (!discipline || counted.some((course) => course.discipline === discipline)) return null;
  const source = findings.find((finding) => UNCOUNTED_THERAPY.test(finding));
  return source ? { discipline, source } : null;
}

/** The answers about the requested drug's own effect. */
const DRUG_EFFECTS: ReadonlySet<string> = new Set([
  'analgesiaDocumented',
  'adlsDocumented',
  'painReliefPercent',
]);

/** A current medication already names the requested drug. */
const takesAlready = (medications: readonly Medication[], requested: string) =>
  medications.some(
    (medication) => namesDrug(requested, medication.name) || namesDrug(medication.name, requested),
  );

/** Pain still marked: 5/10 or more, or pain that wakes the worker ("night pain wakes him most nights"). */
const MARKED_PAIN =
  /\b(?:[5-9]|10)\s*\/\s*10\b|(?<!\b(?:no|denies|without)\s+)\bnight\s+pain\b(?!\s+(?:has\s+)?(?:resolved|gone|improved|better))|\b(?:pain|it)\s+wakes\s+(?:him|her|them)\b/i;

/** Mechanical symptoms that outlast care: "still locks and catches", "locking and catching persist". */
const STILL_MECHANICAL =
  /\b(?:still|continues\s+to|keeps)\s+(?:\w+\s+){0,2}(?:locks?|locking|catch(?:es|ing)?|gives?\s+way|giving\s+way|buckles?|buckling)\b|\b(?:locking|catching|giving\s+way|buckling)(?:\s+(?:and|or)\s+(?:locking|catching|giving\s+way|buckling))?\s+(?:still\s+)?persists?\b/i;

/** A joint that still locks or gives way: "the knee locks 2-3 times a week and gives way on stairs". */
const MECHANICAL_SYMPTOMS =
  /(?<!\b(?:no|denies|without|any)\s+(?:\w+\s+){0,2})\b(?:locks|locking|catches|catching|gives\s+way|giving\s+way|buckles|buckling)\b/i;

/**
 * A course of therapy had (6 visits or more, not after an operation, no improvement stated) and,
 * after it (in another finding, or later in its own), pain still marked (5/10 or more) or a joint
 * that still locks or gives way: care tried without adequate improvement, as reviewers read "8 PT
 * visits, ibuprofen, knee sleeve" then "1/9/2017: knee pain 6/10 with catching".
 */
function symptomsPersistAfterCare(findings: readonly string[]): FindingAnswer | null {
  // A joint that still locks after a course, whatever else the course improved: "8 PT visits ...;
  // range of motion better but the knee still locks and catches".
  const courses = readFindingCourses(findings);
  const stillLocks = courses
    .filter((found) => found.visitsCompleted >= 6 && found.postsurgical !== true)
    .flatMap((found) =>
      findings.filter((finding) => found.sources.some((clause) => finding.includes(clause))),
    )
    .find((finding) => STILL_MECHANICAL.test(finding));
  if (stillLocks) return { key: 'conservativeCareFailed', value: true, source: stillLocks };
  const course = courses.find(
    (found) =>
      found.visitsCompleted >= 6 &&
      found.postsurgical !== true &&
      found.functionalImprovementDocumented === null,
  );
  if (!course) return null;
  // In another finding, or after the course in its own ("completed 12 PT visits ...; 01/19/2017 pain
  // 6/10 with overhead reaching").
  const after = (finding: string) => {
    const source = course.sources.find((clause) => finding.includes(clause));
    return source === undefined ? finding : finding.slice(finding.indexOf(source) + source.length);
  };
  const pain = findings
    .map(after)
    .find((text) => MARKED_PAIN.test(text) || MECHANICAL_SYMPTOMS.test(text))
    ?.replace(/^[\s;,.]+/, '');
  return pain === undefined
    ? null
    : { key: 'conservativeCareFailed', value: true, source: `${course.sources[0]}; then "${pain}"` };
}

/** Kinds of conservative care a finding may list, each counted once. */
const CARE_KINDS: readonly RegExp[] = [
  /\b(?:PT|physical\s+therapy|occupational\s+therapy|OT)\b/i,
  /\b(?:HEP|home\s+exercises?(?:\s+program)?)\b/i,
  /\b(?:chiropractic|acupuncture)\b/i,
  /\b(?:brace|splint\w*|sleeve|orthotics?|cane)\b/i,
  /\b(?:NSAIDs?|naproxen|ibuprofen|meloxicam|diclofenac|celecoxib|etodolac|nabumetone)\b/i,
  /\b(?:topical\w*|lidocaine|patch(?:es)?|creams?|gel)\b/i,
  /\b(?:injections?|CSI|cortisone|steroid\s+shots?)\b/i,
  /\b(?:TENS|ice|heat|activity\s+modification|rest)\b/i,
];
/** Care granted or planned and not yet had. */
const CARE_NOT_HAD =
  /\b(?:not\s+(?:yet\s+)?(?:started|begun|done|attended|scheduled)|authori[sz]ed|approved|certified|requested|pending|planned|scheduled)\b/i;
/** Words that tell the care helped: the list is then no failure. */
const CARE_HELPED = /\b(?:improv\w*|helped|helps|benefit\w*|resolved|better|effective)\b/i;

/**
 * Three kinds of care or more listed in one finding ("PT and HEP, knee brace, naproxen, topical
 * diclofenac") that says nothing of their helping, and pain still marked in another finding: care
 * tried without adequate improvement, as reviewers summarize it.
 */
function careListThenMarkedPain(findings: readonly string[]): FindingAnswer | null {
  const list = findings.find((finding) => {
    // Only care had: not "8 PT visits authorized 1/5/2017, not started", nor "no home exercise program".
    const had = finding
      .split(';')
      .filter((clause) => !CARE_NOT_HAD.test(clause))
      .join(';');
    return (
      CARE_KINDS.filter((kind) => affirmedIn(had, kind)).length >= 3 &&
      !CARE_HELPED.test(finding) &&
      !MARKED_PAIN.test(finding)
    );
  });
  if (list === undefined) return null;
  const pain = findings.find(
    (finding) =>
      finding !== list && MARKED_PAIN.test(finding) && !/(?:->|→|\bto\s+\d|\bdown\b)/i.test(finding),
  );
  return pain === undefined
    ? null
    : { key: 'conservativeCareFailed', value: true, source: `${list}; and "${pain}"` };
}

/** Bone weakened by osteoporosis, named or treated ("osteopenia", "taking alendronate"). */
const WEAK_BONE =
  /\b(?:osteoporo\w*|osteopeni\w*|alendronate|Fosamax|risedronate|Actonel|ibandronate|Boniva|bisphosphonates?|denosumab|Prolia)\b/i;
/** The injury was a fall or a blow. */
const TRAUMA =
  /\b(?:fell|falls?|fallen|slipped|tripped|landed|struck|motor\s+vehicle|MVA|MVC|collision|crash\w*)\b/i;

/**
 * A fall or blow in the last 3 months to a worker with weakened bone: the ACOEM chapters' red flag
 * for fracture (minor trauma in a potentially osteoporotic patient), as reviewers apply it to
 * imaging soon after the injury. Only a recent injury counts; an old one is not a red flag now.
 */
function fractureRiskAfterRecentTrauma(
  findings: readonly string[],
  diagnoses: readonly string[],
  injuryDate: string,
  asOf: string,
): FindingAnswer | null {
  if (!isValidIsoDate(injuryDate) || !isValidIsoDate(asOf)) return null;
  const days = daysBetween(injuryDate, asOf);
  if (days === null || days < 0 || days > 90) return null;
  const bone = [...diagnoses, ...findings].find((text) => affirmedIn(text, WEAK_BONE));
  const trauma = findings.find((finding) => affirmedIn(finding, TRAUMA));
  return bone === undefined || trauma === undefined
    ? null
    : { key: 'redFlags', value: true, source: `${trauma}; and "${bone}"` };
}

/** Weight not borne, as the fracture rules for the knee and ankle test it ("could not take four steps"). */
const WEIGHT_NOT_BORNE =
  /\b(?:unable\s+to|could\s+not|cannot|can't|can\s+not)\s+(?:bear\s+(?:full\s+)?weight|(?:take|walk)\s+(?:four|4)\s+steps)\b/i;

/**
 * A fall or blow in the last month after which the worker cannot bear weight: the fracture the knee
 * and ankle chapters' red flags (and the Ottawa rules they follow) send to plain films.
 */
function weightNotBorneAfterTrauma(
  findings: readonly string[],
  injuryDate: string,
  asOf: string,
): FindingAnswer | null {
  if (!isValidIsoDate(injuryDate) || !isValidIsoDate(asOf)) return null;
  const days = daysBetween(injuryDate, asOf);
  if (days === null || days < 0 || days > 30) return null;
  const trauma = findings.find((finding) => affirmedIn(finding, TRAUMA));
  const weight = findings.find((finding) => WEIGHT_NOT_BORNE.test(finding));
  return trauma === undefined || weight === undefined
    ? null
    : { key: 'redFlags', value: true, source: `${trauma}; and "${weight}" (a fracture to rule out)` };
}

/** A cancer in the worker's history. */
const CANCER_HISTORY = /\b(?:cancer|malignan\w*|carcinoma|metasta\w*|lymphoma|myeloma|sarcoma)\b/i;
/** What makes a cancer history a red flag for the spine (ACOEM Ch. 12): weight loss, pain at night or at rest. */
const TUMOR_SIGNS =
  /\b(?:(?:unintentional|unexplained|unintended)\s+(?:\d{1,3}[- ]?(?:lb|lbs|pounds?|kg)\s+)?weight\s+loss|weight\s+loss\s+of\s+\d{1,3}\s*(?:lb|lbs|pounds?|kg)|(?:night|nocturnal)\s+pain|(?:wak(?:ing|es)|awakens?)\s+(?:him|her|them)\s+(?:at|every|each)\s+night|not\s+relieved\s+by\s+rest|pain\s+at\s+rest|lost\s+\d{1,3}\s*(?:lb|lbs|pounds?|kg)\s+(?:without\s+trying|unintentionally|without\s+(?:dieting|explanation)))\b/i;

/**
 * A cancer in the history with a sign of its return (unexplained weight loss, pain at night or at
 * rest): the red flag for tumor the ACOEM chapters name for imaging, stated, not denied.
 */
function tumorRedFlag(findings: readonly string[], diagnoses: readonly string[]): FindingAnswer | null {
  const cancer = [...diagnoses, ...findings].find((text) => affirmedIn(text, CANCER_HISTORY));
  const sign = findings.find((finding) => affirmedIn(finding, TUMOR_SIGNS));
  return cancer === undefined || sign === undefined
    ? null
    : { key: 'redFlags', value: true, source: `${cancer}; and "${sign}"` };
}

/** A mood or anxiety score that fell: "BDI-II 31->19", "PHQ-9 from 18 to 11". */
const MOOD_SCORE_DOWN =
  /\b(?:BDI(?:-?II)?|BAI|PHQ-?9|GAD-?7|PCL-?5|Beck\s+(?:Depression|Anxiety)\s+Inventory|HAM-?[AD])\b(?:\s+score)?\s*(?:(?:fell|dropped|decreased|improved|went)\s+)?(?:from\s+)?(\d{1,2})(?:\s+at\s+(?:baseline|intake|the\s+start|evaluation|the\s+evaluation))?\s*(?:to|->|→)\s*(\d{1,2})\b/i;
/** A gain in what the worker does: back at work, or sleeping longer ("sleep 4->6 hrs"). */
const ACTIVITY_BACK =
  /\b(?:back\s+(?:to|at)|returned\s+to|resumed)\s+(?:(?:modified|regular|full|light|part-?time)\s+)?(?:duty|work)\b|\bsleep\w*\s+(\d{1,2})\s*(?:->|→|to)\s*(\d{1,2})\s*(?:hrs?|hours)\b/i;

/** More hours at work: "modified duty increased from 4 to 6 hours a day". */
const WORK_HOURS_UP =
  /\b(?:duty|work(?:ing)?|shifts?)\b[^;]*?\b(?:increased|up|extended|went)\s+from\s+(\d{1,2})\s+to\s+(\d{1,2})\s+(?:hours|hrs)\b/i;

/** A mood scale scored in findings told in turn: "GAD-7 15" at the evaluation, then "GAD-7 8". */
const MOOD_SCALE_SCORE =
  /\b(BDI(?:-?II)?|BAI|PHQ-?9|GAD-?7|PCL-?5|HAM-?[AD])\b(?:\s+score)?(?:\s+(?:of|was|is|=|:))?\s*(\d{1,2})\b(?!\s*(?:to|->|→|\/|-\s*\d))/gi;

/** The first finding whose mood score is 5 points or more below the same scale's first score. */
function moodScoreFallenAcrossFindings(findings: readonly string[]): string | undefined {
  const first = new Map<string, number>();
  for (const finding of findings)
    for (const [, scale = '', score = ''] of finding.matchAll(MOOD_SCALE_SCORE)) {
      const key = scale.toUpperCase().replace(/-/g, '');
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, Number(score));
      else if (earlier - Number(score) >= 5) return finding;
    }
  return undefined;
}

/**
 * Psychotherapy sessions had, then a mood score that fell by 5 points or more (in one finding, or
 * across findings told in turn), or the worker back at work, working longer or sleeping longer:
 * objective improvement from the sessions so far.
 */
function psychotherapyGain(findings: readonly string[], item: DisputedItem): FindingAnswer | null {
  if (item.serviceType !== 'psychotherapy') return null;
  const had = readFindingAnswers(findings, []).find(
    (answer) =>
      answer.key === 'priorPsychotherapyVisits' && typeof answer.value === 'number' && answer.value > 0,
  );
  if (!had) return null;
  const gain =
    findings.find((finding) => {
      const mood = MOOD_SCORE_DOWN.exec(finding);
      if (mood && Number(mood[1]) - Number(mood[2]) >= 5) return true;
      const hours = WORK_HOURS_UP.exec(finding);
      if (hours && Number(hours[2]) > Number(hours[1])) return true;
      const activity = ACTIVITY_BACK.exec(finding);
      return activity !== null && (activity[1] === undefined || Number(activity[2]) > Number(activity[1]));
    }) ?? moodScoreFallenAcrossFindings(findings);
  return gain === undefined
    ? null
    : { key: 'functionalImprovementAfterPrior', value: true, source: `${had.source}; then "${gain}"` };
}

/** A standardized function score with its value ("Oswestry 42%", "NDI 38"). */
/** A motion measured and said to be short: "flexion limited to 45 degrees", "rotation 40 degrees, restricted". */
const MOTION_MEASURED_SHORT =
  /\b(?:flexion|extension|rotation|side[- ]bending|lateral\s+bending|ROM|range\s+of\s+motion)\s+(?:(?:is|was)\s+)?(?:limited|restricted|reduced|decreased)\s+to\s+\d{1,3}\s*(?:degrees|deg|°)|\b(?:lumbar|cervical|trunk|neck)\s+(?:flexion|extension|rotation)\s+(?:to\s+)?\d{1,2}\s*(?:degrees|deg|°)|\bexam\b[^;]*?\b(?:flexion|extension)\s+\d{1,2}\s*(?:degrees|deg|°)/i;
const FUNCTION_SCORE =
  /\b(?:Oswestry(?:\s+disability)?(?:\s+(?:index|score))?|ODI|NDI|neck\s+disability\s+index|(?:quick\s*)?DASH|LEFS)\b[^;,]{0,20}?\d/i;

/**
 * Manipulation asked for by the treating provider, with its gains measured: a function score taken
 * before it ("Oswestry 42%"), or a chiropractic course whose notes show objective improvement. The
 * request is the plan; the measure is its goal. A plan stated as missing is read first, and wins.
 */
function measurableManipulationCare(findings: readonly string[]): FindingAnswer | null {
  const improved = readFindingCourses(findings).find(
    (course) => course.discipline === 'chiropractic' && course.functionalImprovementDocumented === true,
  );
  // Improvement in something measured ("improved lumbar motion"), not a word ("responding well").
  const measuredGain = improved?.sources.find(
    (clause) =>
      OBJECTIVE_MEASURE.test(clause) && !/\b(?:before\s+and\s+after|unchanged|no\s+change)\b/i.test(clause),
  );
  // Goals stated for the request in something measured: "stated goals: sitting tolerance over 1
  // hour and return to full duty".
  const measuredGoals = findings.find(
    (finding) =>
      /\bgoals?\b/i.test(finding) &&
      OBJECTIVE_MEASURE.test(finding) &&
      !/\b(?:no|without|lacks?|lacking)\s+(?:\w+\s+){0,2}goals?\b|\bgoals?\s+(?:\w+\s+){0,2}not\b/i.test(
        finding,
      ),
  );
  // A first trial asked for a motion measured short before it ("flexion limited to 45 degrees; no
  // manipulation so far"): the trial's measure is that motion.
  const firstTrialBaseline = readFindingCourses(findings).some(
    (course) => course.discipline === 'chiropractic',
  )
    ? undefined
    : findings.find((finding) => MOTION_MEASURED_SHORT.test(finding));
  const source =
    findings.find((finding) => FUNCTION_SCORE.test(finding)) ??
    measuredGain ??
    measuredGoals ??
    firstTrialBaseline;
  return source === undefined
    ? null
    : {
        key: 'manipulationPlanOfCare',
        value: true,
        source: `${source} (measured gains of the manipulation requested)`,
      };
}

/**
 * Care had with no span stated is counted from the injury, as reviewers read "8 PT visits" after a
 * sprain 9 weeks before: a course of 6 visits or more (not after an operation), or, once the injury
 * is 6 months old, care the findings say did not help ("limited progress in PT").
 */
function careSinceInjury(
  findings: readonly string[],
  answers: readonly FindingAnswer[],
  injuryDate: string,
  asOf: string,
): FindingAnswer | null {
  const days = isValidIsoDate(injuryDate) && isValidIsoDate(asOf) ? daysBetween(injuryDate, asOf) : null;
  if (days === null || days < 7) return null;
  const weeks = Math.floor(days / 7);
  const course = readFindingCourses(findings).find(
    (found) => found.visitsCompleted >= 6 && found.postsurgical !== true,
  );
  const failedCare =
    weeks >= CHRONIC_WEEKS
      ? answers.find((answer) => answer.key === 'conservativeCareFailed' && answer.value === true)
      : undefined;
  const source = course?.sources[0] ?? failedCare?.source;
  if (source === undefined) return null;
  return {
    key: 'conservativeCareWeeks',
    value: weeks,
    source: `${source} (counted from the injury, ${weeks} weeks before the request)`,
  };
}

/** Six months from the injury: care tried by then is taken to have run for weeks. */
const CHRONIC_WEEKS = 26;

/** A case draft holding what the summary states; ids are passed in, as everywhere in domain code. */
export function caseFromDecisionSummary(summary: DecisionSummary, id: string): CaseDraft {
  return readSummary(summary, id).draft;
}

/** The draft, and the answers its item took from the key findings (shown on import). */
function readSummary(summary: DecisionSummary, id: string): SummaryReading {
  const draft = emptyCaseDraft(id);
  draft.imr.caseNumber = summary.caseNumber;
  draft.imr.requestDate = isoOrEmpty(summary.requestDate);
  draft.imr.urDeterminationDate = isoOrEmpty(summary.urDate);
  draft.imr.assignmentDate = isoOrEmpty(summary.dateAssigned);
  draft.imr.decisionDate = isoOrEmpty(summary.letterDate);
  draft.reviewer.specialty = summary.reviewerSpecialty ?? '';
  draft.patient.age = summary.patient?.age ?? null;
  const sex = summary.patient?.sex?.toLowerCase();
  draft.patient.sex = sex === 'female' || sex === 'male' ? sex : '';
  draft.injury.dateOfInjury = isoOrEmpty(summary.dateOfInjury);
  draft.injury.diagnoses = (summary.diagnoses ?? []).map((text, index) => ({
    id: `summary-diagnosis-${index + 1}`,
    text,
    icd10: '',
  }));

  const findings = (summary.keyFindings ?? []).map((finding) =>
    withStartDates(withNumericScores(withNumericDates(finding))),
  );
  const reportDates = (summary.reportDates ?? []).filter((date) => isValidIsoDate(date)).sort();
  draft.reports = reportDates.map((date, index) => ({
    ...emptyReport(`summary-report-${index + 1}`),
    date,
    examFindings: index === reportDates.length - 1 ? findings.join('. ') : '',
    diagnosesListed: index === reportDates.length - 1 ? (summary.diagnoses ?? []).join('; ') : '',
  }));
  draft.treatment.medications = currentMedications(findings, summaryAsOf(summary));
  const workStatus = readFindingWorkStatus(findings);
  if (workStatus) {
    draft.work.status = workStatus.status;
    const latest = draft.reports.at(-1);
    if (latest) latest.workStatusStated = workStatus.source;
  }
  // The job to return to and an FCE done, for the work programs' admission rules.
  const workReturn = readFindingWorkReturn(findings);
  if (workReturn.jobPhysicalDemand) draft.patient.jobPhysicalDemand = workReturn.jobPhysicalDemand.level;
  if (workReturn.rtwGoalAgreedByEmployer)
    draft.work.rtwGoalAgreedByEmployer = workReturn.rtwGoalAgreedByEmployer.value;
  if (workReturn.fce)
    draft.treatment.fce = {
      done: true,
      date: workReturn.fce.date,
      validEffort: workReturn.fce.validEffort,
      belowJobDemands: workReturn.fce.belowJobDemands,
    };
  // A drug test the findings report is dated as its finding dates it ("Last UDS 08/2015"), else as
  // the latest report: done by then.
  const drugTest = readFindingDrugTest(findings);
  const testDate = drugTest?.date || (reportDates.at(-1) ?? '');
  // Each screen a clause dates ("screens 2016-12-02, 2017-01-06 and 2017-02-03, all consistent").
  const testDates = drugTest && drugTest.dates.length > 1 ? drugTest.dates : [testDate];
  if (drugTest && testDate !== '')
    draft.treatment.urineDrugTests = testDates.map((date, index) => ({
      ...emptyUrineDrugTest(`summary-udt-${index + 1}`),
      date,
      consistent: drugTest.consistent,
    }));
  const surgeries = readFindingSurgeries(findings, summary.diagnoses ?? []);
  draft.treatment.surgeries = surgeries.map((surgery, index) => ({
    ...emptySurgery(`summary-surgery-${index + 1}`),
    type: surgery.type,
    date: surgery.date,
  }));
  // Injections and blocks done, with their relief, for the rules of a repeat or of what follows a block.
  draft.treatment.injections = readFindingInjections(findings).map((injection, index) => ({
    ...emptyInjection(`summary-injection-${index + 1}`),
    type: injection.type,
    date: injection.date,
    reliefPercent: injection.reliefPercent,
    reliefWeeks: injection.reliefWeeks,
  }));
  const courses = readFindingCourses(findings);
  const service = summary.requestedService;
  const serviceType = serviceTypeOf(service);
  const uncounted = uncountedCourseOf(serviceType, findings, courses);
  draft.treatment.therapyCourses = [
    ...courses.map((course, index) => ({
      ...emptyTherapyCourse(`summary-course-${index + 1}`),
      discipline: course.discipline,
      visitsCompleted: course.visitsCompleted,
      functionalImprovementDocumented: course.functionalImprovementDocumented,
      // A course whose dates all follow a recorded surgery is the surgery's therapy: "16 hand therapy
      // visits from 12/19/2016 to 3/3/2017" after an ORIF on 11/29/2016.
      // An undated course when the operation came within days of the injury (a tendon repaired the
      // next day) can only have followed it.
      postsurgical:
        course.postsurgical ??
        (afterASurgery(course.sources[0] ?? '', surgeries) ||
          (!/\d{1,2}\/\d{1,2}/.test(course.sources[0] ?? '') &&
            promptSurgery(summary.dateOfInjury ?? '', surgeries)) ||
          null),
      notes: course.sources.join('. '),
    })),
    ...(uncounted
      ? [
          {
            ...emptyTherapyCourse('summary-course-uncounted'),
            discipline: uncounted.discipline,
            notes: uncounted.source,
          },
        ]
      : []),
  ];

  const words = `${service.name} ${summary.urAction ?? ''}`;
  const item: DisputedItem = {
    ...emptyDisputedItem('summary-item-1'),
    requestedAs: service.name,
    serviceType,
    // As written, with its side ("right elbow and right knee"); else the regions the words name.
    bodyPart:
      herniaBodyPart(service.name, summary.diagnoses ?? []) ||
      readRequestWords(service.name).bodyPart ||
      bodyPartOf(service.name) ||
      impliedBodyPart(service.name, summary.diagnoses ?? []),
    claimsAdministratorGuideline: summary.claimsAdministratorGuideline ?? '',
    ...urDecisionOf(summary.urAction ?? ''),
  };
  // Only the fields the service type uses, as the wizard shows them.
  const spec = serviceFieldSpec(serviceType);
  const fields = new Set(spec.itemFields);
  // What the request names of itself (a passive modality such as "pulsed ultrasound", a cortisone
  // injectate, a rental) is what is requested, not a clinical finding: it is entered, so the rule
  // for that modality, injectate or unit judges it.
  for (const fill of fillsFromRequest(item))
    if (fill.path.startsWith('facts.'))
      item.facts = { ...item.facts, [fill.path.slice('facts.'.length)]: fill.value };
  if (fields.has('medication')) {
    item.medication = medicationOf(service);
    // A request with no sig takes the units a day the findings state, for its morphine equivalents
    // (shown on the drug's form, where the reviewer corrects it).
    const daily = item.medication.frequency === '' ? readDailyUnits(findings, service.name) : null;
    if (daily) item.medication.confirmedMaxUnitsPerDay = daily.units;
    // Else the sig a finding gives the drug as asked for ("tramadol 50 mg bid prn requested").
    const asked = item.medication.frequency === '' && !daily ? sigAskedFor(findings, service.name) : null;
    if (asked) item.medication = { ...item.medication, ...asked };
    // The course the plan sets for it ("tizanidine for about 2 weeks"), when no sig makes one.
    const days = item.medication.daysSupply === null ? daysAskedFor(findings, service.name) : null;
    if (days !== null) item.medication = { ...item.medication, daysSupply: days };
    // A refill with no sig of its own goes on at the sig the drug is taken at ("Norco was taken three
    // times daily"), when the findings give it one.
    const taken =
      item.medication.frequency === '' && item.medication.confirmedMaxUnitsPerDay === null
        ? draft.treatment.medications.find(
            (medication) =>
              medication.frequency !== '' &&
              (namesDrug(service.name, medication.name) || namesDrug(medication.name, service.name)),
          )
        : undefined;
    if (taken) item.medication = { ...item.medication, dose: taken.dose, frequency: taken.frequency };
  }
  const answers = findingAnswersFor(summary, item);
  for (const answer of answers) item.facts = { ...item.facts, [answer.key]: answer.value };
  // Equipment for after an operation allowed but not yet done ("UR certified a two-level posterior
  // lumbar interbody fusion"): that operation, when the history records none.
  const allowed =
    spec.facts.includes('surgeryType') &&
    spec.facts.includes('postoperative') &&
    item.facts.postoperative === true &&
    item.facts.surgeryType.trim() === '' &&
    !draft.treatment.surgeries.some((surgery) => surgery.type.trim() !== '')
      ? readFindingSurgeryAllowed(findings)
      : null;
  if (allowed) item.facts = { ...item.facts, surgeryType: allowed };
  // Relief or function the findings give the requested drug, which they name other than as
  // planned ("4/10 with Norco; relief lasts 4-5 hours"), means the worker takes it: a refill, not a
  // first prescription.
  const effectNamed =
    mentionsDrugTaken(findings, service.name) &&
    answers.some(
      (answer) =>
        DRUG_EFFECTS.has(answer.key) &&
        answer.value !== false &&
        !/\b(?:stopped|discontinued)\b/i.test(answer.source),
    );
  if (fields.has('medication') && effectNamed && !takesAlready(draft.treatment.medications, service.name))
    draft.treatment.medications.push({
      ...medicationOf(service),
      id: 'summary-medication-requested',
      quantity: null,
    });
  // The schedule the request names, else the one its quantity gives ("12 (2x6)").
  const named = readRequestWords(words);
  const { frequencyPerWeek, durationWeeks } =
    named.frequencyPerWeek === null && named.durationWeeks === null
      ? readRequestWords(`${service.name} ${service.quantity ?? ''}`)
      : named;
  if (fields.has('frequencyPerWeek')) item.frequencyPerWeek = frequencyPerWeek;
  if (fields.has('durationWeeks')) item.durationWeeks = durationWeeks;
  if (fields.has('hoursPerDay'))
    item.hoursPerDay = readRequestWords(`${service.name} ${service.quantity ?? ''}`).hoursPerDay;
  // A program is counted in full days, five a week: "2 weeks (80 hours)", "10 days".
  if (item.serviceType === 'functional_restoration_program' && item.frequencyPerWeek === null) {
    const days = /\b(\d{1,2})\s*(?:full[- ])?days?\b/i.exec(`${service.name} ${service.quantity ?? ''}`)?.[1];
    if (item.durationWeeks === null && days !== undefined) item.durationWeeks = Number(days) / 5;
    if (item.durationWeeks !== null) item.frequencyPerWeek = 5;
  }
  // A schedule gives the visits; a count is entered only where no full schedule states them.
  if (fields.has('quantity') && (item.frequencyPerWeek === null || item.durationWeeks === null))
    item.quantity =
      readRequestWords(`${service.name} ${service.quantity ?? ''}`).count ?? bareCount(service.quantity);
  // A rental for a span ("knee scooter, rental 6 weeks") is one unit rented.
  if (fields.has('quantity') && item.quantity === null && RENTED.test(words)) item.quantity = 1;
  draft.disputedItems = [item];
  return {
    draft,
    answers,
    courses,
    drugTest: draft.treatment.urineDrugTests.length > 0 ? drugTest : null,
    workStatus,
    surgeries,
  };
}

interface SummaryReading {
  draft: CaseDraft;
  /** What the item's questions took from the key findings. */
  answers: FindingAnswer[];
  /** The courses of therapy the findings count, entered in the treatment history. */
  courses: FindingCourse[];
  /** The urine drug test the findings report, entered as of the latest report. */
  drugTest: FindingDrugTest | null;
  /** The work status a finding states. */
  workStatus: FindingWorkStatus | null;
  /** The dated surgeries the findings or diagnoses state, entered in the treatment history. */
  surgeries: FindingSurgery[];
}

/**
 * One case from the summaries of its disputed items (the fixtures give one entry per item of a
 * letter): the first summary's dates and patient, every summary's diagnoses, reports, findings and
 * medications once each, and one disputed item per summary, in order. Items of one case are judged
 * together, so a service a surgery needs reads the surgery's outcome in this review.
 */
export function caseFromDecisionSummaries(summaries: readonly DecisionSummary[], id: string): CaseDraft {
  return readDecisionSummaryCase(summaries, id).draft;
}

/** The case of `caseFromDecisionSummaries`, with the answers each item took from the key findings. */
export function readDecisionSummaryCase(
  summaries: readonly DecisionSummary[],
  id: string,
): Omit<SummaryReading, 'answers'> & { answersByItem: FindingAnswer[][] } {
  const [first, ...rest] = summaries;
  if (!first)
    return {
      draft: emptyCaseDraft(id),
      answersByItem: [],
      courses: [],
      drugTest: null,
      workStatus: null,
      surgeries: [],
    };
  if (rest.length === 0) {
    const { answers, ...reading } = readSummary(first, id);
    return { ...reading, answersByItem: [answers] };
  }
  const merged: DecisionSummary = {
    ...first,
    requestDate: summaries.find((summary) => isoOrEmpty(summary.requestDate) !== '')?.requestDate ?? null,
    urDate: summaries.find((summary) => isoOrEmpty(summary.urDate) !== '')?.urDate ?? null,
    dateOfInjury: summaries.find((summary) => isoOrEmpty(summary.dateOfInjury) !== '')?.dateOfInjury ?? null,
    diagnoses: unique(summaries.flatMap((summary) => summary.diagnoses ?? [])),
    reportDates: unique(summaries.flatMap((summary) => summary.reportDates ?? [])),
    keyFindings: unique(summaries.flatMap((summary) => summary.keyFindings ?? [])),
  };
  const { draft, courses, drugTest, workStatus, surgeries } = readSummary(merged, id);
  const readings = summaries.map((summary) =>
    readSummary(
      {
        ...merged,
        keyFindings: findingsForItsSide(merged.keyFindings ?? [], summary.requestedService.name),
        ...itemPartOf(summary),
      },
      id,
    ),
  );
  // A course whose gain the whole letter leaves open (two courses at once, a gain undated) but one
  // item's own findings settle ("6 chiropractic visits", then "NDI 44% down to 24%"): that item's
  // summary speaks of its own course.
  for (const summary of summaries)
    for (const own of readFindingCourses(summary.keyFindings ?? [])) {
      if (own.functionalImprovementDocumented === null) continue;
      const course = draft.treatment.therapyCourses.find(
        (found) =>
          found.discipline === own.discipline &&
          found.visitsCompleted === own.visitsCompleted &&
          found.functionalImprovementDocumented === null,
      );
      if (!course) continue;
      course.functionalImprovementDocumented = own.functionalImprovementDocumented;
      course.notes = unique([...course.notes.split('. '), ...own.sources]).join('. ');
    }
  // A drug an item's own reading found taken (its effect named, "4/10 with Norco"), kept for the case.
  for (const [index, { draft: itemDraft }] of readings.entries())
    for (const medication of itemDraft.treatment.medications)
      if (!takesAlready(draft.treatment.medications, medication.name))
        draft.treatment.medications.push({ ...medication, id: `summary-medication-requested-${index + 1}` });
  draft.disputedItems = forTheSurgeryAsked(
    readings.map(({ draft: itemDraft }, index) => ({
      ...(itemDraft.disputedItems[0] ?? emptyDisputedItem('')),
      id: `summary-item-${index + 1}`,
    })),
  );
  return {
    draft,
    answersByItem: readings.map(({ answers }) => answers),
    courses,
    drugTest,
    workStatus,
    surgeries,
  };
}

/**
 * Equipment asked for in the same letter as a surgery of its region (a cold therapy unit beside a
 * knee arthroscopy) is for use after that surgery, when its own words do not say.
 */
function forTheSurgeryAsked(items: DisputedItem[]): DisputedItem[] {
  const surgeryRegions = items
    .filter((item) => item.serviceType === 'surgery')
    .flatMap((item) => readBodyRegions(item.bodyPart) ?? []);
  if (surgeryRegions.length === 0) return items;
  return items.map((item) => {
    const regions = readBodyRegions(item.bodyPart) ?? [];
    const sameRegion = regions.length === 0 || regions.some((region) => surgeryRegions.includes(region));
    const asked = serviceFieldSpec(item.serviceType).facts;
    if (!asked.includes('postoperative') || item.facts.postoperative !== null || !sameRegion) return item;
    // Its reason is the surgery's: care after the operation.
    const rationale = asked.includes('rationaleStated') && item.facts.rationaleStated === null;
    return {
      ...item,
      facts: { ...item.facts, postoperative: true, ...(rationale ? { rationaleStated: true } : {}) },
    };
  });
}

/** Every full date of the text falls after a surgery's, and within the 6 months that follow it. */
function afterASurgery(text: string, surgeries: readonly FindingSurgery[]): boolean {
  const dates = [...text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g)]
    .map(
      ([, month = '', day = '', year = '']) =>
        `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
    )
    .filter(isValidIsoDate);
  return (
    dates.length > 0 &&
    surgeries.some((surgery) =>
      dates.every((date) => {
        const days = isValidIsoDate(surgery.date) ? daysBetween(surgery.date, date) : null;
        return days !== null && days >= 0 && days <= 183;
      }),
    )
  );
}

/** A surgery within a week of the injury: every course of therapy came after it. */
function promptSurgery(injuryDate: string, surgeries: readonly FindingSurgery[]): boolean {
  return surgeries.some((surgery) => {
    const days =
      isValidIsoDate(injuryDate) && isValidIsoDate(surgery.date)
        ? daysBetween(injuryDate, surgery.date)
        : null;
    return days !== null && days >= 0 && days <= 7;
  });
}

/** What a summary says of its own item (the request, its UR action, the claims administrator's line). */
/**
 * An item of one side ("Left open carpal tunnel release") is read without the letter's findings
 * about the other side alone ("right-sided care: night splint, 12 OT visits ..."): in a letter
 * about both hands, the right hand's failed care is not the left's.
 */
function findingsForItsSide(findings: readonly string[], requested: string): string[] {
  const left = /\bleft\b/i.test(requested);
  const right = /\bright\b/i.test(requested);
  if (left === right || /\b(?:bilateral|both)\b/i.test(requested)) return [...findings];
  const [own, other] = left ? [/\bleft\b/i, /\bright\b/i] : [/\bright\b/i, /\bleft\b/i];
  return findings.filter(
    (finding) => !other.test(finding) || own.test(finding) || /\b(?:bilateral|both)\b/i.test(finding),
  );
}

const itemPartOf = (summary: DecisionSummary) => ({
  requestedService: summary.requestedService,
  urAction: summary.urAction ?? null,
  claimsAdministratorGuideline: summary.claimsAdministratorGuideline ?? null,
});

const unique = (texts: readonly string[]): string[] => {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = text.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Summaries grouped by case number, in the order each case first appears. */
export function summariesByCase(summaries: readonly DecisionSummary[]): DecisionSummary[][] {
  const groups = new Map<string, DecisionSummary[]>();
  for (const summary of summaries) {
    const key = summary.caseNumber.trim();
    const group = groups.get(key);
    if (group) group.push(summary);
    else groups.set(key, [summary]);
  }
  return [...groups.values()];
}

/** The summaries that could be read, and a problem per field of those that could not. */
export interface SummaryReadResult {
  ok: boolean;
  summaries: DecisionSummary[];
  problems: string[];
}

/** The entries of a summaries file: an array, an object holding one under `cases`, or one summary. */
export function summaryEntries(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  const cases = typeof data === 'object' && data !== null ? (data as { cases?: unknown }).cases : undefined;
  return Array.isArray(cases) ? cases : [data];
}

/**
 * One summary or an array of them, each checked; the problems name the entry and the field. The
 * readable entries are kept beside the problems: a batch evaluates them, an import refuses the file.
 */
export function readDecisionSummaries(data: unknown): SummaryReadResult {
  const entries = summaryEntries(data);
  const problems: string[] = [];
  const summaries: DecisionSummary[] = [];
  entries.forEach((entry, index) => {
    const parsed = DecisionSummarySchema.safeParse(entry);
    if (parsed.success) summaries.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push(`Entry ${index + 1}, ${issue.path.join('.') || 'the entry'}: ${issue.message}`);
  });
  return { ok: problems.length === 0, summaries, problems };
}
