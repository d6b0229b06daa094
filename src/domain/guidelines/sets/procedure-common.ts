/**
 * Shared pieces of the injection, imaging, equipment, program and surgery sets: edition dates,
 * citations of the ACOEM 2nd edition (2004) chapters the MTUS adopted, non-MTUS ODG citations,
 * region conditions, confirmation notes, and the criteria several services share (dependent
 * surgical items, the DME definition, a stated quantity).
 */
import type { Condition, GuidelineCitation, GuidelineSet } from '../guideline-schema';
import type { BodyRegion } from '../vocabularies';
import { atLeast, defineCriterion, isTrue, odg } from './common';

/** ACOEM 2nd ed. (2004) chapters are the MTUS for body-part topics from 06/15/2007... */
export const ACOEM_2004_FROM = '2007-06-15';
/** ...until the newer ACOEM guidelines were incorporated for services from 12/01/2017. */
export const ACOEM_2017_FROM = '2017-12-01';
export const CPMTG_2009_FROM = '2009-07-18';
export const CPMTG_2016_FROM = '2016-07-29';

export type AcoemChapter =
  | 'Low Back Complaints'
  | 'Neck and Upper Back Complaints'
  | 'Shoulder Complaints'
  | 'Knee Complaints'
  | 'Forearm, Wrist, and Hand Complaints'
  | 'Ankle and Foot Complaints'
  | 'General Approaches';

/** "MTUS Low Back Complaints 2004, Section(s): Special Studies", as the letters print it. */
export const acoem2004 = (chapter: AcoemChapter, section: string, pages?: string): GuidelineCitation => ({
  guideline: `MTUS ${chapter}`,
  edition: '2004',
  section,
  ...(pages ? { pages } : {}),
});

export const acoemLetterLine = (chapter: AcoemChapter): GuidelineSet['letterLine'] => ({
  name: `MTUS ${chapter} 2004`,
  style: 'sections',
});

/** A non-MTUS source reached under 8 CCR 9792.21.1 when the MTUS is silent on the point. */
export { odg };

export const odgLetterLine = (chapter: string): GuidelineSet['letterLine'] => ({
  name: `Non-MTUS Citation Official Disability Guidelines (ODG) ${chapter}`,
  style: 'sections',
});

/**
 * A set taken from one ODG topic where the MTUS is silent, in force while the ACOEM 2004 chapters
 * were the MTUS, and printed as the letters print ODG: "Non-MTUS Citation Official Disability
 * Guidelines (ODG) Head, EEG" (no "Section(s):"). All criteria required unless the caller says
 * otherwise.
 */
export function odgTopicSet({
  id,
  title,
  citation,
  topic,
  services,
  criteria,
  requestNoun = 'request',
  note,
}: {
  id: string;
  title: string;
  citation: GuidelineCitation;
  /** The topic as the letter line prints it after the chapter. */
  topic: string;
  services: GuidelineSet['services'];
  criteria: GuidelineSet['criteria'];
  requestNoun?: GuidelineSet['requestNoun'];
  note?: string;
}): GuidelineSet {
  return {
    id,
    title: `Official Disability Guidelines (ODG) (non-MTUS): ${title}`,
    guideline: citation.guideline,
    edition: citation.edition,
    ...ACOEM_2004_PERIOD,
    services,
    letterLine: { name: `Non-MTUS Citation ${citation.guideline}, ${topic}`, style: 'name_only' },
    requestNoun,
    decisionRule: { kind: 'all_required' },
    criteria,
    ...(note ? { note } : {}),
  };
}

/** The request names at least one of these body regions. */
export const inRegion = (...regions: BodyRegion[]): Condition => ({
  kind: 'enum_in',
  fact: 'item.bodyRegions',
  values: regions,
  mode: 'some',
  requirement: `a request for the ${regions.map((r) => r.replaceAll('_', ' ')).join(' or ')}`,
});

// ---------- confirmation notes ----------

/** Catalogue rule no 2016-17 letter addresses ([U] in the draft, STILL UNCONFIRMED after). */
export const stillUnconfirmed = (catalogue: string): string =>
  `Unconfirmed [U]: research catalogue ${catalogue}; STILL UNCONFIRMED in the confirmed catalogue (no 2016-17 letter addresses it).`;

/** A rule the research catalogue lacks, written from the usual reading of the guideline. */
export const notInCatalogue = (source: string): string =>
  `Unconfirmed [U]: not in the research catalogue; written from the usual reading of ${source}. Check against the official text before relying on it.`;

// ---------- criteria shared across services ----------

/** Confirmed catalogue 6.6: associated surgical services are upheld with the surgery. */
export const SURGERY_AUTHORIZED_CITATION: GuidelineCitation = {
  guideline: 'IMR practice for associated surgical services',
  edition: '2016-17',
  section: 'Items that depend on a surgery',
};

export const SURGERY_AUTHORIZED = defineCriterion({
  id: 'surgery-authorized',
  statement:
    'An item that supports a surgery is needed only when that surgery is authorized or found medically necessary.',
  whenNotMet:
    'The surgery this item supports has not been authorized or found necessary, so the item it supports is not needed',
  asRequirement: 'The surgery this item supports is authorized or found necessary',
  citation: SURGERY_AUTHORIZED_CITATION,
  required: true,
  condition: isTrue(
    'item.associatedSurgeryAuthorized',
    'that the surgery this item supports is authorized or found medically necessary',
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Authorization (or a finding of medical necessity) of the surgery this item supports',
    label: 'authorized surgery',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.6): pre-op clearance, labs, EKG, chest x-ray, sling, cold/compression units, TENS, post-op PT and assistant surgeon are upheld with a denied surgery without analysis of their own (CM17-0002892, CM17-0006797, CM17-0014449).',
});

export const POSTOPERATIVE_USE = {
  condition: isTrue('item.facts.postoperative', 'use after a surgery'),
  description: 'applies only to items requested for use after a surgery',
};

/** The same rule as SURGERY_AUTHORIZED, for items that may or may not follow a surgery. */
export const SURGERY_AUTHORIZED_IF_POSTOPERATIVE = defineCriterion({
  ...SURGERY_AUTHORIZED,
  id: 'surgery-authorized-if-postoperative',
  statement:
    'When the item is for use after a surgery, that surgery must be authorized or found medically necessary.',
  appliesWhen: POSTOPERATIVE_USE,
});

export const DME_CITATION = odg('Knee & Leg', 'Durable medical equipment (DME)');

export const DME_DEFINITION = defineCriterion({
  id: 'dme-definition',
  statement:
    "The item meets Medicare's definition of durable medical equipment: it withstands repeated use, serves a medical purpose, is not useful to a person without illness or injury, and suits use at home.",
  whenNotMet:
    "The item does not meet Medicare's definition of durable medical equipment (it must withstand repeated use, serve a medical purpose, be of no use to a person without illness or injury, and suit use at home)",
  citation: DME_CITATION,
  required: true,
  condition: isTrue('item.facts.meetsDmeDefinition', "an item that meets Medicare's DME definition"),
  wouldMeet: {
    kind: 'documentation',
    text: "Documentation that the item meets Medicare's DME definition",
    label: 'DME definition',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.6): ODG Knee DME, Medicare definition applied in CM17-0006912 (gloves and hygiene wipes).',
});

export const QUANTITY_STATED = defineCriterion({
  id: 'quantity-stated',
  statement: 'The request states the quantity; IMR cannot supply or modify a missing quantity.',
  whenNotMet: 'The request states no usable quantity, and IMR cannot supply or modify one',
  citation: {
    guideline: 'IMR practice for incomplete requests',
    edition: '2016-17',
    section: 'Incomplete requests are upheld',
  },
  required: true,
  condition: atLeast('item.quantity', 1, 'units', 'a stated quantity of at least 1'),
  wouldMeet: { kind: 'request', text: 'with a stated quantity', label: 'quantity' },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 7, rule 10): missing quantity upheld in CM17-0006912 and CM16-0248698; IMR cannot modify a request (CM16-0237844).',
});

export const RATIONALE_STATED = defineCriterion({
  id: 'rationale-stated',
  statement: 'The requesting physician states the clinical reason for the specialized item or referral.',
  whenNotMet:
    'The records show no clinical reason from the requesting physician for the specialized item or referral',
  citation: {
    guideline: 'IMR practice for specialized requests',
    edition: '2016-17',
    section: 'Stated rationale',
  },
  required: true,
  condition: isTrue('item.facts.rationaleStated', 'a stated clinical reason for the request'),
  wouldMeet: {
    kind: 'documentation',
    text: "The requesting physician's clinical reason for the request",
    label: 'stated rationale',
  },
  confirmed: true,
  confirmationNote:
    'Confirmed (confirmed catalogue 6.6): specialized treatment or referral needs a stated rationale (CM17-0004547, knee scooter).',
});

/** Request dates from the set's start to the ACOEM change, for the body-part (2004) sets. */
export const ACOEM_2004_PERIOD = { effectiveFrom: ACOEM_2004_FROM, effectiveTo: ACOEM_2017_FROM } as const;

/**
 * The parts every CPMTG-based procedure set shares for an edition: guideline name, period in force
 * (2009 until the 2016 revision; 2016 until the ACOEM-based MTUS) and the letter line style (2009
 * letters cite pages, 2016 letters cite section names).
 */
export function cpmtgSetBase(edition: '2009' | '2016', slug: string, section: string) {
  return {
    id: `cpmtg-${edition}-${slug}`,
    title: `MTUS Chronic Pain Medical Treatment Guidelines (${edition}): ${section}`,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
    edition,
    effectiveFrom: edition === '2009' ? CPMTG_2009_FROM : CPMTG_2016_FROM,
    effectiveTo: edition === '2009' ? CPMTG_2016_FROM : ACOEM_2017_FROM,
    letterLine:
      edition === '2009'
        ? ({ name: 'MTUS Chronic Pain Medical Treatment Guidelines (2009)', style: 'pages' } as const)
        : ({ name: 'MTUS Chronic Pain Medical Treatment 2016', style: 'sections' } as const),
  } satisfies Partial<GuidelineSet>;
}
