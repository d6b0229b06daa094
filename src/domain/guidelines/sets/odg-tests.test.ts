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

describe('antiemetics (ODG Pain, unconfirmed): not for nausea from opioids', () => {
  const antiemetic = (antiemeticApprovedUse: boolean | null) =>
    run({
      service: 'antiemetic',
      item: { requestedAs: 'Ondansetron 8 mg #10', quantity: 10, facts: { antiemeticApprovedUse } },
    });

  it.each([
    [true, 'met', 'overturn'],
    [false, 'not_met', 'uphold'],
    [null, 'not_documented', 'uphold'],
  ] as const)('nausea from an accepted cause %j -> %s, %s', (answer, status, recommendation) => {
    const result = antiemetic(answer);
    expect(result.guidelineSet?.id).toBe('odg-pain-antiemetics');
    expect(statusOf(result, 'antiemetic-approved-use')).toBe(status);
    expect(result.recommendation).toBe(recommendation);
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Pain, Antiemetics (for opioid nausea)',
    );
  });
});

describe('polysomnography (ODG Pain, unconfirmed)', () => {
  const NONE = {
    sleepDisorderSuspected: false,
    chronicInsomnia: false,
    insomniaTreatmentFailed: false,
    psychiatricCauseExcluded: false,
  };
  const study = (facts: Partial<typeof NONE>) =>
    run({
      service: 'polysomnography',
      item: { requestedAs: 'Sleep study', quantity: 1, facts: { ...NONE, ...facts } },
    });

  it.each([
    [{}, 'uphold'],
    [{ sleepDisorderSuspected: true }, 'overturn'],
    [{ chronicInsomnia: true, insomniaTreatmentFailed: true, psychiatricCauseExcluded: true }, 'overturn'],
    // Insomnia alone, or insomnia not yet treated, is the routine evaluation ODG does not recommend.
    [{ chronicInsomnia: true }, 'uphold'],
    [{ chronicInsomnia: true, insomniaTreatmentFailed: true }, 'uphold'],
  ] as const)('%j -> %s', (facts, recommendation) => {
    const result = study(facts);
    expect(result.guidelineSet?.id).toBe('odg-pain-polysomnography');
    expect(result.recommendation).toBe(recommendation);
  });
});
