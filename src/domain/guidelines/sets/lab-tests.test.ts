import { describe, expect, it } from 'vitest';
import { suggestServiceTypes } from '../../case/service-suggestion';
import { evaluateFirst, med, medicationCase, otherDrugItem } from './medications-test-support';

const LABS = { name: 'CBC and CMP', quantity: 1 };
const naproxenTaken = med('history-naproxen', {
  name: 'Naproxen',
  strength: '550 mg',
  startDate: '2016-02-01',
});
const gabapentinTaken = med('history-gabapentin', {
  name: 'Gabapentin',
  strength: '300 mg',
  startDate: '2016-02-01',
});

const labs = (spec: Omit<Parameters<typeof medicationCase>[0], 'service' | 'medication'> = {}) =>
  evaluateFirst(medicationCase({ service: 'lab_test', medication: LABS, ...spec }));
const statusOf = (result: ReturnType<typeof labs>) =>
  result.criteria.find((criterion) => criterion.criterionId === 'labs-nsaid-monitoring')?.status;

describe('laboratory monitoring (CPMTG NSAIDs, not in the catalogue)', () => {
  it('with an NSAID taken, periodic monitoring is supported: overturned', () => {
    const result = labs({ history: [naproxenTaken] });
    expect(statusOf(result)).toBe('met');
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs, specific drug list & adverse effects',
    );
  });

  it('cites the 2009 page before the 2016 revision', () => {
    const result = labs({ history: [naproxenTaken], dateOfInjury: '2013-01-04', requestDate: '2015-06-01' });
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), NSAIDs, specific drug list & adverse effects, Page(s): 70',
    );
  });

  it('with no NSAID among the drugs: upheld', () => {
    const result = labs({ history: [gabapentinTaken] });
    expect(statusOf(result)).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
  });

  it('an NSAID requested in the same review counts', () => {
    const result = labs({ otherItems: [otherDrugItem('nsaid', { name: 'Meloxicam', strength: '15 mg' })] });
    expect(statusOf(result)).toBe('met');
  });

  it('reads the common ways labs are requested; tests before an operation stay pre-operative', () => {
    for (const words of [
      'Labs: CBC, CMP',
      'Hepatic and renal function panel',
      'Complete blood count',
      'Chem 7',
      'Blood work to monitor NSAID use',
      'Serum testosterone level',
    ])
      expect(suggestServiceTypes(words)[0], words).toBe('lab_test');
    expect(suggestServiceTypes('Pre-op labs: CBC, BMP')[0]).toBe('preoperative_testing');
    expect(suggestServiceTypes('Urine drug screen')[0]).toBe('urine_drug_test');
  });
});
