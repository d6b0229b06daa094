/**
 * The physical medicine, acupuncture, chiropractic and ultrasound items of the development
 * fixtures (real 2016-17 IMR decisions), checked against the real decision.
 *
 * Agreement: 10 of 10. Where an answer the summary does not give decides, it is answered as the
 * letter did, and the entry says so (CM17-0004738: plan of care and therapeutic care). CM16-0247405 is decided by the encoded
 * ODG Neck and Upper Back set, whose line is the letter's. CM17-0007886 agrees on the letter's own
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

  const NON_MTUS = 'Decision based on Non-MTUS Citation ';

  it.each(DEV_FIXTURE_CASES.map((fixture) => [fixture.caseNumber, fixture] as const))(
    '%s: the guideline line is the one the letter prints',
    (_caseNumber, fixture) => {
      const result = evaluateFixture(fixture);
      expect(result.guidelineLine).not.toBe('');
      const wording = fixture.nonMtusWording;
      if (!wording) {
        expect(fixture.letterGuideline).toContain(result.guidelineLine);
        return;
      }
      // The MTUS part exactly, then a non-MTUS part naming the same ODG text in our words.
      const [mtus, ours, ...more] = result.guidelineLine.split(`. ${NON_MTUS}`);
      const [, theirs] = fixture.letterGuideline.split(`. ${NON_MTUS}`);
      expect(more).toEqual([]);
      expect(fixture.letterGuideline.startsWith(`Decision based on ${mtus}. ${NON_MTUS}`)).toBe(true);
      expect(ours).toMatch(/^Official Disability Guidelines \(ODG\) /);
      expect(theirs).toMatch(/^Official Disability Guidelines \(ODG\) /);
      for (const words of wording.shared) {
        expect(ours?.toLowerCase()).toContain(words);
        expect(theirs?.toLowerCase()).toContain(words);
      }
    },
  );

  it.each(DEV_FIXTURE_CASES.map((fixture) => [fixture.caseNumber, fixture] as const))(
    '%s: names a non-MTUS source exactly when the letter does',
    (_caseNumber, fixture) => {
      const line = evaluateFixture(fixture).guidelineLine;
      const letterNamesOne = fixture.letterGuideline.includes(NON_MTUS);
      // The evidence-hierarchy line is the non-MTUS source itself ("Non-MTUS Citation ...").
      expect(line.includes(NON_MTUS) || line.startsWith('Non-MTUS Citation ')).toBe(letterNamesOne);
    },
  );

  it('prints the ODG Preface exactly as CM17-0013754 does, after the MTUS line', () => {
    const fixture = DEV_FIXTURE_CASES.find((f) => f.caseNumber === 'CM17-0013754')!;
    expect(`Decision based on ${evaluateFixture(fixture).guidelineLine}.`).toBe(fixture.letterGuideline);
  });

  it('CM16-0243453: a first chiropractic request is judged as an initial trial only', () => {
    const fixture = DEV_FIXTURE_CASES.find((f) => f.caseNumber === 'CM16-0243453')!;
    const result = evaluateFixture(fixture);
    for (const id of ['ch-flare-up', 'ch-flare-up-visits', 'ch-functional-improvement', 'ch-total-visits-18'])
      expect(criterionStatus(result, id), id).toBe('not_applicable');
    expect(result.drivingCriteria.filter((id) => id.startsWith('ch-flare-up'))).toEqual([]);
  });

  it('agrees on every fixture, upheld and overturned alike', () => {
    const outcomes = DEV_FIXTURE_CASES.map(
      (fixture) => evaluateFixture(fixture).decision === fixture.realDecision,
    );
    expect(outcomes.filter(Boolean).length).toBe(DEV_FIXTURE_CASES.length);
    expect(DEV_FIXTURE_CASES.filter((f) => f.realDecision === 'overturned').length).toBe(3);
  });

  it('covers each kind of physical medicine item in the fixture set, each decided by an encoded set', () => {
    const services = new Set(DEV_FIXTURE_CASES.map((f) => f.draft.disputedItems[0]!.serviceType));
    expect([...services].sort()).toEqual([
      'acupuncture',
      'chiropractic',
      'physical_therapy',
      'postsurgical_therapy',
    ]);
    // 'mtus' is the encoded-set path, ODG Neck included (CM16-0247405).
    const paths = new Set(DEV_FIXTURE_CASES.map((f) => evaluateFixture(f).path));
    expect([...paths]).toEqual(['mtus']);
  });

  it('warns when the letter gives no RFA date and the UR date chooses the edition', () => {
    for (const fixture of DEV_FIXTURE_CASES.filter((f) => f.draft.imr.requestDate === '')) {
      expect(evaluateFixture(fixture).warnings[0], fixture.caseNumber).toContain('chosen by the UR date');
    }
  });
});
