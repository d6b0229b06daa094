/**
 * Two tests the 2016-17 letters decide under ODG, the MTUS being silent (confirmed catalogue 6.5
 * and 6.6, both in CM17-0009441):
 * - range-of-motion and grip-strength measurements are part of the routine physical exam, not a
 *   service of their own (ODG Low Back, Flexibility);
 * - an EEG after a head injury when the worker fails to improve or gets worse after the first
 *   assessment (ODG Head).
 * And two ODG Pain topics the guideline does not recommend, not in the catalogue (unconfirmed):
 * medical foods, and genetic testing for the risk of opioid abuse.
 */
import type { GuidelineSet } from '../guideline-schema';
import { anyOf, defineCriterion, isTrue, odg } from './common';
import { notInCatalogue, odgTopicSet } from './procedure-common';

const FLEXIBILITY = odg('Low Back', 'Flexibility');

export const ROM_STRENGTH_TESTING: GuidelineSet = odgTopicSet({
  id: 'odg-rom-strength-testing',
  title: 'Range-of-motion and grip-strength testing',
  citation: FLEXIBILITY,
  topic: 'Flexibility',
  services: ['rom_strength_testing'],
  criteria: [
    defineCriterion({
      id: 'rom-testing-part-of-exam',
      statement:
        'Range-of-motion and grip-strength measurements belong to the routine physical examination; they are not a separate service.',
      whenNotMet:
        'Range-of-motion and grip-strength measurements are part of the routine physical examination, not a separate service',
      citation: FLEXIBILITY,
      required: true,
      condition: {
        kind: 'not_recommended',
        text: 'Range-of-motion and grip-strength testing as a service of its own is not recommended',
      },
      // Nothing in the case changes it; Go to field opens the request itself.
      extraFieldPaths: ['quantity'],
      confirmed: true,
      confirmationNote:
        'Confirmed (confirmed catalogue 6.6): ODG Low Back, Flexibility: part of a routine exam, not a separate service (CM17-0009441).',
    }),
  ],
});

const EEG_CITATION = odg('Head', 'EEG');

export const EEG: GuidelineSet = odgTopicSet({
  id: 'odg-head-eeg',
  title: 'Head, EEG',
  citation: EEG_CITATION,
  topic: 'EEG',
  services: ['eeg'],
  requestNoun: 'study',
  criteria: [
    defineCriterion({
      id: 'eeg-not-improving-or-worse',
      statement: 'After a head injury, the worker fails to improve or gets worse after the first assessment.',
      whenNotMet: 'The records show neither a failure to improve nor a worsening after the first assessment',
      asRequirement: 'The worker fails to improve or gets worse after the first assessment',
      citation: EEG_CITATION,
      required: true,
      condition: anyOf(
        isTrue('item.facts.conservativeCareFailed', 'no adequate improvement after the first assessment'),
        isTrue('item.facts.symptomsWorsening', 'worsening symptoms or neurologic signs'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation that the worker failed to improve or got worse after the first assessment',
        label: 'no improvement or worse',
      },
      confirmed: true,
      confirmationNote:
        'Confirmed (confirmed catalogue 6.5, head, ODG): EEG if the patient fails to improve or worsens after the first assessment (CM17-0009441).',
    }),
  ],
});

const PAIN_NOTE = (topic: string) => notInCatalogue(`ODG Pain, ${topic}`);

/** An ODG Pain topic the guideline does not recommend: one criterion saying so in the letter's words. */
function notRecommendedPainTopic(spec: {
  id: string;
  topic: string;
  services: GuidelineSet['services'];
  criterionId: string;
  statement: string;
  whenNotMet: string;
}): GuidelineSet {
  const citation = odg('Pain', spec.topic);
  return odgTopicSet({
    id: spec.id,
    title: `Pain, ${spec.topic}`,
    citation,
    topic: spec.topic,
    services: spec.services,
    criteria: [
      defineCriterion({
        id: spec.criterionId,
        statement: spec.statement,
        whenNotMet: spec.whenNotMet,
        citation,
        required: true,
        condition: { kind: 'not_recommended', text: spec.whenNotMet },
        extraFieldPaths: ['quantity'],
        confirmed: false,
        confirmationNote: PAIN_NOTE(spec.topic),
      }),
    ],
  });
}

export const MEDICAL_FOOD = notRecommendedPainTopic({
  id: 'odg-pain-medical-food',
  topic: 'Medical food',
  services: ['medical_food'],
  criterionId: 'medical-food-not-recommended',
  statement:
    'Medical foods (Theramine, Sentra and the like) are not recommended for pain: they are for a disease with distinctive nutritional needs, which pain is not.',
  whenNotMet:
    'The guideline does not recommend medical foods for pain (they are meant for a disease with distinctive nutritional needs)',
});

export const GENETIC_TESTING = notRecommendedPainTopic({
  id: 'odg-pain-genetic-testing',
  topic: 'Genetic testing for potential opioid abuse',
  services: ['genetic_testing'],
  criterionId: 'genetic-testing-not-recommended',
  statement:
    'Genetic testing for the risk of opioid abuse or for opioid metabolism is not recommended: the studies are inconsistent and not yet useful in practice.',
  whenNotMet:
    'The guideline does not recommend genetic testing for the risk of opioid abuse or for opioid metabolism (the evidence is inconsistent)',
});

export const ODG_TEST_SETS: GuidelineSet[] = [ROM_STRENGTH_TESTING, EEG, MEDICAL_FOOD, GENETIC_TESTING];
