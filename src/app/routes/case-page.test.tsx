// @vitest-environment happy-dom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseDraft } from '@/domain/case/case-schema';
import { emptyCaseDraft } from '@/domain/case/empty-case';
import type { WizardProps } from '@/features/wizard/wizard';
import { CASE_CHANNEL_NAME } from '@/storage/case-changes';
import { casesRepo } from '@/storage/cases-repo';
import { createQueryClient } from '../query-client';
import { appRoutes } from '../router';

// A stand-in wizard: lets the test type (report drafts) and change steps like the real one would.
/** How often the stand-in wizard rendered: the save status must not re-render it. */
const wizardRenders = { count: 0 };

vi.mock('@/features/wizard/wizard', () => ({
  Wizard: ({ initialDraft, step, onDraftChange, onStepChange, headerExtra }: WizardProps) => {
    wizardRenders.count += 1;
    const withCaseNumber = (caseNumber: string): CaseDraft => ({
      ...initialDraft,
      imr: { ...initialDraft.imr, caseNumber },
    });
    return (
      <section aria-label="Case wizard">
        <h2>Step {step}</h2>
        <p>Opened with case number {initialDraft.imr.caseNumber || '(none)'}</p>
        {headerExtra}
        <label>
          Case number
          <input onChange={(event) => onDraftChange(withCaseNumber(event.target.value))} />
        </label>
        <button type="button" onClick={() => onStepChange('patient')}>
          Next step
        </button>
      </section>
    );
  },
}));

let counter = 0;

async function storedCase(): Promise<string> {
  const id = `case-page-test-${++counter}`;
  await casesRepo.saveCase(emptyCaseDraft(id));
  return id;
}

function renderAt(url: string) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [url] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const saveStatus = () => screen.getByRole('status');

// The route is lazy-loaded: load it once up front so the first test does not pay for the import.
beforeAll(async () => {
  await import('./case-page');
});

afterEach(() => {
  cleanup();
});

describe('case page', () => {
  it('autosaves what the wizard reports and shows Saved only once it is stored', async () => {
    const id = await storedCase();
    renderAt(`/cases/${id}/case`);
    fireEvent.change(await screen.findByLabelText('Case number'), { target: { value: 'CM-1' } });
    // Said after the keystroke's frame, not inside it.
    expect(saveStatus().textContent).toBe('Saved');
    await waitFor(() => expect(saveStatus().textContent).toBe('Unsaved changes'));
    await waitFor(() => expect(saveStatus().textContent).toBe('Saved'));
    // The status is read, not announced: a screen reader hears nothing of the save cycle.
    expect(saveStatus().getAttribute('aria-live')).toBe('off');
    expect(screen.getByTestId('save-announcement').textContent).toBe('');
    const stored = await casesRepo.getCase(id);
    expect(stored?.draft.imr.caseNumber).toBe('CM-1');
    expect(stored?.revision).toBe(2);
  });

  it('writes at once on step change and puts the step in the URL', async () => {
    const id = await storedCase();
    const router = renderAt(`/cases/${id}/case`);
    fireEvent.change(await screen.findByLabelText('Case number'), { target: { value: 'CM-2' } });
    const save = vi.spyOn(casesRepo, 'saveCase');
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    // Called synchronously by the flush, before any debounce could run.
    expect(save).toHaveBeenCalledTimes(1);
    save.mockRestore();
    expect(router.state.location.pathname).toBe(`/cases/${id}/patient`);
    expect(await screen.findByRole('heading', { name: 'Step patient' })).toBeTruthy();
    await waitFor(() => expect(saveStatus().textContent).toBe('Saved'));
  });

  it('writes at once when the page is hidden', async () => {
    const id = await storedCase();
    renderAt(`/cases/${id}/case`);
    fireEvent.change(await screen.findByLabelText('Case number'), { target: { value: 'CM-3' } });
    const save = vi.spyOn(casesRepo, 'saveCase');
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
    expect(save).toHaveBeenCalledTimes(1);
    save.mockRestore();
    await waitFor(() => expect(saveStatus().textContent).toBe('Saved'));
  });

  it('says "Not saved" with the reason when another tab saved first, and keeps the typed value', async () => {
    const id = await storedCase();
    renderAt(`/cases/${id}/case`);
    const input = await screen.findByLabelText<HTMLInputElement>('Case number');
    // Another tab writes revision 2 after this page opened revision 1.
    await casesRepo.saveCase({
      ...emptyCaseDraft(id),
      imr: { ...emptyCaseDraft(id).imr, caseNumber: 'OTHER' },
    });
    fireEvent.change(input, { target: { value: 'MINE' } });
    await waitFor(() =>
      expect(saveStatus().textContent).toMatch(/^Not saved: This case was changed in another tab/),
    );
    expect(input.value).toBe('MINE');
    // A failure is announced; the announcement follows the status in an effect, possibly a task later.
    await waitFor(() =>
      expect(screen.getByTestId('save-announcement').textContent).toMatch(
        /^Not saved: This case was changed in another tab/,
      ),
    );
    // The notice hears of the change in its own after-paint delivery: possibly a task later.
    expect((await screen.findByRole('alert')).textContent).toBe(
      "This case was changed in another tab. Reload latest shows that version and drops your unsaved changes here; Keep mine saves this page's version over it and drops the other tab's changes. Until you choose, your changes here are kept.",
    );
    expect((await casesRepo.getCase(id))?.draft.imr.caseNumber).toBe('OTHER');

    // "Keep mine" saves over the other tab's version, explicitly.
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(saveStatus().textContent).toBe('Saved'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // ...and so is the recovery, once.
    await waitFor(() => expect(screen.getByTestId('save-announcement').textContent).toBe('Saved'));
    const stored = await casesRepo.getCase(id);
    expect(stored?.draft.imr.caseNumber).toBe('MINE');
    expect(stored?.revision).toBe(3);
  });

  it('"Reload latest" drops the unsaved change and shows the version another tab stored', async () => {
    const id = await storedCase();
    renderAt(`/cases/${id}/case`);
    const input = await screen.findByLabelText<HTMLInputElement>('Case number');
    await casesRepo.saveCase({
      ...emptyCaseDraft(id),
      imr: { ...emptyCaseDraft(id).imr, caseNumber: 'OTHER' },
    });
    fireEvent.change(input, { target: { value: 'MINE' } });
    await screen.findByRole('button', { name: 'Reload latest' });
    fireEvent.click(screen.getByRole('button', { name: 'Reload latest' }));
    expect(await screen.findByText('Opened with case number OTHER')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(saveStatus().textContent).toBe('Saved');
    const stored = await casesRepo.getCase(id);
    expect(stored?.draft.imr.caseNumber).toBe('OTHER');
    expect(stored?.revision).toBe(2);
  });

  it('with nothing unsaved, shows the version another tab stored by itself and says so', async () => {
    const id = await storedCase();
    renderAt(`/cases/${id}/case`);
    await screen.findByLabelText<HTMLInputElement>('Case number');
    const { revision } = await casesRepo.saveCase({
      ...emptyCaseDraft(id),
      imr: { ...emptyCaseDraft(id).imr, caseNumber: 'OTHER' },
    });
    // What another tab's channel would tell this page (a channel never hears its own posts).
    const otherTab = new BroadcastChannel(CASE_CHANNEL_NAME);
    otherTab.postMessage({ kind: 'saved', caseId: id, revision });
    otherTab.close();
    expect(await screen.findByText('Opened with case number OTHER')).toBeTruthy();
    expect(
      screen.getByText(/to the version saved in another tab\. This page had no unsaved changes\./),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reload latest' })).toBeNull();
    expect(saveStatus().textContent).toBe('Saved');
    // Nothing was written over the other tab's version.
    expect((await casesRepo.getCase(id))?.revision).toBe(2);
  });

  it('does not re-render the wizard when the save status changes', async () => {
    const id = await storedCase();
    renderAt(`/cases/${id}/case`);
    const input = await screen.findByLabelText('Case number');
    const rendersBefore = wizardRenders.count;
    for (const value of ['C', 'CM', 'CM-', 'CM-7']) {
      fireEvent.change(input, { target: { value } });
    }
    await waitFor(() => expect(saveStatus().textContent).toBe('Unsaved changes'));
    await waitFor(() => expect(saveStatus().textContent).toBe('Saved'));
    fireEvent.change(input, { target: { value: 'CM-77' } });
    await waitFor(() => expect(saveStatus().textContent).toBe('Unsaved changes'));
    await waitFor(() => expect(saveStatus().textContent).toBe('Saved'));
    expect((await casesRepo.getCase(id))?.draft.imr.caseNumber).toBe('CM-77');
    // unsaved -> saving -> saved twice over, and the wizard never rendered again.
    expect(wizardRenders.count).toBe(rendersBefore);
  });

  it('reopens the saved data at the step in the URL', async () => {
    const id = await storedCase();
    await casesRepo.saveCase({
      ...emptyCaseDraft(id),
      imr: { ...emptyCaseDraft(id).imr, caseNumber: 'CM-9' },
    });
    renderAt(`/cases/${id}/treatment`);
    expect(await screen.findByRole('heading', { name: 'Step treatment' })).toBeTruthy();
    expect(screen.getByText('Opened with case number CM-9')).toBeTruthy();
  });

  it('shows a loading status, not a blank page or a router warning, while a deep link loads the page', async () => {
    const id = await storedCase();
    const warn = vi.spyOn(console, 'warn');
    try {
      renderAt(`/cases/${id}/treatment`);
      expect(screen.getByRole('status').textContent).toBe('Opening the case…');
      expect(await screen.findByRole('heading', { name: 'Step treatment' })).toBeTruthy();
      expect(warn.mock.calls.flat().join('\n')).not.toMatch(/HydrateFallback/);
    } finally {
      warn.mockRestore();
    }
  });

  it('shows "Case not found" for an unknown case', async () => {
    renderAt('/cases/nobody/case');
    expect(await screen.findByRole('heading', { name: 'Case not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the case list' }).getAttribute('href')).toBe('/');
  });
});
