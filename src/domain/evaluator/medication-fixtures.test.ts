/**
 * The pharmaceutical items of the development fixtures (real 2016-17 IMR decisions), checked against
 * the real decision.
 *
 * Agreement: 10 of 10 (8 upheld, 2 overturned). Judgments are answered only where the letter
 * decided on one, and the entry says so; the two overturned items depend on those answers:
 * - CM16-0239110 (oxycodone ER, overturned): the letter took the severe-acute-injury section (1.3);
 *   our maintenance set reaches it through the acute path once the reviewer answers that judgment.
 *   Without the answer the item would be upheld (no CURES check: the chronic path fails).
 * - CM16-0247624 (naproxen, overturned): the NSAID indication is a judgment; answered "met" as the
 *   letter found. Pain relief is documented; function is not, and stays advisory, as the letter
 *   overturned on pain improvement alone.
 * Reasoned differences, same decision:
 * - CM17-0015333 and CM17-0012593 (tramadol): no sig, so the MED and the trial length are "not
 *   documented"; the letters did not reach the dose.
 * - CM16-0248698 (Prilosec): the letter's "no benefit documented" is not a criterion here; it upholds
 *   on GI risk, as the letter does. The second PPI also fails the duplicate rule (the UR's reason).
 * - CM17-0007300 (compound): the letter line prints "Topical analgesics, compounded"; ours prints
 *   "Topical analgesics", which it contains.
 */
import { describe, expect, it } from 'vitest';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { evaluate } from './evaluate';
import { criterionResult, criterionStatus } from './evaluation-queries';
import { MEDICATION_FIXTURE_CASES, type MedicationFixtureCase } from './medication-fixture-cases';

const evaluateFixture = (fixture: MedicationFixtureCase) =>
  evaluate(fixture.draft, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items[0]!;

const cases = MEDICATION_FIXTURE_CASES.map((fixture) => [fixture.fixtureId, fixture] as const);

describe('pharmaceutical development fixtures (real IMR decisions)', () => {
  it.each(cases)("%s: same decision as the letter, for the letter's reasons", (_id, fixture) => {
    const result = evaluateFixture(fixture);
    expect(result.path).toBe('mtus');
    expect(result.decision).toBe(fixture.realDecision);
    expect(result.decisionSource).toBe('recommendation');
    for (const [criterionId, status] of Object.entries(fixture.decisive))
      expect(criterionStatus(result, criterionId), criterionId).toBe(status);
  });

  it.each(cases)(
    '%s: the guideline line names the edition and the sections the letter prints',
    (_id, fixture) => {
      const line = evaluateFixture(fixture).guidelineLine;
      const [name] = line.split(', Section(s): ');
      expect(fixture.letterGuideline).toContain(`Decision based on ${name}`);
      for (const section of fixture.letterSections) expect(line).toContain(section);
    },
  );

  it.each(cases.filter(([, fixture]) => fixture.draft.disputedItems[0]?.serviceType === 'opioid'))(
    '%s: an opioid line cites the one section of the path that decides, as the letter does',
    (_id, fixture) => {
      const line = evaluateFixture(fixture).guidelineLine;
      expect(`Decision based on ${line}.`).toBe(fixture.letterGuideline);
    },
  );

  it('agrees on 10 of 10, upheld and overturned alike', () => {
    const agree = MEDICATION_FIXTURE_CASES.filter(
      (fixture) => evaluateFixture(fixture).decision === fixture.realDecision,
    );
    expect(`${agree.length} of ${MEDICATION_FIXTURE_CASES.length}`).toBe('10 of 10');
    expect(MEDICATION_FIXTURE_CASES.filter((fixture) => fixture.realDecision === 'overturned')).toHaveLength(
      2,
    );
  });

  it('covers every pharmaceutical item of the fixture set', () => {
    expect(MEDICATION_FIXTURE_CASES.map((fixture) => fixture.fixtureId).sort()).toEqual([
      'dev-CM16-0234464-4',
      'dev-CM16-0234464-6',
      'dev-CM16-0248698-17',
      'dev-CM17-0007300-1',
      'dev-CM17-0009995-1',
      'dev-CM17-0012593-2',
      'dev-CM17-0013625-2',
      'dev-CM17-0015333-4',
      'dwc-imr-CM16-0239110-1',
      'dwc-imr-CM16-0247624-2',
    ]);
  });

  it("upholds the severe acute injury without the reviewer's answer, on the missing CURES check", () => {
    const fixture = MEDICATION_FIXTURE_CASES.find((f) => f.caseNumber === 'CM16-0239110')!;
    const unanswered = structuredClone(fixture.draft);
    unanswered.disputedItems[0]!.review.criteria = {};
    const result = evaluate(unanswered, GUIDELINE_LIBRARY, { asOf: fixture.letterDate }).items[0]!;
    expect(result.decision).toBe('upheld');
    expect(result.drivingCriteria).toContain('op16-cures');
  });

  it('warns when the letter gives no RFA date and the UR date judges the regimen', () => {
    for (const fixture of MEDICATION_FIXTURE_CASES.filter((f) => f.draft.imr.requestDate === ''))
      expect(evaluateFixture(fixture).warnings[0], fixture.caseNumber).toContain('chosen by the UR date');
  });

  it('names all 5 ingredients of the compound in the evidence, the unknown one as not evaluated', () => {
    const fixture = MEDICATION_FIXTURE_CASES.find((f) => f.caseNumber === 'CM17-0007300')!;
    const evidence =
      criterionResult(evaluateFixture(fixture), 'tp-no-unrecommended-ingredient')?.evidence ?? '';
    for (const name of [
      'Flurbiprofen',
      'Cyclobenzaprine',
      'Gabapentin',
      'Lidocaine 5% is not recommended as requested',
    ])
      expect(evidence).toContain(name);
    expect(evidence).toContain('Dextromethorphan is not in the drug reference and is not evaluated.');
  });

  it('says the lidocaine ointment fails because only the patch is supported (CM16-0234464)', () => {
    const fixture = MEDICATION_FIXTURE_CASES.find((f) => f.fixtureId === 'dev-CM16-0234464-6')!;
    const evidence = criterionResult(evaluateFixture(fixture), 'tp-no-unrecommended-ingredient')?.evidence;
    expect(evidence).toContain('only the lidocaine dermal patch (Lidoderm) is endorsed');
    expect(evidence).not.toMatch(/Lidocaine is not recommended as a topical/);
  });

  it.each(['CM17-0015333', 'CM17-0012593'])(
    '%s: a start weeks after the injury is never judged by the 180-day MED rule',
    (caseNumber) => {
      const fixture = MEDICATION_FIXTURE_CASES.find((f) => f.caseNumber === caseNumber)!;
      expect(criterionStatus(evaluateFixture(fixture), 'op16-med-80')).toBe('not_applicable');
    },
  );

  it('flags the compound ingredient the reference does not know', () => {
    const fixture = MEDICATION_FIXTURE_CASES.find((f) => f.caseNumber === 'CM17-0007300')!;
    expect(evaluateFixture(fixture).warnings).toContain(
      'Topical ingredient "Dextromethorphan" is not in the drug reference: correct the name, or judge it with an override and a note.',
    );
  });
});
