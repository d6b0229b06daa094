import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '@/domain/case/case-schema';
import { buildDemoCase } from '@/domain/case/demo-case';
import { emptyCaseDraft, emptyDisputedItem } from '@/domain/case/empty-case';
import { type CaseRow, filterCaseRows, toCaseRow, UNTITLED_CASE } from './case-rows';

const TODAY = '2026-03-10';

function row(draft: CaseDraft, today = TODAY): CaseRow {
  return toCaseRow({ id: draft.id, updatedAt: '2026-03-10T10:00:00.000Z', draft }, today);
}

function caseWith(changes: {
  caseNumber?: string;
  priority?: 'standard' | 'expedited';
  recordsReceivedDate?: string;
  decisionDate?: string;
  age?: number | null;
  sex?: '' | 'female' | 'male' | 'other';
  occupation?: string;
  items?: Array<{ requestedAs?: string; serviceType?: 'physical_therapy' | 'mri' | ''; decided?: boolean }>;
}): CaseDraft {
  const base = emptyCaseDraft(`case-${changes.caseNumber ?? 'x'}`);
  return {
    ...base,
    imr: {
      ...base.imr,
      caseNumber: changes.caseNumber ?? '',
      priority: changes.priority ?? 'standard',
      recordsReceivedDate: changes.recordsReceivedDate ?? '',
      decisionDate: changes.decisionDate ?? '',
    },
    patient: {
      ...base.patient,
      age: changes.age ?? null,
      sex: changes.sex ?? '',
      occupation: changes.occupation ?? '',
    },
    disputedItems: (changes.items ?? []).map((item, index) => {
      const empty = emptyDisputedItem(`item-${index}`);
      return {
        ...empty,
        requestedAs: item.requestedAs ?? '',
        serviceType: item.serviceType ?? '',
        review: { ...empty.review, decision: item.decided ? 'upheld' : '' },
      };
    }),
  };
}

describe('toCaseRow', () => {
  it('describes the demo case', () => {
    const demo = row(buildDemoCase('demo'));
    expect(demo).toMatchObject({
      title: 'DEMO-WH-2014',
      hasCaseNumber: true,
      patient: '36, female',
      services: [expect.stringMatching(/work hardening/i)],
      status: 'in_progress',
      statusLabel: 'In progress',
      deadline: { text: 'Not known', urgency: 'none' },
    });
  });

  it('calls a case without a number "Untitled case" and says what is missing', () => {
    expect(row(emptyCaseDraft('new'))).toMatchObject({
      title: UNTITLED_CASE,
      hasCaseNumber: false,
      patient: 'Not entered',
      services: [],
      statusLabel: 'Not started',
    });
  });

  it('shows the occupation with age and sex, or alone', () => {
    expect(row(caseWith({ age: 52, sex: 'male', occupation: 'Bus driver' })).patient).toBe(
      '52, male · Bus driver',
    );
    expect(row(caseWith({ occupation: 'Bus driver' })).patient).toBe('Bus driver');
  });

  it('uses the service type label when the requested text is empty', () => {
    const services = row(
      caseWith({
        items: [{ serviceType: 'mri' }, { requestedAs: 'PT x 12', serviceType: 'physical_therapy' }],
      }),
    ).services;
    expect(services).toEqual(['MRI', 'PT x 12']);
  });

  it.each([
    // records received, priority, today, expected text, urgency
    ['2026-03-01', 'standard', '2026-03-10', '21 days left', 'ok'],
    ['2026-03-01', 'standard', '2026-03-26', '5 days left', 'soon'],
    ['2026-03-01', 'standard', '2026-03-30', '1 day left', 'soon'],
    ['2026-03-01', 'standard', '2026-03-31', 'Due today', 'soon'],
    ['2026-03-01', 'standard', '2026-04-01', '1 day overdue', 'overdue'],
    ['2026-03-01', 'standard', '2026-04-03', '3 days overdue', 'overdue'],
    ['2026-03-09', 'expedited', '2026-03-10', '2 days left', 'soon'],
    ['', 'standard', '2026-03-10', 'Not known', 'none'],
  ] as const)(
    'deadline from records received %s (%s) on %s: %s',
    (received, priority, today, text, urgency) => {
      const deadline = row(caseWith({ recordsReceivedDate: received, priority }), today).deadline;
      expect(deadline.text).toBe(text);
      expect(deadline.urgency).toBe(urgency);
    },
  );

  it('shows a decided case its due date instead of a countdown', () => {
    const decided = caseWith({
      recordsReceivedDate: '2026-01-01',
      items: [{ requestedAs: 'MRI', decided: true }],
    });
    expect(row(decided).deadline).toEqual({ text: 'Due 01/31/2026', dueDate: '01/31/2026', urgency: 'none' });
  });

  it('judges a case with a determination date by that date, not by today', () => {
    const onTime = caseWith({ recordsReceivedDate: '2016-10-10', decisionDate: '2016-10-20' });
    expect(row(onTime, '2026-11-29').deadline).toEqual({
      text: 'Due 11/09/2016',
      dueDate: '11/09/2016',
      urgency: 'none',
    });
    const late = caseWith({ recordsReceivedDate: '2016-10-10', decisionDate: '2016-11-12' });
    expect(row(late, '2026-11-29').deadline).toEqual({
      text: 'Decided 3 days late',
      dueDate: '11/09/2016',
      urgency: 'overdue',
    });
  });
});

describe('filterCaseRows', () => {
  const rows = [
    row(caseWith({ caseNumber: 'CM14-0001', age: 36, sex: 'female', occupation: 'Warehouse clerk' })),
    row(caseWith({ caseNumber: 'CM14-0002', age: 52, sex: 'male', items: [{ requestedAs: 'Lumbar MRI' }] })),
    row(caseWith({ caseNumber: 'CM15-0003', age: 30, items: [{ serviceType: 'physical_therapy' }] })),
  ];
  const titles = (query: string) => filterCaseRows(rows, query).map((match) => match.title);

  it.each([
    ['', ['CM14-0001', 'CM14-0002', 'CM15-0003']],
    ['   ', ['CM14-0001', 'CM14-0002', 'CM15-0003']],
    ['cm14', ['CM14-0001', 'CM14-0002']],
    ['0003', ['CM15-0003']],
    ['warehouse', ['CM14-0001']],
    ['CLERK', ['CM14-0001']],
    ['mri', ['CM14-0002']],
    ['physical therapy', ['CM15-0003']],
    ['female', ['CM14-0001']],
    ['male', ['CM14-0002']],
    ['36', ['CM14-0001']],
    ['6', []], // part of an age (36) is not a match
    ['36 female', ['CM14-0001']],
    ['36 male', []],
    ['nothing like this', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(titles(query)).toEqual(expected);
  });
});

describe('filterCaseRows: the text the row shows', () => {
  const rows = [
    row(caseWith({ caseNumber: 'CM14-0208137', age: 45, sex: 'male', occupation: 'Bus driver' })),
    row(caseWith({ caseNumber: 'CM14-0009', age: 36, sex: 'female', occupation: 'Técnica de almacén' })),
    row(caseWith({ items: [{ requestedAs: 'Post-op PT x 12', decided: true }] })),
    row(caseWith({ age: 5 })),
  ];
  const titles = (query: string) =>
    filterCaseRows(rows, query).map((match) => `${match.title} ${match.patient}`);

  it.each([
    // The Patient column as shown, comma and separator included.
    ['45, male', ['CM14-0208137 45, male · Bus driver']],
    ['45, male · Bus driver', ['CM14-0208137 45, male · Bus driver']],
    ['fem', ['CM14-0009 36, female · Técnica de almacén']],
    ['male', ['CM14-0208137 45, male · Bus driver']],
    ['Untitled', ['Untitled case Not entered', 'Untitled case 5']],
    ['untitled not entered', ['Untitled case Not entered']],
    // Accents and punctuation do not matter.
    ['tecnica almacen', ['CM14-0009 36, female · Técnica de almacén']],
    ['cm14/0009', ['CM14-0009 36, female · Técnica de almacén']],
    ['post op', ['Untitled case Not entered']],
    // Any part of the case number, but a number elsewhere only whole.
    ['8137', ['CM14-0208137 45, male · Bus driver']],
    ['5', ['Untitled case 5']], // not the 45-year-old
    ['6', []], // not the 36-year-old
    ['12', ['Untitled case Not entered']],
    // The status badge.
    ['decided', ['Untitled case Not entered']],
    [
      'in progress',
      ['CM14-0208137 45, male · Bus driver', 'CM14-0009 36, female · Técnica de almacén', 'Untitled case 5'],
    ],
    ['driver, female', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(titles(query)).toEqual(expected);
  });
});
