import { describe, expect, it } from 'vitest';
import { getFact } from '../facts';
import { GUIDELINE_LIBRARY } from '../index';
import { MEDICATION_SERVICES } from './medications-common';
import { AS_OF, evaluateFirst, medicationCase } from './medications-test-support';

const medicationSets = GUIDELINE_LIBRARY.sets.filter((set) =>
  set.services.some((service) => MEDICATION_SERVICES.includes(service)),
);

describe('the medication sets in the library', () => {
  it('display only registry facts', () => {
    for (const set of medicationSets)
      for (const name of set.displayFacts ?? []) expect(getFact(name), `${set.id}: ${name}`).toBeDefined();
  });

  it('leave weaning to the treating physician in every upheld opioid letter, in both editions', () => {
    const opioidSets = medicationSets.filter((set) => set.services.includes('opioid'));
    expect(opioidSets.map((set) => set.id).sort()).toEqual([
      'cpmtg-2009-buprenorphine-opiate-addiction',
      'cpmtg-2009-opioids-initiation',
      'cpmtg-2009-opioids-ongoing',
      'cpmtg-2016-buprenorphine-opiate-addiction',
      'mtus-2016-opioids-initiation',
      'mtus-2016-opioids-maintenance',
    ]);
    for (const set of opioidSets)
      expect(set.rationaleNotes, set.id).toEqual([
        { decision: 'upheld', text: expect.stringContaining('left to the treating physician') },
      ]);
  });

  it.each(MEDICATION_SERVICES)(
    '%s: a set or a coverage note for every date, evidence path from 12/01/2017',
    (service) => {
      for (const requestDate of [
        '2009-07-17',
        '2012-05-01',
        '2016-07-28',
        '2016-07-29',
        '2017-11-30',
        '2017-12-01',
      ]) {
        const result = evaluateFirst(medicationCase({ service, requestDate }), AS_OF);
        const reason = result.evidencePathReason ?? '';
        if (result.path === 'evidence_hierarchy')
          expect(reason, `${service} ${requestDate}`).not.toContain('No encoded MTUS guideline addresses');
      }
      expect(evaluateFirst(medicationCase({ service, requestDate: '2017-12-01' })).path).toBe(
        'evidence_hierarchy',
      );
      expect(evaluateFirst(medicationCase({ service, requestDate: '2016-12-01' })).path).toBe('mtus');
    },
  );
});
