import { describe, expect, it } from 'vitest';
import { suggestServiceTypes } from '../../case/service-suggestion';
import { evaluateFirst, medicationCase } from './medications-test-support';

const withDiagnoses = (...texts: string[]) => ({
  edit: (draft: Parameters<NonNullable<Parameters<typeof medicationCase>[0]['edit']>>[0]) => {
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
  },
});

const SUMATRIPTAN = { name: 'Sumatriptan', strength: '50 mg', quantity: 9 };

describe('triptans (ODG Head, not in the catalogue)', () => {
  it('for a migraine in the diagnoses: overturned, cited to ODG Head', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'triptan',
        medication: SUMATRIPTAN,
        ...withDiagnoses('Post-traumatic migraine'),
      }),
    );
    expect(result.criteria.map((criterion) => [criterion.criterionId, criterion.status])).toEqual([
      ['triptan-migraine', 'met'],
    ]);
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Head, Triptans',
    );
  });

  it.each([
    [['Cervicogenic headache', 'Cervical strain'], 'not_met'],
    [['R/O migraine', 'Tension-type headache'], 'not_met'],
    [[], 'not_documented'],
  ] as const)('for %j the criterion is %s, so upheld', (diagnoses, status) => {
    const result = evaluateFirst(
      medicationCase({ service: 'triptan', medication: SUMATRIPTAN, ...withDiagnoses(...diagnoses) }),
    );
    expect(result.criteria[0]?.status).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });
});

describe('an NSAID and a stomach protectant in one pill (ODG Pain, not in the catalogue)', () => {
  const duexis = (criteria = {}) =>
    evaluateFirst(
      medicationCase({
        service: 'nsaid_gi_combination',
        medication: { name: 'Duexis', strength: '800/26.6 mg', quantity: 90 },
        criteria,
      }),
    );

  it("waits on the reviewer's judgment of why the separate drugs do not serve; upheld until then", () => {
    const result = duexis();
    expect(result.criteria[0]).toMatchObject({
      criterionId: 'nsaid-combination-not-first-line',
      status: 'not_documented',
      kind: 'judgment',
    });
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Pain, Duexis (ibuprofen & famotidine); Vimovo (naproxen & esomeprazole)',
    );
  });

  it('the reviewer who finds a reason the separate drugs do not serve overturns it', () => {
    const result = duexis({
      'nsaid-combination-not-first-line': { answer: 'met', note: 'Separate pills failed.' },
    });
    expect(result.recommendation).toBe('overturn');
  });
});

describe("the requests' words", () => {
  it.each([
    ['Imitrex 50 mg #9', 'triptan'],
    ['Maxalt MLT 10 mg #12', 'triptan'],
    ['Sumatriptan 100 mg #9', 'triptan'],
    ['Duexis 800/26.6 mg #90', 'nsaid_gi_combination'],
    ['Vimovo (naproxen/esomeprazole) 500/20 mg #60', 'nsaid_gi_combination'],
    ['Naproxen 550 mg #60', 'nsaid'],
  ])('%j -> %s', (words, expected) => {
    expect(suggestServiceTypes(words)[0]).toBe(expected);
  });
});
