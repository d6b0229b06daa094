/**
 * Spinal injections.
 * - Epidural steroid injections: CPMTG 2009 p. 46 and the 2016 section "Epidural steroid injections
 *   (ESIs)". Catalogue 3.8; confirmed catalogue 4.1 (one letter, CM17-0018485, quotes criteria 1, 2
 *   and the repeat-block rule).
 * - Facet injections and medial branch blocks, radiofrequency neurotomy: ACOEM 2004 Ch. 12 (the
 *   MTUS) with the ODG Low Back details it leaves open. Catalogue 3.13; STILL UNCONFIRMED.
 * Decision rule for each: all required criteria.
 */
import type { Criterion, GuidelineSet } from '../guideline-schema';
import {
  allOf,
  anyOf,
  atLeast,
  atMost,
  byValue,
  cpmtg2009,
  cpmtg2016,
  defineCriterion,
  isFalse,
  isTrue,
  JUDGMENT,
  reCite,
} from './common';
import {
  ACOEM_2004_PERIOD,
  acoem2004,
  acoemLetterLine,
  cpmtgSetBase,
  odg,
  stillUnconfirmed,
} from './procedure-common';

// ---------- epidural steroid injections ----------

const ESI_SECTION = 'Epidural steroid injections (ESIs)';
const ESI_2009 = cpmtg2009(ESI_SECTION, '46');
const ESI_LETTER =
  'Confirmed (confirmed catalogue 4.1): CM17-0018485 quotes it (a 2017 letter citing the 2009 ESI section); the p. 46 citation is unconfirmed.';
const ESI_UNCONFIRMED = stillUnconfirmed('3.8');

const AFTER_A_PRIOR_ESI = {
  condition: atLeast('item.priorSameProcedures', 1, 'injections', 'a prior injection of the same kind'),
  description: 'applies only when a prior injection of the same kind is recorded for this region',
};

const esi2009: Criterion[] = [
  defineCriterion({
    id: 'esi-radiculopathy-on-exam',
    statement:
      'Radiculopathy is documented on physical examination: pain in a dermatomal distribution with objective findings (sensory loss, weakness, reflex change).',
    whenNotMet:
      'The records do not show radiculopathy on physical examination (dermatomal pain with objective findings such as sensory loss, weakness or reflex change)',
    citation: ESI_2009,
    required: true,
    condition: isTrue('item.facts.neuroDeficit', 'radiculopathy documented on physical examination'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of radiculopathy on physical examination (dermatomal findings)',
      label: 'radiculopathy on exam',
    },
    confirmed: false,
    confirmationNote: ESI_LETTER,
  }),
  defineCriterion({
    id: 'esi-corroborated',
    statement: 'Imaging or electrodiagnostic testing corroborates the radiculopathy.',
    whenNotMet:
      'The records show no imaging or electrodiagnostic findings that corroborate the radiculopathy',
    citation: ESI_2009,
    required: true,
    condition: isTrue(
      'item.facts.imagingCorroborates',
      'imaging or electrodiagnostic findings that corroborate the radiculopathy',
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Imaging or electrodiagnostic findings corroborating the radiculopathy',
      label: 'corroboration',
    },
    confirmed: false,
    confirmationNote: ESI_LETTER,
  }),
  defineCriterion({
    id: 'esi-conservative-care-failed',
    statement:
      'The pain did not respond to conservative treatment first (exercise, physical methods, NSAIDs, muscle relaxants).',
    whenNotMet:
      'The records do not show pain that failed to respond to conservative treatment first (exercise, physical methods, NSAIDs, muscle relaxants)',
    citation: ESI_2009,
    required: true,
    // "Initially" unresponsive: a prior injection in the region was given after that first trial, so
    // a repeat is judged by the response to it (esi-repeat-after-relief), not by care before it.
    condition: anyOf(
      isTrue('item.facts.conservativeCareFailed', 'pain unresponsive to conservative treatment'),
      AFTER_A_PRIOR_ESI.condition,
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that exercise, physical methods and medication did not control the pain',
      label: 'failed conservative care',
    },
    confirmed: false,
    confirmationNote: ESI_LETTER,
  }),
  defineCriterion({
    id: 'esi-fluoroscopy',
    statement: 'The injection is performed under fluoroscopy.',
    whenNotMet: 'The injection is not requested under fluoroscopic guidance',
    citation: ESI_2009,
    required: true,
    condition: isTrue('item.facts.fluoroscopyGuided', 'fluoroscopic guidance'),
    wouldMeet: { kind: 'request', text: 'under fluoroscopic guidance', label: 'fluoroscopy' },
    confirmed: false,
    confirmationNote: ESI_UNCONFIRMED,
  }),
  defineCriterion({
    id: 'esi-levels-by-approach',
    statement:
      'No more than two nerve-root levels by the transforaminal approach, and no more than one level per session by the interlaminar approach.',
    whenNotMet: 'The nerve-root levels requested exceed the limit for the injection approach',
    citation: ESI_2009,
    required: true,
    condition: byValue('item.injectionApproach', {
      transforaminal: {
        condition: atMost('item.facts.levelsRequested', 2, 'levels', 'at most 2 levels (transforaminal)'),
        wouldMeet: 'at no more than 2 transforaminal levels',
      },
      interlaminar: {
        condition: atMost(
          'item.facts.levelsRequested',
          1,
          'levels',
          'at most 1 level per session (interlaminar)',
        ),
        wouldMeet: 'at a single interlaminar level',
      },
    }),
    wouldMeet: { kind: 'request', text: 'within the level limits for its approach', label: 'levels' },
    confirmed: false,
    confirmationNote: `${ESI_UNCONFIRMED} No limit is encoded for caudal or other approaches: a reviewer override with a note decides those.`,
  }),
  defineCriterion({
    id: 'esi-repeat-after-relief',
    statement:
      'A repeat block needs at least 50% pain relief with less pain medication for 6-8 weeks after the last one, and documented functional improvement.',
    whenNotMet:
      'The response to the last block falls short of the lasting relief, reduced pain medication and functional improvement a repeat block needs',
    citation: ESI_2009,
    required: true,
    condition: allOf(
      atLeast('item.lastSameProcedureReliefPercent', 50, '%', 'at least 50% relief from the last injection'),
      atLeast('item.lastSameProcedureReliefWeeks', 6, 'weeks', 'relief lasting at least 6 weeks'),
      isTrue('item.facts.priorInjectionMedicationReduced', 'less pain medication after the last injection'),
      isTrue('item.facts.functionalImprovementAfterPrior', 'functional improvement after the last injection'),
    ),
    // A request for two asks for a second before the first's response is known: no second block
    // after an inadequate first one (the diagnostic phase, catalogue 3.x #4; our reading, unconfirmed).
    appliesWhen: {
      condition: anyOf(
        AFTER_A_PRIOR_ESI.condition,
        atLeast('item.quantity', 2, 'injections', 'more than one injection requested'),
      ),
      description:
        'applies only when a prior injection of the same kind is recorded for this region, or the request asks for more than one',
    },
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of at least 50% relief with reduced medication for 6-8 weeks and functional improvement after the last injection',
      label: 'response to the prior injection',
    },
    confirmed: false,
    confirmationNote:
      'Partly confirmed (confirmed catalogue 4.1 #7): CM17-0018485 states the 50% / reduced medication / 6-8 weeks rule; the page is unconfirmed. Applied to a request for two (the second rests on the first response, #4): unconfirmed.',
  }),
  defineCriterion({
    id: 'esi-four-per-year',
    statement: 'Generally no more than 4 blocks per region in a year, counting this request.',
    whenNotMet:
      'The blocks in the region over the year, counting this request, exceed the number the guideline generally allows',
    citation: ESI_2009,
    required: true,
    condition: atMost(
      'item.sameProceduresIn12MonthsWithRequest',
      4,
      'injections',
      'at most 4 in the region in 12 months, counting this request',
    ),
    wouldMeet: {
      kind: 'request',
      text: 'that keeps the region at 4 or fewer blocks in 12 months',
      label: 'blocks per year',
    },
    confirmed: false,
    confirmationNote: `${ESI_UNCONFIRMED} The 4-per-year limit is not stated in CM17-0018485.`,
  }),
  defineCriterion({
    id: 'esi-no-series',
    statement: 'No series of three: at most two injections are requested at once.',
    whenNotMet: 'More than two injections are requested at once, and a series of three is not supported',
    citation: ESI_2009,
    required: true,
    condition: atMost('item.quantity', 2, 'injections', 'at most 2 injections in the request'),
    wouldMeet: { kind: 'request', text: 'of no more than 2 injections', label: 'number of injections' },
    confirmed: false,
    confirmationNote: ESI_UNCONFIRMED,
  }),
];

const esiSet = (edition: '2009' | '2016', criteria: Criterion[]): GuidelineSet => ({
  ...cpmtgSetBase(edition, 'epidural-steroid-injections', ESI_SECTION),
  services: ['epidural_steroid_injection'],
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria,
  note: 'First-time requests usually turn on radiculopathy, corroboration and failed conservative care; repeat requests on the response to the prior block.',
});

export const ESI_2009_SET = esiSet('2009', esi2009);
/** The rules CM17-0018485 (a 2017 letter) states. */
const QUOTED_IN_2017 = new Set([
  'esi-radiculopathy-on-exam',
  'esi-corroborated',
  'esi-conservative-care-failed',
]);

export const ESI_2016_SET = esiSet(
  '2016',
  esi2009.map((criterion) =>
    reCite(
      criterion,
      cpmtg2016(ESI_SECTION),
      QUOTED_IN_2017.has(criterion.id),
      `2016 section carried over from the 2009 criteria. ${criterion.confirmationNote} The same letter says the 2016 CPMTG is silent on ESIs; that claim is doubtful.`,
    ),
  ),
);

// ---------- facet injections, medial branch blocks ----------

const LOW_BACK_SUMMARY = acoem2004('Low Back Complaints', 'Summary');
const FACET_BLOCKS = odg('Low Back', 'Facet joint diagnostic blocks (injections)');
const NEUROTOMY = odg('Low Back', 'Facet joint radiofrequency neurotomy');
const FACET_UNCONFIRMED = stillUnconfirmed('3.13');

export const FACET_NON_RADICULAR = defineCriterion({
  id: 'facet-non-radicular',
  statement: 'The pain is non-radicular (facet-mediated pain without radiating symptoms).',
  whenNotMet:
    'The records show radiating symptoms, so the pain is not the non-radicular, facet-mediated pain the procedure is for',
  citation: FACET_BLOCKS,
  required: true,
  condition: isFalse('item.facts.radicularSymptoms', 'non-radicular pain'),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of non-radicular (facet-mediated) pain',
    label: 'non-radicular pain',
  },
  confirmed: false,
  confirmationNote: FACET_UNCONFIRMED,
});

export const FACET_TWO_LEVELS = defineCriterion({
  id: 'facet-levels-2',
  statement: 'No more than two levels are treated at once.',
  whenNotMet: 'The request treats more levels at once than the guideline allows',
  citation: FACET_BLOCKS,
  required: true,
  condition: atMost('item.facts.levelsRequested', 2, 'levels', 'at most 2 levels'),
  wouldMeet: { kind: 'request', text: 'at no more than 2 levels', label: 'levels' },
  confirmed: false,
  confirmationNote: FACET_UNCONFIRMED,
});

const facetBlockCriteria: Criterion[] = [
  defineCriterion({
    id: 'facet-diagnostic-only',
    statement:
      'The block is diagnostic (to select candidates for radiofrequency neurotomy); therapeutic facet injections are of questionable merit and generally not recommended.',
    whenNotMet:
      'The block is not requested as a diagnostic block, and the guideline generally does not recommend therapeutic facet injections, which are of questionable merit',
    asRequirement:
      'The block is diagnostic (to select candidates for radiofrequency neurotomy), not a therapeutic facet injection',
    citation: LOW_BACK_SUMMARY,
    required: true,
    condition: isTrue('item.facts.diagnosticBlock', 'a diagnostic block, not a therapeutic facet injection'),
    wouldMeet: {
      kind: 'request',
      text: 'for a diagnostic medial branch block',
      label: 'diagnostic purpose',
    },
    confirmed: false,
    confirmationNote: FACET_UNCONFIRMED,
  }),
  FACET_NON_RADICULAR,
  FACET_TWO_LEVELS,
  defineCriterion({
    id: 'facet-conservative-care-4-weeks',
    statement:
      'Conservative care (home exercise, physical therapy, NSAIDs) was tried for at least 4-6 weeks before the block.',
    whenNotMet:
      'The request comes before the weeks of conservative care the guideline expects before the block',
    citation: FACET_BLOCKS,
    required: true,
    condition: atLeast(
      'item.facts.conservativeCareWeeks',
      4,
      'weeks',
      'at least 4 weeks of conservative care',
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of at least 4-6 weeks of conservative care',
      label: 'conservative care',
    },
    confirmed: false,
    confirmationNote: FACET_UNCONFIRMED,
  }),
  defineCriterion({
    id: 'facet-one-set',
    statement:
      'One set of diagnostic blocks: no diagnostic facet or medial branch block is already recorded for the region.',
    whenNotMet:
      'A diagnostic facet or medial branch block is already recorded for the region, and the guideline supports only one set of diagnostic blocks',
    citation: FACET_BLOCKS,
    required: true,
    condition: atMost('item.priorFacetBlocks', 0, 'blocks', 'no earlier diagnostic block for the region'),
    confirmed: false,
    confirmationNote: FACET_UNCONFIRMED,
  }),
  defineCriterion({
    id: 'facet-no-surgery-planned',
    statement: 'Surgery is not planned.',
    whenNotMet: 'Surgery is planned (the worker is a candidate for surgery or another pending treatment)',
    citation: FACET_BLOCKS,
    required: true,
    condition: isFalse('item.facts.surgicalCandidate', 'no planned surgery'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation that no surgery is planned',
      label: 'no planned surgery',
    },
    confirmed: false,
    confirmationNote: FACET_UNCONFIRMED,
  }),
  defineCriterion({
    id: 'facet-not-fused-level',
    statement: 'The block is not at a previously fused level.',
    whenNotMet: 'A level requested for the block was previously fused',
    citation: FACET_BLOCKS,
    required: true,
    condition: isFalse('item.facts.previouslyFusedLevel', 'no previously fused level among those requested'),
    confirmed: false,
    confirmationNote: FACET_UNCONFIRMED,
  }),
  defineCriterion({
    id: 'facet-technique',
    whenNotMet:
      "The technique planned does not keep to the guideline's limits on volume, sedation and recorded relief (advisory)",
    statement:
      'Technique limits: a small volume per joint, no opioids or IV sedation except for extreme anxiety, and relief recorded on a pain scale with medication and activity logs (advisory).',
    citation: FACET_BLOCKS,
    required: false,
    condition: JUDGMENT,
    extraFieldPaths: ['reports', 'review.criteria'],
    confirmed: false,
    confirmationNote: FACET_UNCONFIRMED,
  }),
];

export const FACET_BLOCK_SET: GuidelineSet = {
  id: 'acoem-2004-facet-blocks',
  title: 'MTUS Low Back Complaints (ACOEM 2004) with ODG: Facet injections and medial branch blocks',
  guideline: 'MTUS Low Back Complaints',
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['facet_injection', 'medial_branch_block'],
  letterLine: acoemLetterLine('Low Back Complaints'),
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' },
  criteria: facetBlockCriteria,
  note: 'ACOEM Ch. 12 leaves facet injections of questionable merit; the details are the ODG Low Back criteria the MTUS is silent on (8 CCR 9792.21.1).',
};

// ---------- radiofrequency neurotomy ----------

const AFTER_A_PRIOR_NEUROTOMY = {
  condition: atLeast('item.priorSameProcedures', 1, 'procedures', 'a prior neurotomy'),
  description: 'applies only when a prior radiofrequency neurotomy is recorded for this region',
};

const rfaCriteria: Criterion[] = [
  defineCriterion({
    id: 'rfa-positive-block',
    statement: 'Facet pain was confirmed by a positive diagnostic medial branch block (at least 70% relief).',
    whenNotMet:
      'The relief recorded from the diagnostic medial branch block falls short of what confirms facet pain',
    citation: acoem2004('Low Back Complaints', 'Summary'),
    required: true,
    condition: atLeast(
      'item.lastFacetBlockReliefPercent',
      70,
      '%',
      'at least 70% relief from a diagnostic medial branch block',
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'A recorded medial branch block with at least 70% relief',
      label: 'positive diagnostic block',
    },
    confirmed: false,
    confirmationNote: `${FACET_UNCONFIRMED} Record the block under Treatment history > Injections with its relief.`,
  }),
  reCite(FACET_NON_RADICULAR, NEUROTOMY, false, FACET_UNCONFIRMED),
  reCite(FACET_TWO_LEVELS, NEUROTOMY, false, FACET_UNCONFIRMED),
  defineCriterion({
    id: 'rfa-repeat-interval',
    statement: 'A repeat neurotomy comes no sooner than 6 months after the last one.',
    whenNotMet: 'The repeat neurotomy is requested sooner after the last one than the guideline allows',
    citation: NEUROTOMY,
    required: true,
    condition: atLeast(
      'item.monthsSinceLastSameProcedure',
      6,
      'months',
      'at least 6 months since the last neurotomy',
    ),
    appliesWhen: AFTER_A_PRIOR_NEUROTOMY,
    wouldMeet: {
      kind: 'request',
      text: 'made at least 6 months after the last neurotomy',
      label: 'repeat interval',
    },
    confirmed: false,
    confirmationNote: FACET_UNCONFIRMED,
  }),
  defineCriterion({
    id: 'rfa-repeat-relief',
    statement: 'A repeat neurotomy needs at least 50% relief for at least 12 weeks from the last one.',
    whenNotMet: 'The relief from the last neurotomy was too small or too short-lived to support a repeat',
    citation: NEUROTOMY,
    required: true,
    condition: allOf(
      atLeast('item.lastSameProcedureReliefPercent', 50, '%', 'at least 50% relief from the last neurotomy'),
      atLeast('item.lastSameProcedureReliefWeeks', 12, 'weeks', 'relief lasting at least 12 weeks'),
    ),
    appliesWhen: AFTER_A_PRIOR_NEUROTOMY,
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of at least 50% relief for at least 12 weeks after the last neurotomy',
      label: 'response to the prior neurotomy',
    },
    confirmed: false,
    confirmationNote: FACET_UNCONFIRMED,
  }),
  defineCriterion({
    id: 'rfa-three-per-year',
    statement: 'No more than 3 procedures in a year, counting this request.',
    whenNotMet: 'The procedures in the year, counting this request, exceed the number the guideline allows',
    citation: NEUROTOMY,
    required: true,
    condition: atMost(
      'item.sameProceduresIn12MonthsWithRequest',
      3,
      'procedures',
      'at most 3 in 12 months, counting this request',
    ),
    confirmed: false,
    confirmationNote: FACET_UNCONFIRMED,
  }),
  defineCriterion({
    id: 'rfa-conservative-care-plan',
    statement: 'A formal plan of additional evidence-based conservative care accompanies the neurotomy.',
    whenNotMet:
      'The records show no formal plan of additional evidence-based conservative care to accompany the neurotomy',
    citation: NEUROTOMY,
    required: true,
    // Active therapy planned beside the neurotomy is such a plan; other care stays the reviewer's to weigh.
    condition: {
      kind: 'judgment',
      settledBy: isTrue('item.facts.adjunctToActiveTherapy', 'active therapy planned beside the neurotomy'),
    },
    extraFieldPaths: ['reports', 'review.criteria'],
    confirmed: false,
    confirmationNote: FACET_UNCONFIRMED,
  }),
];

export const RFA_SET: GuidelineSet = {
  ...FACET_BLOCK_SET,
  id: 'acoem-2004-radiofrequency-neurotomy',
  title: 'MTUS Low Back Complaints (ACOEM 2004) with ODG: Radiofrequency neurotomy',
  services: ['radiofrequency_ablation'],
  criteria: rfaCriteria,
  note: 'ACOEM Ch. 12: neurotomy only after controlled diagnostic medial branch blocks; the repeat rules are ODG Low Back.',
};

export const SPINAL_INJECTION_SETS: GuidelineSet[] = [ESI_2009_SET, ESI_2016_SET, FACET_BLOCK_SET, RFA_SET];
