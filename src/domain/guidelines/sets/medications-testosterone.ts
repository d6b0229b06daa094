/**
 * Testosterone replacement for hypogonadism related to opioids, CPMTG 2009 p. 110 and the 2016
 * section of that name: recommended only in limited circumstances, for a worker on long-term
 * (the guideline says high-dose, long-term) opioids whose low testosterone a test documents. Not in
 * the research catalogue: written from the usual reading (unconfirmed). Whether the dose is high
 * enough is left to the reviewer, who overrides with a note.
 */
import type { GuidelineCitation, GuidelineSet } from '../guideline-schema';
import { atLeast, cpmtg2009, cpmtg2016, defineCriterion, isTrue } from './common';
import { cpmtgSetBase, notInCatalogue } from './procedure-common';

const SECTION = 'Testosterone replacement for hypogonadism (related to opioids)';

const testosteroneCriteria = (citation: GuidelineCitation) => {
  const note = notInCatalogue(
    `the MTUS Chronic Pain guideline, ${SECTION}${citation.pages ? `, p. ${citation.pages}` : ''}`,
  );
  return [
    defineCriterion({
      id: 'testosterone-long-term-opioids',
      statement:
        'Testosterone replacement is for a worker on long-term opioid therapy (the guideline speaks of high-dose, long-term use).',
      whenNotMet:
        'The records do not show long-term opioid therapy, the circumstance the guideline limits replacement to',
      asRequirement: 'Opioid therapy for at least 3 months',
      citation,
      required: true,
      condition: atLeast('case.opioidTherapyDays', 90, 'days', 'opioid therapy for at least 3 months'),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of opioid therapy for 3 months or more (start dates in the medication history)',
        label: 'long-term opioids',
      },
      confirmed: false,
      confirmationNote: note,
    }),
    defineCriterion({
      id: 'testosterone-low-level',
      statement: 'A blood test documents a low testosterone level.',
      whenNotMet: 'The records do not show a low testosterone level on testing',
      asRequirement: 'A low testosterone level documented by a test',
      citation,
      required: true,
      condition: isTrue('item.facts.lowTestosteroneDocumented', 'a documented low testosterone level'),
      wouldMeet: {
        kind: 'documentation',
        text: 'A laboratory result showing a low testosterone level',
        label: 'low testosterone',
      },
      confirmed: false,
      confirmationNote: note,
    }),
  ];
};

const base = {
  services: ['testosterone'] as GuidelineSet['services'],
  requestNoun: 'medication',
  decisionRule: { kind: 'all_required' } as const,
};

export const TESTOSTERONE_2009: GuidelineSet = {
  ...cpmtgSetBase('2009', 'testosterone', SECTION),
  ...base,
  criteria: testosteroneCriteria(cpmtg2009(SECTION, '110')),
};

export const TESTOSTERONE_2016: GuidelineSet = {
  ...cpmtgSetBase('2016', 'testosterone', SECTION),
  ...base,
  criteria: testosteroneCriteria(cpmtg2016(SECTION)),
};

export const TESTOSTERONE_SETS: GuidelineSet[] = [TESTOSTERONE_2009, TESTOSTERONE_2016];
