import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { criterionResult } from '../../evaluator/evaluation-queries';
import { failing, run, statusOf, withItem } from './procedure-test-support';

const diagnosed =
  (...texts: string[]) =>
  (draft: { injury: { diagnoses: { id: string; text: string; icd10: string }[] } }) => {
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
  };

const SHOULDER_MET: ItemSpec = {
  requestedAs: 'ESWT right shoulder x 3 sessions',
  bodyPart: 'right shoulder',
  quantity: 3,
  facts: { modality: 'shockwave', conservativeCareFailed: true },
};

/** Injured 2016-01-10, requested 2016-12-01: 10 months of care. */
const shoulder = (
  item: ItemSpec = {},
  diagnosis = 'Calcific tendinitis, right supraspinatus',
  doi?: string,
) =>
  run({
    service: 'physical_therapy',
    item: withItem(SHOULDER_MET, item),
    edit: diagnosed(diagnosis),
    ...(doi ? { doi } : {}),
  });

describe('shockwave therapy of the shoulder (ACOEM Ch. 9 with ODG terms)', () => {
  it('is overturned for calcifying tendinitis after 6 months of failed care, at most 3 sessions', () => {
    const result = shoulder();
    expect(result.guidelineSet?.id).toBe('acoem-2004-shoulder-eswt');
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toContain('MTUS Shoulder Complaints 2004');
    expect(criterionResult(result, 'eswt-calcific-tendinitis')?.evidence).toContain(
      '"Calcific tendinitis, right supraspinatus"',
    );
  });

  it('is upheld for a shoulder without calcifying tendinitis, saying which condition it needs', () => {
    const result = shoulder({}, 'Rotator cuff tendinitis, right shoulder');
    expect(failing(result)).toEqual(['eswt-calcific-tendinitis']);
    expect(result.recommendation).toBe('uphold');
    expect(result.wouldMeetSummary.join(' ')).toContain('calcifying tendinitis');
  });

  it.each([
    ['a request 2 months after the injury', {}, '2016-10-01', 'not_met'],
    [
      'care not shown to have failed',
      { facts: { conservativeCareFailed: null } },
      undefined,
      'not_documented',
    ],
  ] as const)('six months of failed care: %s -> %s', (_name, item, doi, status) => {
    const result = shoulder(item, undefined, doi);
    expect(statusOf(result, 'eswt-six-months-care-failed')).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });

  it('allows at most 3 sessions', () => {
    expect(statusOf(shoulder({ quantity: 6 }), 'eswt-at-most-3-sessions')).toBe('not_met');
    expect(
      statusOf(
        shoulder({ quantity: null, frequencyPerWeek: 1, durationWeeks: 3 }),
        'eswt-at-most-3-sessions',
      ),
    ).toBe('met');
  });

  it('leaves the condition not documented while no diagnosis is entered', () => {
    const result = run({ service: 'physical_therapy', item: SHOULDER_MET });
    expect(statusOf(result, 'eswt-calcific-tendinitis')).toBe('not_documented');
  });
});

describe('shockwave therapy elsewhere', () => {
  const eswt = (
    bodyPart: string,
    diagnosis: string,
    service: 'physical_therapy' | 'chiropractic' = 'physical_therapy',
  ) => run({ service, item: withItem(SHOULDER_MET, { bodyPart }), edit: diagnosed(diagnosis) });

  it('plantar fasciitis after 6 months of failed care is overturned under ODG Ankle & Foot', () => {
    const result = eswt('left heel', 'Chronic plantar fasciitis, left');
    expect(result.guidelineSet?.id).toBe('odg-ankle-foot-eswt');
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Ankle & Foot, Extracorporeal shock wave therapy (ESWT)',
    );
    expect(failing(eswt('left foot', 'Calcific tendinitis, right shoulder'))).toEqual([
      'eswt-plantar-fasciitis',
    ]);
  });

  it.each([
    ['right elbow', 'Lateral epicondylitis', 'odg-elbow-eswt', 'eswt-elbow-not-recommended'],
    ['lumbar spine', 'Lumbar strain', 'odg-low-back-eswt', 'eswt-low-back-not-recommended'],
  ])('%s is not recommended (%s)', (bodyPart, diagnosis, setId, criterionId) => {
    const result = eswt(bodyPart, diagnosis);
    expect(result.guidelineSet?.id).toBe(setId);
    expect(failing(result)).toEqual([criterionId]);
    expect(result.recommendation).toBe('uphold');
  });

  it('a region with no ESWT rule is not judged as therapy visits: it goes to the evidence hierarchy', () => {
    const result = eswt('right knee', 'Patellar tendinopathy');
    expect(result.guidelineSet).toBeNull();
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain('shockwave therapy for this body region');
  });

  it('ordinary therapy of the same knee is still judged as physical medicine', () => {
    const result = run({
      service: 'physical_therapy',
      item: { requestedAs: 'PT right knee', bodyPart: 'right knee', frequencyPerWeek: 2, durationWeeks: 3 },
    });
    expect(result.guidelineSet?.id).toBe('cpmtg-2016-physical-medicine');
  });

  it.each([
    ['cervical spine', 'Cervical strain'],
    ['right knee', 'Patellar tendinopathy'],
  ])(
    'a chiropractor requesting ESWT of the %s is not judged as manipulation: evidence hierarchy',
    (bodyPart, dx) => {
      const result = eswt(bodyPart, dx, 'chiropractic');
      expect(result.guidelineSet).toBeNull();
      expect(result.evidencePathReason).toContain('shockwave therapy for this body region');
    },
  );

  it('ordinary chiropractic of the neck is still judged under ODG Neck', () => {
    const result = run({
      service: 'chiropractic',
      item: { requestedAs: 'Chiropractic neck x 6', bodyPart: 'cervical spine', quantity: 6 },
    });
    expect(result.guidelineSet?.id).toBe('odg-neck-manipulation-2016');
  });

  it('a chiropractor requesting ESWT of the shoulder is judged by the ESWT rule, not manipulation', () => {
    expect(eswt('right shoulder', 'Calcific tendinitis', 'chiropractic').guidelineSet?.id).toBe(
      'acoem-2004-shoulder-eswt',
    );
  });
});
