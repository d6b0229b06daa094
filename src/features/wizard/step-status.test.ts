import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '@/domain/case/case-schema';
import { buildDemoCase } from '@/domain/case/demo-case';
import { emptyCaseDraft, emptyReport } from '@/domain/case/empty-case';
import { validateCase } from '@/domain/case/validate-case';
import { describeStepStatus, stepHasData, stepStatuses } from './step-status';
import type { StepId } from './steps';

const TODAY = '2015-01-15';
const none = new Set<StepId>();

describe('stepHasData', () => {
  const rows: [StepId, (draft: CaseDraft) => void, boolean][] = [
    ['case', (d) => (d.imr.caseNumber = 'CM1'), true],
    ['case', (d) => (d.reviewer.licensureStates = ['California']), false],
    ['case', (d) => (d.reviewer.licensureStates = ['Nevada']), true],
    ['patient', (d) => (d.patient.age = 40), true],
    ['reports', (d) => d.reports.push(emptyReport('r')), true],
    ['work', (d) => (d.work.restrictions.noRepetitiveUse = false), true],
    ['treatment', (d) => (d.treatment.fce.done = true), true],
    ['disputed', () => {}, false],
    ['review', (d) => (d.imr.caseNumber = 'CM1'), false],
  ];
  it.each(rows)('%s after a change: %s', (step, change, expected) => {
    const draft = emptyCaseDraft('a');
    change(draft);
    expect(stepHasData(draft, step)).toBe(expected);
  });
});

describe('stepStatuses', () => {
  it('shows a blank case as not started everywhere', () => {
    const draft = emptyCaseDraft('a');
    const statuses = stepStatuses(draft, validateCase(draft, { today: TODAY }), none);
    expect(Object.values(statuses).map((status) => status.state)).toEqual(Array(7).fill('not-started'));
  });

  it('shows the demo case complete everywhere except Review until it is visited', () => {
    const draft = buildDemoCase('d');
    const statuses = stepStatuses(draft, validateCase(draft, { today: TODAY }), none);
    expect(statuses.case.state).toBe('complete');
    expect(statuses.disputed.state).toBe('complete');
    expect(statuses.review.state).toBe('not-started');
    expect(stepStatuses(draft, [], new Set<StepId>(['review'])).review.state).toBe('complete');
  });

  it("counts the letter's own must-fix problems on Review, and only there", () => {
    const draft = buildDemoCase('d');
    const review = new Set<StepId>(['review']);
    const statuses = stepStatuses(draft, [], review, 2);
    expect(statuses.review).toEqual({ state: 'problems', invalid: 2, missing: 0 });
    expect(describeStepStatus(statuses.review)).toBe('Has problems: 2 to fix');
    expect(statuses.case.state).toBe('complete');
  });

  it('marks a started step with missing facts, and any step with an invalid value, as having problems', () => {
    const draft = emptyCaseDraft('a');
    draft.imr.caseNumber = 'CM1';
    draft.work.restrictions.liftLimitLbs = 900;
    const statuses = stepStatuses(draft, validateCase(draft, { today: TODAY }), none);
    expect(statuses.case).toEqual({ state: 'problems', invalid: 0, missing: 2 });
    expect(statuses.work).toEqual({ state: 'problems', invalid: 1, missing: 0 });
    expect(statuses.patient.state).toBe('not-started');
    expect(describeStepStatus(statuses.case)).toBe('Has problems: 2 missing');
    expect(describeStepStatus(statuses.work)).toBe('Has problems: 1 to fix');
  });

  it('counts a visited step without data as complete when nothing is missing there', () => {
    const draft = emptyCaseDraft('a');
    const statuses = stepStatuses(
      draft,
      validateCase(draft, { today: TODAY }),
      new Set<StepId>(['work', 'patient']),
    );
    expect(statuses.work.state).toBe('complete');
    expect(statuses.patient.state).toBe('problems');
  });
});
