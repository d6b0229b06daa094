/**
 * The development fixtures entered the way a reviewer may enter them: the letter's diagnoses listed
 * on the case, and no diagnosis category typed on the item (the evaluator then reads the category
 * from the diagnoses about the requested body part). Every fixture must still reach the letter's
 * decision: listing the diagnoses must never change a decision the item's own facts decide.
 */
import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '../case/case-schema';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { DEV_FIXTURE_CASES } from './dev-fixture-cases';
import { evaluate } from './evaluate';
import { MEDICATION_FIXTURE_CASES } from './medication-fixture-cases';
import { PROCEDURE_FIXTURE_CASES } from './procedure-fixture-cases';

const FIXTURES = [...DEV_FIXTURE_CASES, ...MEDICATION_FIXTURE_CASES, ...PROCEDURE_FIXTURE_CASES];

function enteredWithDiagnoses(draft: CaseDraft, diagnoses: string[], keepCategory: boolean): CaseDraft {
  const entered = structuredClone(draft);
  entered.injury.diagnoses = diagnoses.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
  if (!keepCategory) for (const item of entered.disputedItems) item.facts.diagnosisCategory = '';
  return entered;
}

describe('development fixtures with the letter diagnoses listed on the case', () => {
  it('covers every fixture, each with its diagnoses', () => {
    expect(FIXTURES).toHaveLength(33);
    for (const fixture of FIXTURES) expect(fixture.diagnoses.length, fixture.fixtureId).toBeGreaterThan(0);
  });

  it.each(FIXTURES.map((fixture) => [fixture.fixtureId, fixture] as const))(
    '%s: the same decision with the item category kept or left blank',
    (_id, fixture) => {
      for (const keepCategory of [true, false]) {
        const draft = enteredWithDiagnoses(fixture.draft, fixture.diagnoses, keepCategory);
        const [result] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items;
        expect(result?.decision, `category ${keepCategory ? 'kept' : 'blank'}`).toBe(fixture.realDecision);
      }
    },
  );
});
