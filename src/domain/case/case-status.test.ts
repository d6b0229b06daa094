import { describe, expect, it } from 'vitest';
import type { CaseDraft } from './case-schema';
import { CASE_STATUS_LABELS, type CaseStatus, caseStatus } from './case-status';
import { buildDemoCase } from './demo-case';
import { emptyCaseDraft, emptyDisputedItem } from './empty-case';

function withItems(decisions: Array<'' | 'upheld' | 'overturned'>): CaseDraft {
  const draft = emptyCaseDraft('case-1');
  return {
    ...draft,
    disputedItems: decisions.map((decision, index) => {
      const item = emptyDisputedItem(`item-${index}`);
      return { ...item, review: { ...item.review, decision } };
    }),
  };
}

describe('caseStatus', () => {
  const cases: Array<[string, CaseDraft, CaseStatus]> = [
    ['a freshly created case', emptyCaseDraft('case-1'), 'not_started'],
    [
      'a case with only the case number typed',
      { ...emptyCaseDraft('c'), imr: { ...emptyCaseDraft('c').imr, caseNumber: 'CM1' } },
      'in_progress',
    ],
    [
      'a case whose default priority was changed',
      { ...emptyCaseDraft('c'), imr: { ...emptyCaseDraft('c').imr, priority: 'expedited' } },
      'in_progress',
    ],
    ['a case with one undecided item', withItems(['']), 'in_progress'],
    ['a case with one of two items decided', withItems(['upheld', '']), 'in_progress'],
    ['a case with its only item decided', withItems(['overturned']), 'decided'],
    ['a case with every item decided', withItems(['upheld', 'overturned', 'upheld']), 'decided'],
    ['the demo case (no decision yet)', buildDemoCase('demo'), 'in_progress'],
  ];

  it.each(cases)('%s is %s', (_label, draft, expected) => {
    expect(caseStatus(draft)).toBe(expected);
  });

  it('does not depend on the order of keys in a stored record', () => {
    const draft = emptyCaseDraft('case-1');
    const reordered = Object.fromEntries(Object.entries(draft).reverse()) as CaseDraft;
    expect(caseStatus(reordered)).toBe('not_started');
  });

  it('has a label for every status', () => {
    expect(Object.keys(CASE_STATUS_LABELS).sort()).toEqual(['decided', 'in_progress', 'not_started']);
  });
});
