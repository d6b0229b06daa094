/**
 * An assistant surgeon, ODG "Surgical assistant" (Low Back; Knee & Leg): an option in more complex
 * operations, which the American College of Surgeons lists as almost always needing one (spinal
 * fusions, joint replacements, a femur fracture's fixation); an operation such as a carpal tunnel
 * or trigger finger release, a meniscectomy or a discectomy almost never does. Not in the research
 * catalogue: written from the usual reading (unconfirmed). An assistant goes with its operation, so
 * it is needed only when this review (or the claims administrator) finds the operation necessary;
 * an operation not on the complex list waits on the reviewer's judgment.
 */

import type { GuidelineSet } from '../guideline-schema';
import type { SurgeryKey } from '../vocabularies';
import { defineCriterion, odg, oneOf } from './common';
import { notInCatalogue, odgTopicSet, SURGERY_AUTHORIZED } from './procedure-common';

const TOPIC = 'Surgical assistant';
const ASSISTANT = odg('Low Back; Knee & Leg', TOPIC);

/** Operations that almost always need an assistant. */
const COMPLEX_OPERATIONS: SurgeryKey[] = [
  'lumbar_fusion',
  'cervical_fusion',
  'knee_arthroplasty',
  'hip_arthroplasty',
  'shoulder_arthroplasty',
  'femur_fracture',
];

export const SURGICAL_ASSISTANT: GuidelineSet = odgTopicSet({
  id: 'odg-surgical-assistant',
  title: `Low Back; Knee & Leg, ${TOPIC}`,
  citation: ASSISTANT,
  topic: TOPIC,
  services: ['assistant_surgeon'],
  requestNoun: 'request',
  criteria: [
    SURGERY_AUTHORIZED,
    defineCriterion({
      id: 'assistant-complex-operation',
      statement:
        'An assistant surgeon is an option in more complex operations (a spinal fusion, a joint replacement, a femur fracture), not in an operation that almost never needs one (a carpal tunnel or trigger finger release, a meniscectomy, a discectomy).',
      whenNotMet: 'The operation is not one complex enough to need an assistant surgeon',
      asRequirement: 'An operation complex enough to need an assistant',
      citation: ASSISTANT,
      required: true,
      condition: {
        kind: 'judgment',
        settledBy: oneOf(
          'item.requestedSurgery',
          COMPLEX_OPERATIONS,
          'a spinal fusion, a joint replacement or a femur fracture',
        ),
      },
      extraFieldPaths: ['requestedAs', 'review.criteria'],
      confirmed: false,
      confirmationNote: notInCatalogue(`ODG Low Back and Knee & Leg, ${TOPIC}`),
    }),
  ],
});
