/**
 * Services a surgery needs (a cold therapy unit, therapy after it) fall with the surgery when this
 * review decides it (confirmed catalogue 6.6: upheld with the surgery, no analysis of their own);
 * without a surgery in the review, the reviewer's answer decides.
 */
import { describe, expect, it } from 'vitest';
import type { DisputedItem } from '../../case/case-schema';
import { answer, caseWith, disputedItem, type ItemSpec } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { criterionResult } from '../../evaluator/evaluation-queries';
import { createIncrementalEvaluate } from '../../evaluator/incremental-evaluate';
import { GUIDELINE_LIBRARY } from '../index';

const AS_OF = '2026-01-15';
const REQUEST = '2016-12-13';

/** A shoulder arthroscopy the reviewer decides (the decision is the reviewer's, with its reason). */
const surgery = (decision: '' | 'upheld' | 'overturned'): DisputedItem =>
  disputedItem(
    'surgery',
    {
      requestedAs: 'Right shoulder arthroscopy',
      bodyPart: 'right shoulder',
      review: { decision, decisionReason: decision === '' ? '' : 'Decided on the records.' },
    },
    'surgery',
  );

const coldUnit = (facts: ItemSpec['facts'] = {}): DisputedItem =>
  disputedItem(
    'cold_therapy_unit',
    {
      requestedAs: 'Cold therapy unit, 7-day rental',
      quantity: 1,
      facts: { postoperative: true, rentalOrPurchase: '7-day rental', rentalDays: 7, ...facts },
    },
    'cold',
  );

const postOpTherapy = (facts: ItemSpec['facts'] = {}): DisputedItem =>
  disputedItem(
    'postsurgical_therapy',
    {
      requestedAs: 'Post-op PT x12 right shoulder',
      bodyPart: 'right shoulder',
      quantity: 12,
      facts: { surgeryType: 'arthroscopic rotator cuff repair', ...facts },
      review: { criteria: { 'ps-prescribed-by-surgeon': answer('met') } },
    },
    'therapy',
  );

const evaluated = (items: DisputedItem[], id: string) => {
  const draft = caseWith({ dateOfInjury: '2016-06-01', requestDate: REQUEST, items });
  const result = evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF }).items.find((item) => item.itemId === id);
  if (!result) throw new Error(`no item ${id}`);
  return result;
};

describe('a cold therapy unit requested with its surgery', () => {
  it('falls with a surgery this review upholds, whatever the reviewer answered', () => {
    const result = evaluated([coldUnit({ associatedSurgeryAuthorized: true }), surgery('upheld')], 'cold');
    expect(criterionResult(result, 'surgery-authorized')).toMatchObject({ status: 'not_met' });
    expect(criterionResult(result, 'surgery-authorized')?.evidence).toContain(
      'This review upholds the denial of the surgery ("Right shoulder arthroscopy")',
    );
    expect(result.recommendation).toBe('uphold');
  });

  it('stands with a surgery this review finds medically necessary', () => {
    const result = evaluated([surgery('overturned'), coldUnit()], 'cold');
    expect(criterionResult(result, 'surgery-authorized')).toMatchObject({ status: 'met' });
    expect(result.recommendation).toBe('overturn');
  });

  it('takes the reviewer’s answer while the surgery is undecided, and says so', () => {
    // No set covers hip surgery: on the evidence-hierarchy path it has no decision until the reviewer records one.
    const hip = { ...surgery(''), requestedAs: 'Right hip arthroscopy', bodyPart: 'right hip' };
    expect(evaluated([hip], 'surgery').decision).toBeNull();
    const answered = evaluated([coldUnit({ associatedSurgeryAuthorized: true }), hip], 'cold');
    expect(criterionResult(answered, 'surgery-authorized')).toMatchObject({ status: 'met' });
    expect(criterionResult(answered, 'surgery-authorized')?.evidence).toContain(
      'The surgery this item supports is authorized; the surgery in this review ("Right hip arthroscopy") is not decided yet',
    );
    const unanswered = evaluated([coldUnit(), hip], 'cold');
    expect(criterionResult(unanswered, 'surgery-authorized')?.status).toBe('not_documented');
  });

  it('takes the reviewer’s answer when no surgery is in this review', () => {
    const alone = evaluated([coldUnit({ associatedSurgeryAuthorized: true })], 'cold');
    expect(criterionResult(alone, 'surgery-authorized')).toMatchObject({ status: 'met' });
    expect(criterionResult(alone, 'surgery-authorized')?.evidence).toContain(
      'The surgery this item supports is authorized',
    );
    expect(criterionResult(evaluated([coldUnit()], 'cold'), 'surgery-authorized')?.status).toBe(
      'not_documented',
    );
  });

  it('follows a change of the surgery’s decision in the live panel', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const draftWith = (decision: 'upheld' | 'overturned') =>
      caseWith({ dateOfInjury: '2016-06-01', requestDate: REQUEST, items: [coldUnit(), surgery(decision)] });
    for (const decision of ['overturned', 'upheld', 'overturned'] as const) {
      const draft = draftWith(decision);
      const live = evaluateLive(draft, { asOf: AS_OF });
      expect(live).toEqual(evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF }));
      expect(criterionResult(live.items[0]!, 'surgery-authorized')?.status).toBe(
        decision === 'overturned' ? 'met' : 'not_met',
      );
    }
  });
});

describe('therapy asked for ahead of its surgery', () => {
  it('falls with the surgery this review upholds, instead of on a missing surgery date', () => {
    const result = evaluated([postOpTherapy(), surgery('upheld')], 'therapy');
    expect(criterionResult(result, 'ps-surgery-authorized')).toMatchObject({ status: 'not_met' });
    expect(criterionResult(result, 'ps-within-period')?.status).toBe('not_applicable');
    expect(result.drivingCriteria).toEqual(['ps-surgery-authorized']);
  });

  it('is judged by its initial course once this review finds the surgery necessary', () => {
    const result = evaluated([postOpTherapy(), surgery('overturned')], 'therapy');
    expect(criterionResult(result, 'ps-surgery-authorized')?.status).toBe('met');
    expect(criterionResult(result, 'ps-initial-course')?.status).toBe('met');
    expect(result.recommendation).toBe('overturn');
  });

  it('reads a surgery dated after the request as still to come, and asks whether it is authorized', () => {
    const scheduled = evaluated([postOpTherapy({ surgeryDate: '2017-01-10' })], 'therapy');
    expect(criterionResult(scheduled, 'ps-surgery-authorized')?.status).toBe('not_documented');
    expect(criterionResult(scheduled, 'ps-within-period')?.status).toBe('not_applicable');
    const authorized = evaluated(
      [postOpTherapy({ surgeryDate: '2017-01-10', associatedSurgeryAuthorized: true })],
      'therapy',
    );
    expect(criterionResult(authorized, 'ps-surgery-authorized')?.status).toBe('met');
    expect(authorized.recommendation).toBe('overturn');
  });

  it('does not ask about authorization once the surgery is done', () => {
    const done = evaluated([postOpTherapy({ surgeryDate: '2016-11-20' })], 'therapy');
    expect(criterionResult(done, 'ps-surgery-authorized')?.status).toBe('not_applicable');
    expect(criterionResult(done, 'ps-within-period')?.status).toBe('met');
  });
});
