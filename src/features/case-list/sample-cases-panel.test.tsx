// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseDraft } from '@/domain/case/case-schema';
import { SAMPLE_CASES } from '@/domain/case/sample-cases';
import { SampleCasesPanel } from './sample-cases-panel';

afterEach(cleanup);

function renderPanel({ busy = false } = {}) {
  const onLoad = vi.fn<(build: (id: string) => CaseDraft) => void>();
  const onClose = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SampleCasesPanel id="samples" busy={busy} onLoad={onLoad} onClose={onClose} loadButtonClass="" />
    </QueryClientProvider>,
  );
  return { onLoad, onClose };
}

describe('sample cases panel', () => {
  it('lists every sample with its real decision, each with its own Load button', async () => {
    renderPanel();
    const panel = screen.getByRole('region', { name: 'Sample cases' });
    const items = await within(panel).findAllByRole('listitem');
    expect(items).toHaveLength(SAMPLE_CASES.length);
    expect(within(items[1]!).getByRole('heading', { level: 3 }).textContent).toBe(SAMPLE_CASES[1]!.title);
    expect(items[1]!.textContent).toContain('Real decision: Overturned');
    expect(
      screen
        .getAllByRole('button', { name: /^Load sample: / })
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(SAMPLE_CASES.map((sample) => `Load sample: ${sample.title}`));
  });

  it('loads the chosen sample: its builder makes that case under the new id', async () => {
    const { onLoad } = renderPanel();
    const sample = SAMPLE_CASES[2]!;
    fireEvent.click(await screen.findByRole('button', { name: `Load sample: ${sample.title}` }));
    expect(onLoad).toHaveBeenCalledTimes(1);
    const draft = onLoad.mock.calls[0]![0]('new-case');
    expect(draft.id).toBe('new-case');
    expect(draft.imr.caseNumber).toBe(sample.caseNumber);
  });

  it('disables loading while the list is busy', async () => {
    renderPanel({ busy: true });
    const buttons = await screen.findAllByRole('button', { name: /^Load sample: / });
    expect(buttons.every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
  });

  it('closes on Escape from inside it', async () => {
    const { onClose } = renderPanel();
    const [first] = await screen.findAllByRole('button', { name: /^Load sample: / });
    fireEvent.keyDown(first!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(first!, { key: 'Enter' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
