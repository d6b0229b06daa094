// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseDraft } from '@/domain/case/case-schema';
import { buildDemoCase } from '@/domain/case/demo-case';
import { emptyCaseDraft } from '@/domain/case/empty-case';
import { CaseCards } from './case-cards';
import type { CaseRowsProps } from './case-row-parts';
import { type CaseRow, toCaseRow } from './case-rows';
import { CaseTable } from './case-table';

afterEach(cleanup);

const TODAY = '2026-03-10';

function overdueCase(): CaseDraft {
  const base = emptyCaseDraft('overdue');
  return { ...base, imr: { ...base.imr, caseNumber: 'CM14-0208137', recordsReceivedDate: '2026-01-02' } };
}

const rows: CaseRow[] = [overdueCase(), buildDemoCase('demo'), emptyCaseDraft('blank')].map((draft) =>
  toCaseRow({ id: draft.id, updatedAt: '2026-03-09T17:05:00.000Z', draft }, TODAY),
);

function renderBoth(props: Partial<CaseRowsProps> = {}) {
  const all: CaseRowsProps = {
    rows,
    caseHref: (id) => `/cases/${id}/case`,
    onDuplicate: vi.fn(),
    onDelete: vi.fn(),
    busy: false,
    rowActions: (row) => (
      <button type="button">
        Export<span className="sr-only"> {row.title}</span>
      </button>
    ),
    ...props,
  };
  render(
    <MemoryRouter>
      <CaseTable {...all} />
      <CaseCards {...all} />
    </MemoryRouter>,
  );
  return all;
}

const cardList = () => screen.getByRole('list', { name: 'Cases, most recently changed first' });
const card = (title: string) => within(cardList()).getByRole('listitem', { name: title });

/** The links and buttons of a row or card, in tab order, by the text they are named by. */
function actionNames(scope: HTMLElement): string[] {
  return [...scope.querySelectorAll('a, button')].map((element) => element.textContent ?? '');
}

describe('the case cards (narrow screens)', () => {
  it('are a list with one entry per case, in order, each named by its case number as its heading', () => {
    renderBoth();
    const entries = within(cardList())
      .getAllByRole('listitem')
      .filter((item) => item.hasAttribute('aria-labelledby'));
    expect(entries.map((entry) => within(entry).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'CM14-0208137',
      rows[1]?.title,
      'Untitled case',
    ]);
  });

  it('show what the table row shows: patient, services, status, deadline, last changed', () => {
    renderBoth();
    for (const row of rows) {
      const tableRow = screen.getByRole('rowheader', { name: row.title }).closest('tr');
      if (!tableRow) throw new Error(`no table row for ${row.title}`);
      const entry = card(row.title);
      for (const text of [
        row.patient,
        row.statusLabel,
        row.deadline.text,
        ...row.services,
        row.services.length === 0 ? 'None yet' : [],
      ].flat()) {
        expect(within(tableRow).getAllByText(text, { exact: false }).length, text).toBeGreaterThan(0);
        expect(within(entry).getAllByText(text, { exact: false }).length, text).toBeGreaterThan(0);
      }
      expect(entry.querySelector('time')?.textContent).toBe(tableRow.querySelector('time')?.textContent);
    }
    expect(within(card('CM14-0208137')).getByText('37 days overdue')).toBeTruthy();
  });

  it('have the same actions, with the same accessible names, as the table rows', () => {
    renderBoth();
    for (const row of rows) {
      const tableRow = screen.getByRole('rowheader', { name: row.title }).closest('tr');
      if (!tableRow) throw new Error(`no table row for ${row.title}`);
      const names = actionNames(card(row.title));
      expect(names).toEqual([
        `Open ${row.title}`,
        `Export ${row.title}`,
        `Duplicate ${row.title}`,
        `Delete ${row.title}`,
      ]);
      expect(names).toEqual(actionNames(tableRow));
      expect(within(card(row.title)).getByRole('link').getAttribute('href')).toBe(`/cases/${row.id}/case`);
    }
  });

  it('act on their own case, and are disabled while the list is busy', () => {
    const props = renderBoth();
    within(card('CM14-0208137')).getByRole('button', { name: 'Delete CM14-0208137' }).click();
    within(card('Untitled case')).getByRole('button', { name: 'Duplicate Untitled case' }).click();
    expect(props.onDelete).toHaveBeenCalledWith(rows[0]);
    expect(props.onDuplicate).toHaveBeenCalledWith(rows[2]);

    cleanup();
    renderBoth({ busy: true });
    const entry = card('CM14-0208137');
    expect(within(entry).getByRole('button', { name: 'Delete CM14-0208137' }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(
      within(entry).getByRole('button', { name: 'Duplicate CM14-0208137' }).hasAttribute('disabled'),
    ).toBe(true);
  });
});
