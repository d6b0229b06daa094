import { describe, expect, it } from 'vitest';
import type { Evaluation, ItemEvaluation } from '@/domain/evaluator/evaluation-types';
import { announcementFor, outcomeLines } from './criteria-announcement';

function item(index: number, overrides: Partial<ItemEvaluation> = {}): ItemEvaluation {
  return {
    itemId: `item-${index}`,
    itemIndex: index,
    recommendation: 'uphold',
    counts: { met: 2, not_met: 1, not_documented: 0, not_applicable: 0 },
    ...overrides,
  } as ItemEvaluation;
}

const evaluation = (items: ItemEvaluation[]): Evaluation => ({ asOf: '2026-01-15', items });

describe('outcomeLines', () => {
  it('names each service by its number with its recommendation and counts', () => {
    const lines = outcomeLines(
      evaluation([
        item(0),
        item(1, {
          recommendation: null,
          counts: { met: 0, not_met: 0, not_documented: 3, not_applicable: 1 },
        }),
      ]),
    );
    expect(lines.get('item-0')).toBe(
      'Disputed service 1: Uphold (not medically necessary), 2 met, 1 not met, 0 not documented.',
    );
    expect(lines.get('item-1')).toBe(
      'Disputed service 2: no recommendation yet, 0 met, 0 not met, 3 not documented.',
    );
  });
});

describe('announcementFor', () => {
  const before = outcomeLines(evaluation([item(0), item(1), item(2)]));

  it('says nothing when no outcome changed', () => {
    expect(announcementFor(before, outcomeLines(evaluation([item(0), item(1), item(2)])))).toBeNull();
  });

  it('reads out only the services whose outcome changed', () => {
    const after = outcomeLines(
      evaluation([
        item(0),
        item(1, {
          recommendation: 'overturn',
          counts: { met: 3, not_met: 0, not_documented: 0, not_applicable: 0 },
        }),
        item(2),
      ]),
    );
    expect(announcementFor(before, after)).toBe(
      'Disputed service 2: Overturn (medically necessary), 3 met, 0 not met, 0 not documented.',
    );
  });

  it('announces a newly added service', () => {
    const after = outcomeLines(evaluation([item(0), item(1), item(2), item(3, { recommendation: null })]));
    expect(announcementFor(before, after)).toMatch(/^Disputed service 4: no recommendation yet/);
  });

  it('counts the rest when many services change at once (a new injury date)', () => {
    const changedCounts = { met: 0, not_met: 3, not_documented: 0, not_applicable: 0 };
    const many = Array.from({ length: 8 }, (_, index) => item(index));
    const after = outcomeLines(evaluation(many.map((each) => ({ ...each, counts: changedCounts }))));
    const said = announcementFor(outcomeLines(evaluation(many)), after) ?? '';
    expect(said.match(/Disputed service \d+:/g)).toEqual([
      'Disputed service 1:',
      'Disputed service 2:',
      'Disputed service 3:',
    ]);
    expect(said).toMatch(/Criteria also changed for 5 more disputed services\.$/);
  });
});
