/**
 * Spinal cord stimulators: CPMTG 2009 pp. 105-107 ("Spinal cord stimulators (SCS)") with the
 * psychological evaluation before a trial (p. 101), and the 2016 section of the same name. Only for
 * the listed conditions, after less invasive care failed, after a psychological evaluation, and a
 * permanent implant only after a trial that worked. Not in the catalogue (no 2016-17 letter decides
 * a stimulator), so every rule is unconfirmed.
 */
import type { Criterion, GuidelineCitation, GuidelineSet } from '../guideline-schema';
import { cpmtg2009, cpmtg2016, defineCriterion, isTrue } from './common';
import { cpmtgSetBase, notInCatalogue } from './procedure-common';

const SECTION = 'Spinal cord stimulators (SCS)';

/** A criterion for the permanent implant only (a stimulator or a pump), not for its trial. */
export const permanentImplantOnly = (implant: string) => ({
  condition: isTrue('item.facts.permanentImplant', 'a permanent implant'),
  description: `applies to a permanent ${implant}, not to the trial`,
});

/** The psychological evaluation before a stimulator or a pump, in each edition. */
export const IMPLANT_PSYCH_EVALUATION = {
  2009: cpmtg2009('Psychological evaluations, IDDS & SCS', '101'),
  2016: cpmtg2016(
    'Psychological evaluations, IDDS & SCS (intrathecal drug delivery systems & spinal cord stimulators)',
  ),
} as const;

const PERMANENT = permanentImplantOnly('implant');

const scsCriteria = (
  citation: GuidelineCitation,
  psychCitation: GuidelineCitation,
  note: string,
): Criterion[] => [
  defineCriterion({
    id: 'scs-indication',
    statement:
      'The condition is one a stimulator is indicated for: failed back surgery syndrome (pain after at least one back operation), CRPS, post-amputation or post-herpetic pain, spinal cord injury, multiple sclerosis or vascular disease.',
    whenNotMet:
      'The records do not show a condition a stimulator is indicated for (failed back surgery syndrome, CRPS, post-amputation or post-herpetic pain, spinal cord injury, multiple sclerosis or vascular disease)',
    citation,
    required: true,
    condition: isTrue('item.facts.scsIndication', 'a condition a stimulator is indicated for'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of failed back surgery syndrome, CRPS or another listed condition',
      label: 'listed condition',
    },
    confirmed: false,
    confirmationNote: note,
  }),
  defineCriterion({
    id: 'scs-less-invasive-failed',
    statement: 'Less invasive treatment failed or cannot be used.',
    whenNotMet: 'The records do not show that less invasive treatment failed or cannot be used',
    citation,
    required: true,
    condition: isTrue('item.facts.conservativeCareFailed', 'less invasive treatment that failed'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of the less invasive treatment tried and how it failed',
      label: 'less invasive care first',
    },
    confirmed: false,
    confirmationNote: note,
  }),
  defineCriterion({
    id: 'scs-psych-evaluation',
    statement: 'A psychological evaluation before the trial cleared the worker for the stimulator.',
    whenNotMet:
      'The records do not show a psychological evaluation that cleared the worker for the stimulator',
    citation: psychCitation,
    required: true,
    condition: isTrue('item.facts.psychClearanceDone', 'a psychological evaluation that cleared the worker'),
    wouldMeet: {
      kind: 'documentation',
      text: 'A psychological evaluation that clears the worker for the stimulator',
      label: 'psychological evaluation',
    },
    confirmed: false,
    confirmationNote: note,
  }),
  defineCriterion({
    id: 'scs-successful-trial',
    statement: 'A permanent implant follows a temporary trial that worked.',
    whenNotMet:
      'The records do not show a temporary trial that worked, which a permanent implant must follow',
    citation,
    required: true,
    condition: isTrue('item.facts.functionalImprovementAfterPrior', 'a trial that worked'),
    appliesWhen: PERMANENT,
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of the trial and the pain relief and function it gave',
      label: 'successful trial',
    },
    confirmed: false,
    confirmationNote: note,
  }),
];

const base = {
  services: ['spinal_cord_stimulator'] as GuidelineSet['services'],
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' } as const,
  note: 'A trial comes before any permanent implant; a request that does not say which is judged as the trial.',
};

export const SCS_2009: GuidelineSet = {
  ...cpmtgSetBase('2009', 'spinal-cord-stimulator', SECTION),
  ...base,
  criteria: scsCriteria(
    cpmtg2009(SECTION, '105-107'),
    IMPLANT_PSYCH_EVALUATION[2009],
    notInCatalogue('CPMTG 2009 pp. 101 and 105-107'),
  ),
};

export const SCS_2016: GuidelineSet = {
  ...cpmtgSetBase('2016', 'spinal-cord-stimulator', SECTION),
  ...base,
  criteria: scsCriteria(
    cpmtg2016(SECTION),
    IMPLANT_PSYCH_EVALUATION[2016],
    notInCatalogue(`the 2016 CPMTG section "${SECTION}"`),
  ),
};

export const SCS_SETS: GuidelineSet[] = [SCS_2009, SCS_2016];
