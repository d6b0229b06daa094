/**
 * Gym memberships and transportation to appointments: the MTUS is silent on both, and the 2016-17
 * letters apply ODG (confirmed catalogue 6.6). Each is a short list of conditions, all required.
 * - Gym membership (CM17-0016761): only after a home exercise program has failed, when equipment is
 *   needed, and with medical professionals monitoring the program.
 * - Transportation (CM17-0009883, ODG Knee & Leg): for workers whose disability prevents them from
 *   getting to appointments on their own.
 */
import type { Criterion, GuidelineSet } from '../guideline-schema';
import { defineCriterion, isTrue, odg } from './common';
import { odgTopicSet } from './procedure-common';

// ---------- gym membership ----------

// The catalogue names ODG without a chapter; the gym-membership topic is read here from Low Back.
const GYM_CITATION = odg('Low Back', 'Gym memberships');
const GYM_NOTE =
  'Confirmed (confirmed catalogue 6.6): ODG gym membership only if home exercise has failed and equipment is needed, with professional monitoring (CM17-0016761). The ODG chapter is our reading; the catalogue names none.';

const gymCriterion = (
  id: string,
  statement: string,
  fact: 'homeExerciseFailed' | 'equipmentNeeded' | 'professionallySupervised',
  requirement: string,
  wouldMeet: string,
  label: string,
  whenNotMet: string,
): Criterion =>
  defineCriterion({
    id,
    statement,
    whenNotMet,
    asRequirement: statement.replace(/\.$/, ''),
    citation: GYM_CITATION,
    required: true,
    condition: isTrue(`item.facts.${fact}`, requirement),
    wouldMeet: { kind: 'documentation', text: wouldMeet, label },
    confirmed: true,
    confirmationNote: GYM_NOTE,
  });

export const GYM_MEMBERSHIP: GuidelineSet = odgTopicSet({
  id: 'odg-gym-membership',
  title: 'Gym memberships',
  citation: GYM_CITATION,
  topic: 'Gym memberships',
  services: ['gym_membership'],
  criteria: [
    gymCriterion(
      'gym-home-exercise-failed',
      'A documented home exercise program, reviewed and revised over time, has not been effective.',
      'homeExerciseFailed',
      'a home exercise program that was tried, revised and not effective',
      'Documentation of a home exercise program with periodic review and revision that has not been effective',
      'failed home exercise',
      'The records do not show a home exercise program, reviewed and revised over time, that has not been effective',
    ),
    gymCriterion(
      'gym-equipment-needed',
      'The worker needs exercise equipment that a home program cannot provide.',
      'equipmentNeeded',
      'a need for equipment that home exercise cannot provide',
      'Documentation of the equipment needed and why home exercise cannot provide it',
      'equipment needed',
      'The records do not show a need for exercise equipment that a home program cannot provide',
    ),
    gymCriterion(
      'gym-professionally-supervised',
      'Medical professionals will monitor and run the program, since unsupervised gym use is not treatment.',
      'professionallySupervised',
      'a program monitored and run by medical professionals',
      'A plan for medical professionals to monitor and run the program',
      'professional monitoring',
      'The records do not show that medical professionals will monitor and run the program',
    ),
  ],
  note: 'ODG does not recommend a gym membership as a medical prescription otherwise: unsupervised use carries a risk of further injury and gives the treating physician no feedback.',
});

// ---------- transportation ----------

const TRANSPORT_CITATION = odg('Knee & Leg', 'Transportation (to & from appointments)');

export const TRANSPORTATION: GuidelineSet = odgTopicSet({
  id: 'odg-transportation',
  title: 'Transportation to and from appointments',
  citation: TRANSPORT_CITATION,
  topic: 'Transportation',
  services: ['transportation'],
  criteria: [
    defineCriterion({
      id: 'transport-self-transport-prevented',
      statement:
        "The worker's disability prevents them from getting to medically necessary appointments on their own (driving or public transport).",
      whenNotMet:
        'The records do not show a disability that keeps the worker from getting to appointments on their own',
      asRequirement: 'A disability keeps the worker from getting to appointments on their own',
      citation: TRANSPORT_CITATION,
      required: true,
      condition: isTrue('item.facts.selfTransportPrevented', 'a disability that prevents self-transport'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of a disability that prevents driving or using public transport to appointments',
        label: 'self-transport prevented',
      },
      confirmed: true,
      confirmationNote:
        'Confirmed (confirmed catalogue 6.6): ODG Knee & Leg transportation for people whose disability prevents self-transport (CM17-0009883; the letter also mentions age 55 or over with a nursing-home level of care).',
    }),
  ],
});

export const GYM_AND_TRANSPORTATION_SETS: GuidelineSet[] = [GYM_MEMBERSHIP, TRANSPORTATION];
