/**
 * Two tests the 2016-17 letters decide under ODG, the MTUS being silent (confirmed catalogue 6.5
 * and 6.6, both in CM17-0009441):
 * - range-of-motion and grip-strength measurements are part of the routine physical exam, not a
 *   service of their own (ODG Low Back, Flexibility);
 * - an EEG after a head injury when the worker fails to improve or gets worse after the first
 *   assessment (ODG Head).
 * And four ODG Pain topics, not in the catalogue (unconfirmed): medical foods and genetic testing for
 * the risk of opioid abuse (not recommended), antiemetics (not for nausea from opioids) and sleep
 * studies (for a suspected sleep disorder, or insomnia that resisted treatment).
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

// ---------- antiemetics: not for nausea from opioids ----------

const ANTIEMETICS_TOPIC = 'Antiemetics (for opioid nausea)';
const ANTIEMETICS = odg('Pain', ANTIEMETICS_TOPIC);

export const ANTIEMETIC: GuidelineSet = odgTopicSet({
  id: 'odg-pain-antiemetics',
  title: `Pain, ${ANTIEMETICS_TOPIC}`,
  citation: ANTIEMETICS,
  topic: ANTIEMETICS_TOPIC,
  services: ['antiemetic'],
  criteria: [
    defineCriterion({
      id: 'antiemetic-approved-use',
      statement:
        'An antiemetic such as ondansetron is for nausea from chemotherapy, radiation or surgery, or acute gastroenteritis; it is not recommended for nausea and vomiting from chronic opioid use, which usually fades with time.',
      whenNotMet:
        'The records do not show nausea from chemotherapy, radiation or surgery, or acute gastroenteritis, and the guideline does not recommend antiemetics for nausea from chronic opioid use',
      asRequirement:
        'Nausea from chemotherapy, radiation or surgery, or acute gastroenteritis (not from chronic opioid use)',
      citation: ANTIEMETICS,
      required: true,
      condition: isTrue(
        'item.facts.antiemeticApprovedUse',
        'nausea from chemotherapy, radiation or surgery, or acute gastroenteritis',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of nausea from chemotherapy, radiation or surgery, or acute gastroenteritis',
        label: 'cause of the nausea',
      },
      confirmed: false,
      confirmationNote: PAIN_NOTE(ANTIEMETICS_TOPIC),
    }),
  ],
  note: 'The MTUS does not address antiemetics. ODG: nausea from opioids usually fades within days to weeks; ondansetron is approved for chemotherapy, radiation and post-operative nausea.',
});

// ---------- polysomnography: a suspected sleep disorder, or insomnia that resisted treatment ----------

const POLYSOMNOGRAPHY_TOPIC = 'Polysomnography';
const POLYSOMNOGRAPHY_CITATION = odg('Pain', POLYSOMNOGRAPHY_TOPIC);

const polysomnographyCriterion = (
  id: string,
  fact: 'sleepDisorderSuspected' | 'chronicInsomnia' | 'insomniaTreatmentFailed' | 'psychiatricCauseExcluded',
  statement: string,
  whenNotMet: string,
  label: string,
) =>
  defineCriterion({
    id,
    statement,
    whenNotMet,
    asRequirement: statement.replace(/\.$/, ''),
    citation: POLYSOMNOGRAPHY_CITATION,
    required: true,
    condition: isTrue(`item.facts.${fact}`, label),
    wouldMeet: { kind: 'documentation', text: `Documentation: ${statement.toLowerCase()}`, label },
    confirmed: false,
    confirmationNote: PAIN_NOTE(POLYSOMNOGRAPHY_TOPIC),
  });

const PSG_SUSPECTED_DISORDER = polysomnographyCriterion(
  'psg-sleep-disorder-suspected',
  'sleepDisorderSuspected',
  'A sleep-related breathing disorder, narcolepsy or periodic limb movement disorder is suspected (daytime sleepiness, cataplexy, morning headaches and the like).',
  'The records do not show a suspected sleep-related breathing disorder, narcolepsy or periodic limb movement disorder',
  'a suspected sleep disorder',
);
const PSG_CHRONIC_INSOMNIA = polysomnographyCriterion(
  'psg-insomnia-six-months',
  'chronicInsomnia',
  'Insomnia at least 4 nights a week for at least 6 months.',
  'The records do not show insomnia at least 4 nights a week for at least 6 months',
  'insomnia for 6 months',
);
const PSG_TREATMENT_FAILED = polysomnographyCriterion(
  'psg-insomnia-treatment-failed',
  'insomniaTreatmentFailed',
  'Behavioral treatment and sleep medication were tried without response.',
  'The records do not show behavioral treatment and sleep medication tried without response',
  'treatment of the insomnia failed',
);
const PSG_PSYCHIATRIC_EXCLUDED = polysomnographyCriterion(
  'psg-psychiatric-cause-excluded',
  'psychiatricCauseExcluded',
  'A psychiatric cause of the insomnia has been excluded.',
  'The records do not show that a psychiatric cause of the insomnia has been excluded',
  'psychiatric cause excluded',
);

export const POLYSOMNOGRAPHY: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-pain-polysomnography',
    title: `Pain, ${POLYSOMNOGRAPHY_TOPIC}`,
    citation: POLYSOMNOGRAPHY_CITATION,
    topic: POLYSOMNOGRAPHY_TOPIC,
    services: ['polysomnography'],
    requestNoun: 'study',
    criteria: [PSG_SUSPECTED_DISORDER, PSG_CHRONIC_INSOMNIA, PSG_TREATMENT_FAILED, PSG_PSYCHIATRIC_EXCLUDED],
    note: 'The MTUS does not address sleep studies. ODG does not recommend polysomnography for the routine evaluation of insomnia.',
  }),
  decisionRule: {
    kind: 'any_path',
    paths: [
      {
        id: 'suspected-disorder',
        label: 'a suspected sleep disorder',
        criteria: [PSG_SUSPECTED_DISORDER.id],
      },
      {
        id: 'chronic-insomnia',
        label: 'insomnia for 6 months that resisted treatment, a psychiatric cause excluded',
        criteria: [PSG_CHRONIC_INSOMNIA.id, PSG_TREATMENT_FAILED.id, PSG_PSYCHIATRIC_EXCLUDED.id],
      },
    ],
  },
};

export const ODG_TEST_SETS: GuidelineSet[] = [
  ROM_STRENGTH_TESTING,
  EEG,
  MEDICAL_FOOD,
  GENETIC_TESTING,
  ANTIEMETIC,
  POLYSOMNOGRAPHY,
];
