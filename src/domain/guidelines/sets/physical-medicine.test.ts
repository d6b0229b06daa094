import { describe, expect, it } from 'vitest';
import type { ServiceType, TherapyCourse } from '../../case/case-schema';
import { caseWith, disputedItem, type ItemSpec, therapyCourse } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { criterionResult, criterionStatus } from '../../evaluator/evaluation-queries';
import { GUIDELINE_LIBRARY } from '../index';
import { SAME_ODG_ALLOWANCE } from '../vocabularies';
import { ODG_ALLOWANCES } from './physical-medicine';

const RFA_2009 = '2015-03-02';
const RFA_2016 = '2016-12-08';

function therapy(
  spec: ItemSpec,
  {
    rfa = RFA_2016,
    courses = [] as TherapyCourse[],
    service = 'physical_therapy' as ServiceType,
    doi = '2016-11-02',
  } = {},
) {
  const draft = caseWith({
    dateOfInjury: doi,
    requestDate: rfa,
    courses,
    // A complete request names its body part (cross-cutting rule 10); tests of the rule blank it.
    items: [disputedItem(service, { bodyPart: 'low back', ...spec })],
  });
  return evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;
}

const visits = (quantity: number, diagnosisCategory: string, frequencyPerWeek: number | null = 3) => ({
  quantity,
  frequencyPerWeek,
  facts: { diagnosisCategory },
});

describe('visit allowances by diagnosis, per edition', () => {
  it.each([
    // [edition request date, category, visits, expected]
    [RFA_2016, 'myalgia/myositis', 10, 'met'],
    [RFA_2016, 'myalgia/myositis', 11, 'not_met'],
    [RFA_2016, 'radiculitis', 10, 'met'],
    [RFA_2016, 'radiculitis', 11, 'not_met'],
    [RFA_2009, 'CRPS', 24, 'met'],
    [RFA_2009, 'CRPS', 25, 'not_met'],
    [RFA_2016, 'CRPS', 25, 'met'],
    [RFA_2016, 'CRPS', 26, 'met'],
    [RFA_2016, 'CRPS', 27, 'not_met'],
    [RFA_2016, 'arthritis', 9, 'met'],
    [RFA_2016, 'arthritis', 10, 'not_met'],
    [RFA_2016, 'post-injection', 2, 'met'],
    [RFA_2016, 'post-injection', 3, 'not_met'],
    // The 2009 edition as encoded gives no arthritis number: the six-visit first trial applies.
    [RFA_2009, 'arthritis', 6, 'met'],
    [RFA_2009, 'arthritis', 9, 'not_met'],
    // No MTUS bucket names these: the ODG body-part allowance decides, else the six-visit first trial.
    [RFA_2016, 'lateral epicondylitis', 8, 'met'],
    [RFA_2016, 'lateral epicondylitis', 9, 'not_met'],
    [RFA_2009, 'lateral epicondylitis', 8, 'met'],
    [RFA_2016, 'low back strain', 6, 'met'],
    [RFA_2016, 'low back strain', 7, 'not_met'],
    [RFA_2016, 'myofascial pain', 10, 'met'],
    [RFA_2016, 'DJD of the knee', 9, 'met'],
    // Nothing entered and no diagnosis on the case: the rule depends on it.
    [RFA_2016, '', 6, 'not_documented'],
  ])('request %s, %s, %i visits -> %s', (rfa, category, quantity, expected) => {
    const result = therapy(visits(quantity, category), { rfa });
    const id = rfa === RFA_2009 ? 'pm-visits-by-diagnosis-2009' : 'pm-visits-by-diagnosis-2016';
    expect(criterionStatus(result, id)).toBe(expected);
  });

  it('counts visits already completed in the same discipline', () => {
    const result = therapy(visits(6, 'myalgia'), {
      courses: [therapyCourse('pt', 5, { functionalImprovementDocumented: true })],
    });
    const criterion = criterionResult(result, 'pm-visits-by-diagnosis-2016')!;
    expect(criterion.status).toBe('not_met');
    expect(criterion.evidence).toContain('6 requested + 5 completed = 11 PT visits');
    expect(criterion.wouldMeet).toBe(
      'A course of at most 10 visits in total for myalgia/myositis, counting visits already completed would meet this criterion.',
    );
    // OT visits do not count toward a PT request.
    const ot = therapy(visits(6, 'myalgia'), { courses: [therapyCourse('ot', 5)] });
    expect(criterionStatus(ot, 'pm-visits-by-diagnosis-2016')).toBe('met');
  });

  it('checks the course length against the allowance as advice only', () => {
    const long = therapy({ ...visits(8, 'neuralgia'), durationWeeks: 5, frequencyPerWeek: null });
    expect(criterionResult(long, 'pm-course-weeks-2016')).toMatchObject({
      status: 'not_met',
      required: false,
    });
    expect(long.drivingCriteria).not.toContain('pm-course-weeks-2016');
  });
});

describe('a request without its own diagnosis category', () => {
  // CM17-0010365 as a reviewer enters it who lists the diagnoses but leaves the item's category blank.
  const withCaseDiagnoses = (texts: string[], frequencyPerWeek: number, durationWeeks: number) => {
    const draft = caseWith({
      dateOfInjury: '2016-11-08',
      urDate: '2017-01-05',
      items: [
        disputedItem('physical_therapy', {
          bodyPart: 'cervical, thoracic and lumbar spine',
          frequencyPerWeek,
          durationWeeks,
        }),
      ],
    });
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
    return evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2017-02-14' }).items[0]!;
  };
  const DIAGNOSES = ['Lumbar strain', 'Muscle spasm', 'Dorsalgia', 'Cervical radiculopathy (right arm)'];

  it('is judged on the category the case diagnoses give: a first course of 6 visits is overturned', () => {
    const result = withCaseDiagnoses(DIAGNOSES, 3, 2);
    expect(criterionStatus(result, 'pm-visits-by-diagnosis-2016')).toBe('met');
    expect(criterionResult(result, 'pm-visits-by-diagnosis-2016')?.evidence).toContain(
      'read from the diagnosis "Cervical radiculopathy (right arm)"',
    );
    expect(result.recommendation).toBe('overturn');
  });

  it('still fails a course beyond that allowance, and stays not documented when diagnoses disagree', () => {
    expect(criterionStatus(withCaseDiagnoses(DIAGNOSES, 3, 4), 'pm-visits-by-diagnosis-2016')).toBe(
      'not_met',
    );
    const competing = withCaseDiagnoses(['Cervical radiculopathy', 'Myositis of the neck'], 3, 2);
    expect(criterionStatus(competing, 'pm-visits-by-diagnosis-2016')).toBe('not_documented');
    expect(competing.recommendation).toBe('uphold');
  });
});

describe('ODG body-part allowances where no MTUS bucket names the diagnosis', () => {
  const odg = (chapter: string) => ({
    guideline: `Official Disability Guidelines (ODG) ${chapter}`,
    edition: 'non-MTUS',
    section: 'Physical therapy',
  });
  const ODG_LINE = 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)';
  const course = (
    diagnosisCategory: string,
    bodyPart: string,
    frequencyPerWeek: number,
    durationWeeks: number,
  ) => ({
    frequencyPerWeek,
    durationWeeks,
    bodyPart,
    facts: { diagnosisCategory },
  });

  it('lateral epicondylitis, a first course of PT 2x/week for 3 weeks: within 8 visits over 5 weeks', () => {
    // Right elbow lateral epicondylitis three weeks after a lifting injury; no PT yet.
    const result = therapy(course('Right elbow lateral epicondylitis', 'right elbow', 2, 3));
    const visits = criterionResult(result, 'pm-visits-by-diagnosis-2016')!;
    expect(visits.status).toBe('met');
    expect(visits.citation).toEqual(odg('Elbow'));
    expect(visits.evidence).toContain('ODG body-part entry: lateral epicondylitis.');
    expect(visits.evidence).toContain(
      'at most 8 visits in total for lateral epicondylitis (ODG: 8 visits over 5 weeks)',
    );
    expect(criterionStatus(result, 'pm-course-weeks-2016')).toBe('met');
    expect(result.recommendation).toBe('overturn');
    // The MTUS set's line, then the ODG sources that carry the overturn, as the letters add them
    // (CM17-0007886): the elbow allowance and the six-visit trial of the ODG Preface.
    expect(result.guidelineLine).toBe(
      `MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. ${ODG_LINE} Elbow, Physical therapy. ${ODG_LINE} Physical therapy/Preface`,
    );
  });

  it('lateral epicondylitis, PT 2x/week for 6 weeks: 12 visits exceed the allowance', () => {
    const result = therapy(course('lateral epicondylitis', 'right elbow', 2, 6));
    const visits = criterionResult(result, 'pm-visits-by-diagnosis-2016')!;
    expect(visits.status).toBe('not_met');
    expect(visits.wouldMeet).toBe(
      'A course of at most 8 visits in total for lateral epicondylitis (ODG), counting visits already completed would meet this criterion.',
    );
    expect(criterionResult(result, 'pm-course-weeks-2016')).toMatchObject({
      status: 'not_met',
      required: false,
    });
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toEqual(['pm-visits-by-diagnosis-2016']);
  });

  it('counts completed PT visits toward the ODG allowance, as the MTUS buckets do', () => {
    // 6 visits done with function documented as improved, 4 more asked: 10 > 8.
    const result = therapy(
      {
        ...course('lateral epicondylitis', 'right elbow', 2, 2),
        facts: { diagnosisCategory: 'lateral epicondylitis', homeExerciseProgram: true },
      },
      { courses: [therapyCourse('pt', 6, { functionalImprovementDocumented: true })] },
    );
    expect(criterionResult(result, 'pm-visits-by-diagnosis-2016')!.evidence).toContain(
      '4 requested + 6 completed = 10 PT visits',
    );
    expect(criterionStatus(result, 'pm-visits-by-diagnosis-2016')).toBe('not_met');
  });

  it('headache: 6 visits over 6 weeks', () => {
    // Post-traumatic headache after a fall at work; PT once a week for 6 weeks, then twice for 4.
    const weekly = therapy(course('Post-traumatic headache', 'head and neck', 1, 6));
    expect(criterionResult(weekly, 'pm-visits-by-diagnosis-2016')).toMatchObject({
      status: 'met',
      citation: odg('Head'),
    });
    expect(criterionStatus(weekly, 'pm-course-weeks-2016')).toBe('met');
    const eight = therapy(course('headache', 'head', 2, 4));
    expect(criterionStatus(eight, 'pm-visits-by-diagnosis-2016')).toBe('not_met');
  });

  it.each([
    // [diagnosis, body part, visits within, visits over, ODG chapter]
    ['Right shoulder impingement syndrome', 'right shoulder', 10, 11, 'Shoulder'],
    ['Rotator cuff tendinitis', 'left shoulder', 10, 11, 'Shoulder'],
    ['Shoulder sprain/strain', 'right shoulder', 10, 11, 'Shoulder'],
    ['Sprain/strain', 'right shoulder', 10, 11, 'Shoulder'],
    ['Nondisplaced fracture, middle phalanx, left ring finger', 'left hand', 8, 9, 'Forearm, Wrist & Hand'],
    // CM17-0008633: the knee's 9 visits over 8 weeks.
    ['Right knee pain', 'right knee', 9, 10, 'Knee & Leg'],
    ['Tear of medial meniscus', 'left knee', 9, 10, 'Knee & Leg'],
    // ODG's usual sprain numbers, unconfirmed: the wrist or hand 9, the knee 12, over 8 weeks.
    ['Right wrist sprain', 'right wrist', 9, 10, 'Forearm, Wrist & Hand'],
    ['Right knee sprain/strain', 'right knee', 12, 13, 'Knee & Leg'],
  ])('%s (%s): %i visits met, %i not met', (diagnosis, bodyPart, within, over, chapter) => {
    const ok = therapy({
      quantity: within,
      frequencyPerWeek: 2,
      bodyPart,
      facts: { diagnosisCategory: diagnosis },
    });
    expect(criterionResult(ok, 'pm-visits-by-diagnosis-2016')).toMatchObject({
      status: 'met',
      citation: odg(chapter),
    });
    const tooMany = therapy({
      quantity: over,
      frequencyPerWeek: 2,
      bodyPart,
      facts: { diagnosisCategory: diagnosis },
    });
    expect(criterionStatus(tooMany, 'pm-visits-by-diagnosis-2016')).toBe('not_met');
  });

  it('reads a shoulder sprain beside an impingement as one allowance (the same 10 over 8 weeks)', () => {
    // The diagnoses name both entries; the category is blank, as a summary leaves it.
    const withBoth = (quantity: number) => {
      const draft = caseWith({
        dateOfInjury: '2016-09-12',
        requestDate: RFA_2016,
        items: [
          disputedItem('physical_therapy', { quantity, frequencyPerWeek: 3, bodyPart: 'right shoulder' }),
        ],
        edit: (d) => {
          d.injury.diagnoses = [
            { id: 'd1', text: 'Right shoulder sprain/strain', icd10: '' },
            { id: 'd2', text: 'Right shoulder impingement', icd10: '' },
          ];
        },
      });
      return evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;
    };
    expect(criterionResult(withBoth(9), 'pm-visits-by-diagnosis-2016')).toMatchObject({
      status: 'met',
      citation: odg('Shoulder'),
    });
    expect(criterionStatus(withBoth(11), 'pm-visits-by-diagnosis-2016')).toBe('not_met');
  });

  it('groups only entries whose ODG allowances agree', () => {
    for (const group of SAME_ODG_ALLOWANCE) {
      const allowances = group.map((key) => {
        const entry = ODG_ALLOWANCES.find((allowance) => allowance.key === key);
        return entry && { max: entry.max, weeks: entry.weeks, chapter: entry.chapter };
      });
      for (const allowance of allowances) expect(allowance).toEqual(allowances[0]);
    }
  });

  it('keeps the MTUS bucket first when it names the diagnosis', () => {
    // Cervicogenic headache with radiculitis: the MTUS neuralgia/radiculitis bucket (8-10 over 4 weeks).
    const result = therapy(course('Headache with cervical radiculitis', 'neck', 2, 5));
    expect(criterionResult(result, 'pm-visits-by-diagnosis-2016')).toMatchObject({
      status: 'met',
      citation: {
        guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
        section: 'Physical medicine treatment',
      },
    });
  });

  it('gives sprains and strains of the back and neck the six-visit first trial, then up to 10 visits in all', () => {
    // No MTUS bucket or ODG row in the confirmed catalogue names them; the ODG Preface trial the
    // letters cite beside the MTUS decides a first course (CM17-0010365); after it, the rounded
    // CPMTG allowance of 10 that reviewers apply.
    for (const [diagnosis, bodyPart] of [
      ['Lumbar strain', 'low back'],
      ['Lumbar sprain/strain', 'lumbar spine'],
      ['Cervical sprain', 'neck'],
    ] as const) {
      const firstTrial = criterionResult(
        therapy(course(diagnosis, bodyPart, 2, 3)),
        'pm-visits-by-diagnosis-2016',
      )!;
      expect(firstTrial.status, diagnosis).toBe('met');
      expect(firstTrial.evidence).toContain(`ODG body-part entry: none (as entered: ${diagnosis}).`);
      const longer = criterionResult(
        therapy(course(diagnosis, bodyPart, 2, 4)),
        'pm-visits-by-diagnosis-2016',
      )!;
      expect(longer.status, diagnosis).toBe('not_met');
      expect(longer.evidence).toContain('a first trial of at most 6 visits (ODG Preface');
      const trialDone = (frequencyPerWeek: number, durationWeeks: number) =>
        criterionResult(
          therapy(course(diagnosis, bodyPart, frequencyPerWeek, durationWeeks), {
            courses: [therapyCourse('pt', 6, { functionalImprovementDocumented: true })],
          }),
          'pm-visits-by-diagnosis-2016',
        )!;
      // 6 done + 4 = 10: within; 6 done + 6 = 12: beyond the 10.
      expect(trialDone(2, 2).status, diagnosis).toBe('met');
      const beyond = trialDone(2, 3);
      expect(beyond.status, diagnosis).toBe('not_met');
      expect(beyond.evidence).toContain('at most 10 visits in all after the trial');
    }
  });

  it('keeps the 2009 page off the ODG citation and the 2009 criterion unconfirmed', () => {
    const result = therapy(course('lateral epicondylitis', 'right elbow', 2, 3), {
      rfa: RFA_2009,
      doi: '2014-11-01',
    });
    expect(criterionResult(result, 'pm-visits-by-diagnosis-2009')).toMatchObject({
      status: 'met',
      citation: odg('Elbow'),
      confirmed: false,
    });
    expect(criterionResult(result, 'pm-visits-by-diagnosis-2009')!.citation.pages).toBeUndefined();
    expect(result.guidelineLine).toBe(
      `MTUS Chronic Pain Medical Treatment Guidelines (2009), Physical medicine, Page(s): 98-99. ${ODG_LINE} Elbow, Physical therapy`,
    );
  });
});

describe('frequency, home program, functional improvement', () => {
  it.each([
    [3, 'met'],
    [4, 'not_met'],
    // A request of a number of visits only is complete (confirmed catalogue 7, rule 10).
    [null, 'not_applicable'],
  ])('%s visits/week -> fading frequency %s', (frequencyPerWeek, expected) => {
    expect(criterionStatus(therapy(visits(6, 'myalgia', frequencyPerWeek)), 'pm-fading-frequency')).toBe(
      expected,
    );
  });

  it('asks for a home program and functional improvement only after a prior course', () => {
    const first = therapy(visits(6, 'myalgia'));
    expect(criterionStatus(first, 'pm-home-exercise')).toBe('not_applicable');
    expect(criterionStatus(first, 'functional-improvement-for-more-visits')).toBe('not_applicable');

    const second = therapy(visits(4, 'myalgia'), { courses: [therapyCourse('pt', 6)] });
    expect(criterionStatus(second, 'pm-home-exercise')).toBe('not_documented');
    expect(criterionStatus(second, 'functional-improvement-for-more-visits')).toBe('not_documented');

    const improved = therapy(
      { ...visits(4, 'myalgia'), facts: { diagnosisCategory: 'myalgia', homeExerciseProgram: true } },
      { courses: [therapyCourse('pt', 6, { functionalImprovementDocumented: true })] },
    );
    expect(criterionStatus(improved, 'pm-home-exercise')).toBe('met');
    expect(criterionStatus(improved, 'functional-improvement-for-more-visits')).toBe('met');
    expect(improved.recommendation).toBe('overturn');

    const notImproved = therapy(visits(4, 'myalgia'), {
      courses: [therapyCourse('pt', 6, { functionalImprovementDocumented: false })],
    });
    expect(criterionStatus(notImproved, 'functional-improvement-for-more-visits')).toBe('not_met');
  });

  it('notes the 6-visit trial of a first course as advice (2016)', () => {
    expect(criterionResult(therapy(visits(6, 'myalgia')), 'pm-initial-trial-6')).toMatchObject({
      status: 'met',
      required: false,
    });
    const eight = therapy(visits(8, 'myalgia'));
    expect(criterionStatus(eight, 'pm-initial-trial-6')).toBe('not_met');
    expect(eight.recommendation).toBe('overturn');
    expect(
      criterionStatus(therapy(visits(8, 'myalgia'), { rfa: RFA_2009 }), 'pm-initial-trial-6'),
    ).toBeUndefined();
  });

  it('decides on the six-visit trial when UR certified part of a first course (the rest waits on its assessment)', () => {
    const modified = { urDecision: 'modified' as const, urApproved: '6 visits' };
    // Twelve knee visits asked, six certified: within the ODG allowance, but the rest waits.
    const rest = therapy({ ...visits(12, 'knee sprain'), ...modified });
    expect(criterionResult(rest, 'pm-certified-trial-first')).toMatchObject({
      status: 'not_met',
      required: true,
    });
    expect(criterionResult(rest, 'pm-certified-trial-first')?.evidence).toContain('Requested 12 visits');
    expect(rest.recommendation).toBe('uphold');
    // The same request denied whole: the allowance decides, the trial stays advice.
    const denied = therapy({ ...visits(12, 'knee sprain'), urDecision: 'denied' });
    expect(criterionStatus(denied, 'pm-certified-trial-first')).toBe('not_applicable');
    expect(denied.recommendation).toBe('overturn');
    // A first trial of six cut shorter by UR is still within the trial.
    expect(
      criterionStatus(therapy({ ...visits(6, 'myalgia'), ...modified }), 'pm-certified-trial-first'),
    ).toBe('met');
    // After a course already had, the functional improvement rule decides instead.
    const second = therapy(
      { ...visits(8, 'knee sprain'), ...modified },
      { courses: [therapyCourse('pt', 4, { functionalImprovementDocumented: true })] },
    );
    expect(criterionStatus(second, 'pm-certified-trial-first')).toBe('not_applicable');
  });

  it('leaves the six-visit trial advisory: continuing after a trial with no assessment is upheld on functional improvement', () => {
    // Lumbar strain: a six-visit trial done, no documented reassessment of function; 4 more asked.
    const result = therapy(
      { ...visits(4, 'myalgia'), facts: { diagnosisCategory: 'myalgia', homeExerciseProgram: true } },
      { courses: [therapyCourse('pt', 6)] },
    );
    expect(criterionStatus(result, 'pm-initial-trial-6')).toBe('not_applicable');
    expect(result.recommendation).toBe('uphold');
    expect(result.drivingCriteria).toEqual(['functional-improvement-for-more-visits']);
  });
});

describe('the 24-visit cap (Labor Code 4604.5)', () => {
  const capped = (
    prior: number,
    requested: number,
    extra: Partial<ItemSpec['facts']> = {},
    doi = '2016-11-02',
    post = 0,
  ) =>
    therapy(
      { quantity: requested, frequencyPerWeek: 2, facts: { diagnosisCategory: 'CRPS', ...extra } },
      {
        doi,
        courses: [
          therapyCourse('pt', prior, { functionalImprovementDocumented: true }),
          ...(post ? [therapyCourse('pt', post, { postsurgical: true })] : []),
        ],
      },
    );

  it.each([
    [14, 10, 'met'],
    [14, 11, 'not_met'],
    [24, 0, 'met'],
  ])('%i completed + %i requested -> %s', (prior, requested, expected) => {
    expect(criterionStatus(capped(prior, requested), 'visit-cap-24')).toBe(expected);
  });

  it('lifts the cap with written employer authorization or an injury before 2004', () => {
    expect(criterionStatus(capped(20, 10, { employerWrittenAuthorization: true }), 'visit-cap-24')).toBe(
      'met',
    );
    expect(criterionStatus(capped(20, 10, { employerWrittenAuthorization: false }), 'visit-cap-24')).toBe(
      'not_met',
    );
    expect(criterionStatus(capped(20, 10, {}, '2003-12-31'), 'visit-cap-24')).toBe('met');
    // Exceptions not documented count as absent: the cap applies.
    expect(criterionStatus(capped(20, 10, {}, '2004-01-01'), 'visit-cap-24')).toBe('not_met');
    expect(criterionStatus(capped(20, 10, {}, ''), 'visit-cap-24')).toBe('not_met');
  });

  it('leaves post-surgical visits outside the cap', () => {
    expect(criterionStatus(capped(14, 10, {}, '2016-11-02', 20), 'visit-cap-24')).toBe('met');
  });

  it('is advisory: a 2016 CRPS course within its 26-visit allowance is not upheld on the cap', () => {
    // CRPS of the right hand: 20 PT visits done with functional improvement and a home program,
    // 6 more requested (2x/week for 3 weeks): 26 visits, the 2016 allowance (confirmed catalogue 8).
    const result = therapy(
      {
        quantity: 6,
        frequencyPerWeek: 2,
        facts: { diagnosisCategory: 'CRPS of the right hand', homeExerciseProgram: true },
      },
      { doi: '2016-02-10', courses: [therapyCourse('pt', 20, { functionalImprovementDocumented: true })] },
    );
    expect(criterionStatus(result, 'pm-visits-by-diagnosis-2016')).toBe('met');
    expect(criterionResult(result, 'visit-cap-24')).toMatchObject({
      status: 'not_met',
      required: false,
      confirmed: false,
    });
    expect(result.recommendation).toBe('overturn');
    expect(result.drivingCriteria).not.toContain('visit-cap-24');
  });

  it('counts aquatic therapy with PT, and chiropractic on its own', () => {
    const aquatic = therapy(
      {
        quantity: 6,
        frequencyPerWeek: 2,
        facts: { diagnosisCategory: 'crps', reducedWeightBearingNeeded: true },
      },
      { service: 'aquatic_therapy', courses: [therapyCourse('pt', 20)] },
    );
    // Still shown in the 2016 aquatic set, as advice.
    expect(criterionResult(aquatic, 'visit-cap-24')).toMatchObject({ status: 'not_met', required: false });
    const chiro = therapy(
      { quantity: 6, bodyPart: 'low back' },
      { service: 'chiropractic', courses: [therapyCourse('pt', 20)] },
    );
    expect(criterionStatus(chiro, 'visit-cap-24')).toBe('met');
  });
});

describe('aquatic therapy', () => {
  it('needs a reason for reduced weight bearing, then follows the physical medicine rules', () => {
    const spec = {
      quantity: 8,
      frequencyPerWeek: 2,
      facts: { diagnosisCategory: 'myalgia', reducedWeightBearingNeeded: true },
    };
    const ok = therapy(spec, { service: 'aquatic_therapy', rfa: RFA_2009, doi: '2014-06-01' });
    expect(ok.recommendation).toBe('overturn');
    expect(ok.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Aquatic therapy, Physical medicine, Page(s): 22, 98-99',
    );
    const noReason = therapy(
      { ...spec, facts: { ...spec.facts, reducedWeightBearingNeeded: false } },
      { service: 'aquatic_therapy', rfa: RFA_2009, doi: '2014-06-01' },
    );
    expect(noReason.drivingCriteria).toEqual(['aq-reduced-weight-bearing']);
  });
});

describe('massage', () => {
  it.each([
    [6, 'met'],
    [7, 'not_met'],
  ])('%i visits -> %s', (quantity, expected) => {
    const result = therapy({ quantity, facts: { adjunctToActiveTherapy: true } }, { service: 'massage' });
    expect(criterionStatus(result, 'ms-visits')).toBe(expected);
    expect(result.recommendation).toBe(expected === 'met' ? 'overturn' : 'uphold');
  });

  it('is an adjunct only', () => {
    const alone = therapy({ quantity: 4, facts: { adjunctToActiveTherapy: false } }, { service: 'massage' });
    expect(alone.drivingCriteria).toEqual(['ms-adjunct']);
    expect(alone.guidelineLine).toBe('MTUS Chronic Pain Medical Treatment 2016, Section(s): Massage therapy');
  });
});

describe('therapeutic ultrasound', () => {
  it('is not recommended; only a reviewer override with a note can change that', () => {
    const result = therapy({
      frequencyPerWeek: 2,
      durationWeeks: 4,
      facts: { modality: 'Pulsed ultrasound' },
    });
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Ultrasound, therapeutic',
    );
    expect(result.criteria.map((c) => [c.criterionId, c.status])).toEqual([
      ['us-not-recommended', 'not_met'],
    ]);
    expect(result.recommendation).toBe('uphold');
    expect(criterionResult(result, 'us-not-recommended')?.fieldPaths).toEqual([
      'disputedItems.0.facts.modality',
    ]);
  });
});

describe('other passive modalities', () => {
  const course = (bodyPart: string, modality: string, options = {}) =>
    therapy({ bodyPart, frequencyPerWeek: 2, durationWeeks: 3, facts: { modality } }, options);

  it.each([
    ['Lumbar traction', 'acoem-2004-low-back-traction', 'lb-traction-not-recommended'],
    ['hot/cold packs', 'acoem-2004-low-back-heat-cold', 'lb-heat-cold-at-home'],
  ])(
    '"%s" for the low back is judged on ACOEM Ch. 12 Physical Methods and upheld',
    (modality, setId, criterionId) => {
      // CM16-0239569: traction has not been shown effective; home heat or cold works as well.
      const result = course('lumbar spine', modality);
      expect(result.guidelineSet?.id).toBe(setId);
      expect(result.criteria.map((c) => [c.criterionId, c.status])).toEqual([[criterionId, 'not_met']]);
      expect(result.recommendation).toBe('uphold');
      expect(result.guidelineLine).toBe('MTUS Low Back Complaints 2004, Section(s): Physical Methods');
      expect(criterionResult(result, criterionId)?.fieldPaths).toEqual([
        'disputedItems.0.facts.modality',
        'disputedItems.0.bodyPart',
      ]);
    },
  );

  it('applies the low back rule in both CPMTG editions, and not to another body part', () => {
    expect(course('low back', 'traction', { rfa: RFA_2009, doi: '2014-11-01' }).guidelineSet?.id).toBe(
      'acoem-2004-low-back-traction',
    );
    // The chapter is the low back's: a knee course with heat goes to physical medicine.
    expect(course('knee', 'heat').guidelineSet?.id).toBe('cpmtg-2016-physical-medicine');
  });

  it('judges electrical muscle stimulation as not a primary modality, whatever the body part', () => {
    const result = course('knee', 'EMS');
    expect(result.guidelineSet?.id).toBe('cpmtg-2016-nmes');
    expect(result.criteria.map((c) => [c.criterionId, c.status])).toEqual([
      ['nmes-not-recommended', 'not_met'],
    ]);
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Neuromuscular electrical stimulation (NMES devices)',
    );
    expect(course('low back', 'e-stim', { rfa: RFA_2009, doi: '2014-11-01' }).guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Neuromuscular electrical stimulation (NMES devices), Page(s): 121',
    );
  });

  it('leaves an exercise course, or a modality it does not know, to the physical medicine set', () => {
    expect(course('low back', '').guidelineSet?.id).toBe('cpmtg-2016-physical-medicine');
    expect(course('low back', 'diathermy').guidelineSet?.id).toBe('cpmtg-2016-physical-medicine');
  });
});

describe('the 2016 physical medicine line', () => {
  it('cites the section, adds the ODG six-visit trial the decision agrees with, and leaves statutory citations out', () => {
    // A first course of 6 visits for myalgia: the MTUS allowance carries the overturn, and the ODG
    // Preface trial (advisory) agrees with it, as the letters cite it (CM17-0010365, CM17-0013754).
    const result = therapy(visits(6, 'myalgia'));
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Physical therapy/Preface',
    );
    expect(result.guidelineLine).not.toMatch(/Labor Code|9792\.20/);
    // 8 visits for myalgia: overturned on the MTUS allowance; the trial it exceeds is not cited.
    expect(therapy(visits(8, 'myalgia')).guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment',
    );
    const result2009 = therapy(visits(6, 'myalgia'), { rfa: RFA_2009, doi: '2014-11-01' });
    expect(result2009.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Physical medicine, Page(s): 98-99',
    );
  });
});

describe('a request that names no body part (cross-cutting rule 10)', () => {
  const BODY_PART = 'request-body-part-stated';

  it.each([
    ['physical_therapy', RFA_2016, { ...visits(6, 'myalgia') }],
    ['physical_therapy', RFA_2009, { ...visits(6, 'myalgia') }],
    ['occupational_therapy', RFA_2016, { ...visits(6, 'myalgia') }],
    [
      'aquatic_therapy',
      RFA_2016,
      { ...visits(6, 'myalgia'), facts: { diagnosisCategory: 'myalgia', reducedWeightBearingNeeded: true } },
    ],
    ['massage', RFA_2016, { quantity: 4, facts: { adjunctToActiveTherapy: true } }],
  ] as const)('%s (request %s): upheld as incomplete, on the body part alone', (service, rfa, spec) => {
    // CM16-0235869: a request missing its body part is upheld; IMR cannot complete it (CM16-0237844).
    const named = therapy(spec, { service, rfa, doi: '2014-11-01' });
    expect(named.recommendation).toBe('overturn');
    expect(criterionResult(named, BODY_PART)).toMatchObject({
      status: 'met',
      required: true,
      evidence:
        'Body part requested: low back; the guideline requires a request that names the body part to be treated.',
      fieldPaths: ['disputedItems.0.bodyPart'],
    });
    const blank = therapy({ ...spec, bodyPart: '  ' }, { service, rfa, doi: '2014-11-01' });
    expect(blank.recommendation).toBe('uphold');
    expect(blank.drivingCriteria).toEqual([BODY_PART]);
    expect(criterionResult(blank, BODY_PART)).toMatchObject({
      status: 'not_documented',
      wouldMeet: 'A request that names the body part to be treated would meet this criterion.',
    });
    expect(blank.wouldMeetSummary).toEqual([
      'A request that names the body part to be treated would meet the body part criterion.',
    ]);
  });

  it('leaves the letter line to the physical medicine set: the completeness rule cites no guideline section', () => {
    const blank = therapy({ ...visits(6, 'myalgia'), bodyPart: '' });
    expect(blank.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment',
    );
  });
});
