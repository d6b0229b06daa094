import { describe, expect, it } from 'vitest';
import { suggestServiceTypes } from '../../case/service-suggestion';
import { DATES, run } from './procedure-test-support';

const REQUEST = 'Right sacroiliac joint injection under fluoroscopy';
const statuses = (result: ReturnType<typeof run>) =>
  Object.fromEntries(result.criteria.map((criterion) => [criterion.criterionId, criterion.status]));

describe('sacroiliac joint blocks (ODG Hip & Pelvis, not in the catalogue)', () => {
  const supported = {
    requestedAs: REQUEST,
    quantity: 1,
    facts: {
      siExamFindingsPositive: 3,
      conservativeCareWeeks: 8,
      conservativeCareFailed: true,
      fluoroscopyGuided: true,
    },
    review: { criteria: { 'si-other-pain-generators': { answer: 'met' as const, note: '' } } },
  };

  it('three positive tests after 8 weeks of failed care, other sources addressed: overturned', () => {
    const result = run({ service: 'si_joint_injection', item: supported, ...DATES.cpmtg2016 });
    expect(result.guidelineSet?.id).toBe('odg-sacroiliac-joint-blocks');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Hip & Pelvis, Sacroiliac joint blocks',
    );
    expect(Object.values(statuses(result)).every((status) => status === 'met')).toBe(true);
    expect(result.recommendation).toBe('overturn');
  });

  it.each([
    ['two positive tests', { siExamFindingsPositive: 2 }, 'si-exam-findings', 'not_met'],
    ['3 weeks of care', { conservativeCareWeeks: 3 }, 'si-conservative-care-weeks', 'not_met'],
    [
      'care not shown to fail',
      { conservativeCareFailed: null },
      'si-conservative-care-failed',
      'not_documented',
    ],
  ] as const)('%s: upheld', (_name, facts, id, status) => {
    const result = run({
      service: 'si_joint_injection',
      item: { ...supported, facts: { ...supported.facts, ...facts } },
      ...DATES.cpmtg2016,
    });
    expect(statuses(result)[id]).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });

  it("waits on the reviewer's judgment of the other pain sources, and fluoroscopy alone decides nothing", () => {
    const unanswered = run({
      service: 'si_joint_injection',
      item: { ...supported, review: { criteria: {} } },
      ...DATES.cpmtg2016,
    });
    expect(statuses(unanswered)['si-other-pain-generators']).toBe('not_documented');
    const noFluoroscopy = run({
      service: 'si_joint_injection',
      item: { ...supported, facts: { ...supported.facts, fluoroscopyGuided: null } },
      ...DATES.cpmtg2016,
    });
    expect(statuses(noFluoroscopy)['si-fluoroscopy']).toBe('not_documented');
    expect(noFluoroscopy.recommendation).toBe('overturn');
  });

  it('reads the request as a sacroiliac block, never as another joint or a facet injection', () => {
    for (const words of [REQUEST, 'Bilateral SI joint injections', 'SIJ block, left', 'S.I. joint injection'])
      expect(suggestServiceTypes(words)[0]).toBe('si_joint_injection');
    expect(suggestServiceTypes('Right knee injection')[0]).toBe('joint_injection');
  });
});
