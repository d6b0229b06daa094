/**
 * Topical analgesics and compounds (2009 pp. 111-113, Lidoderm pp. 56-57; 2016 "Topical
 * analgesics"). Catalogue 3.7.4; confirmed catalogue 3.5.
 *
 * Each ingredient is judged by the drug reference (medications/compound-analysis.ts): one ingredient
 * that is not recommended makes the whole compound not recommended; lidocaine only as the dermal
 * patch, and then only for neuropathic pain after a first-line drug failed. Topicals other than
 * NSAIDs and salicylates are mainly for neuropathic pain after antidepressants and anticonvulsants
 * have failed; topical NSAIDs have their own indication (a joint suited to topical treatment), and
 * capsaicin its own (other treatments failed or were not tolerated).
 */
import type { Condition, Criterion, GuidelineCitation, GuidelineSet } from '../guideline-schema';
import {
  allOf,
  anyOf,
  atLeast,
  atMost,
  cpmtg2009,
  cpmtg2016,
  defineCriterion,
  isFalse,
  isTrue,
  noneOf,
  oneOf,
} from './common';
import {
  CONTINUING,
  CPMTG_GUIDELINE,
  JUDGMENT_FIELDS,
  LINE_CPMTG_2009,
  LINE_CPMTG_2016,
  PAGES_UNCONFIRMED,
  PERIOD_2009,
  PERIOD_2016,
} from './medications-common';

const SECTION = 'Topical analgesics';

/** The longest short-term use of a topical NSAID: 12 weeks. */
const TOPICAL_NSAID_MAX_DAYS = 84;

/**
 * The records show a topical NSAID's use when a diagnosis names osteoarthritis or tendinitis of the
 * joint requested (a joint suited to topical treatment). How long it is used has its own rule.
 */
const TOPICAL_NSAID_USE_IN_THE_RECORDS: Condition = oneOf(
  'item.topicalNsaidUse',
  ['joint_arthritis'],
  'osteoarthritis or tendinitis of a joint suited to topical treatment',
);
/**
 * The 2016 text adds acute sprains and strains (1-2 weeks): a sprain of a suited joint, still recent.
 * The criterion keeps its id in both editions; only what the records settle follows each text (ADR
 * 020 addendum).
 */
const TOPICAL_NSAID_USE_2016: Condition = anyOf(
  TOPICAL_NSAID_USE_IN_THE_RECORDS,
  allOf(
    oneOf(
      'item.topicalNsaidUse',
      ['sprain_strain'],
      'a sprain or strain of a joint suited to topical treatment',
    ),
    atMost(
      'case.monthsFromInjuryToRequest',
      1,
      'months',
      'an acute injury: a request within the first weeks',
    ),
    // A short course: not already used past 2 weeks, and no refills that carry it further.
    atMost('item.drugDaysSoFar', 14, 'days', 'no more than 2 weeks on it so far'),
    isFalse('item.requestNamesRefills', 'a request without refills'),
  ),
);

const topicalCriteria = (cite: GuidelineCitation, edition: '2009' | '2016'): Criterion[] => {
  const confirmed = edition === '2016';
  const note = (letters: string) => (confirmed ? letters : PAGES_UNCONFIRMED);
  return [
    defineCriterion({
      id: 'tp-no-unrecommended-ingredient',
      statement:
        'Every ingredient is recommended as a topical: a compound with one ingredient (or drug class) that is not recommended is not recommended; lidocaine only as the dermal patch.',
      whenNotMet:
        'The product contains an ingredient (or drug class) the guideline does not recommend as a topical, which makes the whole product not recommended',
      asRequirement:
        'Every ingredient is one the guideline recommends as a topical (lidocaine only as the dermal patch)',
      citation: cite,
      required: true,
      condition: noneOf(
        'item.topicalStatus',
        ['not_recommended'],
        'no ingredient that is not recommended as a topical',
      ),
      wouldMeet: {
        kind: 'request',
        text: 'without any ingredient the guideline does not recommend as a topical',
        label: 'ingredients',
      },
      confirmed,
      confirmationNote: note(
        'Confirmed: one non-recommended ingredient or class makes the compound non-recommended (CM16-0234464, CM17-0007300, CM17-0009995); lidocaine patch only (CM16-0234464, CM17-0009995, CM16-0245796); no topical muscle relaxants (CM16-0248698, CM17-0007300); diclofenac the only FDA-approved topical NSAID (CM17-0007300, CM16-0243394).',
      ),
    }),
    defineCriterion({
      id: 'tp-neuropathic-after-first-line',
      statement:
        'Topicals are largely experimental and mainly for neuropathic pain after antidepressant and anticonvulsant trials have failed (the lidocaine patch: localized neuropathic pain after a first-line trial).',
      whenNotMet:
        'The records do not show neuropathic pain after failed first-line trials (antidepressants or anticonvulsants), the main use the guideline gives for these largely experimental topicals',
      citation: cite,
      required: true,
      condition: allOf(
        isTrue('item.facts.neuropathicPain', 'neuropathic pain'),
        isTrue(
          'item.facts.firstLineNeuropathicTried',
          'a failed trial of a first-line antidepressant or antiepilepsy drug',
        ),
      ),
      appliesWhen: {
        condition: isTrue('item.topicalNeedsNeuropathicPain', 'an ingredient other than a topical NSAID'),
        description: 'applies to topicals other than NSAIDs and salicylates',
      },
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of neuropathic pain and a failed antidepressant or anticonvulsant trial',
        label: 'neuropathic pain after first-line failure',
      },
      confirmed,
      confirmationNote: note(
        'Confirmed: CM16-0234464, CM16-0248698, CM17-0007300, CM17-0009995, CM16-0245796 (ODG); lidocaine patch after first-line failure (CM16-0243394).',
      ),
    }),
    defineCriterion({
      id: 'tp-capsaicin-after-other-treatments',
      statement:
        'Capsaicin is an option only for a patient who has not responded to, or cannot tolerate, other treatments.',
      whenNotMet:
        'The records do not show that other treatments failed or were not tolerated, which the guideline requires before capsaicin',
      asRequirement: 'Other treatments failed or were not tolerated before capsaicin',
      citation: cite,
      required: true,
      // Oral drugs not tolerated or ruled out (kidney disease, a GI bleed) settle it; anything else is
      // the reviewer's to weigh.
      condition: {
        kind: 'judgment',
        settledBy: isTrue(
          'item.facts.topicalReasonDocumented',
          'oral drugs not tolerated or ruled out by another condition',
        ),
      },
      extraFieldPaths: JUDGMENT_FIELDS,
      appliesWhen: {
        condition: isTrue('item.topicalIncludesCapsaicin', 'capsaicin among the ingredients'),
        description: 'applies to products with capsaicin',
      },
      confirmed,
      confirmationNote: note('Confirmed: CM16-0245796 (ODG; confirmed catalogue 3.5 #5).'),
    }),
    defineCriterion({
      id: 'tp-topical-nsaid-indication',
      statement: confirmed
        ? 'A topical NSAID is for osteoarthritis or tendinitis of a joint suited to topical treatment (knee, elbow, hand, ankle, wrist), short term (4-12 weeks), or an acute sprain or strain for 1-2 weeks; not the spine, hip or shoulder.'
        : 'A topical NSAID is for osteoarthritis or tendinitis of a joint suited to topical treatment (knee, elbow, hand, ankle, wrist), short term (4-12 weeks), not the spine, hip or shoulder.',
      whenNotMet: `The records do not show short-term use for osteoarthritis or tendinitis of a joint suited to topical treatment (knee, elbow, hand, ankle or wrist, not the spine, hip or shoulder)${
        confirmed ? ', or for an acute sprain or strain' : ''
      }`,
      citation: cite,
      required: true,
      condition: {
        kind: 'judgment',
        settledBy: confirmed ? TOPICAL_NSAID_USE_2016 : TOPICAL_NSAID_USE_IN_THE_RECORDS,
      },
      extraFieldPaths: JUDGMENT_FIELDS,
      appliesWhen: {
        condition: isTrue('item.topicalIncludesApprovedNsaid', 'a topical NSAID the guideline supports'),
        description: 'applies to products with topical diclofenac',
      },
      confirmed,
      confirmationNote: note(
        'Confirmed with an addition: CM17-0011517 (joints, 4-12 weeks; 1-2 weeks for acute sprains and strains in 2016); CM16-0243394 (ODG Voltaren gel, 32 g/day).',
      ),
    }),
    defineCriterion({
      id: 'tp-topical-nsaid-12-weeks',
      statement: 'A topical NSAID is for short-term use: no more than 12 weeks on it.',
      whenNotMet:
        'The worker has already used the topical NSAID for longer than the 4-12 weeks of short-term use the guideline supports',
      asRequirement: 'The topical NSAID has been used for no more than 12 weeks',
      citation: cite,
      required: true,
      // Only time already on the drug is computed: a tube's supply in days is rarely stated, and the
      // indication judgment weighs a course still to come.
      condition: atMost(
        'item.drugDaysSoFar',
        TOPICAL_NSAID_MAX_DAYS,
        'days',
        'no more than 12 weeks (84 days) on it',
      ),
      appliesWhen: {
        condition: allOf(
          isTrue('item.topicalIncludesApprovedNsaid', 'a topical NSAID the guideline supports'),
          atLeast('item.drugDaysSoFar', 0, 'days', 'a known time on the drug'),
        ),
        description: 'applies to topical NSAIDs whose start is recorded',
      },
      wouldMeet: {
        kind: 'documentation',
        text: 'A course within 12 weeks of starting the topical NSAID',
        label: 'short-term use',
      },
      confirmed,
      confirmationNote: note(
        'Confirmed (confirmed catalogue 3.5 #4): short-term use of 4-12 weeks (CM17-0011517).',
      ),
    }),
    defineCriterion({
      id: 'tp-continued-benefit',
      statement:
        'Continued use needs documented benefit: pain relief or better function with the topical (each pain medication is judged by its effect on pain and function).',
      whenNotMet:
        'The records do not show pain relief or better function from the topical to support its continued use',
      citation:
        edition === '2009'
          ? cpmtg2009('Medications for chronic pain', '60')
          : cpmtg2016('Medications for chronic pain'),
      required: true,
      condition: anyOf(
        isTrue('item.facts.analgesiaDocumented', 'pain relief from the topical'),
        isTrue('item.facts.adlsDocumented', 'better function with the topical'),
      ),
      appliesWhen: CONTINUING,
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of pain relief or better function with the topical',
        label: 'benefit',
      },
      confirmed: false,
      confirmationNote:
        'Unconfirmed [U]: the general rule for pain medications (record pain and function with each drug), which the letters confirm for NSAIDs and antidepressants; no letter in the sources applies it to a topical.',
    }),
    defineCriterion({
      id: 'tp-reason-over-oral',
      whenNotMet:
        'The records give no reason for a topical over an oral drug, such as oral intolerance (advisory)',
      statement: 'A reason for a topical over an oral drug (e.g. oral intolerance) is documented (advisory).',
      citation: cite,
      required: false,
      condition: isTrue('item.facts.topicalReasonDocumented', 'a reason for a topical over an oral drug'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of why a topical is used instead of an oral drug',
        label: 'reason for a topical',
      },
      confirmed: false,
      confirmationNote:
        'Reviewer practice (confirmed NEW in CM16-0234464, CM16-0248698, CM17-0009995, CM16-0243394), not a guideline rule: advisory.',
    }),
  ];
};

const TOPICAL_DISPLAY = ['item.topicalStatus'];

export const TOPICALS_2009: GuidelineSet = {
  id: 'cpmtg-2009-topical-analgesics',
  title: `MTUS Chronic Pain Medical Treatment Guidelines (2009): ${SECTION}`,
  guideline: CPMTG_GUIDELINE,
  edition: '2009',
  ...PERIOD_2009,
  services: ['topical_analgesic'],
  letterLine: LINE_CPMTG_2009,
  requestNoun: 'topical',
  decisionRule: { kind: 'all_required' },
  criteria: topicalCriteria(cpmtg2009(SECTION, '111-113'), '2009'),
  displayFacts: TOPICAL_DISPLAY,
};

export const TOPICALS_2016: GuidelineSet = {
  ...TOPICALS_2009,
  id: 'cpmtg-2016-topical-analgesics',
  title: `MTUS Chronic Pain Medical Treatment Guidelines (2016): ${SECTION}`,
  edition: '2016',
  ...PERIOD_2016,
  letterLine: LINE_CPMTG_2016,
  criteria: topicalCriteria(cpmtg2016(SECTION), '2016'),
};

export const TOPICAL_SETS: GuidelineSet[] = [TOPICALS_2009, TOPICALS_2016];
