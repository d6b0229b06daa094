// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FreeCriterion, ItemReview } from '@/domain/case/case-schema';
import { emptyDisputedItem } from '@/domain/case/empty-case';
import { PANEL_FIELD_PATHS } from '@/domain/guidelines/field-paths';
import { EvidencePathEditor } from './evidence-path-editor';

afterEach(cleanup);

const criterion = (id: string, text: string, answer: FreeCriterion['answer'] = ''): FreeCriterion => ({
  id,
  text,
  answer,
  note: `Note on ${text}`,
});

function reviewWith(freeCriteria: FreeCriterion[]): ItemReview {
  return { ...emptyDisputedItem('item-1').review, evidenceSource: 'odg', freeCriteria };
}

/** The panel as far as the editor sees it: the review comes back as a prop after each change. */
function Harness({ initial, onReview }: { initial: ItemReview; onReview?: (review: ItemReview) => void }) {
  const [review, setReview] = useState(initial);
  // The form's value, changed at once; the editor draws it a task later (the wizard batches code changes).
  const stored = useRef(initial);
  return (
    <EvidencePathEditor
      itemLabel="Service 1"
      review={review}
      onChange={(patch) => {
        const next = { ...stored.current, ...patch };
        stored.current = next;
        onReview?.(next);
        setTimeout(() => setReview(next), 0);
      }}
      recentCitations={[]}
    />
  );
}

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

const textOf = (index: number) => screen.getByLabelText(`Criterion ${index}`) as HTMLInputElement;
const answerGroup = (index: number) =>
  screen.getByRole('group', { name: `Criterion ${index} of Service 1: met or not met` });
const remove = (index: number) => screen.getByRole('button', { name: `Remove criterion ${index}` });

describe('EvidencePathEditor', () => {
  it('marks every panel field a criterion can point at, so Go to field finds it', () => {
    render(<Harness initial={reviewWith([criterion('a', 'First', 'not_met')])} />);
    // The decision and its reason are marked by the decision control (decision-control.tsx).
    // The decision and a guideline criterion's judgment are marked elsewhere (decision-control.tsx,
    // criterion-row.tsx).
    const editorPaths = PANEL_FIELD_PATHS.filter(
      (candidate) => !candidate.startsWith('review.decision') && !candidate.startsWith('review.criteria.'),
    );
    for (const path of editorPaths) {
      const scoped = path.replace('#', '0');
      expect(document.querySelectorAll(`[data-scoped-field="${scoped}"]`), scoped).toHaveLength(1);
    }
    // The answer's mark is on the current answer (a screen reader then announces it).
    const answer = document.querySelector('[data-scoped-field="review.freeCriteria.0.answer"]');
    expect(answer).toBe(within(answerGroup(1)).getByRole('radio', { name: 'Not met' }));
    expect(document.querySelector('[data-scoped-field="review.evidenceSource"]')).toBe(
      screen.getByLabelText('Source used'),
    );
  });

  it('moves focus after Add into the new criterion, above the button', async () => {
    render(<Harness initial={reviewWith([criterion('a', 'First')])} />);
    const add = screen.getByRole('button', { name: 'Add criterion' });
    add.focus();
    fireEvent.click(add);
    await settle();
    expect(document.activeElement).toBe(textOf(2));
    expect(textOf(2).value).toBe('');
  });

  it('keeps every change made before the review comes back: two quick Adds, an answer, a removal', async () => {
    // The panel hands the review back a task later; a second click in that task must build on the
    // first, not on the stale review (a flaky browser test lost the first added row this way).
    const reviews: ItemReview[] = [];
    render(
      <Harness initial={reviewWith([criterion('a', 'First')])} onReview={(next) => reviews.push(next)} />,
    );
    const add = screen.getByRole('button', { name: 'Add criterion' });
    fireEvent.click(add);
    fireEvent.click(add);
    fireEvent.click(within(answerGroup(1)).getByRole('radio', { name: 'Met' }));
    expect(reviews.at(-1)?.freeCriteria).toHaveLength(3);
    expect(reviews.at(-1)?.freeCriteria[0]?.answer).toBe('met');
    await settle();
    expect(screen.getAllByRole('button', { name: /^Remove criterion/ })).toHaveLength(3);
    expect(document.activeElement).toBe(textOf(3));

    fireEvent.change(textOf(2), { target: { value: 'Second' } });
    fireEvent.change(textOf(3), { target: { value: 'Third' } });
    await settle();
    // Two Removes before the list is drawn again: each takes its own row, not the one that slid up.
    fireEvent.click(remove(1));
    fireEvent.click(remove(2));
    expect(reviews.at(-1)?.freeCriteria.map((entry) => entry.text)).toEqual(['Third']);
    await settle();
    expect(screen.getAllByRole('button', { name: /^Remove criterion/ })).toHaveLength(1);
    expect(textOf(1).value).toBe('Third');
  });

  it('moves focus after Remove to the next criterion, else the previous one, else Add', async () => {
    render(
      <Harness
        initial={reviewWith([criterion('a', 'First'), criterion('b', 'Second'), criterion('c', 'Third')])}
      />,
    );
    remove(1).focus();
    fireEvent.click(remove(1));
    await settle();
    expect(document.activeElement).toBe(textOf(1));
    expect(textOf(1).value).toBe('Second');

    remove(2).focus();
    fireEvent.click(remove(2));
    await settle();
    expect(document.activeElement).toBe(textOf(1));
    expect(textOf(1).value).toBe('Second');

    remove(1).focus();
    fireEvent.click(remove(1));
    await settle();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add criterion' }));
    expect(document.activeElement).not.toBe(document.body);
  });

  it.each([
    ['empty', ['', '']],
    ['duplicate', ['same', 'same']],
  ])(
    'keeps criteria with %s ids apart: own radio groups, and the right rows after a removal',
    async (_, ids) => {
      const [firstId = '', secondId = ''] = ids;
      let latest: ItemReview | undefined;
      render(
        <Harness
          initial={reviewWith([criterion(firstId, 'First', 'met'), criterion(secondId, 'Second', 'not_met')])}
          onReview={(review) => {
            latest = review;
          }}
        />,
      );
      const names = [1, 2].map(
        (index) => (within(answerGroup(index)).getByRole('radio', { name: 'Met' }) as HTMLInputElement).name,
      );
      expect(names[0]).not.toBe(names[1]);
      expect((within(answerGroup(1)).getByRole('radio', { name: 'Met' }) as HTMLInputElement).checked).toBe(
        true,
      );
      expect(
        (within(answerGroup(2)).getByRole('radio', { name: 'Not met' }) as HTMLInputElement).checked,
      ).toBe(true);

      fireEvent.click(remove(1));
      await settle();
      expect(latest?.freeCriteria.map((entry) => entry.text)).toEqual(['Second']);
      expect(screen.queryByLabelText('Criterion 2')).toBeNull();
      expect(textOf(1).value).toBe('Second');
      expect((screen.getByLabelText('What the records show') as HTMLTextAreaElement).value).toBe(
        'Note on Second',
      );
      expect(
        (within(answerGroup(1)).getByRole('radio', { name: 'Not met' }) as HTMLInputElement).checked,
      ).toBe(true);
    },
  );
});
