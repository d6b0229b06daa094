import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '../../case/case-schema';
import { readFindingAnswers } from '../../case-file/finding-words';
import { DATES, run } from './procedure-test-support';

const statuses = (result: ReturnType<typeof run>) =>
  Object.fromEntries(result.criteria.map((criterion) => [criterion.criterionId, criterion.status]));

const INDICATED = {
  conservativeCareFailed: true,
  functionLimitedByPain: true,
  severeOsteoarthritis: true,
  bmi: 33,
};

function replacement(
  facts: Record<string, unknown> = {},
  age: number | null = 62,
  requestedAs = 'Right total knee arthroplasty',
) {
  return run({
    service: 'surgery',
    item: { requestedAs, bodyPart: 'right knee', quantity: 1, facts: { ...INDICATED, ...facts } },
    edit: (draft: CaseDraft) => {
      draft.patient.age = age;
    },
    ...DATES.cpmtg2016,
  });
}

describe('knee replacement (ODG Knee & Leg, not in the catalogue)', () => {
  it('every indication documented: overturned, cited to ODG, before the knee chapter', () => {
    const result = replacement();
    expect(result.guidelineSet?.id).toBe('odg-knee-joint-replacement');
    expect(statuses(result)).toEqual({
      'tka-conservative-care': 'met',
      'tka-function-limited': 'met',
      'tka-age-over-50': 'met',
      'tka-bmi-under-40': 'met',
      'tka-imaging-osteoarthritis': 'met',
      'tka-subjective-findings': 'not_documented',
    });
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg, Knee joint replacement',
    );
  });

  it.each([
    ['a BMI of 42', { bmi: 42 }, 62, 'tka-bmi-under-40', 'not_met'],
    ['no BMI', { bmi: null }, 62, 'tka-bmi-under-40', 'not_documented'],
    ['a worker of 45', {}, 45, 'tka-age-over-50', 'not_met'],
    [
      'no injections or exercise tried',
      { conservativeCareFailed: false },
      62,
      'tka-conservative-care',
      'not_met',
    ],
    ['no arthritis on films', { severeOsteoarthritis: false }, 62, 'tka-imaging-osteoarthritis', 'not_met'],
  ] as const)('%s: upheld', (_name, facts, age, id, status) => {
    const result = replacement({ ...facts }, age);
    expect(statuses(result)[id]).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });

  it('chooses the replacement set by the operation named, not by the knee alone', () => {
    expect(replacement({}, 62, 'Left TKA').guidelineSet?.id).toBe('odg-knee-joint-replacement');
    expect(replacement({}, 62, 'Unicompartmental knee replacement').guidelineSet?.id).toBe(
      'odg-knee-joint-replacement',
    );
    expect(
      replacement({}, 62, 'Right knee arthroscopy with partial medial meniscectomy').guidelineSet?.id,
    ).toBe('acoem-2004-knee-surgery');
  });

  it('reads the body mass index a finding states', () => {
    const bmi = (finding: string) =>
      readFindingAnswers([finding], []).find((answer) => answer.key === 'bmi')?.value;
    expect(bmi('11/15/2016 exam: ROM 5-85 degrees, antalgic gait with cane; BMI 33')).toBe(33);
    expect(bmi('body mass index of 41.5')).toBe(41.5);
    expect(bmi('BMI not recorded')).toBe(undefined);
  });
});
