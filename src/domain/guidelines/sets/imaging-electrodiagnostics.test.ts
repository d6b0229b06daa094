import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { failing, run, statusOf, withItem } from './procedure-test-support';

/** Suspected radiculopathy, equivocal exam, 4 weeks of failed care: needle EMG only. */
const RADICULOPATHY: ItemSpec['facts'] = {
  radicularSymptoms: true,
  neuroDeficit: false,
  conservativeCareWeeks: 4,
  conservativeCareFailed: true,
  includesNcs: false,
  priorStudySameRegion: false,
};

const edx = (bodyPart: string, facts: ItemSpec['facts'] = {}, rfa = '2016-12-01') =>
  run({
    service: 'emg_ncs',
    item: withItem({ bodyPart, quantity: 1, facts: RADICULOPATHY }, { facts }),
    doi: '2016-06-01',
    rfa,
  });

describe('electrodiagnostic sets by region and date', () => {
  it.each([
    ['lumbar spine, right lower extremity', '2016-12-01', 'acoem-2004-low-back-electrodiagnostics'],
    ['cervical', '2012-06-01', 'acoem-2004-neck-electrodiagnostics'],
    ['bilateral upper extremities', '2016-12-01', 'cpmtg-2016-electrodiagnostics'],
    ['bilateral upper extremities', '2016-07-29', 'cpmtg-2016-electrodiagnostics'],
    ['bilateral upper extremities', '2016-07-28', null],
    ['lumbar', '2017-12-01', null],
  ] as const)('%s requested %s -> %s', (bodyPart, rfa, setId) => {
    expect(edx(bodyPart, {}, rfa).guidelineSet?.id ?? null).toBe(setId);
  });

  it('prints the ACOEM chapter line for the spine and the 2016 CPMTG section otherwise', () => {
    expect(edx('low back').guidelineLine).toBe('MTUS Low Back Complaints 2004, Section(s): Special Studies');
    expect(edx('both arms').guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Electrodiagnostic testing (EMG/NCS)',
    );
  });
});

describe.each([
  ['low back (ACOEM, 3-4 weeks)', 'lumbar', 'edx-symptoms-3-weeks', 3],
  ['extremities (2016 CPMTG, 1 month)', 'right leg', 'edx-conservative-care-1-month', 4],
] as const)('EMG for suspected radiculopathy: %s', (_label, bodyPart, timingId, weeks) => {
  it('is overturned on the radiculopathy path', () => {
    const result = edx(bodyPart);
    expect(result.recommendation).toBe('overturn');
    expect(result.decisionPaths?.find((p) => p.id === 'radiculopathy')?.satisfied).toBe(true);
  });

  it.each([
    [weeks, 'met'],
    [weeks - 1, 'not_met'],
  ])('%s weeks of care -> timing %s', (conservativeCareWeeks, expected) => {
    expect(statusOf(edx(bodyPart, { conservativeCareWeeks }), timingId)).toBe(expected);
  });

  it.each([
    [{ neuroDeficit: true }, 'not_met'],
    [{ radicularSymptoms: false }, 'not_met'],
    [{ neuroDeficit: null }, 'not_documented'],
  ] as const)('not needed when radiculopathy is obvious or not suspected: %j -> %s', (facts, expected) => {
    const result = edx(bodyPart, facts);
    expect(statusOf(result, 'edx-radiculopathy-not-obvious')).toBe(expected);
    expect(result.recommendation).toBe('uphold');
  });

  it('is upheld while conservative care is still working', () => {
    const result = edx(bodyPart, { conservativeCareFailed: false });
    expect(statusOf(result, 'edx-conservative-care-failed')).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
  });

  it.each([
    [{ includesNcs: true, entrapmentSuspected: false }, 'not_met', 'uphold'],
    [{ includesNcs: true }, 'not_documented', 'uphold'],
    [{ includesNcs: true, entrapmentSuspected: true }, 'met', 'overturn'],
    [{ includesNcs: false }, 'not_applicable', 'overturn'],
  ] as const)('nerve conduction studies %j -> %s, %s', (facts, status, recommendation) => {
    const result = edx(bodyPart, facts);
    expect(statusOf(result, 'edx-ncs-not-for-radiculopathy')).toBe(status);
    expect(result.recommendation).toBe(recommendation);
  });

  it('a repeat study needs a significant change', () => {
    expect(edx(bodyPart, { priorStudySameRegion: true, significantChange: false }).recommendation).toBe(
      'uphold',
    );
    expect(edx(bodyPart, { priorStudySameRegion: true, significantChange: true }).recommendation).toBe(
      'overturn',
    );
  });
});

describe('nerve entrapment path', () => {
  it.each([
    [{ entrapmentSuspected: true, surgeryConsidered: true }, 'overturn'],
    [{ entrapmentSuspected: true, surgeryConsidered: false }, 'uphold'],
    [{ entrapmentSuspected: false, surgeryConsidered: true }, 'uphold'],
  ] as const)('carpal tunnel signs %j, with NCS, no radiculopathy path -> %s', (facts, expected) => {
    const result = edx('right wrist', { radicularSymptoms: false, includesNcs: true, ...facts });
    expect(result.recommendation).toBe(expected);
    if (expected === 'uphold') expect(failing(result)).toContain('edx-entrapment-surgical-candidate');
  });
});
