import { describe, expect, it } from 'vitest';
import type { DisputedItem } from '../../case/case-schema';
import { suggestServiceTypes } from '../../case/service-suggestion';
import { caseWith, disputedItem } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { GUIDELINE_LIBRARY } from '../index';

const operation = (requestedAs: string, decision: 'upheld' | 'overturned'): DisputedItem =>
  disputedItem(
    'surgery',
    { requestedAs, bodyPart: 'right knee', review: { decision, decisionReason: 'Decided on the records.' } },
    'surgery',
  );

const assistant = (requestedAs: string) =>
  disputedItem('assistant_surgeon', { requestedAs, quantity: 1 }, 'assistant');

function evaluatedAssistant(items: DisputedItem[]) {
  const draft = caseWith({ dateOfInjury: '2015-06-01', requestDate: '2016-12-13', items });
  const result = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items.find(
    (item) => item.itemId === 'assistant',
  );
  if (!result) throw new Error('no assistant item');
  return result;
}
const statuses = (result: ReturnType<typeof evaluatedAssistant>) =>
  Object.fromEntries(result.criteria.map((criterion) => [criterion.criterionId, criterion.status]));

describe('an assistant surgeon (ODG Surgical assistant, not in the catalogue)', () => {
  it('for a knee replacement this review finds necessary: overturned', () => {
    const result = evaluatedAssistant([
      operation('Right total knee arthroplasty', 'overturned'),
      assistant('Assistant surgeon for right total knee arthroplasty'),
    ]);
    expect(statuses(result)).toEqual({ 'surgery-authorized': 'met', 'assistant-complex-operation': 'met' });
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Low Back; Knee & Leg, Surgical assistant',
    );
  });

  it('falls with its operation', () => {
    const result = evaluatedAssistant([
      operation('Right total knee arthroplasty', 'upheld'),
      assistant('Assistant surgeon for right total knee arthroplasty'),
    ]);
    expect(statuses(result)['surgery-authorized']).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
  });

  it('for an operation that almost never needs one, waits on the reviewer', () => {
    const result = evaluatedAssistant([
      operation('Right carpal tunnel release', 'overturned'),
      assistant('Assistant surgeon for right carpal tunnel release'),
    ]);
    expect(statuses(result)['assistant-complex-operation']).toBe('not_documented');
    expect(result.recommendation).toBe('uphold');
  });

  it('reads the assistant before the operation it assists', () => {
    expect(suggestServiceTypes('Assistant surgeon for right total knee arthroplasty')[0]).toBe(
      'assistant_surgeon',
    );
    expect(suggestServiceTypes('Surgical assistant (PA) for L4-5 fusion')[0]).toBe('assistant_surgeon');
    expect(suggestServiceTypes('Right TKA')[0]).toBe('surgery');
  });
});
