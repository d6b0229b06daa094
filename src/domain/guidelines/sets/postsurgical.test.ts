import { describe, expect, it } from 'vitest';
import type { TherapyCourse } from '../../case/case-schema';
import { answer, caseWith, disputedItem, type ItemSpec, therapyCourse } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { criterionResult, criterionStatus } from '../../evaluator/evaluation-queries';
import { draftRationale } from '../../letter/draft-rationale';
import { GUIDELINE_LIBRARY } from '../index';
import { POSTSURGICAL_TABLE } from './postsurgical';

/** A post-surgical request after a meniscectomy (who prescribed it is left unanswered: advisory). */
function postsurgical(spec: ItemSpec, courses: TherapyCourse[] = [], rfa = '2016-12-13') {
  const item = disputedItem('postsurgical_therapy', {
    // A complete request names its body part (cross-cutting rule 10); the other criteria read the surgery.
    bodyPart: 'right knee',
    ...spec,
    facts: { surgeryType: 'meniscectomy', surgeryDate: '2016-11-16', ...spec.facts },
    review: { criteria: { ...spec.review?.criteria } },
  });
  const draft = caseWith({ dateOfInjury: '2016-10-01', requestDate: rfa, courses, items: [item] });
  return evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;
}

const postCourse = (visits: number, fi: boolean | null) =>
  therapyCourse('pt', visits, { postsurgical: true, functionalImprovementDocumented: fi });

describe('initial course: half the general course', () => {
  it.each([
    ['meniscectomy', 6, 'overturn'],
    ['meniscectomy', 7, 'uphold'],
    ['femur fracture', 15, 'overturn'],
    ['femur fracture', 16, 'uphold'],
    ['lumbar fusion', 17, 'overturn'],
    ['lumbar fusion', 18, 'uphold'],
    ['carpal tunnel release', 4, 'overturn'],
    ['carpal tunnel release', 5, 'uphold'],
    // ODG post-surgical figures the letters quote (confirmed catalogue 2.3).
    ['lateral epicondylitis release', 6, 'overturn'],
    ['lateral epicondylitis release', 7, 'uphold'],
    ['ORIF of a proximal phalanx fracture', 8, 'overturn'],
    ['ORIF of a proximal phalanx fracture', 9, 'uphold'],
    // Entries from the usual reading of the table (unconfirmed).
    ['right total knee arthroplasty', 12, 'overturn'],
    ['right total knee arthroplasty', 13, 'uphold'],
    ['arthroscopic ACL reconstruction with partial meniscectomy', 12, 'overturn'],
    ['ORIF right distal radius fracture', 8, 'overturn'],
    ['ORIF right distal radius fracture', 9, 'uphold'],
    ['C5-6 anterior cervical discectomy and fusion', 12, 'overturn'],
    ['C5-6 anterior cervical discectomy and fusion', 13, 'uphold'],
    ['ORIF of a bimalleolar ankle fracture', 11, 'overturn'],
    ['Right trigger thumb release', 5, 'overturn'],
    ['Right trigger thumb release', 6, 'uphold'],
  ])('%s, %i visits -> %s', (surgeryType, quantity, recommendation) => {
    expect(postsurgical({ quantity, facts: { surgeryType } }).recommendation).toBe(recommendation);
  });

  it('rounds an odd general course up (half of 3-8 visits is 4)', () => {
    for (const entry of POSTSURGICAL_TABLE) {
      const half = Math.ceil(entry.visits / 2);
      expect(
        criterionStatus(
          postsurgical({ quantity: half, facts: { surgeryType: entry.key } }),
          'ps-initial-course',
        ),
      ).toBe('met');
    }
  });
});

describe('subsequent course: up to the general course with functional improvement', () => {
  it.each([
    [6, 6, true, 'overturn'],
    [6, 7, true, 'uphold'],
    [6, 6, false, 'uphold'],
    [6, 6, null, 'uphold'],
  ])(
    '%i done + %i requested after meniscectomy, improvement %s -> %s',
    (done, quantity, fi, recommendation) => {
      expect(postsurgical({ quantity }, [postCourse(done, fi)]).recommendation).toBe(recommendation);
    },
  );

  it('is outside the 24-visit cap', () => {
    const result = postsurgical({ quantity: 6 }, [therapyCourse('pt', 24)]);
    expect(criterionStatus(result, 'visit-cap-24')).toBeUndefined();
    expect(result.recommendation).toBe('overturn');
  });
});

describe('the post-surgical physical medicine period', () => {
  it.each([
    ['meniscectomy', '2017-05-16', '2017-05-17'],
    ['carpal tunnel release', '2017-02-16', '2017-02-17'],
    ['total knee arthroplasty', '2017-03-16', '2017-03-17'],
    ['elbow arthroscopy, loose body removal', '2017-05-16', '2017-05-17'],
  ])('%s on 11/16/2016: a request on %s is within it, one on %s is not', (surgeryType, last, after) => {
    const within = postsurgical({ quantity: 2, facts: { surgeryType } }, [], last);
    expect(within.guidelineSet?.id).toBe('mtus-postsurgical-2009');
    expect(criterionStatus(within, 'ps-within-period')).toBe('met');
    expect(within.judgedAs).toBeUndefined();

    const late = postsurgical({ quantity: 2, facts: { surgeryType } }, [], after);
    expect(late.guidelineSet?.id).toBe('cpmtg-2016-physical-medicine');
    expect(late.serviceType).toBe('postsurgical_therapy');
    expect(late.judgedAs).toMatchObject({
      serviceType: 'physical_therapy',
      from: { id: 'mtus-postsurgical-2009' },
      confirmed: false,
    });
    expect(late.judgedAs?.note).toMatch(/non-surgical physical medicine/);
    expect(late.judgedAs?.evidence).toMatch(/11\/16\/2016/);
  });

  it('stays under the post-surgical guideline, asking for the date, without a surgery date', () => {
    const result = postsurgical({ quantity: 2, facts: { surgeryDate: '' } });
    expect(result.guidelineSet?.id).toBe('mtus-postsurgical-2009');
    expect(criterionStatus(result, 'ps-within-period')).toBe('not_documented');
  });
});

describe('after the period: judged as non-surgical physical medicine', () => {
  const LATE = '2017-06-01';
  // Past the period the request's diagnosis picks its physical medicine allowance (9-10 visits).
  const facts = { diagnosisCategory: 'myalgia/myositis' };

  it('judges a first course by the physical medicine visit allowance', () => {
    const result = postsurgical({ quantity: 6, facts }, [], LATE);
    expect(criterionStatus(result, 'pm-visits-by-diagnosis-2016')).toBe('met');
    expect(criterionStatus(result, 'ps-initial-course')).toBeUndefined();
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toContain('MTUS Chronic Pain Medical Treatment 2016');
  });

  it('counts the post-surgical PT already done toward the allowance, but not toward the cap', () => {
    const result = postsurgical(
      { quantity: 6, facts: { ...facts, homeExerciseProgram: true } },
      [postCourse(12, true)],
      LATE,
    );
    expect(criterionResult(result, 'pm-visits-by-diagnosis-2016')).toMatchObject({ status: 'not_met' });
    expect(criterionResult(result, 'pm-visits-by-diagnosis-2016')?.evidence).toMatch(
      /6 requested \+ 12 completed = 18 PT visits/,
    );
    expect(criterionStatus(result, 'visit-cap-24')).toBe('met');
    expect(result.recommendation).toBe('uphold');
  });

  it('gives the letter the reason beside the guideline it applies, for either decision', () => {
    for (const [quantity, decision] of [
      [6, 'overturned'],
      [12, 'upheld'],
    ] as const) {
      const item = disputedItem('postsurgical_therapy', {
        requestedAs: `Post-op PT x${quantity} right knee`,
        bodyPart: 'right knee',
        quantity,
        facts: { surgeryType: 'meniscectomy', surgeryDate: '2016-11-16', ...facts },
      });
      const draft = caseWith({ dateOfInjury: '2016-10-01', requestDate: LATE, items: [item] });
      const result = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;
      expect(result.decision).toBe(decision);
      const rationale = draftRationale(draft, draft.disputedItems[0]!, 0, result, decision);
      expect(rationale).toMatch(
        /The guideline applied is MTUS Chronic Pain Medical Treatment 2016, Section\(s\): Physical medicine treatment[^.]*\. The request comes after the post-surgical physical medicine period for the surgery has ended, so the guidelines for non-surgical physical medicine apply to it \(8 CCR 9792\.24\.3\)\. Of its criteria/,
      );
    }
  });
});

describe('surgeries the table does not list', () => {
  it('asks the reviewer to judge the course against the schedule', () => {
    const unanswered = postsurgical({ quantity: 8, facts: { surgeryType: 'elbow arthroscopy' } });
    expect(criterionResult(unanswered, 'ps-initial-course')).toMatchObject({
      status: 'not_documented',
      source: 'unanswered',
      kind: 'computed',
    });
    expect(unanswered.recommendation).toBe('uphold');
    const answered = postsurgical({
      quantity: 8,
      facts: { surgeryType: 'elbow arthroscopy' },
      review: { criteria: { 'ps-initial-course': answer('met') } },
    });
    expect(criterionResult(answered, 'ps-initial-course')).toMatchObject({
      status: 'met',
      source: 'reviewer',
    });
    expect(answered.recommendation).toBe('overturn');
  });
});

describe('citations', () => {
  it('prints the section of the surgery', () => {
    expect(postsurgical({ quantity: 6 }).guidelineLine).toBe(
      'MTUS Postsurgical Treatment 2009, Section(s): Knee',
    );
    expect(postsurgical({ quantity: 4, facts: { surgeryType: 'carpal tunnel release' } }).guidelineLine).toBe(
      'MTUS Postsurgical Treatment 2009, Section(s): Forearm, Wrist, & Hand',
    );
    expect(postsurgical({ quantity: 4, facts: { surgeryType: 'other' } }).guidelineLine).toBe(
      'MTUS Postsurgical Treatment 2009',
    );
  });

  it('asks who prescribed, as advice: no letter decides on it, so it never holds up a course', () => {
    const unanswered = postsurgical({ quantity: 6, review: { criteria: {} } });
    expect(criterionResult(unanswered, 'ps-prescribed-by-surgeon')).toMatchObject({
      status: 'not_documented',
      required: false,
    });
    expect(unanswered.recommendation).toBe('overturn');
    const otherPrescriber = postsurgical({
      quantity: 6,
      review: { criteria: { 'ps-prescribed-by-surgeon': answer('not_met') } },
    });
    expect(criterionStatus(otherPrescriber, 'ps-prescribed-by-surgeon')).toBe('not_met');
    expect(otherPrescriber.drivingCriteria).not.toContain('ps-prescribed-by-surgeon');
  });
});

describe('a request that names no body part (cross-cutting rule 10)', () => {
  it('is upheld as incomplete, even as an initial course within half the general course', () => {
    // CM16-0235869: incomplete requests are upheld; IMR cannot complete or modify them (CM16-0237844).
    const blank = postsurgical({ quantity: 6, bodyPart: '' });
    expect(blank.recommendation).toBe('uphold');
    expect(blank.drivingCriteria).toEqual(['request-body-part-stated']);
    expect(postsurgical({ quantity: 6 }).recommendation).toBe('overturn');
  });
});

describe('a post-surgical request that does not name its surgery', () => {
  const withHistory = (surgeries: { type: string; date: string }[], facts: ItemSpec['facts'] = {}) => {
    const item = disputedItem('postsurgical_therapy', {
      bodyPart: 'right knee',
      quantity: 6,
      facts: { surgeryType: '', surgeryDate: '', ...facts },
      review: { criteria: { 'ps-prescribed-by-surgeon': answer('met') } },
    });
    const draft = caseWith({ dateOfInjury: '2016-10-01', requestDate: '2016-12-13', items: [item] });
    draft.treatment.surgeries = surgeries.map((surgery, index) => ({ id: `s-${index}`, ...surgery }));
    return evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;
  };
  const MENISCECTOMY = { type: 'Right knee arthroscopic partial meniscectomy', date: '2016-11-16' };

  it('follows the only surgery in the treatment history, and says so', () => {
    const result = withHistory([MENISCECTOMY]);
    expect(result.recommendation).toBe('overturn');
    expect(JSON.stringify(result.criteria.map((criterion) => criterion.evidence))).toContain(
      'from the treatment history: \\"Right knee arthroscopic partial meniscectomy\\"',
    );
    // Seven visits are more than half the meniscectomy course: the history decides it as typed would.
    expect(withHistory([MENISCECTOMY]).recommendation).toBe(
      postsurgical({ quantity: 6, facts: { surgeryType: MENISCECTOMY.type, surgeryDate: MENISCECTOMY.date } })
        .recommendation,
    );
  });

  it('does not choose between several surgeries: the reviewer names it', () => {
    const result = withHistory([MENISCECTOMY, { type: 'Lumbar fusion', date: '2015-03-01' }]);
    expect(result.recommendation).toBe('uphold');
    expect(result.criteria.some((criterion) => criterion.status === 'not_documented')).toBe(true);
  });

  it('takes the date of the history entry for the surgery the request names', () => {
    const named = withHistory([MENISCECTOMY, { type: 'Lumbar fusion', date: '2015-03-01' }], {
      surgeryType: 'meniscectomy',
    });
    expect(named.recommendation).toBe('overturn');
  });
});
