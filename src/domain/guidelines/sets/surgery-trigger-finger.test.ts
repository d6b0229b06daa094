import { describe, expect, it } from 'vitest';
import { readFindingAnswers } from '../../case-file/finding-words';
import { DATES, run } from './procedure-test-support';

const SHEATH_INJECTION = {
  date: '2016-09-01',
  type: 'corticosteroid injection, flexor tendon sheath',
  level: 'right ring finger',
};

const release = (
  conservativeCareFailed: boolean | null,
  requestedAs = 'Right ring finger trigger finger release',
  injections = [SHEATH_INJECTION],
) =>
  run({
    service: 'surgery',
    item: { requestedAs, bodyPart: 'right ring finger', quantity: 1, facts: { conservativeCareFailed } },
    injections,
    ...DATES.cpmtg2016,
  });

describe('trigger finger release (ACOEM 2004 Ch. 11, not in the catalogue)', () => {
  it.each([
    [true, 'met', 'overturn'],
    [false, 'not_met', 'uphold'],
    [null, 'not_documented', 'uphold'],
  ] as const)('triggering persisting after injections %s: %s, %s', (failed, status, recommendation) => {
    const result = release(failed);
    expect(result.guidelineSet?.id).toBe('acoem-2004-trigger-finger-release');
    expect(result.criteria.map((criterion) => [criterion.criterionId, criterion.status])).toEqual([
      ['trigger-release-persistent', status],
      ['trigger-release-after-injection', 'met'],
    ]);
    expect(result.recommendation).toBe(recommendation);
  });

  it('waits for the tendon sheath injection that usually cures it', () => {
    const noInjection = release(true, 'Right ring finger trigger finger release', []);
    expect(
      noInjection.criteria.find((c) => c.criterionId === 'trigger-release-after-injection')?.status,
    ).toBe('not_met');
    expect(noInjection.recommendation).toBe('uphold');
    // Another finger's injection is not this one's.
    const otherHand = release(true, 'Right ring finger trigger finger release', [
      { ...SHEATH_INJECTION, level: 'left thumb' },
    ]);
    expect(otherHand.recommendation).toBe('uphold');
  });

  it('needs no imaging of the lesion, unlike the other hand operations', () => {
    expect(release(true, 'A1 pulley release, right thumb').guidelineSet?.id).toBe(
      'acoem-2004-trigger-finger-release',
    );
    expect(release(true, 'Right carpal tunnel release').guidelineSet?.id).toBe(
      'acoem-2004-wrist-hand-surgery',
    );
  });

  it('reads relief from injections that did not last as care that failed', () => {
    const failed = (finding: string) =>
      readFindingAnswers([finding], []).find((answer) => answer.key === 'conservativeCareFailed')?.value;
    expect(
      failed(
        'Received corticosteroid injections 3/2016 and 8/2016, each giving about 6 weeks of relief before triggering recurred',
      ),
    ).toBe(true);
  });
});
