import { describe, expect, it } from 'vitest';
import { statusOf, surgeryRequest as surgery } from './procedure-test-support';

describe.each([
  // [body part, set, letter line chapter, the elective criteria]
  [
    'L4-5 lumbar spine',
    'acoem-2004-low-back-surgery',
    'Low Back Complaints',
    [
      'spine-surgery-limitation-1-month',
      'spine-surgery-conservative-failed',
      'spine-surgery-lesion-evidence',
    ],
  ],
  [
    'cervical spine',
    'acoem-2004-neck-surgery',
    'Neck and Upper Back Complaints',
    [
      'spine-surgery-limitation-1-month',
      'spine-surgery-conservative-failed',
      'spine-surgery-lesion-evidence',
    ],
  ],
  [
    'right wrist',
    'acoem-2004-wrist-hand-surgery',
    'Forearm, Wrist, and Hand Complaints',
    ['hand-surgery-conservative-failed', 'hand-surgery-lesion-evidence'],
  ],
  [
    'left ankle',
    'acoem-2004-ankle-foot-surgery',
    'Ankle and Foot Complaints',
    ['foot-surgery-limitation-1-month', 'foot-surgery-exercise-failed', 'foot-surgery-lesion-evidence'],
  ],
] as const)('%s surgery (ACOEM 2004 Surgical Considerations)', (bodyPart, setId, chapter, elective) => {
  it('is chosen by the body part and printed with the chapter', () => {
    const result = surgery(bodyPart);
    expect(result.guidelineSet?.id).toBe(setId);
    expect(result.guidelineLine).toBe(`MTUS ${chapter} 2004, Section(s): Surgical Considerations`);
    // Written from the chapter, not confirmed by a letter: every rule says so in the panel.
    expect(result.criteria.every((criterion) => !criterion.confirmed)).toBe(true);
  });

  it('overturns on the elective path when each of its parts is documented', () => {
    const result = surgery(bodyPart);
    for (const id of elective) expect(statusOf(result, id)).toBe('met');
    expect(result.recommendation).toBe('overturn');
  });

  it.each(elective.map((id) => [id]))('upholds without red flags when %s is not met', (id) => {
    const failing = id.endsWith('limitation-1-month')
      ? { functionLimitedByPain: false }
      : id.endsWith('lesion-evidence')
        ? { imagingCorroborates: false }
        : { conservativeCareFailed: false };
    const result = surgery(bodyPart, failing);
    expect(statusOf(result, id)).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
  });

  it('red flags are a path of their own', () => {
    const result = surgery(bodyPart, {
      redFlags: true,
      conservativeCareFailed: false,
      imagingCorroborates: null,
    });
    expect(statusOf(result, 'surgery-red-flags')).toBe('met');
    expect(result.recommendation).toBe('overturn');
  });

  it('leaves a request with nothing documented upheld as not documented', () => {
    const result = surgery(bodyPart, {
      redFlags: null,
      functionLimitedByPain: null,
      conservativeCareFailed: null,
      imagingCorroborates: null,
    });
    expect(result.recommendation).toBe('uphold');
    expect(result.counts.not_documented).toBe(result.criteria.length);
  });
});

describe('the month of limitation the spine and foot chapters ask for', () => {
  it.each([
    ['2016-11-01', 'met'],
    ['2016-11-02', 'not_met'],
  ])('injury %s, request 12/01/2016 -> %s', (doi, expected) => {
    expect(statusOf(surgery('low back', {}, { doi }), 'spine-surgery-limitation-1-month')).toBe(expected);
  });
});

describe('the elbow chapter (MTUS Elbow Complaints 2007)', () => {
  it('judges an elbow operation on 3 months of limitation, failed care and evidence of the lesion', () => {
    const release = surgery('left elbow', {}, { doi: '2016-08-01' });
    expect(release.guidelineSet?.id).toBe('acoem-2007-elbow-surgery');
    expect(release.guidelineLine).toBe('MTUS Elbow Complaints 2007, Section(s): Surgical Considerations');
    expect(release.recommendation).toBe('overturn');
    const early = surgery('left elbow', {}, { doi: '2016-10-24' });
    expect(statusOf(early, 'elbow-surgery-limitation-3-months')).toBe('not_met');
    expect(early.recommendation).toBe('uphold');
    const noStudy = surgery('left elbow', { imagingCorroborates: false }, { doi: '2016-08-01' });
    expect(statusOf(noStudy, 'elbow-surgery-lesion-evidence')).toBe('not_met');
  });
});

describe('where surgery stays on the evidence hierarchy', () => {
  it.each([['left hip'], ['']])('%j', (bodyPart) => {
    const result = surgery(bodyPart);
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain('low back, neck and upper back');
  });

  it('a request before 06/15/2007 or from 12/01/2017 is not judged on these chapters', () => {
    expect(surgery('low back', {}, { doi: '2006-01-01', rfa: '2007-01-01' }).path).toBe('evidence_hierarchy');
    expect(surgery('low back', {}, { rfa: '2017-12-01' }).path).toBe('evidence_hierarchy');
  });
});
