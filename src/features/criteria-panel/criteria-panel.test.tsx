// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DisputedItem, ItemReview } from '@/domain/case/case-schema';
import { emptyDisputedItem } from '@/domain/case/empty-case';
import type { CriterionResult, Evaluation, ItemEvaluation } from '@/domain/evaluator/evaluation-types';
import { ANNOUNCE_AFTER_QUIET_MS } from './criteria-announcement';
import { CriteriaPanel, type ReviewChange } from './criteria-panel';

afterEach(cleanup);

const criterion = (overrides: Partial<CriterionResult>): CriterionResult => ({
  criterionId: 'frequency',
  statement: 'Program runs 3-5 days a week',
  citation: {
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
    edition: '2009',
    pages: '125-126',
  },
  kind: 'computed',
  required: true,
  status: 'not_met',
  computedStatus: 'not_met',
  source: 'computed',
  evidence: 'Requested 2 days/week; the guideline requires 3-5 days/week.',
  note: '',
  fieldPaths: ['disputedItems.0.frequencyPerWeek'],
  wouldMeet: 'a program of 3-5 days/week',
  confirmed: true,
  ...overrides,
});

function buildEvaluation(criteria: CriterionResult[], extra: Partial<ItemEvaluation> = {}): Evaluation {
  return {
    asOf: '2014-11-11',
    items: [
      {
        itemId: 'item-1',
        itemIndex: 0,
        serviceType: 'work_hardening',
        guidelineSet: {
          id: 'mtus-cpmtg-2009',
          title: 'MTUS Chronic Pain Medical Treatment Guidelines',
          edition: '2009',
          effectiveFrom: '2009-07-18',
        },
        path: 'mtus',
        asOfDate: '2014-11-11',
        warnings: [],
        criteria,
        counts: { met: 0, not_met: 1, not_documented: 1, not_applicable: 0 },
        recommendation: 'uphold',
        drivingCriteria: ['frequency'],
        decisionRule: 'All required criteria must be met.',
        decision: 'upheld',
        decisionSource: 'recommendation',
        decisionContradicts: false,
        guidelineLine: 'MTUS Chronic Pain Medical Treatment Guidelines (2009), Page(s): 125-126',
        wouldMeetSummary: ['A program of 3-5 days/week would meet the frequency criterion.'],
        ...extra,
      },
    ],
  };
}

const item = { ...emptyDisputedItem('item-1'), requestedAs: 'Work hardening 2x6' };

/** The review the panel's last change makes of `current` (changes are applied to the form's value). */
function lastReview(onReviewChange: ReturnType<typeof vi.fn>, current: ItemReview): ItemReview {
  const [index, change] = onReviewChange.mock.lastCall as [number, ReviewChange];
  expect(index).toBe(0);
  return change(current);
}

/** The panel with callbacks no assertion reads. */
const renderPanel = (evaluation: Evaluation, items: DisputedItem[] = [item]) =>
  render(
    <CriteriaPanel evaluation={evaluation} items={items} onReviewChange={vi.fn()} onGoToField={vi.fn()} />,
  );

describe('CriteriaPanel', () => {
  it('shows status as text, evidence, citation, provenance and the would-meet summary', () => {
    renderPanel(
      buildEvaluation([
        criterion({}),
        criterion({
          criterionId: 'rtw',
          status: 'not_documented',
          confirmed: false,
          confirmationNote: 'seed letter only',
        }),
      ]),
    );
    expect(screen.getByText('Not met')).toBeTruthy();
    expect(screen.getByText('Not documented')).toBeTruthy();
    expect(screen.getAllByText(/Requested 2 days\/week/)).toHaveLength(2);
    expect(screen.getByText(/Recommendation: Uphold/)).toBeTruthy();
    expect(screen.getByText('A program of 3-5 days/week would meet the frequency criterion.')).toBeTruthy();
    expect(screen.getByText('unconfirmed: seed letter only')).toBeTruthy();
  });

  it('says when an item is judged under another service type’s guideline, and why', () => {
    renderPanel(
      buildEvaluation([criterion({})], {
        serviceType: 'postsurgical_therapy',
        judgedAs: {
          serviceType: 'physical_therapy',
          note: 'The request comes after the post-surgical period',
          evidence: 'The request date (06/01/2017) is 6 months after the surgery date (11/16/2016).',
          from: {
            id: 'mtus-postsurgical-2009',
            title: 'MTUS Postsurgical Treatment Guidelines (2009)',
            edition: '2009',
            effectiveFrom: '2009-07-18',
          },
          confirmed: false,
          confirmationNote: 'catalogue rule 4 [U]',
        },
      }),
    );
    const note = screen.getByText(/Judged as physical therapy:/).closest('p');
    expect(note?.textContent).toContain('The request comes after the post-surgical period.');
    expect(note?.textContent).toContain('06/01/2017');
    expect(note?.textContent).toContain('MTUS Postsurgical Treatment Guidelines (2009)');
    expect(within(note as HTMLElement).getByText('unconfirmed: catalogue rule 4 [U]')).toBeTruthy();
  });

  it('says nothing of another type when the item is judged under its own', () => {
    renderPanel(buildEvaluation([criterion({})]));
    expect(screen.queryByText(/Judged as/)).toBeNull();
  });

  it('cites the guideline without empty parts: no "()" for a source that has no edition', () => {
    renderPanel(
      buildEvaluation([
        criterion({}),
        criterion({
          criterionId: 'odg',
          citation: {
            guideline: 'Official Disability Guidelines (ODG), non-MTUS',
            edition: '',
            section: 'Preface, Physical therapy',
          },
        }),
        criterion({
          criterionId: 'named-source',
          citation: { guideline: 'Evidence source not named', edition: ' ', pages: '' },
        }),
      ]),
    );
    expect(
      screen.getByText('MTUS Chronic Pain Medical Treatment Guidelines (2009), p. 125-126'),
    ).toBeTruthy();
    expect(
      screen.getByText('Official Disability Guidelines (ODG), non-MTUS, Preface, Physical therapy'),
    ).toBeTruthy();
    expect(screen.getByText('Evidence source not named')).toBeTruthy();
    expect(screen.queryByText(/\(\s*\)/)).toBeNull();
  });

  it('records an override with its note and reports the field to go to', () => {
    const onReviewChange = vi.fn();
    const onGoToField = vi.fn();
    const { rerender } = render(
      <CriteriaPanel
        evaluation={buildEvaluation([criterion({})])}
        items={[item]}
        onReviewChange={onReviewChange}
        onGoToField={onGoToField}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Go to field/ }));
    expect(onGoToField).toHaveBeenCalledWith('disputedItems.0.frequencyPerWeek');
    fireEvent.click(screen.getByRole('button', { name: /^Override/ }));
    const group = screen.getByRole('group', { name: /Override/ });
    fireEvent.click(within(group).getByLabelText('Met'));
    expect(lastReview(onReviewChange, item.review)).toMatchObject({
      criteria: { frequency: { answer: 'met', note: '' } },
    });
    const answered = {
      ...item,
      review: { ...item.review, criteria: { frequency: { answer: 'met' as const, note: '' } } },
    };
    rerender(
      <CriteriaPanel
        evaluation={buildEvaluation([criterion({})])}
        items={[answered]}
        onReviewChange={onReviewChange}
        onGoToField={onGoToField}
      />,
    );
    expect(screen.getByText('An override is applied only with a note saying why.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Note (required)'), { target: { value: 'FCE shows capacity' } });
    expect(lastReview(onReviewChange, answered.review)).toMatchObject({
      criteria: { frequency: { answer: 'met', note: 'FCE shows capacity' } },
    });
  });

  it('keeps two answers given before the panel draws the first: each change applies to the current review', () => {
    const onReviewChange = vi.fn();
    render(
      <CriteriaPanel
        evaluation={buildEvaluation([
          criterion({}),
          criterion({ criterionId: 'hours', statement: 'At least 4 hours a day' }),
        ])}
        items={[item]}
        onReviewChange={onReviewChange}
        onGoToField={vi.fn()}
      />,
    );
    for (const name of [/^Override.*3-5 days/, /^Override.*4 hours/]) {
      fireEvent.click(screen.getByRole('button', { name }));
    }
    for (const group of screen.getAllByRole('group', { name: /Override/ })) {
      fireEvent.click(within(group).getByLabelText('Met'));
    }
    // The form applies each change in turn; the second must not undo the first.
    const changes = onReviewChange.mock.calls.map(([, change]) => change as ReviewChange);
    expect(changes.reduce((review, change) => change(review), item.review).criteria).toEqual({
      frequency: { answer: 'met', note: '' },
      hours: { answer: 'met', note: '' },
    });
  });

  it('moves focus into the override on Override, and back to Override when it is removed', () => {
    renderPanel(buildEvaluation([criterion({})]));
    act(() => screen.getByRole('button', { name: /^Override/ }).click());
    const group = screen.getByRole('group', { name: /Override/ });
    expect(document.activeElement).toBe(within(group).getByLabelText('Met'));
    act(() => screen.getByRole('button', { name: /^Remove override/ }).click());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Override/ }));
  });

  it('offers no override on a criterion that does not apply to the case', () => {
    renderPanel(
      buildEvaluation([
        criterion({}),
        criterion({
          criterionId: 'fce',
          statement: 'When an FCE was done, it supports the program',
          status: 'not_applicable',
          computedStatus: 'not_applicable',
          evidence: 'Not applicable: applies only when an FCE was done.',
        }),
      ]),
    );
    const overrides = screen.getAllByRole('button', { name: /^Override/ });
    expect(overrides).toEqual([
      screen.getByRole('button', { name: 'Override: Program runs 3-5 days a week' }),
    ]);
  });

  it("offers no judgment on a criterion that does not apply, and names each card's would-meet region", () => {
    const notApplicable = criterion({
      criterionId: 'flare-up',
      statement: 'For a flare-up, 1-2 visits',
      kind: 'judgment',
      status: 'not_applicable',
      source: 'computed',
    });
    renderPanel(buildEvaluation([criterion({}), notApplicable]));
    expect(screen.queryByRole('group', { name: /Your judgment/ })).toBeNull();
    expect(
      screen.getByRole('region', { name: 'What would meet the guideline for Work hardening 2x6' }),
    ).toBeTruthy();
  });

  it("marks a judgment's answer so the letter's Fix link for an unanswered judgment reaches it", () => {
    const judgment = (answer: '' | 'met' | 'not_met') =>
      criterion({
        criterionId: 'ch-plan-of-care',
        statement: 'The plan of care recommends manipulation',
        kind: 'judgment',
        status: answer === '' ? 'not_documented' : answer,
        source: answer === '' ? 'unanswered' : 'reviewer',
      });
    const path = '[data-scoped-field="review.criteria.ch-plan-of-care.answer"]';
    const unanswered = renderPanel(buildEvaluation([judgment('')]));
    // No answer yet: the first choice.
    expect(document.querySelectorAll(path)).toHaveLength(1);
    expect(document.querySelector(path)).toBe(screen.getByRole('radio', { name: 'Met' }));
    unanswered.unmount();

    const answered = {
      ...item,
      review: { ...item.review, criteria: { 'ch-plan-of-care': { answer: 'not_met' as const, note: '' } } },
    };
    renderPanel(buildEvaluation([judgment('not_met')]), [answered]);
    expect(document.querySelectorAll(path)).toHaveLength(1);
    expect(document.querySelector(path)).toBe(screen.getByRole('radio', { name: 'Not met' }));
  });

  it("marks the final decision and its reason so Go to field and the letter's Fix links reach them", () => {
    const contradicted = { ...item, review: { ...item.review, decision: 'overturned' as const } };
    renderPanel(
      buildEvaluation([criterion({})], {
        decision: 'overturned',
        decisionSource: 'reviewer',
        decisionContradicts: true,
      }),
      [contradicted],
    );
    const decision = document.querySelector('[data-scoped-field="review.decision"]');
    expect(decision).toBe(screen.getByRole('radio', { name: 'Overturned (medically necessary)' }));
    expect(document.querySelector('[data-scoped-field="review.decisionReason"]')).toBe(
      screen.getByLabelText('Reason for the decision (required)'),
    );
  });

  it('asks for a reason when the decision contradicts the criteria', () => {
    renderPanel(
      buildEvaluation([criterion({})], {
        decision: 'overturned',
        decisionSource: 'reviewer',
        decisionContradicts: true,
      }),
      [{ ...item, review: { ...item.review, decision: 'overturned' } }],
    );
    expect(screen.getByRole('alert').textContent).toContain('contradicts the criteria');
    const reason = screen.getByLabelText('Reason for the decision (required)');
    // The reason is typed outside the alert, so it is not re-announced on every key.
    expect(screen.getByRole('alert').contains(reason)).toBe(false);
    expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'A reason is required.',
    );
  });

  it('announces only a changed outcome, once typing pauses, and nothing on opening', () => {
    vi.useFakeTimers();
    try {
      const props = { items: [item], onReviewChange: vi.fn(), onGoToField: vi.fn() };
      const upheld = buildEvaluation([criterion({})]);
      const { rerender, container } = render(<CriteriaPanel {...props} evaluation={upheld} />);
      const region = () => container.querySelector('[aria-live="polite"]')?.textContent ?? null;
      act(() => vi.advanceTimersByTime(ANNOUNCE_AFTER_QUIET_MS));
      expect(region()).toBe('');

      // A flip and its reversal within one pause: nothing to say.
      const overturned = buildEvaluation([criterion({ status: 'met' })], {
        recommendation: 'overturn',
        counts: { met: 1, not_met: 0, not_documented: 1, not_applicable: 0 },
      });
      rerender(<CriteriaPanel {...props} evaluation={overturned} />);
      act(() => vi.advanceTimersByTime(ANNOUNCE_AFTER_QUIET_MS - 100));
      rerender(<CriteriaPanel {...props} evaluation={buildEvaluation([criterion({})])} />);
      act(() => vi.advanceTimersByTime(ANNOUNCE_AFTER_QUIET_MS));
      expect(region()).toBe('');

      // A flip that stays: said once the pause is long enough, naming the service by number.
      rerender(<CriteriaPanel {...props} evaluation={overturned} />);
      act(() => vi.advanceTimersByTime(ANNOUNCE_AFTER_QUIET_MS - 1));
      expect(region()).toBe('');
      act(() => vi.advanceTimersByTime(1));
      expect(region()).toBe(
        'Disputed service 1: Overturn (medically necessary), 1 met, 0 not met, 1 not documented.',
      );
    } finally {
      vi.useRealTimers();
    }
  });
});
