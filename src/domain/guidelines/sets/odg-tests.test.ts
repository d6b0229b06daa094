import { describe, expect, it } from 'vitest';
import { run, statusOf } from './procedure-test-support';

describe('range-of-motion and grip-strength testing (ODG Low Back, Flexibility)', () => {
  it('CM17-0009441: part of the routine exam, so a request for it alone is upheld', () => {
    const result = run({
      service: 'rom_strength_testing',
      item: { requestedAs: 'Computerized range of motion and grip strength testing', quantity: 1 },
    });
    expect(result.guidelineSet?.id).toBe('odg-rom-strength-testing');
    expect(statusOf(result, 'rom-testing-part-of-exam')).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Flexibility',
    );
  });
});

describe('EEG after a head injury (ODG Head)', () => {
  const eeg = (facts: { conservativeCareFailed?: boolean | null; symptomsWorsening?: boolean | null }) =>
    run({ service: 'eeg', item: { requestedAs: 'EEG', quantity: 1, bodyPart: 'head', facts } });

  it.each([
    [{ conservativeCareFailed: true, symptomsWorsening: false }, 'met', 'overturn'],
    [{ conservativeCareFailed: false, symptomsWorsening: true }, 'met', 'overturn'],
    [{ conservativeCareFailed: false, symptomsWorsening: false }, 'not_met', 'uphold'],
    [{ conservativeCareFailed: null, symptomsWorsening: null }, 'not_documented', 'uphold'],
  ] as const)('%j -> %s, %s', (facts, status, recommendation) => {
    const result = eeg(facts);
    expect(result.guidelineSet?.id).toBe('odg-head-eeg');
    expect(statusOf(result, 'eeg-not-improving-or-worse')).toBe(status);
    expect(result.recommendation).toBe(recommendation);
  });

  it('from 12/01/2017 goes to the evidence hierarchy with the reason', () => {
    const result = run({ service: 'eeg', item: { quantity: 1 }, rfa: '2017-12-01' });
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain('From 12/01/2017');
  });
});

describe('ODG Pain topics the guideline does not recommend (unconfirmed)', () => {
  it.each([
    ['medical_food', 'Theramine #120', 'odg-pain-medical-food', 'Pain, Medical food'],
    [
      'genetic_testing',
      'Genetic testing for opioid metabolism',
      'odg-pain-genetic-testing',
      'Pain, Genetic testing for potential opioid abuse',
    ],
  ] as const)('%s: upheld, cited as ODG Pain', (service, requestedAs, setId, topic) => {
    const result = run({ service, item: { requestedAs, quantity: 1 } });
    expect(result.guidelineSet?.id).toBe(setId);
    expect(result.criteria.map((criterion) => [criterion.status, criterion.confirmed])).toEqual([
      ['not_met', false],
    ]);
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toBe(`Non-MTUS Citation Official Disability Guidelines (ODG) ${topic}`);
  });
});
