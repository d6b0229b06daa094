/**
 * Two drug topics the MTUS leaves to ODG, not in the research catalogue (unconfirmed, from the usual
 * reading of ODG):
 * - oral (or intramuscular) corticosteroids such as a Medrol dose pack (ODG Low Back): only in
 *   limited circumstances, for acute radicular pain; not for axial or chronic pain. The acute phase
 *   is read as within 3 months of the injury or a new flare after a quiet period; that the worker
 *   was told of the risks and the limited benefit is the reviewer's advisory check.
 * - vitamin supplements and injections (B12, vitamin D; ODG Pain): not recommended for pain; a
 *   deficiency documented by a blood test is the one reason the records can give.
 */
import type { GuidelineSet } from '../guideline-schema';
import { anyOf, atMost, defineCriterion, isTrue, JUDGMENT, odg } from './common';
import { notInCatalogue, odgTopicSet } from './procedure-common';

const STEROIDS_TOPIC = 'Corticosteroids (oral/parenteral/IM for low back pain)';
const STEROIDS = odg('Low Back', STEROIDS_TOPIC);
const STEROIDS_NOTE = notInCatalogue(`ODG Low Back, ${STEROIDS_TOPIC}`);

export const ORAL_CORTICOSTEROID: GuidelineSet = odgTopicSet({
  id: 'odg-low-back-oral-corticosteroids',
  title: `Low Back, ${STEROIDS_TOPIC}`,
  citation: STEROIDS,
  topic: STEROIDS_TOPIC,
  services: ['oral_corticosteroid'],
  requestNoun: 'medication',
  criteria: [
    defineCriterion({
      id: 'steroid-radicular-pain',
      statement:
        'A course of oral corticosteroids is limited to radicular pain with clear signs and symptoms of radiculopathy; axial (non-radicular) pain is not an indication.',
      whenNotMet:
        'The records do not show radicular pain with clear signs of radiculopathy, the only pain the guideline supports a corticosteroid course for',
      asRequirement: 'Radicular pain with clear signs and symptoms of radiculopathy',
      citation: STEROIDS,
      required: true,
      condition: isTrue('item.facts.radicularSymptoms', 'radicular pain with signs of radiculopathy'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Examination findings of radiculopathy (dermatomal pain, sensory loss, reflex or motor change)',
        label: 'radicular pain',
      },
      confirmed: false,
      confirmationNote: STEROIDS_NOTE,
    }),
    defineCriterion({
      id: 'steroid-acute-phase',
      statement:
        'Corticosteroids work best early: the course is for the acute phase (within about 3 months of the injury) or for a new flare after a symptom-free period, not for chronic pain.',
      whenNotMet:
        'The request comes in the chronic phase of the injury with no new flare after a symptom-free period documented, and the guideline does not recommend corticosteroids for chronic pain',
      asRequirement: 'The acute phase of the injury, or a new flare after a symptom-free period',
      citation: STEROIDS,
      required: true,
      condition: anyOf(
        atMost('case.daysFromInjuryToRequest', 90, 'days', 'a request within 3 months of the injury'),
        isTrue('item.facts.flareUp', 'a new flare after a symptom-free period'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of a new flare or injury after a symptom-free period',
        label: 'acute phase',
      },
      confirmed: false,
      confirmationNote: STEROIDS_NOTE,
    }),
    defineCriterion({
      id: 'steroid-risks-discussed',
      statement:
        'The risks of corticosteroids, and the limited benefit research shows, were discussed with the worker.',
      whenNotMet: 'The records do not show that the risks and the limited benefit were discussed (advisory)',
      citation: STEROIDS,
      required: false,
      condition: JUDGMENT,
      extraFieldPaths: ['medication', 'review.criteria'],
      confirmed: false,
      confirmationNote: STEROIDS_NOTE,
    }),
  ],
});

const VITAMINS_TOPIC = 'Vitamins (B vitamins, vitamin D)';
const VITAMINS = odg('Pain', VITAMINS_TOPIC);

export const VITAMIN: GuidelineSet = odgTopicSet({
  id: 'odg-pain-vitamins',
  title: `Pain, ${VITAMINS_TOPIC}`,
  citation: VITAMINS,
  topic: VITAMINS_TOPIC,
  services: ['vitamin'],
  requestNoun: 'medication',
  criteria: [
    defineCriterion({
      id: 'vitamin-deficiency-documented',
      statement:
        'Vitamins (B vitamins, vitamin D), by mouth or injection, are not recommended for pain; the records must show a deficiency of the vitamin on a blood test.',
      whenNotMet:
        'The records do not show a deficiency of the vitamin on testing, and the guideline does not recommend vitamins for the treatment of pain',
      asRequirement: 'A deficiency of the vitamin documented by a blood test',
      citation: VITAMINS,
      required: true,
      condition: isTrue('item.facts.vitaminDeficiencyDocumented', 'a deficiency documented by a blood test'),
      wouldMeet: {
        kind: 'documentation',
        text: 'A laboratory result showing a deficiency of the vitamin requested',
        label: 'deficiency on testing',
      },
      confirmed: false,
      confirmationNote: notInCatalogue(`ODG Pain, ${VITAMINS_TOPIC}`),
    }),
  ],
});

export const CORTICOSTEROID_AND_VITAMIN_SETS: GuidelineSet[] = [ORAL_CORTICOSTEROID, VITAMIN];
