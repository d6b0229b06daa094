/**
 * Two Chronic Pain guideline topics the 2016-17 letters decide as services of their own (confirmed
 * catalogue 5.2, both in CM16-0235869):
 * - biofeedback is not a stand-alone treatment: an adjunct to cognitive behavioral therapy once CBT
 *   has run about 4 weeks (2009 "Biofeedback", pp. 24-25; 2016 "Biofeedback"), with the CBT visit
 *   numbers (an initial trial of 3-4 visits; up to 10 with functional improvement);
 * - infrared thermography is not recommended (2016 "Thermography (infrared stress thermography)");
 *   the 2009 text has no such section, so earlier requests go to the evidence hierarchy.
 */
import type { GuidelineSet } from '../guideline-schema';
import {
  allOf,
  anyOf,
  atLeast,
  atMost,
  cpmtg2009,
  cpmtg2016,
  defineCriterion,
  isTrue,
  reCite,
} from './common';
import { cpmtgSetBase } from './procedure-common';

const BIOFEEDBACK = 'Biofeedback';
const BIOFEEDBACK_2016 = cpmtg2016(BIOFEEDBACK);
const CBT_FIRST_NOTE =
  'Confirmed (confirmed catalogue 5.2 NEW): biofeedback only as an adjunct after 4 weeks of CBT (2016 "Biofeedback", CM16-0235869).';
const VISITS_NOTE =
  "Unconfirmed [U]: the visit numbers are the CBT guideline's that the biofeedback section refers to; no 2016-17 letter states them for biofeedback.";

/** As the 2016 letters apply them; the 2009 set re-cites them to its pages. */
const biofeedbackCriteria = [
  defineCriterion({
    id: 'biofeedback-with-cbt',
    statement:
      'Biofeedback is not a stand-alone treatment: it is an option within cognitive behavioral therapy, after about 4 weeks of CBT.',
    whenNotMet:
      'Biofeedback is requested without cognitive behavioral therapy having run for 4 weeks, and the guideline does not support it as a stand-alone treatment',
    asRequirement: 'Cognitive behavioral therapy has run for at least 4 weeks',
    citation: BIOFEEDBACK_2016,
    required: true,
    condition: atLeast('item.facts.cbtWeeksCompleted', 4, 'weeks', 'at least 4 weeks of CBT'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of at least 4 weeks of cognitive behavioral therapy that the biofeedback adds to',
      label: 'adjunct to CBT',
    },
    confirmed: true,
    confirmationNote: CBT_FIRST_NOTE,
  }),
  defineCriterion({
    id: 'biofeedback-visits',
    statement:
      'An initial trial of 3-4 visits over 2 weeks; with objective functional improvement, up to 6-10 visits in all.',
    whenNotMet:
      'The number of visits requested exceeds an initial trial of 3-4 visits, and no functional improvement supports a course of up to 10',
    asRequirement: 'At most 4 visits for a first trial, or up to 10 with functional improvement',
    citation: BIOFEEDBACK_2016,
    required: true,
    condition: anyOf(
      atMost('item.requestedVisits', 4, 'visits', 'an initial trial of at most 4 visits'),
      allOf(
        isTrue('item.facts.functionalImprovementAfterPrior', 'functional improvement from the visits so far'),
        atMost('item.requestedVisits', 10, 'visits', 'at most 10 visits'),
      ),
    ),
    wouldMeet: {
      kind: 'request',
      text: 'of 3-4 visits, or up to 10 with documented functional improvement',
      label: 'visit count',
    },
    confirmed: false,
    confirmationNote: VISITS_NOTE,
  }),
];

export const BIOFEEDBACK_2009_SET: GuidelineSet = {
  ...cpmtgSetBase('2009', 'biofeedback', BIOFEEDBACK),
  services: ['biofeedback'],
  requestNoun: 'course',
  decisionRule: { kind: 'all_required' },
  criteria: biofeedbackCriteria.map((criterion) =>
    reCite(
      criterion,
      cpmtg2009(BIOFEEDBACK, '24-25'),
      false,
      `${criterion.confirmationNote} Unconfirmed for 2009: the pages (24-25) and the 2009 wording were not checked.`,
    ),
  ),
};

export const BIOFEEDBACK_2016_SET: GuidelineSet = {
  ...cpmtgSetBase('2016', 'biofeedback', BIOFEEDBACK),
  services: ['biofeedback'],
  requestNoun: 'course',
  decisionRule: { kind: 'all_required' },
  criteria: biofeedbackCriteria,
};

const THERMOGRAPHY = 'Thermography (infrared stress thermography)';

export const THERMOGRAPHY_2016_SET: GuidelineSet = {
  ...cpmtgSetBase('2016', 'thermography', THERMOGRAPHY),
  services: ['thermography'],
  requestNoun: 'study',
  decisionRule: { kind: 'all_required' },
  criteria: [
    defineCriterion({
      id: 'thermography-not-recommended',
      statement: 'Infrared thermography is not recommended: it does not help diagnose or manage pain.',
      whenNotMet: 'The guideline does not recommend infrared thermography',
      citation: cpmtg2016(THERMOGRAPHY),
      required: true,
      condition: {
        kind: 'not_recommended',
        text: 'The 2016 Chronic Pain guideline does not recommend infrared thermography',
      },
      // Nothing in the case changes it; Go to field opens the request itself.
      extraFieldPaths: ['quantity'],
      confirmed: true,
      confirmationNote:
        'Confirmed (confirmed catalogue 5.2 NEW): 2016 "Thermography (infrared stress thermography)" in CM16-0235869.',
    }),
  ],
};

export const BIOFEEDBACK_THERMOGRAPHY_SETS: GuidelineSet[] = [
  BIOFEEDBACK_2009_SET,
  BIOFEEDBACK_2016_SET,
  THERMOGRAPHY_2016_SET,
];
