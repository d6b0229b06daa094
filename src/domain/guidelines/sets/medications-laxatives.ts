/**
 * Laxatives and stool softeners (docusate, senna, lactulose, polyethylene glycol; naloxegol and
 * the like): in these records they are requested for constipation from opioids. The Chronic Pain
 * guideline starts constipation prophylaxis with opioid therapy (CPMTG 2009 p. 77, initiating
 * therapy; the 2016 section of the same name), so the laxative stands or falls with an opioid the
 * worker takes. Not in the research catalogue: written from the usual reading (unconfirmed).
 */
import type { GuidelineCitation, GuidelineSet } from '../guideline-schema';
import { cpmtg2009, cpmtg2016, defineCriterion, isTrue } from './common';
import { cpmtgSetBase, notInCatalogue } from './procedure-common';

const SECTION = 'Opioids, criteria for use';

const withOpioid = (citation: GuidelineCitation) =>
  defineCriterion({
    id: 'laxative-with-opioid',
    statement:
      'Treatment of constipation is started with opioid therapy, as prophylaxis: a laxative or stool softener goes with an opioid the worker takes.',
    whenNotMet:
      'The records show no opioid taken with it (an opioid this review upholds does not count), and the guideline provides constipation prophylaxis as part of opioid therapy',
    asRequirement: 'An opioid is taken with it (and not found unnecessary in this review)',
    citation,
    required: true,
    // item.concurrentOpioid reads the outcome of the opioids requested in the other items: an
    // opioid this review upholds no longer counts, even one already taken.
    condition: isTrue('item.concurrentOpioid', 'an opioid taken with it'),
    wouldMeet: {
      kind: 'documentation',
      text: 'Documentation of an opioid taken with it',
      label: 'opioid therapy',
    },
    confirmed: false,
    confirmationNote: notInCatalogue(
      `the MTUS Chronic Pain guideline, ${SECTION} (initiating therapy: prophylactic treatment of constipation)${citation.pages ? `, p. ${citation.pages}` : ''}`,
    ),
  });

const base = {
  services: ['laxative'] as GuidelineSet['services'],
  requestNoun: 'medication',
  decisionRule: { kind: 'all_required' } as const,
};

export const LAXATIVES_2009: GuidelineSet = {
  ...cpmtgSetBase('2009', 'laxatives', SECTION),
  ...base,
  criteria: [withOpioid(cpmtg2009(SECTION, '77'))],
};

export const LAXATIVES_2016: GuidelineSet = {
  ...cpmtgSetBase('2016', 'laxatives', SECTION),
  ...base,
  criteria: [withOpioid(cpmtg2016(SECTION))],
};

export const LAXATIVE_SETS: GuidelineSet[] = [LAXATIVES_2009, LAXATIVES_2016];
