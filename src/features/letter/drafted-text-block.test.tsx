// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { letterHash } from '@/domain/letter/letter-hash';
import type { DraftedText } from '@/domain/letter/letter-model';
import { type ActionOutcome, type DraftedTextActions, DraftedTextBlock } from './drafted-text-block';

afterEach(cleanup);

function drafted(edit?: { text: string; basedOn: string }): DraftedText {
  const draftedText = 'The drafted summary.\n\nSecond drafted paragraph.';
  const draftedHash = letterHash(draftedText);
  return {
    id: 'case-summary',
    draftedText,
    draftedHash,
    text: edit?.text ?? draftedText,
    edited: edit !== undefined,
    stale: edit !== undefined && edit.basedOn !== draftedHash,
    basedOn: edit?.basedOn ?? null,
  };
}

function actionsReturning(outcome: ActionOutcome): DraftedTextActions {
  return {
    save: vi.fn(async () => outcome),
    keep: vi.fn(async () => outcome),
    revert: vi.fn(async () => outcome),
  };
}

const renderBlock = (text: DraftedText, actions: DraftedTextActions) =>
  render(<DraftedTextBlock drafted={text} label="clinical case summary" actions={actions} />);

describe('DraftedTextBlock', () => {
  it('shows the text as paragraphs, markup included as literal text', () => {
    const text = drafted({ text: '<b>bold?</b>\n\n<img src=x onerror=alert(1)>', basedOn: letterHash('x') });
    const { container } = renderBlock({ ...text, stale: false }, actionsReturning({ ok: true, message: '' }));
    expect(screen.getByText('<b>bold?</b>')).toBeTruthy();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('b, img')).toBeNull();
  });

  it('edits in place: the box starts with the current text and Save passes what was typed', async () => {
    const text = drafted();
    const actions = actionsReturning({ ok: true, message: 'Saved your edit.' });
    renderBlock(text, actions);
    fireEvent.click(screen.getByRole('button', { name: 'Edit the clinical case summary' }));
    const box = screen.getByRole('textbox', {
      name: 'Text of the clinical case summary',
    }) as HTMLTextAreaElement;
    expect(box.value).toBe(text.draftedText);
    fireEvent.change(box, { target: { value: 'My summary.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save clinical case summary' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved your edit.'));
    expect(actions.save).toHaveBeenCalledWith(text, 'My summary.');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('keeps the typed text and shows why when saving fails', async () => {
    const actions = actionsReturning({
      ok: false,
      message: 'This case was changed in another tab or window.',
    });
    renderBlock(drafted(), actions);
    fireEvent.click(screen.getByRole('button', { name: 'Edit the clinical case summary' }));
    const box = screen.getByRole('textbox', {
      name: 'Text of the clinical case summary',
    }) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Typed and precious.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save clinical case summary' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('another tab'));
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Typed and precious.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('Cancel leaves the text as it was without saving', () => {
    const actions = actionsReturning({ ok: true, message: '' });
    renderBlock(drafted(), actions);
    fireEvent.click(screen.getByRole('button', { name: 'Edit the clinical case summary' }));
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Thrown away.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(actions.save).not.toHaveBeenCalled();
    expect(screen.getByText('The drafted summary.')).toBeTruthy();
  });

  it.each([
    ['drafted', undefined, ['Edit the clinical case summary']],
    [
      'edited',
      { text: 'Mine.', basedOn: letterHash('The drafted summary.\n\nSecond drafted paragraph.') },
      ['Edit the clinical case summary', 'Revert to draft of the clinical case summary'],
    ],
    [
      'stale',
      { text: 'Mine.', basedOn: letterHash('An older draft.') },
      [
        'Edit the clinical case summary',
        'Keep my edit of the clinical case summary',
        'Replace with new draft of the clinical case summary',
      ],
    ],
  ] as const)('offers the right actions when %s', (_state, edit, buttons) => {
    renderBlock(drafted(edit), actionsReturning({ ok: true, message: '' }));
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([...buttons]);
    expect(screen.queryByText('Edited') !== null).toBe(edit !== undefined);
  });

  it('a stale edit shows the new draft beside the edit, and Keep keeps it', async () => {
    const text = drafted({ text: 'Mine.', basedOn: letterHash('An older draft.') });
    const actions = actionsReturning({ ok: true, message: 'Kept your edit.' });
    renderBlock(text, actions);
    expect(screen.getByText('The facts changed since you edited this section.')).toBeTruthy();
    expect(screen.getByText('New draft')).toBeTruthy();
    expect(screen.getByText('Second drafted paragraph.')).toBeTruthy();
    expect(screen.getAllByText('Mine.')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Keep my edit of the clinical case summary' }));
    await waitFor(() => expect(actions.keep).toHaveBeenCalledWith(text));
  });

  it('Replace with new draft asks first and only then removes the edit', async () => {
    const text = drafted({ text: 'Mine.', basedOn: letterHash('An older draft.') });
    const actions = actionsReturning({ ok: true, message: 'This section now prints the drafted text.' });
    renderBlock(text, actions);
    fireEvent.click(
      screen.getByRole('button', { name: 'Replace with new draft of the clinical case summary' }),
    );
    expect(actions.revert).not.toHaveBeenCalled();
    expect(screen.getByText(/Your edited text will be discarded/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, replace my edit' }));
    await waitFor(() => expect(actions.revert).toHaveBeenCalledWith(text));
  });
});
