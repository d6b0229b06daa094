/**
 * Implantable drug-delivery systems (intrathecal pain pumps), CPMTG 2009 pp. 52-54 with the
 * psychological evaluation before one (p. 101), and the 2016 sections of those names: an end-stage
 * option for selected workers with non-malignant pain. Every condition is required: at least 6
 * months of less invasive care that failed, intractable pain from a disease with objective pathology
 * and no contraindication (the reviewer's judgment), no further surgery indicated, a psychological
 * evaluation that clears the worker, and a permanent pump only after a temporary trial that worked.
 * Not in the research catalogue: written from the usual reading (unconfirmed). A refill or
 * reprogramming of a pump in place is not judged here.
 */
import type { Criterion, GuidelineCitation, GuidelineSet } from '../guideline-schema';
import { atLeast, cpmtg2009, cpmtg2016, defineCriterion, isFalse, isTrue, JUDGMENT } from './common';
import { cpmtgSetBase, notInCatalogue } from './procedure-common';
import { IMPLANT_PSYCH_EVALUATION, permanentImplantOnly } from './spinal-cord-stimulator';

const SECTION = 'Implantable drug-delivery systems (IDDSs)';
const PERMANENT = permanentImplantOnly('pump');

const iddsCriteria = (
  citation: GuidelineCitation,
  psychCitation: GuidelineCitation,
  note: string,
): Criterion[] => [
  defineCriterion({
    id: 'idds-six-months-care',
    statement:
      'At least 6 months of less invasive treatment (medication, therapy, psychological care or surgery) came first.',
    whenNotMet: 'The records show less than 6 months of less invasive treatment before the pump',
    asRequirement: 'At least 6 months (26 weeks) of less invasive treatment',
    citation,
    required: true,
    condition: atLeast(
      'item.facts.conservativeCareWeeks',
      26,
      'weeks',
      'at least 6 months of less invasive care',
    ),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of the less invasive treatment and how long it lasted',
      label: '6 months of care',
    },
    confirmed: false,
    confirmationNote: note,
  }),
  defineCriterion({
    id: 'idds-less-invasive-failed',
    statement: 'That less invasive treatment failed.',
    whenNotMet: 'The records do not show that less invasive treatment failed',
    citation,
    required: true,
    condition: isTrue('item.facts.conservativeCareFailed', 'less invasive treatment that failed'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of the treatment tried and how it failed',
      label: 'less invasive care failed',
    },
    confirmed: false,
    confirmationNote: note,
  }),
  defineCriterion({
    id: 'idds-objective-pathology',
    statement:
      'The pain is intractable and comes from a disease with objective pathology in the records, and nothing (such as an infection or a bleeding disorder) rules the implant out.',
    whenNotMet:
      'The records do not show intractable pain from a disease with objective pathology, free of contraindications to an implant',
    citation,
    required: true,
    condition: JUDGMENT,
    extraFieldPaths: ['injury.diagnoses', 'review.criteria'],
    confirmed: false,
    confirmationNote: note,
  }),
  defineCriterion({
    id: 'idds-no-further-surgery',
    statement: 'Further surgery or other treatment is not indicated or not likely to work.',
    whenNotMet: 'The records show the worker is still a candidate for surgery',
    asRequirement: 'Not a candidate for further surgery',
    citation,
    required: true,
    condition: isFalse('item.facts.surgicalCandidate', 'no further surgery indicated'),
    wouldMeet: {
      kind: 'documentation',
      text: 'A surgeon or treating physician stating that further surgery is not indicated',
      label: 'no further surgery',
    },
    confirmed: false,
    confirmationNote: note,
  }),
  defineCriterion({
    id: 'idds-psych-evaluation',
    statement:
      'A psychological evaluation found the pain not primarily psychological and the worker likely to benefit from the pump.',
    whenNotMet: 'The records do not show a psychological evaluation that cleared the worker for the pump',
    citation: psychCitation,
    required: true,
    condition: isTrue('item.facts.psychClearanceDone', 'a psychological evaluation that cleared the worker'),
    wouldMeet: {
      kind: 'documentation',
      text: 'A psychological evaluation that clears the worker for the pump',
      label: 'psychological evaluation',
    },
    confirmed: false,
    confirmationNote: note,
  }),
  defineCriterion({
    id: 'idds-successful-trial',
    statement: 'A permanent pump follows a temporary spinal trial that relieved at least half of the pain.',
    whenNotMet: 'The records do not show a temporary trial that relieved at least half of the pain',
    citation,
    required: true,
    condition: isTrue('item.facts.functionalImprovementAfterPrior', 'a trial that worked'),
    appliesWhen: PERMANENT,
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of the trial and the pain relief it gave (50-70% or more)',
      label: 'successful trial',
    },
    confirmed: false,
    confirmationNote: note,
  }),
];

const base = {
  services: ['intrathecal_pump'] as GuidelineSet['services'],
  requestNoun: 'request',
  decisionRule: { kind: 'all_required' } as const,
  note: 'A trial comes before any permanent pump; a request that does not say which is judged as the trial.',
};

export const IDDS_2009: GuidelineSet = {
  ...cpmtgSetBase('2009', 'implantable-drug-delivery', SECTION),
  ...base,
  criteria: iddsCriteria(
    cpmtg2009(SECTION, '52-54'),
    IMPLANT_PSYCH_EVALUATION[2009],
    notInCatalogue('CPMTG 2009 pp. 52-54 and 101'),
  ),
};

export const IDDS_2016: GuidelineSet = {
  ...cpmtgSetBase('2016', 'implantable-drug-delivery', SECTION),
  ...base,
  criteria: iddsCriteria(
    cpmtg2016(SECTION),
    IMPLANT_PSYCH_EVALUATION[2016],
    notInCatalogue(`the 2016 CPMTG section "${SECTION}"`),
  ),
};

export const IDDS_SETS: GuidelineSet[] = [IDDS_2009, IDDS_2016];
