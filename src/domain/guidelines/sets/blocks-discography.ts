/**
 * Two procedures the research catalogue does not cover, written from the usual reading of the MTUS
 * (unconfirmed):
 * - sympathetic blocks (stellate ganglion, thoracic or lumbar sympathetic), CPMTG 2009 pp. 103-104
 *   and the 2016 section "Regional sympathetic blocks": limited to complex regional pain syndrome
 *   (CRPS), as an adjunct that lets the worker take part in active therapy;
 * - discography, ACOEM 2004 Low Back Complaints pp. 304-305: its evidence is weak, and when it is
 *   considered at all it is kept for back pain of 3 months or more after failed conservative care,
 *   a satisfactory psychosocial assessment, a surgical candidate, and a worker told the risks.
 */
import type { GuidelineCitation, GuidelineSet } from '../guideline-schema';
import { atLeast, cpmtg2009, cpmtg2016, defineCriterion, isTrue, JUDGMENT } from './common';
import {
  ACOEM_2004_PERIOD,
  acoem2004,
  acoemLetterLine,
  cpmtgSetBase,
  notInCatalogue,
} from './procedure-common';

// ---------- sympathetic blocks ----------

const SYMPATHETIC_SECTION = 'Regional sympathetic blocks';

const sympatheticCriteria = (citation: GuidelineCitation) => {
  const note = notInCatalogue(
    `the MTUS Chronic Pain guideline, ${SYMPATHETIC_SECTION}${citation.pages ? `, pp. ${citation.pages}` : ''}`,
  );
  return [
    defineCriterion({
      id: 'sympathetic-block-crps',
      statement:
        'Sympathetic blocks are limited to the diagnosis and treatment of complex regional pain syndrome (CRPS).',
      whenNotMet:
        'The diagnoses do not include complex regional pain syndrome, the condition the blocks are limited to',
      asRequirement: 'Complex regional pain syndrome (CRPS) is diagnosed',
      citation,
      required: true,
      condition: isTrue('case.crpsDiagnosed', 'complex regional pain syndrome (CRPS)'),
      wouldMeet: {
        kind: 'documentation',
        text: 'A diagnosis of complex regional pain syndrome (CRPS)',
        label: 'CRPS',
      },
      confirmed: false,
      confirmationNote: note,
    }),
    defineCriterion({
      id: 'sympathetic-block-adjunct',
      statement: 'The block serves as an adjunct that lets the worker take part in active therapy.',
      whenNotMet: 'The records do not show the block as an adjunct to active therapy',
      asRequirement: 'The block is an adjunct to active therapy',
      citation,
      required: true,
      condition: isTrue('item.facts.adjunctToActiveTherapy', 'an adjunct to active therapy'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation that the block goes with an active therapy or home program',
        label: 'adjunct to therapy',
      },
      confirmed: false,
      confirmationNote: note,
    }),
  ];
};

const sympatheticBase = {
  services: ['sympathetic_block'] as GuidelineSet['services'],
  requestNoun: 'injection',
  decisionRule: { kind: 'all_required' } as const,
};

export const SYMPATHETIC_BLOCK_2009: GuidelineSet = {
  ...cpmtgSetBase('2009', 'sympathetic-blocks', SYMPATHETIC_SECTION),
  ...sympatheticBase,
  criteria: sympatheticCriteria(cpmtg2009(SYMPATHETIC_SECTION, '103-104')),
};

export const SYMPATHETIC_BLOCK_2016: GuidelineSet = {
  ...cpmtgSetBase('2016', 'sympathetic-blocks', SYMPATHETIC_SECTION),
  ...sympatheticBase,
  criteria: sympatheticCriteria(cpmtg2016(SYMPATHETIC_SECTION)),
};

// ---------- discography ----------

const DISCOGRAPHY = acoem2004('Low Back Complaints', 'Special Studies', '304-305');
const DISCOGRAPHY_NOTE = notInCatalogue('ACOEM 2004 Low Back Complaints, discography (pp. 304-305)');

export const DISCOGRAPHY_2004: GuidelineSet = {
  id: 'acoem-2004-discography',
  title: 'MTUS Low Back Complaints (ACOEM 2004): Discography',
  guideline: 'MTUS Low Back Complaints',
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['discography'],
  letterLine: acoemLetterLine('Low Back Complaints'),
  requestNoun: 'study',
  decisionRule: { kind: 'all_required' },
  criteria: [
    defineCriterion({
      id: 'disco-pain-3-months',
      statement: 'Back pain has lasted at least 3 months.',
      whenNotMet: 'The back pain has lasted less than the 3 months the guideline expects before discography',
      asRequirement: 'Back pain of at least 3 months',
      citation: DISCOGRAPHY,
      required: true,
      condition: atLeast('case.monthsFromInjuryToRequest', 3, 'months', 'back pain of at least 3 months'),
      wouldMeet: { kind: 'documentation', text: 'Back pain of at least 3 months', label: 'duration' },
      confirmed: false,
      confirmationNote: DISCOGRAPHY_NOTE,
    }),
    defineCriterion({
      id: 'disco-conservative-care-failed',
      statement: 'The recommended conservative treatment has failed.',
      whenNotMet: 'The records do not show the recommended conservative treatment failed',
      asRequirement: 'Failed conservative treatment',
      citation: DISCOGRAPHY,
      required: true,
      condition: isTrue('item.facts.conservativeCareFailed', 'failed conservative treatment'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation that the recommended conservative treatment failed',
        label: 'failed care',
      },
      confirmed: false,
      confirmationNote: DISCOGRAPHY_NOTE,
    }),
    defineCriterion({
      id: 'disco-psychosocial-assessment',
      statement:
        'A detailed psychosocial assessment was satisfactory (in workers with emotional and chronic pain problems, discography has been linked to long-lasting back pain afterwards).',
      whenNotMet: 'The records do not show a satisfactory detailed psychosocial assessment',
      asRequirement: 'A satisfactory detailed psychosocial assessment',
      citation: DISCOGRAPHY,
      required: true,
      condition: isTrue('item.facts.psychosocialAssessmentDone', 'a satisfactory psychosocial assessment'),
      wouldMeet: {
        kind: 'documentation',
        text: 'A detailed psychosocial assessment with satisfactory results',
        label: 'psychosocial assessment',
      },
      confirmed: false,
      confirmationNote: DISCOGRAPHY_NOTE,
    }),
    defineCriterion({
      id: 'disco-surgical-candidate',
      statement: 'The worker is a candidate for surgery (a fusion is a realistic consideration).',
      whenNotMet: 'The records do not show the worker is a candidate for surgery',
      asRequirement: 'A candidate for surgery',
      citation: DISCOGRAPHY,
      required: true,
      condition: isTrue('item.facts.surgeryConsidered', 'a candidate for surgery'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation that surgery is planned or considered and acceptable to the worker',
        label: 'surgical candidate',
      },
      confirmed: false,
      confirmationNote: DISCOGRAPHY_NOTE,
    }),
    defineCriterion({
      id: 'disco-briefed-on-risks',
      statement: 'The worker has been told the risks and benefits of discography and of surgery.',
      whenNotMet:
        'The records do not show the worker was told the risks and benefits of discography and surgery',
      citation: DISCOGRAPHY,
      required: true,
      condition: JUDGMENT,
      extraFieldPaths: ['reports', 'review.criteria'],
      confirmed: false,
      confirmationNote: DISCOGRAPHY_NOTE,
    }),
  ],
};

export const BLOCK_AND_DISCOGRAPHY_SETS: GuidelineSet[] = [
  SYMPATHETIC_BLOCK_2009,
  SYMPATHETIC_BLOCK_2016,
  DISCOGRAPHY_2004,
];
