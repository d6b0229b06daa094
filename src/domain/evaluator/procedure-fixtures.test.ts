/**
 * The imaging, electrodiagnostic, equipment, surgery and FCE items of the development fixtures
 * (real 2016-17 IMR decisions), checked against the real decision.
 *
 * Agreement: 13 of 13 decisions (11 upheld, 2 overturned), each for the letter's decisive reasons.
 * Differences, same decision (explained in each entry of procedure-fixture-cases.ts):
 * - CM16-0246624 (neck MRI, overturned): the reviewer applied ODG on the evidence path; our ACOEM
 *   neck set overturns by its neurologic-dysfunction path (deficit after about a month of care).
 * - CM17-0006797-4 (cryotherapy): the letter cites nothing for an item that depends on a denied
 *   surgery; we cite ODG continuous-flow cryotherapy and the dependency rule.
 * - Guideline lines: 8 of 13 match the letter's line; the others add or drop a section of the
 *   same chapter (CM17-0005616, CM17-0009441), print one of two chapters
 *   (CM17-0017776) or cite a source the letter did not (above).
 * - CM16-0247624 (head CT): the MTUS is silent on head imaging; the encoded ODG Head CT set (the
 *   letter's source) decides on the 72-hour rule, as the letter did.
 */
import { describe, expect, it } from 'vitest';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { evaluate } from './evaluate';
import { criterionStatus } from './evaluation-queries';
import { PROCEDURE_FIXTURE_CASES, type ProcedureFixtureCase } from './procedure-fixture-cases';

const evaluateFixture = (fixture: ProcedureFixtureCase) => {
  const [result] = evaluate(fixture.draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items;
  if (!result) throw new Error(`${fixture.fixtureId} has no disputed item`);
  return result;
};

const byCase = PROCEDURE_FIXTURE_CASES.map((fixture) => [fixture.fixtureId, fixture] as const);

describe('procedure development fixtures (real IMR decisions)', () => {
  it.each(byCase)("%s: same decision as the letter, for the letter's reasons", (_id, fixture) => {
    const result = evaluateFixture(fixture);
    expect(result.decision).toBe(fixture.realDecision);
    expect(result.decisionSource).toBe('recommendation');
    for (const [criterionId, status] of Object.entries(fixture.decisive))
      expect(criterionStatus(result, criterionId), criterionId).toBe(status);
  });

  it.each(byCase)('%s: the guideline line is the letter’s when the entry says so', (_id, fixture) => {
    const result = evaluateFixture(fixture);
    expect(result.guidelineLine).not.toBe('');
    if (fixture.sameGuidelineLine) expect(fixture.letterGuideline).toContain(result.guidelineLine);
    else expect(fixture.letterGuideline).not.toContain(result.guidelineLine);
  });

  it('agrees on 13 of 13 decisions, upheld and overturned alike', () => {
    const agree = PROCEDURE_FIXTURE_CASES.filter((f) => evaluateFixture(f).decision === f.realDecision);
    expect(agree).toHaveLength(13);
    expect(PROCEDURE_FIXTURE_CASES.filter((f) => f.realDecision === 'overturned')).toHaveLength(2);
    expect(PROCEDURE_FIXTURE_CASES.filter((f) => f.sameGuidelineLine)).toHaveLength(8);
  });

  it('covers imaging, EMG/NCS, TENS, cold therapy, surgery and FCE, each decided by an encoded set', () => {
    const services = new Set(PROCEDURE_FIXTURE_CASES.map((f) => f.draft.disputedItems[0]?.serviceType));
    expect([...services].sort()).toEqual([
      'cold_therapy_unit',
      'ct',
      'emg_ncs',
      'fce',
      'mri',
      'surgery',
      'tens',
      'xray',
    ]);
    const paths = new Set(PROCEDURE_FIXTURE_CASES.map((f) => evaluateFixture(f).path));
    // 'mtus' is the encoded-set path, ODG sets included: no item needs reviewer-typed criteria.
    expect([...paths]).toEqual(['mtus']);
  });
});
