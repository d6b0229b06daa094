import { describe, expect, it } from 'vitest';
import { letterState, stepToReturnTo } from './paths';

describe('stepToReturnTo ("Back to the case" on the letter)', () => {
  it('returns to the step the letter was opened from', () => {
    expect(stepToReturnTo(letterState('treatment'))).toBe('treatment');
    expect(stepToReturnTo(letterState('review'))).toBe('review');
  });

  it('opens the first step when the letter was opened by its address or the state is not a step', () => {
    for (const state of [null, undefined, 'reports', {}, { fromStep: 'letter' }, { fromStep: 3 }])
      expect(stepToReturnTo(state)).toBe('case');
  });
});
