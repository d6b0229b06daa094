/**
 * Two Chronic Pain guideline sections the research catalogue does not cover, written from the usual
 * reading of the MTUS (unconfirmed): no 2016-17 letter in the pool disputes either, but both are
 * routine requests, and without a set each reached the evidence hierarchy with no recommendation.
 * - Botulinum toxin (Botox, Myobloc), CPMTG 2009 pp. 25-26 and the 2016 section: not generally
 *   recommended for chronic pain; an option for cervical dystonia. The MTUS addresses it, so ODG's
 *   later support for chronic migraine prevention is not reached.
 * - Cannabinoids (marijuana, dronabinol, nabilone), CPMTG 2009 p. 28 and the 2016 section: not
 *   recommended for pain.
 */
import type { GuidelineCitation, GuidelineSet } from '../guideline-schema';
import { cpmtg2009, cpmtg2016, defineCriterion, isTrue } from './common';
import { cpmtgSetBase, notInCatalogue } from './procedure-common';

const BOTULINUM_SECTION = 'Botulinum toxin (Botox, Myobloc)';

const botulinumIndication = (citation: GuidelineCitation) =>
  defineCriterion({
    id: 'botulinum-cervical-dystonia',
    statement:
      'Botulinum toxin is not generally recommended for chronic pain (including myofascial pain, chronic neck pain, trigger points, tension-type and migraine headache); it is an option for cervical dystonia.',
    whenNotMet:
      'The diagnoses do not include cervical dystonia, the condition for which the guideline supports botulinum toxin, and the guideline does not generally recommend it for chronic pain, myofascial pain, neck pain or headache',
    asRequirement: 'Cervical dystonia (spasmodic torticollis) is diagnosed',
    citation,
    required: true,
    condition: isTrue('case.cervicalDystoniaDiagnosed', 'cervical dystonia (spasmodic torticollis)'),
    wouldMeet: {
      kind: 'documentation',
      text: 'A diagnosis of cervical dystonia (spasmodic torticollis)',
      label: 'cervical dystonia',
    },
    confirmed: false,
    confirmationNote: notInCatalogue(
      `the MTUS Chronic Pain guideline, ${BOTULINUM_SECTION}${citation.pages ? `, pp. ${citation.pages}` : ''}`,
    ),
  });

const botulinumBase = {
  services: ['botulinum_toxin'] as GuidelineSet['services'],
  requestNoun: 'injection',
  decisionRule: { kind: 'all_required' } as const,
};

export const BOTULINUM_2009: GuidelineSet = {
  ...cpmtgSetBase('2009', 'botulinum-toxin', BOTULINUM_SECTION),
  ...botulinumBase,
  criteria: [botulinumIndication(cpmtg2009(BOTULINUM_SECTION, '25-26'))],
};

export const BOTULINUM_2016: GuidelineSet = {
  ...cpmtgSetBase('2016', 'botulinum-toxin', BOTULINUM_SECTION),
  ...botulinumBase,
  criteria: [botulinumIndication(cpmtg2016(BOTULINUM_SECTION))],
};

const CANNABINOIDS_SECTION = 'Cannabinoids';

const cannabinoidsNotRecommended = (citation: GuidelineCitation) =>
  defineCriterion({
    id: 'cannabinoids-not-recommended',
    statement:
      'Cannabinoids (marijuana and its extracts, dronabinol, nabilone) are not recommended for pain: their benefit is unproven and their harms are real.',
    whenNotMet:
      'The guideline does not recommend cannabinoids (marijuana, dronabinol, nabilone) for pain, and the request is for one',
    citation,
    required: true,
    condition: {
      kind: 'not_recommended',
      text: 'The guideline does not recommend cannabinoids for pain',
    },
    extraFieldPaths: ['quantity'],
    confirmed: false,
    confirmationNote: notInCatalogue(
      `the MTUS Chronic Pain guideline, ${CANNABINOIDS_SECTION}${citation.pages ? `, p. ${citation.pages}` : ''}`,
    ),
  });

const cannabinoidBase = {
  services: ['cannabinoid'] as GuidelineSet['services'],
  requestNoun: 'medication',
  decisionRule: { kind: 'all_required' } as const,
};

export const CANNABINOIDS_2009: GuidelineSet = {
  ...cpmtgSetBase('2009', 'cannabinoids', CANNABINOIDS_SECTION),
  ...cannabinoidBase,
  criteria: [cannabinoidsNotRecommended(cpmtg2009(CANNABINOIDS_SECTION, '28'))],
};

export const CANNABINOIDS_2016: GuidelineSet = {
  ...cpmtgSetBase('2016', 'cannabinoids', CANNABINOIDS_SECTION),
  ...cannabinoidBase,
  criteria: [cannabinoidsNotRecommended(cpmtg2016(CANNABINOIDS_SECTION))],
};

export const BOTULINUM_AND_CANNABINOID_SETS: GuidelineSet[] = [
  BOTULINUM_2009,
  BOTULINUM_2016,
  CANNABINOIDS_2009,
  CANNABINOIDS_2016,
];
