/**
 * Sacroiliac joint blocks, ODG Hip & Pelvis (the MTUS chapters do not set criteria for them, so the
 * letters reach ODG). Not in the research catalogue: written from the usual reading of ODG's
 * criteria for the first block (unconfirmed). Not encoded: the repeat-block rules (80% diagnostic
 * response; at least 70% relief for 6 weeks before a therapeutic repeat, at most 4 a year) and the
 * same-day rule with spinal injections; a reviewer who applies them overrides with a note.
 */
import type { GuidelineSet } from '../guideline-schema';
import { atLeast, defineCriterion, isTrue, JUDGMENT, odg } from './common';
import { notInCatalogue, odgTopicSet } from './procedure-common';

const TOPIC = 'Sacroiliac joint blocks';
const CITATION = odg('Hip & Pelvis', TOPIC);
const NOTE = notInCatalogue(`ODG Hip & Pelvis, ${TOPIC}`);

export const SI_JOINT_BLOCK: GuidelineSet = odgTopicSet({
  id: 'odg-sacroiliac-joint-blocks',
  title: `Hip & Pelvis, ${TOPIC}`,
  citation: CITATION,
  topic: TOPIC,
  services: ['si_joint_injection'],
  requestNoun: 'injection',
  criteria: [
    defineCriterion({
      id: 'si-exam-findings',
      statement:
        'The history and examination point to the sacroiliac joint, with at least 3 positive exam findings (provocation tests).',
      whenNotMet: 'The examination records fewer than 3 positive sacroiliac joint findings',
      asRequirement: 'At least 3 positive sacroiliac joint exam findings',
      citation: CITATION,
      required: true,
      condition: atLeast(
        'item.facts.siExamFindingsPositive',
        3,
        'findings',
        'at least 3 positive sacroiliac joint exam findings',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'An examination with at least 3 positive sacroiliac joint provocation tests',
        label: 'exam findings',
      },
      confirmed: false,
      confirmationNote: NOTE,
    }),
    defineCriterion({
      id: 'si-other-pain-generators',
      statement: 'The work-up has first addressed the other possible sources of the pain.',
      whenNotMet: 'The records do not show the other possible sources of the pain addressed first',
      citation: CITATION,
      required: true,
      condition: JUDGMENT,
      extraFieldPaths: ['reports', 'review.criteria'],
      confirmed: false,
      confirmationNote: NOTE,
    }),
    defineCriterion({
      id: 'si-conservative-care-weeks',
      statement:
        'At least 4-6 weeks of aggressive conservative care (therapy, home exercise, medication) came first.',
      whenNotMet:
        'The request comes before the 4-6 weeks of aggressive conservative care the guideline expects',
      asRequirement: 'At least 4 weeks of aggressive conservative care',
      citation: CITATION,
      required: true,
      condition: atLeast(
        'item.facts.conservativeCareWeeks',
        4,
        'weeks',
        'at least 4 weeks of aggressive conservative care',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of at least 4-6 weeks of therapy, home exercise and medication',
        label: 'conservative care',
      },
      confirmed: false,
      confirmationNote: NOTE,
    }),
    defineCriterion({
      id: 'si-conservative-care-failed',
      statement: 'That conservative care failed.',
      whenNotMet: 'The records do not show the conservative care failed',
      asRequirement: 'Conservative care tried without adequate improvement',
      citation: CITATION,
      required: true,
      condition: isTrue(
        'item.facts.conservativeCareFailed',
        'conservative care tried without adequate improvement',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation that the conservative care failed',
        label: 'failed care',
      },
      confirmed: false,
      confirmationNote: NOTE,
    }),
    defineCriterion({
      id: 'si-fluoroscopy',
      statement:
        'The block is done under fluoroscopy (advisory: requests rarely say, and it decides nothing alone).',
      whenNotMet: 'The request does not say the block will be done under fluoroscopy (advisory)',
      asRequirement: 'The block is done under fluoroscopy (advisory)',
      citation: CITATION,
      required: false,
      condition: isTrue('item.facts.fluoroscopyGuided', 'fluoroscopic guidance'),
      wouldMeet: { kind: 'request', text: 'under fluoroscopic guidance', label: 'fluoroscopy' },
      confirmed: false,
      confirmationNote: NOTE,
    }),
  ],
});
