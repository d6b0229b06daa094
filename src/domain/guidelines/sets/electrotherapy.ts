/**
 * Electrotherapy units other than TENS, requested as a "TENS unit" service with the kind of unit
 * named (CPMTG 2009 pp. 117-121; 2016 sections of the same names). None is a treatment on its own:
 * - interferential current stimulation: with return to work, exercise and medication, for pain
 *   medication does not control (or post-operative pain that limits therapy, or pain unresponsive to
 *   conservative care); a one-month trial before a purchase;
 * - H-wave: a one-month home trial as an adjunct to functional restoration, for diabetic neuropathic
 *   pain or chronic soft-tissue inflammation, only after physical therapy, medication and TENS;
 * - NMES / EMS units: not recommended for pain (post-stroke rehabilitation), as the modality is.
 * Not in the catalogue (no 2016-17 letter decides such a unit), so unconfirmed, except the NMES rule
 * the letters apply to EMS (CM17-0005344).
 */
import type { Criterion, GuidelineCitation, GuidelineSet } from '../guideline-schema';
import type { StimulationUnit } from '../vocabularies';
import { allOf, anyOf, atMost, cpmtg2009, cpmtg2016, defineCriterion, isTrue, oneOf, reCite } from './common';
import { PURCHASE, RENTAL } from './dme';
import { NMES_SECTION, nmesCriterion } from './physical-medicine';
import { cpmtgSetBase, notInCatalogue } from './procedure-common';

/** The one-month trial every unit starts with, and the purchase that must follow a trial that helped. */
const trialCriteria = (unit: string, citation: GuidelineCitation, note: string): Criterion[] => [
  defineCriterion({
    id: 'unit-rental-or-purchase',
    statement: `The request states whether the ${unit} unit is rented (for the trial) or purchased (after it).`,
    whenNotMet: `The request does not state whether the ${unit} unit is rented for a trial or purchased`,
    citation,
    required: true,
    condition: oneOf('item.rentalOrPurchase', ['rental', 'purchase'], 'a rental or a purchase'),
    wouldMeet: { kind: 'request', text: 'stating rental or purchase', label: 'rental or purchase' },
    confirmed: false,
    confirmationNote: note,
  }),
  defineCriterion({
    id: 'unit-rental-trial',
    statement: 'A rental is a trial of one month at most.',
    whenNotMet: 'The rental requested runs longer than the one-month trial the guideline allows',
    citation,
    required: true,
    condition: atMost('item.facts.rentalDays', 30, 'days', 'a trial of up to one month (30 days)'),
    appliesWhen: RENTAL,
    wouldMeet: { kind: 'request', text: 'for a rental trial of up to 30 days', label: 'one-month trial' },
    confirmed: false,
    confirmationNote: note,
  }),
  defineCriterion({
    id: 'unit-purchase-after-trial',
    statement: 'A purchase follows a one-month trial that improved function and reduced pain and medication.',
    whenNotMet:
      'The records do not show a one-month trial of the unit that improved function and reduced pain and medication use',
    citation,
    required: true,
    condition: isTrue('item.facts.functionalImprovementAfterPrior', 'a trial that improved function'),
    appliesWhen: PURCHASE,
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of a one-month trial with better function and less pain and medication',
      label: 'successful trial',
    },
    confirmed: false,
    confirmationNote: note,
  }),
];

interface UnitSpec {
  unit: StimulationUnit;
  slug: string;
  section: string;
  pages: string;
  criteria: (citation: GuidelineCitation, note: string) => Criterion[];
}

/** The 2009 and 2016 sets of one kind of unit: chosen only when the request names that kind. */
function unitSets({ unit, slug, section, pages, criteria }: UnitSpec): [GuidelineSet, GuidelineSet] {
  const base = {
    services: ['tens'] as GuidelineSet['services'],
    appliesOnlyWhen: oneOf('item.stimulationUnit', [unit]),
    requestNoun: 'unit',
    decisionRule: { kind: 'all_required' } as const,
  };
  const note2009 = `${notInCatalogue(`CPMTG 2009 pp. ${pages}`)}`;
  const note2016 = notInCatalogue(`the 2016 CPMTG section "${section}"`);
  return [
    {
      ...cpmtgSetBase('2009', slug, section),
      ...base,
      criteria: criteria(cpmtg2009(section, pages), note2009),
    },
    { ...cpmtgSetBase('2016', slug, section), ...base, criteria: criteria(cpmtg2016(section), note2016) },
  ];
}

export const [INTERFERENTIAL_2009, INTERFERENTIAL_2016] = unitSets({
  unit: 'interferential',
  slug: 'interferential',
  section: 'Interferential current stimulation (ICS)',
  pages: '118-120',
  criteria: (citation, note) => [
    defineCriterion({
      id: 'ics-not-alone',
      statement:
        'Interferential stimulation is not a treatment on its own: it goes with return to work, exercise and medication.',
      whenNotMet:
        'The unit is not requested with return to work, exercise and medication, and the guideline does not support interferential stimulation as an isolated treatment',
      asRequirement: 'The unit is used with return to work, exercise and medication',
      citation,
      required: true,
      condition: isTrue(
        'item.facts.adjunctToActiveTherapy',
        'use with return to work, exercise and medication',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of the exercise, work and medication plan the unit supports',
        label: 'not on its own',
      },
      confirmed: false,
      confirmationNote: note,
    }),
    defineCriterion({
      id: 'ics-selection',
      statement:
        'Pain is not controlled otherwise: medication lost its effect or is not tolerated (or a history of substance abuse), post-operative pain limits therapy, or pain did not respond to conservative care.',
      whenNotMet:
        'The records do not show pain that medication or conservative care fails to control, or post-operative pain that limits therapy',
      asRequirement:
        'Pain that medication (lost effect, not tolerated) or conservative care fails to control, or post-operative pain that limits therapy',
      citation,
      required: true,
      condition: anyOf(
        isTrue(
          'item.facts.medicationReducedOrNotTolerated',
          'medication that lost effect or is not tolerated',
        ),
        isTrue('item.facts.postoperative', 'post-operative pain that limits therapy'),
        isTrue('item.facts.conservativeCareFailed', 'pain unresponsive to conservative care'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation that medication or conservative care does not control the pain',
        label: 'pain not controlled',
      },
      confirmed: false,
      confirmationNote: note,
    }),
    ...trialCriteria('interferential', citation, note),
  ],
});

export const [H_WAVE_2009, H_WAVE_2016] = unitSets({
  unit: 'h_wave',
  slug: 'h-wave',
  section: 'H-wave stimulation (HWT)',
  pages: '117-118',
  criteria: (citation, note) => [
    defineCriterion({
      id: 'hwave-adjunct-to-restoration',
      statement:
        'H-wave is not a treatment on its own: a home trial is an adjunct to an evidence-based functional restoration program.',
      whenNotMet:
        'The unit is not requested as an adjunct to a functional restoration program, and the guideline does not support H-wave as an isolated treatment',
      asRequirement: 'The unit is an adjunct to an evidence-based functional restoration program',
      citation,
      required: true,
      condition: isTrue('item.facts.adjunctToActiveTherapy', 'use as an adjunct to functional restoration'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of the functional restoration program the unit supports',
        label: 'adjunct to restoration',
      },
      confirmed: false,
      confirmationNote: note,
    }),
    defineCriterion({
      id: 'hwave-after-tens',
      statement: 'Conservative care failed first: physical therapy, medication and a TENS trial.',
      whenNotMet:
        'The records do not show that physical therapy, medication and a TENS trial were tried first and failed',
      citation,
      required: true,
      condition: allOf(
        isTrue('item.facts.conservativeCareFailed', 'physical therapy and medication that failed'),
        isTrue('item.facts.tensTrialCompleted', 'a TENS trial first'),
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of failed physical therapy and medication and a TENS trial',
        label: 'care and TENS first',
      },
      confirmed: false,
      confirmationNote: note,
    }),
    defineCriterion({
      id: 'hwave-condition',
      statement: 'The condition is diabetic neuropathic pain or chronic soft-tissue inflammation.',
      whenNotMet:
        'The records do not show diabetic neuropathic pain or chronic soft-tissue inflammation, the conditions the guideline gives for H-wave',
      citation,
      required: true,
      // A diagnosis of tendinitis, bursitis or the like, or of diabetic neuropathy, names the condition.
      condition: {
        kind: 'judgment',
        settledBy: isTrue(
          'case.hwaveConditionDiagnosed',
          'chronic soft-tissue inflammation or diabetic neuropathy in the diagnoses',
        ),
      },
      extraFieldPaths: ['reports', 'review.criteria'],
      confirmed: false,
      confirmationNote: note,
    }),
    ...trialCriteria('H-wave', citation, note),
  ],
});

export const [NMES_UNIT_2009, NMES_UNIT_2016] = unitSets({
  unit: 'nmes',
  slug: 'nmes-unit',
  section: NMES_SECTION,
  pages: '121',
  criteria: (citation, note) => [
    reCite(
      nmesCriterion(citation, note, 'facts.stimulationUnit'),
      citation,
      citation.edition === '2016',
      citation.edition === '2016'
        ? 'Partly confirmed (confirmed catalogue 5.2): CM17-0005344 calls EMS "not a primary modality"; the section name is our reading.'
        : note,
    ),
  ],
});

export const ELECTROTHERAPY_UNIT_SETS: GuidelineSet[] = [
  INTERFERENTIAL_2009,
  INTERFERENTIAL_2016,
  H_WAVE_2009,
  H_WAVE_2016,
  NMES_UNIT_2009,
  NMES_UNIT_2016,
];
