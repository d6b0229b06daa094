/**
 * Extracorporeal shockwave therapy (ESWT), requested as a passive modality of physical medicine.
 * Neither catalogue covers it, so every rule here is unconfirmed and written from the usual reading
 * of the guidelines (`notInCatalogue`):
 * - shoulder: the MTUS shoulder chapter (ACOEM 2004 Ch. 9, Physical Methods) finds support for
 *   high-energy ESWT only in calcifying tendinitis; ODG Shoulder adds that standard care must have
 *   failed for 6 months and allows at most 3 sessions;
 * - ankle and foot: ODG supports it for chronic plantar fasciitis on the same terms;
 * - elbow and low back: ODG does not recommend it (the MTUS elbow chapter recommends against it too).
 * Other regions have no encoded rule: the physical medicine and manual therapy sets decline the
 * request, so it goes to the evidence hierarchy instead of being judged as therapy visits or
 * manipulation.
 */
import type { Condition, Criterion, GuidelineCitation, GuidelineSet } from '../guideline-schema';
import type { BodyRegion } from '../vocabularies';
import { allOf, atLeast, atMost, defineCriterion, isTrue, noneOf, odg, oneOf } from './common';
import {
  ACOEM_2004_PERIOD,
  acoem2004,
  acoemLetterLine,
  inRegion,
  notInCatalogue,
  odgTopicSet,
} from './procedure-common';

/** Services a passive modality is requested with (as the physical medicine modality sets). */
const SERVICES: GuidelineSet['services'] = ['physical_therapy', 'occupational_therapy', 'chiropractic'];
const ESWT_TOPIC = 'Extracorporeal shock wave therapy (ESWT)';

const isShockwave: Condition = oneOf('item.modality', ['shockwave'], 'extracorporeal shockwave therapy');
const shockwaveIn = (...regions: BodyRegion[]): Condition => allOf(isShockwave, inRegion(...regions));

/** ESWT requests in these regions have a rule of their own; elsewhere no set judges them. */
export const ESWT_REGIONS: BodyRegion[] = ['shoulder', 'ankle_foot', 'elbow', 'low_back'];

/** The physical medicine sets decline ESWT outside the regions above (see the file comment). */
export const ESWT_WITHOUT_A_RULE: NonNullable<GuidelineSet['excludedWhen']>[number] = {
  condition: allOf(isShockwave, noneOf('item.bodyRegions', ESWT_REGIONS, 'a region without an ESWT rule')),
  note: 'No encoded guideline rule addresses extracorporeal shockwave therapy for this body region: ODG generally calls it under study outside the shoulder, the heel, the elbow and the low back. Decide it on the evidence hierarchy.',
};

const conditionCriterion = (
  condition: 'calcific_tendinitis' | 'plantar_fasciitis',
  name: string,
  citation: GuidelineCitation,
  source: string,
): Criterion =>
  defineCriterion({
    id: `eswt-${condition.replaceAll('_', '-')}`,
    statement: `Shockwave therapy is supported only for ${name}.`,
    whenNotMet: `The diagnoses do not include ${name}, the only condition for which the guideline supports shockwave therapy here`,
    citation,
    required: true,
    condition: oneOf('case.shockwaveCondition', [condition], `a diagnosis of ${name}`),
    wouldMeet: { kind: 'documentation', text: `A diagnosis of ${name}`, label: 'diagnosis' },
    confirmed: false,
    confirmationNote: notInCatalogue(source),
  });

const sixMonthsOfCareFailed = (citation: GuidelineCitation, pain: string, source: string): Criterion =>
  defineCriterion({
    id: 'eswt-six-months-care-failed',
    statement: `The ${pain} has lasted through at least 6 months of standard conservative care (such as rest, ice, NSAIDs, therapy or injections), which has failed.`,
    whenNotMet: `The records do not show the ${pain} lasting through at least 6 months of failed standard conservative care`,
    asRequirement: `At least 6 months of failed standard conservative care for the ${pain}`,
    citation,
    required: true,
    condition: allOf(
      atLeast('case.monthsFromInjuryToRequest', 6, 'months', 'at least 6 months since the injury'),
      isTrue('item.facts.conservativeCareFailed', 'standard conservative care that failed'),
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of at least 6 months of standard conservative care that failed',
      label: 'failed conservative care',
    },
    confirmed: false,
    confirmationNote: notInCatalogue(source),
  });

const atMostThreeSessions = (citation: GuidelineCitation, source: string): Criterion =>
  defineCriterion({
    id: 'eswt-at-most-3-sessions',
    statement: 'At most 3 sessions (over about 3 weeks).',
    whenNotMet: 'The sessions requested exceed the 3 the guideline allows',
    citation,
    required: true,
    condition: atMost('item.requestedVisits', 3, 'sessions', 'at most 3 sessions'),
    wouldMeet: { kind: 'request', text: 'of no more than 3 sessions', label: 'sessions' },
    confirmed: false,
    confirmationNote: notInCatalogue(source),
  });

// ---------- shoulder: MTUS (ACOEM Ch. 9), with ODG's terms ----------

const SHOULDER_SOURCE = 'ACOEM 2004 Ch. 9 (Physical Methods) and ODG Shoulder, ESWT';
const SHOULDER_ODG = odg('Shoulder', ESWT_TOPIC);

export const SHOULDER_ESWT: GuidelineSet = {
  id: 'acoem-2004-shoulder-eswt',
  title: 'MTUS Shoulder Complaints (ACOEM 2004): Physical Methods, extracorporeal shockwave therapy',
  guideline: 'MTUS Shoulder Complaints',
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: SERVICES,
  appliesOnlyWhen: shockwaveIn('shoulder'),
  letterLine: acoemLetterLine('Shoulder Complaints'),
  requestNoun: 'course',
  decisionRule: { kind: 'all_required' },
  criteria: [
    conditionCriterion(
      'calcific_tendinitis',
      'calcifying tendinitis of the shoulder',
      acoem2004('Shoulder Complaints', 'Physical Methods', '203'),
      SHOULDER_SOURCE,
    ),
    sixMonthsOfCareFailed(SHOULDER_ODG, 'shoulder pain', SHOULDER_SOURCE),
    atMostThreeSessions(SHOULDER_ODG, SHOULDER_SOURCE),
  ],
  note: "Chosen for shockwave therapy of the shoulder. The chapter finds medium-quality support for high-energy ESWT in calcifying tendinitis only; the 6-month and 3-session terms are ODG's (non-MTUS).",
};

// ---------- ankle and foot: ODG, chronic plantar fasciitis ----------

const ANKLE_FOOT_SOURCE = 'ODG Ankle & Foot, ESWT';
const ANKLE_FOOT_ODG = odg('Ankle & Foot', ESWT_TOPIC);

export const ANKLE_FOOT_ESWT: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-ankle-foot-eswt',
    title: `Ankle & Foot, ${ESWT_TOPIC}`,
    citation: ANKLE_FOOT_ODG,
    topic: ESWT_TOPIC,
    services: SERVICES,
    requestNoun: 'course',
    criteria: [
      conditionCriterion('plantar_fasciitis', 'chronic plantar fasciitis', ANKLE_FOOT_ODG, ANKLE_FOOT_SOURCE),
      sixMonthsOfCareFailed(ANKLE_FOOT_ODG, 'heel pain', ANKLE_FOOT_SOURCE),
      atMostThreeSessions(ANKLE_FOOT_ODG, ANKLE_FOOT_SOURCE),
    ],
    note: 'The MTUS ankle and foot chapter does not address shockwave therapy; ODG supports low-energy ESWT for chronic plantar fasciitis only.',
  }),
  appliesOnlyWhen: shockwaveIn('ankle_foot'),
};

// ---------- elbow and low back: not recommended ----------

function notRecommendedSet(spec: {
  region: 'elbow' | 'low_back';
  chapter: string;
  slug: string;
  where: string;
  reason: string;
  note: string;
}): GuidelineSet {
  const citation = odg(spec.chapter, ESWT_TOPIC);
  return {
    ...odgTopicSet({
      id: `odg-${spec.slug}-eswt`,
      title: `${spec.chapter}, ${ESWT_TOPIC}`,
      citation,
      topic: ESWT_TOPIC,
      services: SERVICES,
      requestNoun: 'course',
      criteria: [
        defineCriterion({
          id: `eswt-${spec.slug}-not-recommended`,
          statement: `Shockwave therapy is not recommended for ${spec.where}: ${spec.reason}.`,
          whenNotMet: `The guideline does not recommend shockwave therapy for ${spec.where} (${spec.reason}), and this request is for ${spec.where}`,
          citation,
          required: true,
          condition: {
            kind: 'not_recommended',
            text: `ODG does not recommend shockwave therapy for ${spec.where}.`,
          },
          extraFieldPaths: ['facts.modality', 'bodyPart'],
          confirmed: false,
          confirmationNote: notInCatalogue(`ODG ${spec.chapter}, ESWT`),
        }),
      ],
      note: spec.note,
    }),
    appliesOnlyWhen: shockwaveIn(spec.region),
  };
}

export const ELBOW_ESWT = notRecommendedSet({
  region: 'elbow',
  chapter: 'Elbow',
  slug: 'elbow',
  where: 'the elbow',
  reason: 'trials in lateral epicondylitis show no benefit over placebo',
  note: 'The MTUS elbow chapter (ACOEM, revised 2007) also recommends against shockwave therapy for lateral epicondylalgia.',
});

export const LOW_BACK_ESWT = notRecommendedSet({
  region: 'low_back',
  chapter: 'Low Back',
  slug: 'low-back',
  where: 'the low back',
  reason: 'the evidence does not show it works for low back pain',
  note: 'The MTUS low back chapter does not address shockwave therapy.',
});

export const ESWT_SETS: GuidelineSet[] = [SHOULDER_ESWT, ANKLE_FOOT_ESWT, ELBOW_ESWT, LOW_BACK_ESWT];
