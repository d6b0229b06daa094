import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluator/evaluate';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { caseFromDecisionSummary, type DecisionSummary } from './decision-summary';
import { readFindingAnswers } from './finding-words';
import { readFindingWorkReturn } from './work-return-words';

const answerOf = (key: string, findings: string[]) =>
  readFindingAnswers(findings, []).find((answer) => answer.key === key)?.value;

describe('readFindingWorkReturn', () => {
  it("reads the job's demand level when named for the job, or from the job's lifting demand", () => {
    expect(
      readFindingWorkReturn(['job analysis from the employer lists lifting up to 75 lb (heavy work)'])
        .jobPhysicalDemand?.level,
    ).toBe('heavy');
    expect(readFindingWorkReturn(['physical demand level: medium']).jobPhysicalDemand?.level).toBe('medium');
    expect(
      readFindingWorkReturn(['order selector; job requires repetitive lifting up to 50 lb']).jobPhysicalDemand
        ?.level,
    ).toBe('medium');
    expect(readFindingWorkReturn(['job requires lifting 120 lb']).jobPhysicalDemand?.level).toBe(
      'very_heavy',
    );
    // A work status is not the job's demand.
    expect(readFindingWorkReturn(['released to light work on 5/1/2016']).jobPhysicalDemand).toBeNull();
    expect(readFindingWorkReturn(['sedentary modified duty since 3/2016']).jobPhysicalDemand).toBeNull();
  });

  it('reads a return-to-work goal the employer agreed to, and one stated as missing', () => {
    expect(
      readFindingWorkReturn([
        'employer letter 5/24/2016 holds the order selector job; worker and employer agree on return to it after the program',
      ]).rtwGoalAgreedByEmployer?.value,
    ).toBe(true);
    expect(
      readFindingWorkReturn(['no defined return-to-work goal; employer has no modified work'])
        .rtwGoalAgreedByEmployer?.value,
    ).toBe(false);
    expect(
      readFindingWorkReturn(['employer letter 6/2016 holds the loader job open']).rtwGoalAgreedByEmployer
        ?.value,
    ).toBe(true);
    expect(readFindingWorkReturn(['the job is open']).rtwGoalAgreedByEmployer).toBeNull();
  });

  it('reads an FCE done with its effort and its capacities against the job, not one only asked for', () => {
    expect(
      readFindingWorkReturn([
        'FCE 5/10/2016: consistent, valid effort; safe lift 35 lb against the 75 lb job requirement',
      ]).fce,
    ).toMatchObject({ date: '2016-05-10', validEffort: true, belowJobDemands: true });
    expect(
      readFindingWorkReturn([
        'FCE 2/1/2017 showed self-limiting behavior; lifting 40 lb meets the job demands',
      ]).fce,
    ).toMatchObject({ date: '2017-02-01', validEffort: false, belowJobDemands: false });
    expect(readFindingWorkReturn(['RFA 10/26/2016: FCE to set safe work capacities']).fce).toBeNull();
    expect(readFindingWorkReturn(['FCE requested 10/26/2016']).fce).toBeNull();
    expect(readFindingWorkReturn(['no prior FCE']).fce).toBeNull();
  });
});

describe('readFindingWorkReturn, thirteenth round', () => {
  it("reads the level from frequent lifting, a level in brackets, and an FCE's capacity against the job's lift", () => {
    const found = readFindingWorkReturn([
      'order picker at a distribution center; employer physical demands analysis: frequent lifting up to 50 lb (heavy)',
      'FCE 7/21/2016 valid (consistent on 5 of 5 measures): light-medium, 25 lb occasional floor-to-waist',
      'HR letter 7/20/2016: she goes back to her order-picker job once cleared for 50 lb',
    ]);
    expect(found.jobPhysicalDemand?.level).toBe('heavy');
    expect(found.fce).toMatchObject({ date: '2016-07-21', validEffort: true, belowJobDemands: true });
    expect(found.rtwGoalAgreedByEmployer?.value).toBe(true);
    expect(
      readFindingWorkReturn(['job requires frequent lifting up to 20 lb']).jobPhysicalDemand?.level,
    ).toBe('medium');
    expect(
      readFindingWorkReturn(['maintenance mechanic, medium-heavy (occasional 60 lb lifts)']).jobPhysicalDemand
        ?.level,
    ).toBe('heavy');
    expect(
      readFindingWorkReturn(['FCE 12/2016 with valid effort: 30 lb vs 60 lb required']).fce?.belowJobDemands,
    ).toBe(true);
    expect(readFindingWorkReturn(['agreed goal is return to full duty']).rtwGoalAgreedByEmployer?.value).toBe(
      true,
    );
    expect(
      readFindingWorkReturn(['employer is holding the position and agrees to full-duty return as the goal'])
        .rtwGoalAgreedByEmployer?.value,
    ).toBe(true);
  });
});

describe('readFindingWorkReturn, in the letters voice', () => {
  it("reads a job's category, an FCE below the demands of the job, and an agreement the employer had made", () => {
    const found = readFindingWorkReturn([
      "The employer's written job analysis placed the position in the heavy category, with repeated lifting of up to 75 pounds.",
      'A functional capacity evaluation performed on 12/14/2016 was reported as valid, with consistent effort. Safe capacity was in the medium range (35 pounds floor to waist), below the heavy demands of his job.',
      'A letter from the employer dated 1/3/2017 confirmed the position was being held for him and that the employer and employee had agreed on return to full duty.',
    ]);
    expect(found.jobPhysicalDemand?.level).toBe('heavy');
    expect(found.fce).toMatchObject({ validEffort: true, belowJobDemands: true });
    expect(found.rtwGoalAgreedByEmployer?.value).toBe(true);
  });
});

describe("work hardening's admission facts in the findings", () => {
  it('reads limits below the job, a plateau after therapy, the screening and the expected benefit', () => {
    const fce = 'FCE 5/10/2016: consistent, valid effort; safe lift 35 lb against the 75 lb job requirement';
    expect(answerOf('functionalLimitsPreventJob', [fce])).toBe(true);
    expect(answerOf('jobDemandsExceedAbilities', ['a heavy job he cannot yet meet'])).toBe(true);
    expect(answerOf('jobDemandsExceedAbilities', ['FCE 3/2016: lifting 40 lb meets the job demands'])).toBe(
      false,
    );
    expect(
      answerOf('priorTherapyPlateau', [
        'PT 11/2015-2/2016 (18 visits): lift 10 -> 35 lb; the last 4 PT notes show no further gain',
      ]),
    ).toBe(true);
    expect(
      answerOf('screeningDone', [
        'program intake 6/7/2016 (records review, interview, testing) rated him a good candidate',
      ]),
    ).toBe(true);
    expect(answerOf('screeningDone', ['a screening process has not taken place'])).toBe(false);
    expect(answerOf('screeningDone', ['interview with the adjuster 6/2016'])).toBeUndefined();
    expect(answerOf('likelyToBenefit', ['the program rated him a good candidate'])).toBe(true);
    // A surgeon's "not a candidate" is not the program's judgment.
    expect(
      answerOf('likelyToBenefit', ['spine surgery consult 3/22/2016: not a surgical candidate']),
    ).toBeUndefined();
    expect(answerOf('likelyToBenefit', ['not a good candidate for the program: poor motivation'])).toBe(
      false,
    );
  });

  it('admits a work hardening request whose summary states every admission fact, and not one that states none', () => {
    const summary = (keyFindings: string[]): DecisionSummary => ({
      caseNumber: 'CM16-TEST-WH',
      requestDate: '2016-06-14',
      urDate: '2016-06-21',
      letterDate: '2016-08-03',
      dateOfInjury: '2015-10-05',
      urAction: 'non-certified',
      diagnoses: ['lumbar strain', 'L5-S1 disc protrusion without radiculopathy'],
      keyFindings,
      requestedService: {
        name: 'Work hardening program, 4 hours/day, 5 days/week for 2 weeks',
        category: 'physical medicine',
      },
    });
    const decisionOf = (findings: string[]) =>
      evaluate(caseFromDecisionSummary(summary(findings), 'case'), GUIDELINE_LIBRARY, { asOf: '2016-06-14' })
        .items[0]?.recommendation;
    expect(
      decisionOf([
        'warehouse order selector; job analysis from the employer lists lifting up to 75 lb (heavy work)',
        'PT 11/2015-2/2016 (18 visits): floor-to-waist lift 10 -> 35 lb; the last 4 PT notes (3/2016-4/2016) show no further gain',
        'spine surgery consult 3/22/2016: not a surgical candidate',
        'FCE 5/10/2016: consistent, valid effort; safe lift 35 lb against the 75 lb job requirement',
        'employer letter 5/24/2016 holds the order selector job; worker and employer agree on return to it after the program',
        'program intake 6/7/2016 (records review, interview, testing) rated him a good candidate',
      ]),
    ).toBe('overturn');
    // The FCE's capacity read against the job's lift, and the employer's letter on the job.
    expect(
      decisionOf([
        'order picker at a distribution center; employer physical demands analysis: frequent lifting up to 50 lb (heavy)',
        '12 PT visits 4/2016-6/2016: Oswestry 52% -> 34%, floor lift 10 -> 25 lb; no further change on visits 10-12',
        'ortho spine consult 6/2/2016: MRI shows no neural compression, surgery not advised',
        'FCE 5/21/2016 valid (consistent on 5 of 5 measures): light-medium, 25 lb occasional floor-to-waist',
        'HR letter 5/20/2016: she goes back to her order-picker job once cleared for 50 lb',
        'program screening 6/2016 (records review, interview, physical testing), judged likely to benefit',
      ]),
    ).toBe('overturn');
    expect(
      decisionOf([
        'low back pain 7/10; temporarily partially disabled, modified duty',
        'no repetitive lifting over 15 lbs',
      ]),
    ).toBe('uphold');
  });
});
