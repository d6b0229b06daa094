/**
 * Three topics the MTUS leaves to ODG, not in the research catalogue (unconfirmed, from the usual
 * reading of ODG):
 * - greater occipital nerve blocks (ODG Head): under study for headache, with conflicting results and
 *   short-lived relief where they help, so not supported;
 * - genicular nerve blocks and their radiofrequency ablation (ODG Knee & Leg): under study, not
 *   recommended;
 * - hypnosis (ODG Mental Illness & Stress): an option as an adjunct in post-traumatic stress
 *   disorder, read from the diagnoses.
 */
import type { GuidelineSet } from '../guideline-schema';
import { defineCriterion, isTrue, odg } from './common';
import { notInCatalogue, odgTopicSet } from './procedure-common';

const OCCIPITAL_TOPIC = 'Greater occipital nerve block (GONB)';
const OCCIPITAL = odg('Head', OCCIPITAL_TOPIC);

export const OCCIPITAL_NERVE_BLOCK: GuidelineSet = odgTopicSet({
  id: 'odg-head-occipital-nerve-block',
  title: `Head, ${OCCIPITAL_TOPIC}`,
  citation: OCCIPITAL,
  topic: OCCIPITAL_TOPIC,
  services: ['occipital_nerve_block'],
  requestNoun: 'injection',
  criteria: [
    defineCriterion({
      id: 'occipital-block-under-study',
      statement:
        'Greater occipital nerve blocks are under study for headache: trials conflict, and where they help the relief is short-lived.',
      whenNotMet:
        'The guideline holds occipital nerve blocks under study for headache, with conflicting evidence and only short-term relief, so it does not support one',
      citation: OCCIPITAL,
      required: true,
      condition: { kind: 'not_recommended', text: 'The guideline holds occipital nerve blocks under study' },
      extraFieldPaths: ['quantity'],
      confirmed: false,
      confirmationNote: notInCatalogue(`ODG Head, ${OCCIPITAL_TOPIC}`),
    }),
  ],
});

const GENICULAR_TOPIC = 'Genicular nerve block; Radiofrequency neurotomy';
const GENICULAR = odg('Knee & Leg', GENICULAR_TOPIC);

export const GENICULAR_NERVE_BLOCK: GuidelineSet = odgTopicSet({
  id: 'odg-knee-genicular-nerve-block',
  title: `Knee & Leg, ${GENICULAR_TOPIC}`,
  citation: GENICULAR,
  topic: GENICULAR_TOPIC,
  services: ['genicular_nerve_block'],
  requestNoun: 'procedure',
  criteria: [
    defineCriterion({
      id: 'genicular-under-study',
      statement:
        'Genicular nerve blocks and radiofrequency ablation of the genicular nerves are under study for knee pain and not recommended.',
      whenNotMet:
        'The guideline does not recommend genicular nerve blocks or their ablation: the evidence is still under study',
      citation: GENICULAR,
      required: true,
      condition: {
        kind: 'not_recommended',
        text: 'The guideline does not recommend genicular nerve procedures',
      },
      extraFieldPaths: ['quantity'],
      confirmed: false,
      confirmationNote: notInCatalogue(`ODG Knee & Leg, ${GENICULAR_TOPIC}`),
    }),
  ],
});

const HYPNOSIS_TOPIC = 'Hypnosis';
const HYPNOSIS = odg('Mental Illness & Stress', HYPNOSIS_TOPIC);

export const HYPNOTHERAPY: GuidelineSet = odgTopicSet({
  id: 'odg-mental-illness-hypnosis',
  title: `Mental Illness & Stress, ${HYPNOSIS_TOPIC}`,
  citation: HYPNOSIS,
  topic: HYPNOSIS_TOPIC,
  services: ['hypnotherapy'],
  requestNoun: 'treatment',
  criteria: [
    defineCriterion({
      id: 'hypnosis-ptsd',
      statement: 'Hypnosis is an option as an adjunct in the treatment of post-traumatic stress disorder.',
      whenNotMet:
        'The diagnoses do not include post-traumatic stress disorder, the condition the guideline supports hypnosis for',
      asRequirement: 'Post-traumatic stress disorder is diagnosed',
      citation: HYPNOSIS,
      required: true,
      condition: isTrue('case.ptsdDiagnosed', 'a diagnosis of post-traumatic stress disorder'),
      wouldMeet: {
        kind: 'documentation',
        text: 'A diagnosis of post-traumatic stress disorder',
        label: 'PTSD',
      },
      confirmed: false,
      confirmationNote: notInCatalogue(`ODG Mental Illness & Stress, ${HYPNOSIS_TOPIC}`),
    }),
  ],
});

export const NERVE_BLOCK_AND_HYPNOSIS_SETS: GuidelineSet[] = [
  OCCIPITAL_NERVE_BLOCK,
  GENICULAR_NERVE_BLOCK,
  HYPNOTHERAPY,
];
