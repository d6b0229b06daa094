import { describe, expect, it } from 'vitest';
import { DEV_FIXTURE_CASES } from '../evaluator/dev-fixture-cases';
import { evaluate } from '../evaluator/evaluate';
import { criterionStatus } from '../evaluator/evaluation-queries';
import { MEDICATION_FIXTURE_CASES } from '../evaluator/medication-fixture-cases';
import { PROCEDURE_FIXTURE_CASES } from '../evaluator/procedure-fixture-cases';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { CaseDraftSchema } from './case-schema';
import { DEMO_CASE_NUMBER } from './demo-case';
import { SAMPLE_CASES } from './sample-cases';
import { blockingIssues, validateCase } from './validate-case';

const TODAY = '2026-11-29';
const FIXTURES = [...DEV_FIXTURE_CASES, ...MEDICATION_FIXTURE_CASES, ...PROCEDURE_FIXTURE_CASES];
const samples = SAMPLE_CASES.map((sample) => [sample.title, sample] as const);

describe('sample cases', () => {
  it('starts with the demo case and gives every sample its own key and case number', () => {
    expect(SAMPLE_CASES[0]?.caseNumber).toBe(DEMO_CASE_NUMBER);
    expect(new Set(SAMPLE_CASES.map((sample) => sample.key)).size).toBe(SAMPLE_CASES.length);
    expect(new Set(SAMPLE_CASES.map((sample) => sample.caseNumber)).size).toBe(SAMPLE_CASES.length);
    expect(SAMPLE_CASES.map((sample) => sample.realDecision)).toContain('overturned');
  });

  it.each(samples)('%s: a valid draft under the id it is given, with its case number', (_title, sample) => {
    const draft = sample.build('new-id');
    expect(draft.id).toBe('new-id');
    expect(draft.imr.caseNumber).toBe(sample.caseNumber);
    expect(CaseDraftSchema.safeParse(draft).success).toBe(true);
    // Facts the summary does not give may be missing; nothing entered is invalid.
    expect(blockingIssues(validateCase(draft, { today: TODAY }))).toEqual([]);
  });

  it.each(samples)('%s: every item reaches the real decision on the recommendation', (_title, sample) => {
    const evaluation = evaluate(sample.build('s'), GUIDELINE_LIBRARY, { asOf: TODAY });
    expect(evaluation.items.length).toBeGreaterThan(0);
    for (const item of evaluation.items) {
      expect(item.decision).toBe(sample.realDecision);
      expect(item.decisionSource).toBe('recommendation');
    }
  });

  // The fuller facts of a sample must not change what decides the case in its development fixture.
  it.each(samples.filter(([, sample]) => sample.caseNumber.startsWith('SAMPLE-')))(
    '%s: decided on the same criteria as its development fixture',
    (_title, sample) => {
      const draft = sample.build('s');
      // A letter may decide several items: the fixture is the one for the sample's service.
      const fixture = FIXTURES.find(
        (candidate) =>
          sample.caseNumber === `SAMPLE-${candidate.caseNumber}` &&
          candidate.draft.disputedItems[0]?.serviceType === draft.disputedItems[0]?.serviceType,
      );
      expect(fixture, sample.caseNumber).toBeDefined();
      const [result] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: TODAY }).items;
      for (const [criterionId, status] of Object.entries(fixture?.decisive ?? {}))
        expect(criterionStatus(result!, criterionId), criterionId).toBe(status);
    },
  );
});
