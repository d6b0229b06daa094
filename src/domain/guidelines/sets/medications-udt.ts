/**
 * Urine drug testing as a disputed item (2009 "Drug testing" p. 43; 2016 MTUS Opioid Treatment
 * section 3.3.6). Catalogue 3.11; confirmed catalogue 6.1: no UDT item in the 2016-17 pool, so the
 * rules stay unconfirmed.
 *
 * Frequency by risk is not in the MTUS: it comes from ODG (Pain chapter), reached under the
 * evidence hierarchy (9792.21.1(a)(2)(A)), and is cited as such: low risk within 6 months of
 * starting opioids and then yearly, moderate 2-3 times a year, high as often as monthly. Tests are
 * counted in the 12 months before the request, plus those requested. Laboratory confirmation is
 * for a screen with an unexpected result (ODG; catalogue 3.11, rule 4).
 */
import type { Condition, GuidelineSet } from '../guideline-schema';
import { allOf, anyOf, atMost, byValue, cpmtg2009, defineCriterion, isFalse, isTrue, reCite } from './common';
import {
  CPMTG_GUIDELINE,
  LINE_CPMTG_2009,
  LINE_OPIOID_2016,
  NOT_IN_POOL_2016,
  ODG_UDT,
  OPIOID_GUIDELINE,
  opioid2016,
  PAGES_UNCONFIRMED,
  PERIOD_2009,
  PERIOD_2016,
} from './medications-common';

const tests = (max: number, requirement: string) =>
  atMost('item.udtCountWithRequest', max, 'tests', requirement);

/** Low risk: yearly, but two in the first year (a baseline and one within 6 months of starting). */
const LOW_RISK: Condition = {
  kind: 'unless',
  condition: tests(1, 'at most 1 test a year for low risk'),
  exceptions: [
    allOf(
      tests(2, 'at most 2 tests in the first year of opioid treatment'),
      atMost('case.opioidTherapyDays', 364, 'days', 'the first year of opioid treatment'),
    ),
  ],
};

const OPIOID_MONITORING = defineCriterion({
  id: 'udt-opioid-monitoring',
  statement:
    'The test monitors opioid treatment that is taken, requested or being started (a baseline test before a trial; a reviewer may override with a note for a test of illegal drug use).',
  whenNotMet: 'The records show no opioid, taken, requested or being started, for the test to monitor',
  citation: cpmtg2009('Drug testing', '43'),
  required: true,
  // A baseline screen belongs to the steps before an opioid trial (CPMTG 2009 p. 77; unconfirmed).
  condition: anyOf(
    isTrue('case.opioidsInRegimen', 'an opioid taken or requested'),
    isTrue('item.facts.opioidStarting', 'an opioid being started'),
  ),
  wouldMeet: {
    kind: 'documentation',
    text: 'Documentation of the opioid treatment the test monitors',
    label: 'purpose of the test',
  },
  confirmed: false,
  confirmationNote: `${PAGES_UNCONFIRMED} Drug testing is recommended as an option (catalogue 3.11).`,
});

const FREQUENCY_BY_RISK = defineCriterion({
  id: 'udt-frequency-by-risk',
  statement:
    'Tests in the 12 months before the request plus those requested stay within the yearly number for the risk level: low 1 (2 in the first year of opioids), moderate 3, high 12.',
  whenNotMet:
    "The tests in the 12 months before the request, with those requested, are more than the guideline allows in a year for the worker's risk level",
  citation: ODG_UDT,
  required: true,
  // One test in the year is within every risk level's number: the risk need not be known for it.
  condition: anyOf(
    tests(1, 'at most 1 test a year, which every risk level allows'),
    byValue('item.udtRiskLevel', {
      low: { condition: LOW_RISK },
      moderate: { condition: tests(3, 'at most 3 tests a year for moderate risk') },
      high: { condition: tests(12, 'at most 12 tests a year (monthly) for high risk') },
    }),
  ),
  wouldMeet: {
    kind: 'request',
    text: 'within the yearly number of tests for the documented risk level',
    label: 'testing frequency',
  },
  confirmed: false,
  confirmationNote:
    'Unconfirmed [U]: ODG frequency by risk (catalogue 3.11); no UDT item in the 2016-17 pool (confirmed catalogue 6.1).',
});

/** ODG (Pain, Urine drug testing): laboratory confirmation is for a screen that surprised. */
const CONFIRMATION_FOR_UNEXPECTED = defineCriterion({
  id: 'udt-confirmation-for-unexpected',
  statement:
    'Confirmatory laboratory testing (GC/MS, LC/MS) is for a screen with an unexpected or disputed result, not a routine follow-up of every screen.',
  whenNotMet:
    'The screen the laboratory testing would confirm was consistent with the prescribed drugs, and confirmation is not for routine use',
  asRequirement: 'The screen to confirm had an unexpected or disputed result',
  citation: ODG_UDT,
  required: true,
  condition: isFalse('item.screenToConfirmConsistent', 'a screen with an unexpected or inconsistent result'),
  appliesWhen: {
    condition: isTrue('item.confirmatoryTestOnly', 'confirmatory testing of a screen'),
    description: 'applies only to a request for the laboratory confirmation of a screen',
  },
  wouldMeet: {
    kind: 'documentation',
    text: 'The screen result that was unexpected or disputed',
    label: 'reason for confirmation',
  },
  confirmed: false,
  confirmationNote:
    'Unconfirmed [U]: ODG confirmatory testing only for unexpected or disputed screens (catalogue 3.11, rule 4); no UDT item in the 2016-17 pool (confirmed catalogue 6.1).',
});

const UDT_DISPLAY = ['case.opioidsInRegimen', 'case.udtCount12Months', 'item.udtRiskLevel'];

export const UDT_2009: GuidelineSet = {
  id: 'cpmtg-2009-urine-drug-testing',
  title: 'MTUS Chronic Pain Medical Treatment Guidelines (2009): Drug testing',
  guideline: CPMTG_GUIDELINE,
  edition: '2009',
  ...PERIOD_2009,
  services: ['urine_drug_test'],
  letterLine: LINE_CPMTG_2009,
  requestNoun: 'testing schedule',
  decisionRule: { kind: 'all_required' },
  criteria: [OPIOID_MONITORING, FREQUENCY_BY_RISK, CONFIRMATION_FOR_UNEXPECTED],
  displayFacts: UDT_DISPLAY,
};

export const UDT_2016: GuidelineSet = {
  ...UDT_2009,
  id: 'mtus-2016-urine-drug-testing',
  title: 'MTUS Opioid Treatment Guidelines (2016): Use of Urine Drug Testing (UDT)',
  guideline: OPIOID_GUIDELINE,
  edition: '2016',
  ...PERIOD_2016,
  letterLine: LINE_OPIOID_2016,
  criteria: [
    reCite(
      OPIOID_MONITORING,
      opioid2016(
        '3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT)',
      ),
      false,
      `${NOT_IN_POOL_2016} Section 3.3.6 exists (UR line of CM17-0015333).`,
    ),
    FREQUENCY_BY_RISK,
    CONFIRMATION_FOR_UNEXPECTED,
  ],
};

export const UDT_SETS: GuidelineSet[] = [UDT_2009, UDT_2016];
