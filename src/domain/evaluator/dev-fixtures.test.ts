/**
 * The physical medicine, acupuncture, chiropractic and ultrasound items of the development
 * fixtures (real 2016-17 IMR decisions), checked against the real decision.
 *
 * Agreement: 10 of 10. Where a judgment decides, it is answered as the letter did, and the entry
 * says so (CM17-0004738: plan of care and therapeutic care; CM16-0247405: the ODG Neck criteria a
 * reviewer records on the evidence-hierarchy path). CM17-0007886 agrees on the letter's own
 * reasons: the MTUS has no bucket for lateral epicondylitis, so the visit criterion applies the ODG
 * elbow allowance the letter used (8 visits over 5 weeks; 6 done + 12 asked exceeds it), and
 * functional improvement from the prior visits is missing. One reasoned difference, same decision:
 * - CM17-0006912: several fractures; one surgery is entered (the femur, the most generous table
 *   entry). The letter's "24 at once is excessive" is our initial-course criterion (24 > 15).
 */
import { describe, expect, it } from 'vitest';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { DEV_FIXTURE_CASES } from './dev-fixture-cases';
import { evaluate } from './evaluate';
import { criterionStatus } from './evaluation-queries';

const evaluateFixture = (fixture: (typeof DEV_FIXTURE_CASES)[number]) =>
  evaluate(fixture.draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items[0]!;

describe('development fixtures (real IMR decisions)', () => {
  it.each(DEV_FIXTURE_CASES.map((fixture) => [fixture.caseNumber, fixture] as const))(
    "%s: same decision as the letter, for the letter's reasons",
    (_caseNumber, fixture) => {
      const result = evaluateFixture(fixture);
      expect(result.decision).toBe(fixture.realDecision);
      expect(result.decisionSource).toBe('recommendation');
      for (const [criterionId, status] of Object.entries(fixture.decisive))
        expect(criterionStatus(result, criterionId), criterionId).toBe(status);
    },
  );

  it.each(DEV_FIXTURE_CASES.map((fixture) => [fixture.caseNumber, fixture] as const))(
    '%s: the guideline line is the one the letter prints',
    (_caseNumber, fixture) => {
      const result = evaluateFixture(fixture);
      expect(result.guidelineLine).not.toBe('');
      expect(fixture.letterGuideline).toContain(result.guidelineLine);
    },
  );

  it('agrees on every fixture, upheld and overturned alike', () => {
    const outcomes = DEV_FIXTURE_CASES.map(
      (fixture) => evaluateFixture(fixture).decision === fixture.realDecision,
    );
    expect(outcomes.filter(Boolean).length).toBe(DEV_FIXTURE_CASES.length);
    expect(DEV_FIXTURE_CASES.filter((f) => f.realDecision === 'overturned').length).toBe(3);
  });

  it('covers each kind of physical medicine item in the fixture set', () => {
    const services = new Set(DEV_FIXTURE_CASES.map((f) => f.draft.disputedItems[0]!.serviceType));
    expect([...services].sort()).toEqual([
      'acupuncture',
      'chiropractic',
      'physical_therapy',
      'postsurgical_therapy',
    ]);
    const paths = new Set(DEV_FIXTURE_CASES.map((f) => evaluateFixture(f).path));
    expect([...paths].sort()).toEqual(['evidence_hierarchy', 'mtus']);
  });

  it('warns when the letter gives no RFA date and the UR date chooses the edition', () => {
    for (const fixture of DEV_FIXTURE_CASES.filter((f) => f.draft.imr.requestDate === '')) {
      expect(evaluateFixture(fixture).warnings[0], fixture.caseNumber).toContain('chosen by the UR date');
    }
  });
});
