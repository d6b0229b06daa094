/**
 * Two drug topics the MTUS leaves to ODG, not in the research catalogue (unconfirmed, from the usual
 * reading of ODG):
 * - triptans (ODG Head): recommended for migraine; read from the diagnoses;
 * - an NSAID and a stomach protectant in one pill (Duexis: ibuprofen with famotidine; Vimovo:
 *   naproxen with esomeprazole; ODG Pain): not recommended as first-line therapy, since the same
 *   drugs taken separately do the same at far lower cost. Whether the separate drugs were tried and
 *   did not serve is the reviewer's judgment.
 */
import type { GuidelineSet } from '../guideline-schema';
import { defineCriterion, isTrue, JUDGMENT, odg } from './common';
import { notInCatalogue, odgTopicSet } from './procedure-common';

const TRIPTANS = odg('Head', 'Triptans');

export const TRIPTAN: GuidelineSet = odgTopicSet({
  id: 'odg-head-triptans',
  title: 'Head, Triptans',
  citation: TRIPTANS,
  topic: 'Triptans',
  services: ['triptan'],
  requestNoun: 'medication',
  criteria: [
    defineCriterion({
      id: 'triptan-migraine',
      statement: 'Triptans are recommended for migraine.',
      whenNotMet: 'The diagnoses do not include migraine, the headache the guideline recommends triptans for',
      asRequirement: 'Migraine is diagnosed',
      citation: TRIPTANS,
      required: true,
      condition: isTrue('case.migraineDiagnosed', 'a migraine diagnosis'),
      wouldMeet: { kind: 'documentation', text: 'A diagnosis of migraine', label: 'migraine' },
      confirmed: false,
      confirmationNote: notInCatalogue('ODG Head, Triptans'),
    }),
  ],
});

const COMBINATION_TOPIC = 'Duexis (ibuprofen & famotidine); Vimovo (naproxen & esomeprazole)';
const COMBINATION = odg('Pain', COMBINATION_TOPIC);

export const NSAID_GI_COMBINATION: GuidelineSet = odgTopicSet({
  id: 'odg-pain-nsaid-gi-combinations',
  title: `Pain, ${COMBINATION_TOPIC}`,
  citation: COMBINATION,
  topic: COMBINATION_TOPIC,
  services: ['nsaid_gi_combination'],
  requestNoun: 'medication',
  criteria: [
    defineCriterion({
      id: 'nsaid-combination-not-first-line',
      statement:
        'An NSAID and a stomach protectant in one pill are not recommended as first-line therapy: the same drugs taken separately work as well at far lower cost, so the combination needs a reason the separate drugs do not serve.',
      whenNotMet:
        'The records do not show why the NSAID and the stomach protectant cannot be taken as separate drugs, and the guideline does not recommend the combination pill as first-line therapy',
      asRequirement: 'A reason the NSAID and the stomach protectant cannot be taken as separate drugs',
      citation: COMBINATION,
      required: true,
      condition: JUDGMENT,
      extraFieldPaths: ['medication', 'treatment.medications', 'review.criteria'],
      confirmed: false,
      confirmationNote: notInCatalogue(`ODG Pain, ${COMBINATION_TOPIC}`),
    }),
  ],
});

export const ODG_OTHER_MEDICATION_SETS: GuidelineSet[] = [TRIPTAN, NSAID_GI_COMBINATION];
