import { describe, expect, it, vi } from 'vitest';
import { buildDemoCase } from '@/domain/case/demo-case';
import type { CaseIssue } from '@/domain/case/validate-case';
import { createPathSelector, IssueStore } from './wizard-stores';

const issue = (path: string, message: string, kind: CaseIssue['kind'] = 'invalid'): CaseIssue => ({
  path,
  message,
  kind,
  step: path.startsWith('reports') ? 'reports' : path.startsWith('imr') ? 'case' : 'patient',
});

function storeWith(current: CaseIssue[]) {
  let issues = current;
  const store = new IssueStore(() => issues);
  return { store, setCurrent: (next: CaseIssue[]) => (issues = next) };
}

describe('IssueStore', () => {
  it('shows nothing until a step is tried, then all of that step (invalid before missing on one field)', () => {
    const { store } = storeWith([
      issue('imr.caseNumber', 'needed', 'missing'),
      issue('patient.age', 'Age 120 is outside 14-100'),
      issue('imr.requestDate', 'in the future'),
    ]);
    expect(store.issueAt('imr.caseNumber')).toBeUndefined();
    const shown = store.showStep('case');
    expect(shown.map((entry) => entry.path)).toEqual(['imr.caseNumber', 'imr.requestDate']);
    expect(store.issueAt('patient.age')).toBeUndefined();
    expect(store.wasAttempted('case')).toBe(true);
  });

  it("reveals a left field's invalid value only, and keeps the same object while unchanged", () => {
    const { store } = storeWith([
      issue('patient.age', 'Age 120 is outside 14-100'),
      issue('patient.sex', 'x', 'missing'),
    ]);
    const listener = vi.fn();
    store.subscribe(listener);
    store.revealInvalid('patient.age');
    store.revealInvalid('patient.sex');
    const first = store.issueAt('patient.age');
    expect(first?.message).toBe('Age 120 is outside 14-100');
    expect(store.issueAt('patient.sex')).toBeUndefined();
    store.refresh([issue('patient.age', 'Age 120 is outside 14-100')], null);
    expect(store.issueAt('patient.age')).toBe(first);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('follows the data: fixed issues go, new ones appear on tried steps but not on the field being typed in', () => {
    const { store } = storeWith([issue('reports.0.date', 'before the injury')]);
    store.showStep('reports');
    store.refresh(
      [issue('reports.1.date', 'in the future'), issue('reports.2.date', 'not a real date')],
      'reports.2.date',
    );
    expect(store.issueAt('reports.0.date')).toBeUndefined();
    expect(store.issueAt('reports.1.date')?.message).toBe('in the future');
    expect(store.issueAt('reports.2.date')).toBeUndefined();
    expect(store.countUnder('reports.1.')).toBe(1);
  });

  it('records input the browser could not read as a blocking problem, above any other message', () => {
    const { store } = storeWith([issue('patient.dateOfBirth', 'x', 'missing')]);
    store.showStep('patient');
    store.setInputProblem('patient.dateOfBirth', 'Date of birth is incomplete or not a real date');
    expect(store.issueAt('patient.dateOfBirth')).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('incomplete'),
    });
    expect(store.issuesOfStep('patient')).toHaveLength(1);
    expect(store.allInputProblems()).toBe(store.allInputProblems());
    store.setInputProblem('patient.dateOfBirth', null);
    expect(store.issueAt('patient.dateOfBirth')?.kind).toBe('missing');
  });

  it('holds an input problem recorded while typing until the field is left, yet blocks Next at once', () => {
    const { store } = storeWith([]);
    store.setInputProblem('patient.age', 'Age is not a number as typed', { reveal: false });
    expect(store.issueAt('patient.age')).toBeUndefined();
    expect(store.countUnder('patient.')).toBe(0);
    expect(store.allInputProblems()).toHaveLength(1);
    store.revealInvalid('patient.age');
    expect(store.issueAt('patient.age')?.message).toBe('Age is not a number as typed');
    // Typing on keeps it on screen while the text stays unreadable.
    store.setInputProblem('patient.age', 'Age is not a number as typed', { reveal: false });
    expect(store.issueAt('patient.age')?.message).toBe('Age is not a number as typed');

    store.setInputProblem('imr.requestDate', 'Request date is incomplete', { reveal: false });
    const shown = store.showStep('case');
    expect(shown.map((entry) => [entry.path, entry.kind])).toEqual([['imr.requestDate', 'invalid']]);
    expect(store.issueAt('imr.requestDate')?.message).toBe('Request date is incomplete');
  });

  it("keeps the rows' input problems when a list's rows move: the fields move their own", () => {
    const { store } = storeWith([issue('reports.0.date', 'a')]);
    store.showStep('reports');
    store.setInputProblem('reports.1.complaints.0.painLow', 'Report 2 pain is not a number as typed');
    store.forgetUnder('reports.');
    expect(store.issueAt('reports.0.date')).toBeUndefined();
    expect(store.issueAt('reports.1.complaints.0.painLow')?.message).toBe(
      'Report 2 pain is not a number as typed',
    );
  });

  it('forgets messages of a list whose rows moved', () => {
    const { store } = storeWith([
      issue('reports.0.date', 'a'),
      issue('reports.1.date', 'b'),
      issue('imr.decisionDate', 'c'),
    ]);
    store.showStep('reports');
    store.showStep('case');
    store.forgetUnder('reports.');
    expect(store.countUnder('reports.')).toBe(0);
    expect(store.issueAt('imr.decisionDate')?.message).toBe('c');
  });
});

describe('createPathSelector', () => {
  it('selects the value at a path, and selects again only when that value is another object', () => {
    const draft = buildDemoCase('demo');
    const select = vi.fn((report: { examFindings: string } | undefined) => report?.examFindings.length ?? -1);
    const lengthOfFirst = createPathSelector('reports.0', select);
    expect(lengthOfFirst(draft)).toBe(draft.reports[0]?.examFindings.length);
    // Another part of the case changed: the report is the same object, so nothing is selected again.
    expect(lengthOfFirst({ ...draft, patient: { ...draft.patient } })).toBe(
      draft.reports[0]?.examFindings.length,
    );
    expect(select).toHaveBeenCalledTimes(1);
    const typed = {
      ...draft,
      reports: draft.reports.map((report, i) => (i === 0 ? { ...report, examFindings: 'abc' } : report)),
    };
    expect(lengthOfFirst(typed)).toBe(3);
    expect(select).toHaveBeenCalledTimes(2);
    expect(createPathSelector('reports.7.examFindings', select)(draft)).toBe(-1);
  });
});
