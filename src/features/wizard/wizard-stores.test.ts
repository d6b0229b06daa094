import { describe, expect, it, vi } from 'vitest';
import type { CaseIssue } from '@/domain/case/validate-case';
import { IssueStore } from './wizard-stores';

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
