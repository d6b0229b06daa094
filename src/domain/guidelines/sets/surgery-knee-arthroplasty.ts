/**
 * Knee replacement (total or partial), ODG Knee & Leg "Knee joint replacement": the MTUS (ACOEM 2004
 * Ch. 13) does not address arthroplasty, so the letters reach ODG's indications. Not in the research
 * catalogue: written from the usual reading (unconfirmed). Every indication is required but the
 * subjective findings the reviewer confirms from the exam (motion under 90 degrees, night pain),
 * which are advisory. Chosen before the knee's region set by the operation the request names.
 */
import type { GuidelineSet } from '../guideline-schema';
import { atLeast, atMost, defineCriterion, isTrue, JUDGMENT, odg, oneOf } from './common';
import { notInCatalogue, odgTopicSet } from './procedure-common';

const TOPIC = 'Knee joint replacement';
const KNEE_REPLACEMENT = odg('Knee & Leg', TOPIC);
const NOTE = notInCatalogue(`ODG Knee & Leg, ${TOPIC}`);

export const KNEE_ARTHROPLASTY: GuidelineSet = {
  ...odgTopicSet({
    id: 'odg-knee-joint-replacement',
    title: `Knee & Leg, ${TOPIC}`,
    citation: KNEE_REPLACEMENT,
    topic: TOPIC,
    services: ['surgery'],
    requestNoun: 'surgery',
    criteria: [
      defineCriterion({
        id: 'tka-conservative-care',
        statement:
          'Conservative care came first: exercise therapy, and medication or injections (NSAIDs, a corticosteroid or viscosupplementation), without relief.',
        whenNotMet:
          'The records do not show exercise therapy and medication or injections tried without relief before the replacement',
        asRequirement: 'Exercise therapy and medication or injections tried without relief',
        citation: KNEE_REPLACEMENT,
        required: true,
        condition: isTrue(
          'item.facts.conservativeCareFailed',
          'exercise and medication or injections that failed',
        ),
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of the exercise therapy, medication and injections tried and their result',
          label: 'conservative care',
        },
        confirmed: false,
        confirmationNote: NOTE,
      }),
      defineCriterion({
        id: 'tka-function-limited',
        statement: 'Current functional limitations show the need for the operation.',
        whenNotMet: 'The records do not document current functional limitations that call for the operation',
        citation: KNEE_REPLACEMENT,
        required: true,
        condition: isTrue('item.facts.functionLimitedByPain', 'current functional limitations'),
        wouldMeet: {
          kind: 'documentation',
          text: 'Documentation of the activities the knee now limits (walking distance, stairs, work)',
          label: 'functional limitation',
        },
        confirmed: false,
        confirmationNote: NOTE,
      }),
      defineCriterion({
        id: 'tka-age-over-50',
        statement: 'The worker is over 50 years of age.',
        whenNotMet: 'The worker is not over 50, the age the guideline sets for a knee replacement',
        citation: KNEE_REPLACEMENT,
        required: true,
        condition: atLeast('case.patientAgeAtRequest', 50, 'years', 'an age over 50'),
        wouldMeet: { kind: 'documentation', text: "The worker's age or date of birth", label: 'age' },
        confirmed: false,
        confirmationNote: NOTE,
      }),
      defineCriterion({
        id: 'tka-bmi-under-40',
        statement:
          'The body mass index is under 40, above which the risk of complications after surgery rises.',
        whenNotMet:
          'The body mass index is 40 or more, or not documented, and the guideline sets it under 40',
        asRequirement: 'A body mass index under 40',
        citation: KNEE_REPLACEMENT,
        required: true,
        condition: atMost('item.facts.bmi', 39.9, '', 'a body mass index under 40'),
        wouldMeet: { kind: 'documentation', text: 'The body mass index (height and weight)', label: 'BMI' },
        confirmed: false,
        confirmationNote: NOTE,
      }),
      defineCriterion({
        id: 'tka-imaging-osteoarthritis',
        statement:
          'Imaging shows osteoarthritis: on standing films, a clear loss of joint space in at least one compartment, or advanced cartilage erosion or exposed bone at an earlier arthroscopy.',
        whenNotMet:
          'The records do not show osteoarthritis with a clear loss of joint space on standing films or advanced cartilage loss at arthroscopy',
        citation: KNEE_REPLACEMENT,
        required: true,
        condition: isTrue(
          'item.facts.severeOsteoarthritis',
          'osteoarthritis with a clear loss of joint space',
        ),
        wouldMeet: {
          kind: 'documentation',
          text: 'Standing x-rays (or an arthroscopy report) showing the loss of joint space',
          label: 'imaging',
        },
        confirmed: false,
        confirmationNote: NOTE,
      }),
      defineCriterion({
        id: 'tka-subjective-findings',
        statement: 'The exam and history show limited motion (under 90 degrees of flexion) and night pain.',
        whenNotMet: 'The records do not show limited motion (under 90 degrees) and night pain (advisory)',
        citation: KNEE_REPLACEMENT,
        required: false,
        condition: JUDGMENT,
        extraFieldPaths: ['reports', 'review.criteria'],
        confirmed: false,
        confirmationNote: NOTE,
      }),
    ],
  }),
  appliesOnlyWhen: oneOf('item.requestedSurgery', ['knee_arthroplasty'], 'a knee replacement'),
};

export const KNEE_ARTHROPLASTY_SETS: GuidelineSet[] = [KNEE_ARTHROPLASTY];
