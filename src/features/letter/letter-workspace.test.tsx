// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoCase } from '@/domain/case/demo-case';
import { GUIDELINE_LIBRARY } from '@/domain/guidelines';
import type { StoredCase } from '@/storage/cases-repo';
import { LetterWorkspace } from './letter-workspace';

afterEach(cleanup);

function renderWorkspace(stored: StoredCase) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const ui = (current: StoredCase) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <LetterWorkspace
          stored={current}
          library={GUIDELINE_LIBRARY}
          today="2014-12-20"
          fieldHref={(path) => `/cases/demo/case?field=${path}`}
          caseHref="/cases/demo/case"
        />
      </MemoryRouter>
    </QueryClientProvider>
  );
  const result = render(ui(stored));
  return { rerender: (next: StoredCase) => result.rerender(ui(next)) };
}

const stored = (revision: number): StoredCase => ({
  id: 'demo',
  updatedAt: '2014-12-20T10:00:00.000Z',
  revision,
  draft: buildDemoCase('demo'),
});

describe('LetterWorkspace focus', () => {
  it("moves focus to the page's main heading when the letter opens", () => {
    renderWorkspace(stored(1));
    const heading = screen.getByRole('heading', { level: 1, name: 'Final determination letter' });
    expect(document.activeElement).toBe(heading);
  });

  it('leaves focus where the reviewer put it when the case changes under the open letter', () => {
    const { rerender } = renderWorkspace(stored(1));
    const print = screen.getByRole('button', { name: 'Print' });
    print.focus();
    rerender(stored(2));
    expect(document.activeElement).toBe(print);
  });
});
