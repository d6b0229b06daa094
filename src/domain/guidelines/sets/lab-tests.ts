/**
 * Laboratory tests (a blood count, a chemistry panel, liver and kidney function), CPMTG 2009 p. 70
 * and the 2016 section "NSAIDs, specific drug list & adverse effects": the guideline supports
 * periodic monitoring of a blood count and a chemistry profile in a worker taking NSAIDs (their
 * package inserts advise it; the interval is not set). Not in the research catalogue: written from
 * the usual reading (unconfirmed). A test for another reason (a pre-operative test, a drug level)
 * needs another source, which the reviewer applies on the evidence path or by overriding with a note.
 */
import type { GuidelineCitation, GuidelineSet } from '../guideline-schema';
import { cpmtg2009, cpmtg2016, defineCriterion, isTrue } from './common';
import { cpmtgSetBase, notInCatalogue } from './procedure-common';

const SECTION = 'NSAIDs, specific drug list & adverse effects';

const labMonitoring = (citation: GuidelineCitation) =>
  defineCriterion({
    id: 'labs-nsaid-monitoring',
    statement:
      'Periodic laboratory monitoring (a blood count and a chemistry profile with liver and kidney function) is supported for a worker taking an NSAID.',
    whenNotMet:
      'The records do not show an NSAID taken or found necessary, the medication whose monitoring the guideline supports these tests for, nor another reason for them',
    asRequirement: 'An NSAID taken, whose monitoring the tests are for',
    citation,
    required: true,
    condition: isTrue('item.nsaidToMonitor', 'an NSAID taken or found necessary'),
    wouldMeet: {
      kind: 'documentation',
      text: 'An NSAID in the current medications, or the reason the tests are needed',
      label: 'NSAID monitoring',
    },
    extraFieldPaths: ['quantity'],
    confirmed: false,
    confirmationNote: notInCatalogue(
      `the MTUS Chronic Pain guideline, ${SECTION}${citation.pages ? `, p. ${citation.pages}` : ''}`,
    ),
  });

const base = {
  services: ['lab_test'] as GuidelineSet['services'],
  requestNoun: 'test',
  decisionRule: { kind: 'all_required' } as const,
};

export const LAB_TESTS_2009: GuidelineSet = {
  ...cpmtgSetBase('2009', 'laboratory-monitoring', SECTION),
  ...base,
  criteria: [labMonitoring(cpmtg2009(SECTION, '70'))],
};

export const LAB_TESTS_2016: GuidelineSet = {
  ...cpmtgSetBase('2016', 'laboratory-monitoring', SECTION),
  ...base,
  criteria: [labMonitoring(cpmtg2016(SECTION))],
};

export const LAB_TEST_SETS: GuidelineSet[] = [LAB_TESTS_2009, LAB_TESTS_2016];
