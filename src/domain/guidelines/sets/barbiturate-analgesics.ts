/**
 * Barbiturate-containing analgesics (butalbital with acetaminophen or aspirin, and caffeine:
 * Fioricet, Esgic): CPMTG 2009 p. 23 and the 2016 section of the same name. Not recommended for
 * chronic pain. The 2016-17 letters apply the same conclusion under ODG Pain, for overuse and
 * rebound headache (confirmed catalogue 3.8, CM17-0012593); the MTUS text is cited first, as the
 * MTUS addresses it.
 */
import type { GuidelineCitation, GuidelineSet } from '../guideline-schema';
import { cpmtg2009, cpmtg2016, defineCriterion } from './common';
import { cpmtgSetBase } from './procedure-common';

const SECTION = 'Barbiturate-containing analgesic agents (BCAs)';

const notRecommended = (citation: GuidelineCitation, confirmed: boolean, confirmationNote: string) =>
  defineCriterion({
    id: 'bca-not-recommended',
    statement:
      'Barbiturate-containing analgesics are not recommended for chronic pain: the risk of dependence and of rebound headache is high, and the barbiturate adds no shown analgesic benefit.',
    whenNotMet:
      'The guideline does not recommend barbiturate-containing analgesics such as butalbital compounds for chronic pain (a high risk of dependence and rebound headache, and no shown benefit from the barbiturate)',
    citation,
    required: true,
    condition: {
      kind: 'not_recommended',
      text: 'The guideline does not recommend barbiturate-containing analgesics for chronic pain',
    },
    extraFieldPaths: ['quantity'],
    confirmed,
    confirmationNote,
  });

const base = {
  services: ['barbiturate_analgesic'] as GuidelineSet['services'],
  requestNoun: 'medication',
  decisionRule: { kind: 'all_required' } as const,
};

export const BCA_2009: GuidelineSet = {
  ...cpmtgSetBase('2009', 'barbiturate-analgesics', SECTION),
  ...base,
  criteria: [
    notRecommended(
      cpmtg2009(SECTION, '23'),
      false,
      'Unconfirmed for 2009 [U]: the page and the 2009 wording were not checked; the conclusion is confirmed for 2016-17 letters (CM17-0012593, under ODG Pain).',
    ),
  ],
};

export const BCA_2016: GuidelineSet = {
  ...cpmtgSetBase('2016', 'barbiturate-analgesics', SECTION),
  ...base,
  criteria: [
    notRecommended(
      cpmtg2016(SECTION),
      false,
      'Partly confirmed (confirmed catalogue 3.8): the letter (CM17-0012593) reaches the same conclusion for butalbital combinations under ODG Pain (overuse, rebound headache); the 2016 section name is our reading.',
    ),
  ],
};

export const BCA_SETS: GuidelineSet[] = [BCA_2009, BCA_2016];
