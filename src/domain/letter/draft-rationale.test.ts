import { describe, expect, it } from 'vitest';
import { emptyCaseDraft, emptyDisputedItem } from '../case/empty-case';
import { draftRationale } from './draft-rationale';
import { criterion, itemEvaluation } from './letter-test-fixtures';

const draft = emptyCaseDraft('case');
const item = { ...emptyDisputedItem('mri'), requestedAs: 'MRI lumbar spine' };

// An imaging-style set: either red flags, or a neurological deficit after failed conservative care.
const redFlag = criterion('red-flags', 'Red flags are present.', 'not_met', 'Red flags: no.');
const deficit = criterion('neuro-deficit', 'A neurological deficit is documented.', 'met', 'Deficit: yes.');
const conservative = criterion('failed-care', 'Conservative care failed.', 'met', 'Failed care: yes.');
const paths = [
  { id: 'red', label: 'red flags', criteria: ['red-flags'], satisfied: false },
  {
    id: 'deficit',
    label: 'deficit after failed conservative care',
    criteria: ['neuro-deficit', 'failed-care'],
    satisfied: true,
  },
];

describe('draftRationale with alternative decision paths', () => {
  it('discusses only the satisfied path and never calls an overturned request failing', () => {
    const evaluation = itemEvaluation({
      itemId: 'mri',
      criteria: [redFlag, deficit, conservative],
      recommendation: 'overturn',
      decision: 'overturned',
      decisionPaths: paths,
    });
    const text = draftRationale(draft, item, 0, evaluation, 'overturned');
    expect(text).toContain(
      'meets every criterion of one qualifying path of the guideline (deficit after failed conservative care)',
    );
    expect(text).not.toContain('does not meet the guideline');
    expect(text).not.toContain('Red flags are present');
    expect(text).toContain('IS medically necessary.');
  });

  it('says no path is met when none is, and lists the findings of every path', () => {
    const evaluation = itemEvaluation({
      itemId: 'mri',
      criteria: [redFlag, { ...deficit, status: 'not_documented' }, conservative],
      recommendation: 'uphold',
      decision: 'upheld',
      decisionPaths: paths.map((path) => ({ ...path, satisfied: false })),
    });
    const text = draftRationale(draft, item, 0, evaluation, 'upheld');
    expect(text).toContain('No qualifying path of the guideline has all of its criteria met');
    expect(text).toContain('Red flags');
    expect(text).toContain('IS NOT medically necessary.');
  });

  it('keeps the required-criteria wording for sets without paths', () => {
    const evaluation = itemEvaluation({
      itemId: 'mri',
      criteria: [redFlag, deficit],
      recommendation: 'uphold',
      decision: 'upheld',
    });
    expect(draftRationale(draft, item, 0, evaluation, 'upheld')).toContain(
      'Because a required criterion is not met or not documented, the request does not meet the guideline.',
    );
  });
});
