import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { draftRationale } from '../../letter/draft-rationale';
import { GUIDELINE_LIBRARY } from '../index';
import {
  AS_OF,
  draftFor,
  ELECTIVE_SURGERY_FACTS,
  run,
  statusOf,
  surgeryRequest as surgery,
  withItem,
} from './procedure-test-support';

describe('shoulder surgery (ACOEM Ch. 9 Surgical Considerations)', () => {
  it('the elective path: limitation over 4 months, 3 months of failed care, a matching lesion', () => {
    const result = surgery('right shoulder');
    expect(result.guidelineSet?.id).toBe('acoem-2004-shoulder-surgery');
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe('MTUS Shoulder Complaints 2004, Section(s): Surgical Considerations');
  });

  it.each([
    ['2016-08-01', 'met'],
    ['2016-08-02', 'not_met'],
  ])('injury %s, request 12/01/2016 -> 4 months of limitation %s', (doi, expected) => {
    expect(statusOf(surgery('shoulder', {}, { doi }), 'shoulder-surgery-limitation-4-months')).toBe(expected);
  });

  it.each([
    [{ conservativeCareWeeks: 11 }, 'shoulder-surgery-conservative-3-months', 'not_met'],
    [{ conservativeCareFailed: false }, 'shoulder-surgery-conservative-3-months', 'not_met'],
    [{ functionLimitedByPain: null }, 'shoulder-surgery-limitation-4-months', 'not_documented'],
    [{ imagingCorroborates: false }, 'surgery-imaging-matches-exam', 'not_met'],
  ] as const)('%j -> %s %s, upheld without red flags', (facts, id, expected) => {
    const result = surgery('shoulder', facts);
    expect(statusOf(result, id)).toBe(expected);
    expect(result.recommendation).toBe('uphold');
  });

  it('red flags are a path of their own', () => {
    const result = surgery('shoulder', { redFlags: true, conservativeCareWeeks: 0 }, { doi: '2016-11-20' });
    expect(result.recommendation).toBe('overturn');
  });

  it('a full-thickness cuff tear that weakens the arm, matching the exam, is a path of its own', () => {
    const early = { conservativeCareWeeks: 6, functionLimitedByPain: true } as const;
    const tear = surgery('right shoulder', { ...early, cuffTearWithWeakness: true }, { doi: '2016-10-10' });
    expect(statusOf(tear, 'shoulder-surgery-limitation-4-months')).toBe('not_met');
    expect(statusOf(tear, 'shoulder-cuff-tear-weakness')).toBe('met');
    expect(tear.recommendation).toBe('overturn');
    // The tear must match the exam, and a partial tear waits out the months of care like any other.
    const unmatched = { ...early, cuffTearWithWeakness: true, imagingCorroborates: false };
    expect(surgery('right shoulder', unmatched, { doi: '2016-10-10' }).recommendation).toBe('uphold');
    const partial = surgery(
      'right shoulder',
      { ...early, cuffTearWithWeakness: false },
      { doi: '2016-10-10' },
    );
    expect(partial.recommendation).toBe('uphold');
  });
});

describe('knee surgery (ACOEM Ch. 13)', () => {
  it.each([
    [{}, '2016-06-01', 'overturn'],
    [{ conservativeCareFailed: false }, '2016-06-01', 'uphold'],
    [{ imagingCorroborates: false }, '2016-06-01', 'uphold'],
    [{}, '2016-11-01', 'overturn'],
    [{}, '2016-11-02', 'uphold'],
  ] as const)('%j, injury %s -> %s', (facts, doi, expected) => {
    const result = surgery('left knee', facts, { doi });
    expect(result.guidelineSet?.id).toBe('acoem-2004-knee-surgery');
    expect(result.recommendation).toBe(expected);
  });

  it.each([
    [true, 'met', 'overturn'],
    [false, 'not_met', 'uphold'],
    [null, 'not_documented', 'uphold'],
  ] as const)('a meniscectomy with mechanical symptoms %s -> %s, %s', (lesion, status, expected) => {
    const result = run({
      service: 'surgery',
      item: withItem(
        {
          requestedAs: 'Right knee arthroscopy with partial medial meniscectomy',
          bodyPart: 'right knee',
          quantity: 1,
          facts: ELECTIVE_SURGERY_FACTS,
        },
        { facts: { structuralLesionSuspected: lesion } },
      ),
      doi: '2016-06-01',
      rfa: '2016-12-01',
    });
    expect(statusOf(result, 'knee-meniscectomy-mechanical-symptoms')).toBe(status);
    expect(result.recommendation).toBe(expected);
  });

  it('asks for mechanical symptoms only of a meniscectomy or other arthroscopy', () => {
    const ligament = run({
      service: 'surgery',
      item: withItem(
        {
          requestedAs: 'Left ACL reconstruction',
          bodyPart: 'left knee',
          quantity: 1,
          facts: ELECTIVE_SURGERY_FACTS,
        },
        {},
      ),
    });
    expect(statusOf(ligament, 'knee-meniscectomy-mechanical-symptoms')).toBe('not_applicable');
  });

  it('a region no chapter set covers (the hip) goes to the evidence hierarchy with the reason', () => {
    const result = surgery('right hip');
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain('e.g. ODG for the hip)');
  });
});

describe('pre-operative tests follow the surgery and the patient', () => {
  it.each([
    [true, true, 'overturn'],
    [false, true, 'uphold'],
    [true, false, 'uphold'],
    [null, true, 'uphold'],
  ] as const)('surgery authorized %s, tests indicated %s -> %s', (authorized, indicated, expected) => {
    const result = run({
      service: 'preoperative_testing',
      item: {
        quantity: 1,
        facts: { associatedSurgeryAuthorized: authorized, preopTestIndicated: indicated },
      },
    });
    expect(result.guidelineSet?.id).toBe('odg-preoperative-testing');
    expect(result.recommendation).toBe(expected);
  });
});

describe('consultations and referrals', () => {
  const consult = (facts: ItemSpec['facts']) =>
    run({
      service: 'consultation',
      item: { quantity: 1, facts: { specialtyNamed: true, rationaleStated: true, ...facts } },
    });

  it.each([
    [{ delayedRecovery: true }, 'overturn'],
    [{ diagnosisUncertain: true }, 'overturn'],
    [{ surgeryConsidered: true }, 'overturn'],
    [{ specialistExpertiseNeeded: true }, 'overturn'],
    [
      {
        delayedRecovery: false,
        diagnosisUncertain: false,
        surgeryConsidered: false,
        specialistExpertiseNeeded: false,
      },
      'uphold',
    ],
    [{ delayedRecovery: true, specialtyNamed: false }, 'uphold'],
    [{ delayedRecovery: true, rationaleStated: null }, 'uphold'],
  ] as const)('%j -> %s', (facts, expected) => {
    expect(consult(facts).recommendation).toBe(expected);
  });

  it('an unspecified specialist fails the named-specialty criterion', () => {
    expect(
      statusOf(consult({ specialtyNamed: false, delayedRecovery: true }), 'consult-specialty-named'),
    ).toBe('not_met');
  });
});

describe("a referral to a surgeon is judged by the region's surgical considerations", () => {
  const referral = (bodyPart: string, facts: ItemSpec['facts']) =>
    run({
      service: 'consultation',
      item: { bodyPart, quantity: 1, facts: { specialtyNamed: true, ...facts } },
      doi: '2016-06-01',
      rfa: '2016-12-01',
    });

  it('goes to the low back surgery set, which overturns it on its elective path', () => {
    const result = referral('lumbar spine', { surgicalOpinionSought: true, ...ELECTIVE_SURGERY_FACTS });
    expect(result.guidelineSet?.id).toBe('acoem-2004-low-back-surgery');
    expect(result.serviceType).toBe('consultation');
    expect(result.judgedAs).toMatchObject({
      serviceType: 'surgery',
      from: { id: 'acoem-2004-consultation' },
      confirmed: false,
    });
    expect(result.judgedAs?.note).toMatch(/referral for surgical consultation/);
    expect(result.recommendation).toBe('overturn');
  });

  it("goes to the elbow chapter's surgical considerations for an elbow (2007 revision)", () => {
    const result = referral('left elbow', { surgicalOpinionSought: true, ...ELECTIVE_SURGERY_FACTS });
    expect(result.guidelineSet?.id).toBe('acoem-2007-elbow-surgery');
    expect(result.recommendation).toBe('overturn');
  });

  it('is upheld there without the disabling symptoms, failed care or lesion the chapter asks', () => {
    const result = referral('lumbar spine', {
      surgicalOpinionSought: true,
      ...ELECTIVE_SURGERY_FACTS,
      imagingCorroborates: false,
    });
    expect(result.guidelineSet?.id).toBe('acoem-2004-low-back-surgery');
    expect(result.recommendation).toBe('uphold');
    // The general referral reasons do not save it: a surgeon's opinion needs a surgical indication.
    expect(
      referral('lumbar spine', { surgicalOpinionSought: true, rationaleStated: true, delayedRecovery: true })
        .recommendation,
    ).toBe('uphold');
  });

  it('stays a referral under General Approaches when not to a surgeon, or for a region with no surgery set', () => {
    const general = { rationaleStated: true, delayedRecovery: true };
    expect(referral('lumbar spine', { surgicalOpinionSought: false, ...general }).guidelineSet?.id).toBe(
      'acoem-2004-consultation',
    );
    const hip = referral('right hip', { surgicalOpinionSought: true, ...general });
    expect(hip.guidelineSet?.id).toBe('acoem-2004-consultation');
    expect(hip.judgedAs).toBeUndefined();
    expect(hip.recommendation).toBe('overturn');
  });
});

describe('follow-up office visits (2016 CPMTG "Office visits")', () => {
  const visits = (facts: ItemSpec['facts'], quantity: number | null = 2, rfa = '2016-12-01') =>
    run({
      service: 'office_visit',
      item: { requestedAs: 'Follow-up office visits with the treating physician', quantity, facts },
      rfa,
    });

  it('is overturned with a stated number of visits and the worker’s own reason for them', () => {
    const result = visits({ rationaleStated: true });
    expect(result.guidelineSet?.id).toBe('cpmtg-2016-office-visits');
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe('MTUS Chronic Pain Medical Treatment 2016, Section(s): Office visits');
  });

  it.each([
    [{ rationaleStated: false }, 2, 'office-visit-individual-need', 'not_met'],
    [{ rationaleStated: null }, 2, 'office-visit-individual-need', 'not_documented'],
    // A series fixed months ahead ("monthly for 6 months") is not judged on the present condition.
    [{ rationaleStated: true }, 6, 'office-visit-not-a-fixed-series', 'not_met'],
    [{ rationaleStated: true }, 4, 'office-visit-not-a-fixed-series', 'not_met'],
    [{ rationaleStated: true }, null, 'quantity-stated', 'not_documented'],
  ] as const)('%j, quantity %s: %s %s -> uphold', (facts, quantity, id, status) => {
    const result = visits(facts, quantity);
    expect(statusOf(result, id)).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });

  it('before 07/29/2016 goes to the evidence hierarchy with the reason', () => {
    const result = visits({ rationaleStated: true }, 2, '2016-05-01');
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain('Office visits are encoded from the 2016 CPMTG');
  });
});

describe('the letter words what the records do not show', () => {
  it.each([
    ['right shoulder', 'such as a fracture, a dislocation or an acute tear with loss of function'],
    ['left knee', 'such as a fracture, a dislocation or an acute tear with loss of function'],
    ['lumbar spine', 'cauda equina syndrome, fracture, tumor, infection, progressive neurologic deficit'],
  ])('%s: the unmet paths in sentences, never "<statement>: not met"', (bodyPart, redFlags) => {
    const draft = draftFor({
      service: 'surgery',
      item: withItem(
        { requestedAs: 'Surgery', bodyPart, quantity: 1, facts: ELECTIVE_SURGERY_FACTS },
        {
          facts: { imagingCorroborates: false },
        },
      ),
      doi: '2016-06-01',
      rfa: '2016-12-01',
    });
    const [evaluation] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF }).items;
    const item = draft.disputedItems[0];
    if (!item || !evaluation) throw new Error('no item');
    const rationale = draftRationale(draft, item, 0, evaluation, 'upheld');
    expect(rationale).toContain(`The records document no red flag of a serious condition (${redFlags})`);
    expect(rationale).toMatch(
      /the records do not show (an imaging lesion|clinical, imaging and electrodiagnostic findings)/,
    );
    expect(rationale).not.toMatch(/: not met\./);
  });
});
