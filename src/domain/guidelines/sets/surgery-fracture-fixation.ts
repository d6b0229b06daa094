/**
 * Fracture fixation (an open reduction and internal fixation, pins or a nail) of the wrist and hand
 * or the ankle and foot, ACOEM 2004 Ch. 11 and Ch. 14, Surgical Considerations: surgery is for a
 * lesion shown on imaging to benefit from repair. For a fracture that is one displaced or unstable,
 * one that lost its closed reduction, one stepped at the joint, or one that is not healing; a
 * minimally displaced fracture healing in a cast or a boot is treated closed. Not in the research
 * catalogue: written from the chapters and the usual reading (unconfirmed). Chosen before the
 * region's surgery set by the operation the request names.
 */
import type { GuidelineSet } from '../guideline-schema';
import { allOf, defineCriterion, isTrue } from './common';
import {
  ACOEM_2004_PERIOD,
  type AcoemChapter,
  acoem2004,
  acoemLetterLine,
  inRegion,
  notInCatalogue,
} from './procedure-common';

const fixationSet = (
  id: string,
  chapter: Extract<AcoemChapter, 'Forearm, Wrist, and Hand Complaints' | 'Ankle and Foot Complaints'>,
  region: 'forearm_wrist_hand' | 'ankle_foot',
): GuidelineSet => {
  const citation = acoem2004(chapter, 'Surgical Considerations');
  return {
    id,
    title: `MTUS ${chapter} (ACOEM 2004): Fracture fixation`,
    guideline: `MTUS ${chapter}`,
    edition: '2004',
    ...ACOEM_2004_PERIOD,
    services: ['surgery'],
    appliesOnlyWhen: allOf(
      isTrue('item.requestNamesFractureFixation', 'a fracture fixation (ORIF, pins or a nail)'),
      inRegion(region),
    ),
    letterLine: acoemLetterLine(chapter),
    requestNoun: 'surgery',
    decisionRule: { kind: 'all_required' },
    criteria: [
      defineCriterion({
        id: 'fixation-fracture-indication',
        statement:
          'Surgery is for a lesion imaging shows will benefit from repair: a fracture displaced or unstable, one that lost its closed reduction, one with a step-off at the joint, or one that is not healing. A minimally displaced fracture healing in a cast or boot is treated closed.',
        whenNotMet:
          'The records do not show a fracture that is displaced or unstable, lost its reduction, has a joint step-off or is not healing, and a minimally displaced fracture healing in a cast or boot is treated closed',
        asRequirement:
          'The fracture is displaced or unstable, lost its reduction, has a joint step-off, or is not healing',
        citation,
        required: true,
        condition: isTrue(
          'item.facts.fractureNeedsFixation',
          'a fracture displaced or unstable, out of its reduction, stepped at the joint or not healing',
        ),
        wouldMeet: {
          kind: 'documentation',
          text: 'Imaging that shows the displacement, instability, lost reduction, step-off or failure to heal',
          label: 'fixation indication',
        },
        confirmed: false,
        confirmationNote: notInCatalogue(`ACOEM 2004 ${chapter}, Surgical Considerations (fractures)`),
      }),
    ],
  };
};

export const FRACTURE_FIXATION_SETS: GuidelineSet[] = [
  fixationSet(
    'acoem-2004-wrist-hand-fracture-fixation',
    'Forearm, Wrist, and Hand Complaints',
    'forearm_wrist_hand',
  ),
  fixationSet('acoem-2004-ankle-foot-fracture-fixation', 'Ankle and Foot Complaints', 'ankle_foot'),
];
