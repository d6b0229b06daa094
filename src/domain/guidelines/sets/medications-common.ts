/**
 * Shared pieces of the medication sets: edition periods, citations, the letter lines, the
 * confirmation notes and the rules several drug classes share (a compounded kit needs a reason, the
 * request states the strength, the drug is judged on the request date). Catalogue:
 * guideline-criteria.md 3.6, 3.7, 3.11; confirmed catalogue section 3 (wins where they differ).
 */
import type { CoverageNote, Criterion, GuidelineCitation, GuidelineSet } from '../guideline-schema';
import { AS_SUBMITTED_CITATION, anyOf, asSubmittedNote, defineCriterion, isTrue, odg } from './common';

export const PERIOD_2009 = { effectiveFrom: '2009-07-18', effectiveTo: '2016-07-29' } as const;
export const PERIOD_2016 = { effectiveFrom: '2016-07-29', effectiveTo: '2017-12-01' } as const;

export const CPMTG_GUIDELINE = 'MTUS Chronic Pain Medical Treatment Guidelines';
export const OPIOID_GUIDELINE = 'MTUS Opioid Treatment Guidelines';

export const LINE_CPMTG_2009: GuidelineSet['letterLine'] = {
  name: 'MTUS Chronic Pain Medical Treatment Guidelines (2009)',
  style: 'pages',
};
export const LINE_CPMTG_2016: GuidelineSet['letterLine'] = {
  name: 'MTUS Chronic Pain Medical Treatment 2016',
  style: 'sections',
};
export const LINE_OPIOID_2016: GuidelineSet['letterLine'] = {
  name: 'MTUS Opioid Treatment 2016',
  style: 'sections',
};

/** The 2016 DWC Opioid Treatment Guidelines (8 CCR 9792.24.4), cited by numbered section. */
export const opioid2016 = (section: string): GuidelineCitation => ({
  guideline: OPIOID_GUIDELINE,
  edition: '2016',
  section,
});

export const ODG_UDT: GuidelineCitation = odg('Pain', 'Urine drug testing (frequency by risk)');

export const PAGES_UNCONFIRMED =
  'Unconfirmed [U]: 2009 page citation from the catalogue; no 2016-17 letter prints a CPMTG page.';
export const NOT_IN_POOL_2016 =
  'Unconfirmed for 2016: no letter in the 2016-17 pool applies it; carried over from the draft catalogue.';

export const MEDICATION_SERVICES: GuidelineSet['services'] = [
  'opioid',
  'nsaid',
  'ppi_h2',
  'muscle_relaxant',
  'topical_analgesic',
  'anticonvulsant',
  'benzodiazepine',
  'antidepressant',
  'sleep_aid',
  'urine_drug_test',
];

export const MEDICATION_COVERAGE_NOTES: CoverageNote[] = [
  {
    id: 'acoem-2017-medications',
    services: MEDICATION_SERVICES,
    effectiveFrom: '2017-12-01',
    note: 'From 12/01/2017 the MTUS incorporates the ACOEM guidelines for medications (and from 01/01/2018 the MTUS Drug Formulary); their rules are not encoded in the workbench.',
  },
  {
    id: 'acoem-2004-medications',
    services: MEDICATION_SERVICES,
    effectiveTo: '2009-07-18',
    note: 'Before 07/18/2009 the MTUS for medications was the ACOEM 2nd edition (2004) chapters; they are not encoded in the workbench.',
  },
];

/**
 * 2016 "Compound drugs" and cross-cutting rule 13: a proprietary compounded kit (an oral
 * suspension such as Fanatrex or Tabradol) needs a documented reason the standard form cannot be
 * used. Re-cited per set with the set's own section so the letter line stays the drug's section.
 */
export const standardFormReason = (citation: GuidelineCitation) =>
  defineCriterion({
    id: 'standard-form-reason',
    statement:
      'A proprietary compounded kit (an oral suspension) needs a documented reason the patient cannot take a standard tablet or capsule; compounded drugs are not first-line therapy.',
    whenNotMet:
      'The records give no reason the worker cannot take a standard tablet or capsule instead of the compounded kit',
    citation,
    required: true,
    condition: isTrue(
      'item.facts.standardFormNotUsable',
      'a documented reason a standard tablet or capsule cannot be used',
    ),
    appliesWhen: {
      condition: isTrue('item.isCompoundedKit', 'a proprietary compounded kit'),
      description: 'applies only to proprietary compounded kits (oral suspensions)',
    },
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of why a standard tablet or capsule cannot be used',
      label: 'dosage form',
    },
    confirmed: true,
    confirmationNote:
      'Confirmed: 2016 Compound drugs and cross-cutting rule 13 (CM17-0013625: Fanatrex; CM16-0248698: Deprizine, Fanatrex, Synapryn, Tabradol, Ketophene, Dicopanol).',
  });

/**
 * Cross-cutting rule 10: a prescription whose strength is stated nowhere (strength field, name, or
 * each ingredient of a compound) is incomplete, and IMR cannot complete or modify it, so it is
 * upheld. Required in the oral drug sets (medications-oral.ts).
 */
export const REQUEST_STRENGTH_STATED = defineCriterion({
  id: 'request-strength-stated',
  statement:
    'The request as submitted states the strength of the drug (IMR decides the request as submitted and cannot complete or modify it).',
  whenNotMet:
    'The request as submitted does not state the strength of the drug, and IMR cannot complete or modify it',
  citation: AS_SUBMITTED_CITATION,
  required: true,
  quietWhenMet: true,
  condition: isTrue('item.strengthStated', 'a request that states the strength of the drug'),
  wouldMeet: {
    kind: 'documentation',
    text: 'A request that states the strength of the drug',
    label: 'strength',
  },
  confirmed: true,
  confirmationNote: asSubmittedNote('a missing strength (CM17-0012593)'),
});

/**
 * Cross-cutting rule 10 again: a prescription that says neither how many units nor how many days is
 * incomplete ("unknown quantity"), and IMR cannot fill it in. Beside the strength rule in the same
 * sets.
 */
export const REQUEST_QUANTITY_STATED = defineCriterion({
  id: 'request-quantity-stated',
  statement:
    'The request as submitted states how much of the drug is prescribed: a quantity or a days supply (IMR decides the request as submitted and cannot complete or modify it).',
  whenNotMet:
    'The request as submitted does not state the quantity of the drug, and IMR cannot complete or modify it',
  citation: AS_SUBMITTED_CITATION,
  required: true,
  quietWhenMet: true,
  condition: isTrue('item.quantityStated', 'a request that states the quantity of the drug'),
  wouldMeet: {
    kind: 'documentation',
    text: 'A request that states the quantity or days supply of the drug',
    label: 'quantity',
  },
  confirmed: true,
  confirmationNote: asSubmittedNote('a missing quantity ("unknown quantity" in CM16-0248698)'),
});

/** A judgment reads the reports; the reviewer's answer is stored with the item's review. */
export const JUDGMENT_FIELDS = ['reports', 'review.criteria'];

export const CONTINUING = {
  condition: isTrue('item.continuingDrug', 'the drug taken before the request'),
  description: 'applies to continued use (the drug was taken before the request)',
};

/**
 * A request that is a step of a documented, gradual taper of a drug taken long-term: named as a
 * taper, or a step of the treater's taper plan (opioids and benzodiazepines alike; ADR 021).
 */
export function taperStepCriterion(
  id: string,
  drug: string,
  citation: GuidelineCitation,
  confirmationNote: string,
): Criterion {
  return defineCriterion({
    id,
    statement: `The request is a step of a documented, gradual taper of ${drug} taken long-term, which the guideline prefers to an abrupt stop.`,
    whenNotMet: 'The request is not a step of a documented taper',
    asRequirement: 'A step of a documented, gradual taper',
    citation,
    required: true,
    condition: anyOf(
      isTrue('item.requestNamesTaper', 'a request named as a taper'),
      isTrue('item.facts.taperStepRequested', 'a step of a documented taper'),
    ),
    wouldMeet: {
      kind: 'documentation',
      text: "Documentation of the treating physician's taper plan that this request is a step of",
      label: 'taper plan',
    },
    confirmed: false,
    confirmationNote,
  });
}
