/**
 * Acupuncture Medical Treatment Guidelines (8 CCR 9792.24.1; adopted 2007, section number since
 * 2009). Catalogue 3.5; confirmed catalogue 2.5: letters print "MTUS Acupuncture Treatment 2007"
 * with no section or page. Believed still in force after the 2017 ACOEM adoption [U].
 */
import type { GuidelineCitation, GuidelineSet } from '../guideline-schema';
import { anyOf, atLeast, atMost, between, defineCriterion, isTrue, REQUEST_BODY_PART_STATED } from './common';

const CITATION: GuidelineCitation = {
  guideline: 'MTUS Acupuncture Medical Treatment Guidelines',
  edition: '2007',
  section: '8 CCR 9792.24.1',
};

/**
 * A request of a number of treatments only ("acupuncture x 6") is complete (confirmed catalogue 7,
 * rule 10): frequency and course length are judged when the request states them, as the
 * chiropractic course length is (CM17-0004738, sessions only, overturned).
 */
const stated = (fact: 'item.frequencyPerWeek' | 'item.durationWeeks', unit: string, what: string) => ({
  condition: atLeast(fact, 0, unit, `a stated ${what}`),
  description: `applies when the request states its ${what}`,
});
const STATED_NOTE =
  'Judged when the request states it: a request of a number of treatments only is complete (confirmed catalogue 7, rule 10) and is judged by the trial or extension rules.';

export const ACUPUNCTURE_2007: GuidelineSet = {
  id: 'mtus-acupuncture-2007',
  title: 'MTUS Acupuncture Medical Treatment Guidelines (2007, 8 CCR 9792.24.1)',
  guideline: 'MTUS Acupuncture Medical Treatment Guidelines',
  edition: '2007',
  effectiveFrom: '2007-06-15',
  services: ['acupuncture'],
  letterLine: { name: 'MTUS Acupuncture Treatment 2007', style: 'name_only' },
  requestNoun: 'course',
  note: 'Still in force after 2017-12-01 is believed, not confirmed [U]. From 2017 some reviewers also cite ACOEM Low Back (up to about 12 sessions with objective improvement); not encoded. The 2007 shoulder carve-out is not applied (CM17-0007857 applied this guideline to a shoulder case).',
  decisionRule: {
    kind: 'any_path',
    paths: [
      { id: 'initial-trial', label: 'an initial trial', criteria: ['ac-initial-trial'] },
      {
        id: 'extension',
        label: 'an extension with functional improvement',
        criteria: ['ac-extension-improvement'],
      },
    ],
  },
  criteria: [
    defineCriterion({
      id: 'ac-purpose',
      statement:
        'Used when pain medication is reduced or not tolerated, or as an adjunct to physical rehabilitation or surgery.',
      whenNotMet:
        'The records do not show that pain medication is reduced or not tolerated, or that the acupuncture is an adjunct to physical rehabilitation or surgery',
      citation: CITATION,
      required: true,
      condition: anyOf(
        isTrue(
          'item.facts.adjunctToActiveTherapy',
          'use as an adjunct to physical rehabilitation or surgery',
        ),
        isTrue('item.facts.medicationReducedOrNotTolerated', 'pain medication reduced or not tolerated'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation that pain medication is reduced or not tolerated, or of the rehabilitation the acupuncture supports',
        label: 'purpose',
      },
      confirmed: true,
      confirmationNote:
        'Confirmed [S] (dir.ca.gov 9792.24.1) and used as a gate in CM16-0230651, CM16-0248698, CM17-0007857, CM17-0009441.',
    }),
    defineCriterion({
      id: 'ac-frequency',
      statement: 'Treatments 1 to 3 times a week.',
      whenNotMet: 'The treatments requested each week fall outside the frequency the guideline gives',
      citation: CITATION,
      required: true,
      condition: between('item.frequencyPerWeek', 1, 3, 'treatments/week'),
      appliesWhen: stated('item.frequencyPerWeek', 'treatments/week', 'treatments per week'),
      wouldMeet: { kind: 'request', text: 'of 1-3 treatments/week', label: 'frequency' },
      confirmed: true,
      confirmationNote: `Confirmed [S] (CSOMA) and in CM17-0007857. ${STATED_NOTE}`,
    }),
    defineCriterion({
      id: 'ac-duration',
      statement: 'An optimum course lasts 1 to 2 months.',
      whenNotMet: 'The course requested runs longer than the optimum duration the guideline gives',
      citation: CITATION,
      required: true,
      condition: atMost(
        'item.durationWeeks',
        8,
        'weeks',
        'an optimum course of 1-2 months (8 weeks or less)',
      ),
      appliesWhen: stated('item.durationWeeks', 'weeks', 'length in weeks'),
      wouldMeet: { kind: 'request', text: 'lasting 8 weeks or less', label: 'duration' },
      confirmed: true,
      confirmationNote: `Confirmed [S] (CSOMA); CM17-0007857, CM17-0009441. ${STATED_NOTE}`,
    }),
    defineCriterion({
      id: 'ac-initial-trial',
      statement:
        'Function should improve within 3 to 6 treatments, so a first authorization covers no more than 6 treatments.',
      whenNotMet:
        'The treatments requested, with those already given, exceed the initial trial the guideline allows',
      citation: CITATION,
      required: true,
      condition: atMost(
        'item.totalVisitsWithPrior',
        6,
        'treatments',
        'an initial trial of no more than 6 treatments (improvement expected within 3-6)',
      ),
      wouldMeet: {
        kind: 'request',
        text: 'of no more than 6 treatments (an initial trial)',
        label: 'initial trial',
      },
      confirmed: true,
      confirmationNote:
        'Confirmed: 3-6 treatments (CM16-0230651, CM17-0007857, CM17-0011703); 6-visit trial (CM17-0009441).',
    }),
    defineCriterion({
      id: 'ac-extension-improvement',
      statement:
        'Treatment beyond the trial is extended only with documented functional improvement (8 CCR 9792.20).',
      whenNotMet:
        'The records do not show functional improvement (as 8 CCR 9792.20 defines it) from the acupuncture already given',
      citation: CITATION,
      required: true,
      condition: isTrue(
        'item.priorFunctionalImprovement',
        'documented functional improvement from the treatments given',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of functional improvement from the acupuncture already given',
        label: 'functional improvement',
      },
      confirmed: true,
      confirmationNote: 'Confirmed: CM17-0007857; CM17-0011703 spells out the 9792.20 definition.',
    }),
    REQUEST_BODY_PART_STATED,
  ],
};
