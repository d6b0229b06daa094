import { describe, expect, it } from 'vitest';
import { suggestServiceTypes } from '../../case/service-suggestion';
import { readFindingAnswers } from '../../case-file/finding-words';
import { evaluateFirst, medicationCase } from './medications-test-support';

const MEDROL = { name: 'Medrol dose pack 4 mg', quantity: 21 };
const B12 = { name: 'Vitamin B12 injection 1000 mcg', quantity: 4 };
const statuses = (result: ReturnType<typeof evaluateFirst>) =>
  Object.fromEntries(result.criteria.map((criterion) => [criterion.criterionId, criterion.status]));

describe('oral corticosteroids (ODG Low Back, not in the catalogue)', () => {
  it('radicular pain 5 weeks after the injury: overturned, cited to ODG Low Back', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'oral_corticosteroid',
        medication: MEDROL,
        dateOfInjury: '2016-10-25',
        requestDate: '2016-12-01',
        facts: { radicularSymptoms: true },
      }),
    );
    expect(statuses(result)).toEqual({
      'steroid-radicular-pain': 'met',
      'steroid-acute-phase': 'met',
      'steroid-risks-discussed': 'not_documented',
    });
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Corticosteroids (oral/parenteral/IM for low back pain)',
    );
  });

  it.each([
    ['axial pain only', { radicularSymptoms: false }, '2016-10-25', 'steroid-radicular-pain', 'not_met'],
    ['radiculopathy not stated', {}, '2016-10-25', 'steroid-radicular-pain', 'not_documented'],
    [
      '11 months on, no flare stated',
      { radicularSymptoms: true },
      '2016-01-04',
      'steroid-acute-phase',
      'not_documented',
    ],
    [
      '11 months on, no new flare',
      { radicularSymptoms: true, flareUp: false },
      '2016-01-04',
      'steroid-acute-phase',
      'not_met',
    ],
  ] as const)('%s: upheld', (_name, facts, dateOfInjury, id, status) => {
    const result = evaluateFirst(
      medicationCase({
        service: 'oral_corticosteroid',
        medication: MEDROL,
        dateOfInjury,
        facts: { ...facts },
      }),
    );
    expect(statuses(result)[id]).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });

  it('a new flare long after the injury is an acute phase', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'oral_corticosteroid',
        medication: MEDROL,
        dateOfInjury: '2014-03-01',
        facts: { radicularSymptoms: true, flareUp: true },
      }),
    );
    expect(statuses(result)['steroid-acute-phase']).toBe('met');
    expect(result.recommendation).toBe('overturn');
  });

  it('reads a dose pack or prednisone, never a steroid injected into a joint or the spine', () => {
    expect(suggestServiceTypes('Medrol Dosepak')[0]).toBe('oral_corticosteroid');
    expect(suggestServiceTypes('Prednisone 10 mg taper #30')[0]).toBe('oral_corticosteroid');
    expect(suggestServiceTypes('Kenalog 40 mg IM')[0]).toBe('oral_corticosteroid');
    expect(suggestServiceTypes('Right knee injection with Kenalog')[0]).toBe('joint_injection');
    expect(suggestServiceTypes('L5-S1 epidural with Depo-Medrol')[0]).toBe('epidural_steroid_injection');
    expect(suggestServiceTypes('Trigger point injection with dexamethasone')[0]).toBe(
      'trigger_point_injection',
    );
  });
});

describe('vitamins (ODG Pain, not in the catalogue)', () => {
  it.each([
    [true, 'met', 'overturn'],
    [false, 'not_met', 'uphold'],
    [null, 'not_documented', 'uphold'],
  ] as const)('deficiency documented %s: %s, %s', (deficiency, status, recommendation) => {
    const result = evaluateFirst(
      medicationCase({
        service: 'vitamin',
        medication: B12,
        facts: { vitaminDeficiencyDocumented: deficiency },
      }),
    );
    expect(statuses(result)).toEqual({ 'vitamin-deficiency-documented': status });
    expect(result.recommendation).toBe(recommendation);
    expect(result.guidelineSet?.id).toBe('odg-pain-vitamins');
  });

  it('reads the request and a finding that states the deficiency', () => {
    expect(suggestServiceTypes('Vitamin B12 injection')[0]).toBe('vitamin');
    expect(suggestServiceTypes('Vitamin D3 50,000 IU #4')[0]).toBe('vitamin');
    expect(suggestServiceTypes('Cyanocobalamin 1000 mcg IM')[0]).toBe('vitamin');
    // A level is a test, not the supplement.
    expect(suggestServiceTypes('Vitamin D level')[0]).toBe('lab_test');
    const deficiency = (finding: string) =>
      readFindingAnswers([finding], []).find((answer) => answer.key === 'vitaminDeficiencyDocumented')?.value;
    expect(deficiency('vitamin D deficiency on labs 9/2016')).toBe(true);
    expect(deficiency('low B12 level, on injections')).toBe(true);
    expect(deficiency('vitamin D level was normal')).toBe(false);
    expect(deficiency('low back pain; vitamin D prescribed')).toBe(undefined);
  });
});
