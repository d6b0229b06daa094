import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, type CaseDraft } from './case-schema';
import { buildDemoCase } from './demo-case';
import {
  emptyCaseDraft,
  emptyComplaint,
  emptyDisputedItem,
  emptyInjection,
  emptyMedication,
  emptyRehabProgram,
  emptyReport,
  emptyTherapyCourse,
} from './empty-case';
import {
  blockingIssues,
  buildStrictCaseSchema,
  type CaseIssue,
  labelForPath,
  stepForPath,
  validateCase,
} from './validate-case';

const TODAY = '2015-01-15';

/** The demo case (complete and consistent) with one change applied. */
function demoWith(change: (draft: CaseDraft) => void): CaseDraft {
  const draft = buildDemoCase('case-1');
  change(draft);
  return draft;
}

function issuesAt(draft: CaseDraft, path: string): CaseIssue[] {
  return validateCase(draft, { today: TODAY }).filter((issue) => issue.path === path);
}

/** [description, change, path, expected message or null when the value is accepted] */
type Row = [string, (draft: CaseDraft) => void, string, string | null];

function runRows(rows: Row[]) {
  it.each(rows)('%s', (_name, change, path, expected) => {
    const found = issuesAt(demoWith(change), path).filter((issue) => issue.kind === 'invalid');
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((issue) => issue.message)).toEqual([expected]);
  });
}

const withItem = (draft: CaseDraft, change: (item: CaseDraft['disputedItems'][number]) => void) => {
  const item = draft.disputedItems[0]!;
  change(item);
};

describe('validateCase: a complete case', () => {
  it('finds nothing wrong with the demo case', () => {
    expect(validateCase(buildDemoCase('d'), { today: TODAY })).toEqual([]);
  });

  it('lists what an empty case is missing, in form order, each on its step', () => {
    const issues = validateCase(emptyCaseDraft('e'), { today: TODAY });
    expect(issues.map((issue) => [issue.path, issue.step, issue.kind])).toEqual([
      ['imr.caseNumber', 'case', 'missing'],
      ['imr.urDeterminationDate', 'case', 'missing'],
      ['reviewer.specialty', 'case', 'missing'],
      ['patient.age', 'patient', 'missing'],
      ['patient.sex', 'patient', 'missing'],
      ['injury.dateOfInjury', 'patient', 'missing'],
      ['reports', 'reports', 'missing'],
      ['disputedItems', 'disputed', 'missing'],
    ]);
    expect(blockingIssues(issues)).toEqual([]);
  });
});

describe('validateCase: missing for the letter', () => {
  const missingRows: [string, (draft: CaseDraft) => void, string, string][] = [
    [
      'case number',
      (d) => (d.imr.caseNumber = '  '),
      'imr.caseNumber',
      'IMR case number is needed for the letter',
    ],
    [
      'UR determination date',
      (d) => (d.imr.urDeterminationDate = ''),
      'imr.urDeterminationDate',
      'UR determination date is needed for the letter',
    ],
    [
      'date of injury',
      (d) => (d.injury.dateOfInjury = ''),
      'injury.dateOfInjury',
      'Date of injury is needed for the letter',
    ],
    [
      'age and date of birth',
      (d) => (d.patient.age = null),
      'patient.age',
      'Patient age or date of birth is needed for the letter',
    ],
    ['sex', (d) => (d.patient.sex = ''), 'patient.sex', 'Sex is needed for the letter'],
    [
      'licensure state',
      (d) => (d.reviewer.licensureStates = ['']),
      'reviewer.licensureStates',
      'Reviewer licensure state is needed for the letter',
    ],
    [
      'specialty',
      (d) => (d.reviewer.specialty = ''),
      'reviewer.specialty',
      'Reviewer specialty is needed for the letter',
    ],
    [
      'any report',
      (d) => (d.reports = []),
      'reports',
      'At least one report with a date is needed for the letter',
    ],
    [
      'a report date when no report has one',
      (d) => {
        for (const report of d.reports) report.date = '';
      },
      'reports.0.date',
      'At least one report needs a date for the letter',
    ],
    [
      'any disputed item',
      (d) => (d.disputedItems = []),
      'disputedItems',
      'At least one disputed service is needed for the letter',
    ],
    [
      'the requested service',
      (d) => withItem(d, (item) => (item.requestedAs = '')),
      'disputedItems.0.requestedAs',
      'Disputed service 1: the requested service is needed for the letter',
    ],
    [
      'the service type',
      (d) => withItem(d, (item) => (item.serviceType = '')),
      'disputedItems.0.serviceType',
      'Disputed service 1: the service type is needed for the letter',
    ],
    [
      'UR decision (neither denied nor modified)',
      (d) => withItem(d, (item) => (item.urDecision = '')),
      'disputedItems.0.urDecision',
      'Disputed service 1: the UR decision (denied or modified) is needed for the letter',
    ],
    [
      'record of what UR approved on a modified request',
      (d) =>
        withItem(d, (item) => {
          item.urDecision = 'modified';
          item.urApproved = ' ';
        }),
      'disputedItems.0.urApproved',
      'Disputed service 1: what UR approved is needed for the letter, which decides the remaining portion',
    ],
  ];
  it.each(missingRows)('reports a missing %s', (_name, change, path, message) => {
    expect(issuesAt(demoWith(change), path)).toEqual([
      { path, step: stepForPath(path), message, kind: 'missing' },
    ]);
  });

  it('accepts a date of birth instead of an age, and one dated report among undated ones', () => {
    const draft = demoWith((d) => {
      d.patient.age = null;
      d.patient.dateOfBirth = '1978-05-01';
      d.reports[0]!.date = '';
    });
    expect(validateCase(draft, { today: TODAY })).toEqual([]);
  });
});

describe('validateCase: dates', () => {
  runRows([
    ['a real date is accepted', (d) => (d.injury.dateOfInjury = '2013-08-01'), 'injury.dateOfInjury', null],
    [
      'Feb 30 is not a real date',
      (d) => (d.injury.dateOfInjury = '2014-02-30'),
      'injury.dateOfInjury',
      'Date of injury 2014-02-30 is not a real date',
    ],
    [
      'Feb 29 in a common year is not a real date',
      (d) => (d.imr.requestDate = '2014-02-29'),
      'imr.requestDate',
      'Request (RFA) date 2014-02-29 is not a real date',
    ],
    [
      'Feb 29 in a leap year is real',
      (d) => (d.imr.assignmentDate = '2012-02-29'),
      'imr.assignmentDate',
      null,
    ],
    [
      'a date that is not in ISO form',
      (d) => (d.imr.recordsReceivedDate = '11/24/2014'),
      'imr.recordsReceivedDate',
      'Records received date "11/24/2014" is not a date; enter it as month/day/year',
    ],
    [
      'month 13',
      (d) => (d.reports[0]!.date = '2014-13-01'),
      'reports.0.date',
      'Report 1 date 2014-13-01 is not a real date',
    ],
    [
      'a year slipped to three digits (a fifth digit typed into 2014)',
      (d) => (d.imr.requestDate = '0145-11-11'),
      'imr.requestDate',
      'Request (RFA) date 11/11/0145 has the year 145; check the year (1900 or later)',
    ],
    [
      'a year before 1900',
      (d) => (d.injury.dateOfInjury = '1899-12-31'),
      'injury.dateOfInjury',
      'Date of injury 12/31/1899 has the year 1899; check the year (1900 or later)',
    ],
    ['1900 is accepted', (d) => (d.injury.dateOfInjury = '1900-01-01'), 'injury.dateOfInjury', null],
    ['today is not in the future', (d) => (d.imr.decisionDate = TODAY), 'imr.decisionDate', null],
    [
      'tomorrow is in the future',
      (d) => (d.imr.decisionDate = '2015-01-16'),
      'imr.decisionDate',
      'Decision date 01/16/2015 is in the future (today is 01/15/2015)',
    ],
    [
      'a future report date',
      (d) => (d.reports[1]!.date = '2016-01-01'),
      'reports.1.date',
      'Report 2 date 01/01/2016 is in the future (today is 01/15/2015)',
    ],
    [
      'a future fact date on the item',
      (d) =>
        withItem(d, (item) => {
          item.serviceType = 'postsurgical_therapy';
          item.facts.surgeryDate = '2015-02-01';
        }),
      'disputedItems.0.facts.surgeryDate',
      'Disputed service 1: date of that surgery 02/01/2015 is in the future (today is 01/15/2015)',
    ],
  ]);
});

describe('validateCase: dates in order', () => {
  runRows([
    [
      'injury on the request date',
      (d) => (d.injury.dateOfInjury = '2014-11-11'),
      'injury.dateOfInjury',
      null,
    ],
    [
      'injury the day after the request',
      (d) => (d.injury.dateOfInjury = '2014-11-12'),
      'injury.dateOfInjury',
      'Date of injury 11/12/2014 is after the request date 11/11/2014',
    ],
    [
      'injury after the UR date when there is no request date',
      (d) => {
        d.imr.requestDate = '';
        d.injury.dateOfInjury = '2014-11-25';
        d.reports = [];
      },
      'injury.dateOfInjury',
      'Date of injury 11/25/2014 is after the UR determination date 11/24/2014',
    ],
    ['report on the injury date', (d) => (d.reports[0]!.date = '2013-08-01'), 'reports.0.date', null],
    [
      'report the day before the injury',
      (d) => (d.reports[0]!.date = '2013-07-31'),
      'reports.0.date',
      'Report 1 date 07/31/2013 is before the date of injury 08/01/2013',
    ],
    [
      'UR on the request date',
      (d) => (d.imr.urDeterminationDate = '2014-11-11'),
      'imr.urDeterminationDate',
      null,
    ],
    [
      'UR the day before the request',
      (d) => (d.imr.urDeterminationDate = '2014-11-10'),
      'imr.urDeterminationDate',
      'UR determination date 11/10/2014 is before the request date 11/11/2014',
    ],
    [
      'application on the UR date',
      (d) => (d.imr.applicationDate = '2014-11-24'),
      'imr.applicationDate',
      null,
    ],
    [
      'application before UR',
      (d) => (d.imr.applicationDate = '2014-11-23'),
      'imr.applicationDate',
      'IMR application date 11/23/2014 is before the UR determination 11/24/2014',
    ],
    [
      'decision before the UR determination',
      (d) => (d.imr.decisionDate = '2014-11-20'),
      'imr.decisionDate',
      'Decision date 11/20/2014 is before the UR determination date 11/24/2014',
    ],
    [
      'decision before the records arrived (the latest date it precedes is named)',
      (d) => {
        d.imr.recordsReceivedDate = '2014-12-05';
        d.imr.decisionDate = '2014-12-04';
      },
      'imr.decisionDate',
      'Decision date 12/04/2014 is before the records received date 12/05/2014',
    ],
    [
      'records received before the application',
      (d) => {
        d.imr.applicationDate = '2014-11-28';
        d.imr.recordsReceivedDate = '2014-11-27';
      },
      'imr.recordsReceivedDate',
      'Records received date 11/27/2014 is before the IMR application date 11/28/2014',
    ],
    [
      'decision on the assignment date',
      (d) => {
        d.imr.assignmentDate = '2014-12-20';
        d.imr.decisionDate = '2014-12-20';
      },
      'imr.decisionDate',
      null,
    ],
    [
      'decision before assignment',
      (d) => {
        d.imr.assignmentDate = '2014-12-20';
        d.imr.decisionDate = '2014-12-19';
      },
      'imr.decisionDate',
      'Decision date 12/19/2014 is before the assignment date 12/20/2014',
    ],
    [
      'program ending before it starts',
      (d) =>
        d.treatment.rehabPrograms.push({
          ...emptyRehabProgram('p'),
          startDate: '2014-03-10',
          endDate: '2014-03-09',
        }),
      'treatment.rehabPrograms.0.endDate',
      'Program 1 end date 03/09/2014 is before its start date 03/10/2014',
    ],
    [
      'medication stopped before it started',
      (d) =>
        d.treatment.medications.push({
          ...emptyMedication('m'),
          startDate: '2014-03-10',
          stopDate: '2014-03-01',
        }),
      'treatment.medications.0.stopDate',
      'Medication 1 stop date 03/01/2014 is before the start date 03/10/2014',
    ],
  ]);

  it('does not compare a date that is itself invalid', () => {
    const draft = demoWith((d) => (d.imr.requestDate = '2014-02-30'));
    expect(issuesAt(draft, 'imr.urDeterminationDate')).toEqual([]);
  });
});

describe('validateCase: age', () => {
  runRows([
    ['age 14', (d) => (d.patient.age = 14), 'patient.age', null],
    ['age 13', (d) => (d.patient.age = 13), 'patient.age', 'Age 13 is outside 14-100'],
    ['age 100', (d) => (d.patient.age = 100), 'patient.age', null],
    ['age 101', (d) => (d.patient.age = 101), 'patient.age', 'Age 101 is outside 14-100'],
    ['age 120', (d) => (d.patient.age = 120), 'patient.age', 'Age 120 is outside 14-100'],
    ['age -1', (d) => (d.patient.age = -1), 'patient.age', 'Age -1 is outside 14-100'],
    [
      'born exactly 14 years before the request',
      (d) => (d.patient.dateOfBirth = '2000-11-11'),
      'patient.dateOfBirth',
      null,
    ],
    [
      'born one day short of 14 at the request',
      (d) => (d.patient.dateOfBirth = '2000-11-12'),
      'patient.dateOfBirth',
      'Date of birth 11/12/2000 gives an age of 13 on 11/11/2014; expected 14-100',
    ],
    [
      'born 101 years before the request',
      (d) => (d.patient.dateOfBirth = '1913-11-11'),
      'patient.dateOfBirth',
      'Date of birth 11/11/1913 gives an age of 101 on 11/11/2014; expected 14-100',
    ],
    [
      'born after the request',
      (d) => (d.patient.dateOfBirth = '2014-12-01'),
      'patient.dateOfBirth',
      'Date of birth 12/01/2014 is after 11/11/2014',
    ],
  ]);
});

describe('validateCase: pain ratings', () => {
  const pain = (low: number | null, high: number | null) => (d: CaseDraft) => {
    d.reports[0]!.complaints[0] = { ...emptyComplaint('c'), painLow: low, painHigh: high };
  };
  const low = 'reports.0.complaints.0.painLow';
  const high = 'reports.0.complaints.0.painHigh';
  runRows([
    ['pain 0', pain(0, 0), low, null],
    ['pain 10', pain(10, 10), high, null],
    ['pain 11', pain(null, 11), high, 'Report 1 complaint 1 pain (high) 11 is outside 0-10'],
    ['pain -1', pain(-1, null), low, 'Report 1 complaint 1 pain (low) -1 is outside 0-10'],
    ['low equal to high', pain(7, 7), low, null],
    ['low above high', pain(8, 7), low, 'Report 1 complaint 1: lowest pain 8 is higher than highest pain 7'],
  ]);

  it('does not add "low above high" on top of an out-of-range rating', () => {
    const issues = issuesAt(demoWith(pain(12, 7)), low);
    expect(issues.map((issue) => issue.message)).toEqual([
      'Report 1 complaint 1 pain (low) 12 is outside 0-10',
    ]);
  });
});

describe('validateCase: numbers', () => {
  const item = (change: (item: CaseDraft['disputedItems'][number]) => void) => (d: CaseDraft) =>
    withItem(d, change);
  runRows([
    ['frequency 7 per week', item((i) => (i.frequencyPerWeek = 7)), 'disputedItems.0.frequencyPerWeek', null],
    [
      'frequency 8 per week',
      item((i) => (i.frequencyPerWeek = 8)),
      'disputedItems.0.frequencyPerWeek',
      'Disputed service 1: frequency 8 visits/week is not possible; at most 7',
    ],
    [
      'frequency 40 per week',
      item((i) => (i.frequencyPerWeek = 40)),
      'disputedItems.0.frequencyPerWeek',
      'Disputed service 1: frequency 40 visits/week is not possible; at most 7',
    ],
    ['duration 104 weeks', item((i) => (i.durationWeeks = 104)), 'disputedItems.0.durationWeeks', null],
    [
      'duration 105 weeks',
      item((i) => (i.durationWeeks = 105)),
      'disputedItems.0.durationWeeks',
      'Disputed service 1: duration 105 weeks is too long; at most 104 weeks (2 years)',
    ],
    ['24 hours a day', item((i) => (i.hoursPerDay = 24)), 'disputedItems.0.hoursPerDay', null],
    [
      '25 hours a day',
      item((i) => (i.hoursPerDay = 25)),
      'disputedItems.0.hoursPerDay',
      'Disputed service 1: hours per day 25 hours a day is not possible; at most 24',
    ],
    [
      'negative hours',
      item((i) => (i.hoursPerDay = -2)),
      'disputedItems.0.hoursPerDay',
      'Disputed service 1: hours per day -2 cannot be negative',
    ],
    [
      'quantity 500',
      item((i) => {
        i.serviceType = 'physical_therapy';
        i.quantity = 500;
      }),
      'disputedItems.0.quantity',
      null,
    ],
    [
      'quantity 501',
      item((i) => {
        i.serviceType = 'physical_therapy';
        i.quantity = 501;
      }),
      'disputedItems.0.quantity',
      'Disputed service 1: quantity 501 is not plausible; at most 500',
    ],
    [
      'negative visits completed',
      (d) => d.treatment.therapyCourses.push({ ...emptyTherapyCourse('t'), visitsCompleted: -3 }),
      'treatment.therapyCourses.0.visitsCompleted',
      'Therapy course 1 visits completed -3 cannot be negative',
    ],
    [
      '0 visits completed',
      (d) => d.treatment.therapyCourses.push({ ...emptyTherapyCourse('t'), visitsCompleted: 0 }),
      'treatment.therapyCourses.0.visitsCompleted',
      null,
    ],
    [
      '501 visits completed',
      (d) => d.treatment.therapyCourses.push({ ...emptyTherapyCourse('t'), visitsCompleted: 501 }),
      'treatment.therapyCourses.0.visitsCompleted',
      'Therapy course 1 visits completed 501 is not plausible; at most 500',
    ],
    [
      'lifting 300 lbs',
      (d) => (d.work.restrictions.liftLimitLbs = 300),
      'work.restrictions.liftLimitLbs',
      null,
    ],
    [
      'lifting 301 lbs',
      (d) => (d.work.restrictions.liftLimitLbs = 301),
      'work.restrictions.liftLimitLbs',
      'Lifting limit 301 lbs is not plausible; at most 300 lbs',
    ],
    [
      'negative push/pull',
      (d) => (d.work.restrictions.pushPullLimitLbs = -5),
      'work.restrictions.pushPullLimitLbs',
      'Push/pull limit -5 cannot be negative',
    ],
    [
      'sitting 1440 minutes',
      (d) => (d.work.restrictions.sittingLimitMinutes = 1440),
      'work.restrictions.sittingLimitMinutes',
      null,
    ],
    [
      'sitting 1441 minutes',
      (d) => (d.work.restrictions.sittingLimitMinutes = 1441),
      'work.restrictions.sittingLimitMinutes',
      'Sitting limit 1441 minutes is more than a day; at most 1,440',
    ],
    [
      'standing 2000 minutes',
      (d) => (d.work.restrictions.standingLimitMinutes = 2000),
      'work.restrictions.standingLimitMinutes',
      'Standing limit 2000 minutes is more than a day; at most 1,440',
    ],
    [
      'relief 100%',
      (d) => d.treatment.injections.push({ ...emptyInjection('i'), reliefPercent: 100 }),
      'treatment.injections.0.reliefPercent',
      null,
    ],
    [
      'relief 101%',
      (d) => d.treatment.injections.push({ ...emptyInjection('i'), reliefPercent: 101 }),
      'treatment.injections.0.reliefPercent',
      'Injection 1 relief 101% is not possible; at most 100%',
    ],
    ['70 years in practice', (d) => (d.reviewer.yearsInPractice = 70), 'reviewer.yearsInPractice', null],
    [
      '71 years in practice',
      (d) => (d.reviewer.yearsInPractice = 71),
      'reviewer.yearsInPractice',
      'Years in practice 71 is not plausible; at most 70',
    ],
    [
      'a number that is not a number',
      (d) => (d.reviewer.yearsInPractice = Number.NaN),
      'reviewer.yearsInPractice',
      'Years in practice is not a number',
    ],
    [
      'weeks in program within the fact limit',
      item((i) => (i.facts.weeksCompletedInProgram = 52)),
      'disputedItems.0.facts.weeksCompletedInProgram',
      null,
    ],
    [
      'weeks in program above the fact limit',
      item((i) => (i.facts.weeksCompletedInProgram = 53)),
      'disputedItems.0.facts.weeksCompletedInProgram',
      'Disputed service 1: weeks already completed in this program 53 is not plausible; at most 52',
    ],
    [
      'a medication quantity of a drug dispute',
      (d) => {
        d.disputedItems.push({
          ...emptyDisputedItem('m'),
          requestedAs: 'Norco',
          serviceType: 'opioid',
          medication: { ...emptyMedication('mm'), quantity: -1 },
        });
      },
      'disputedItems.1.medication.quantity',
      'Disputed service 2: medication quantity -1 cannot be negative',
    ],
  ]);

  it('only checks the fields the service type shows', () => {
    const draft = demoWith((d) =>
      withItem(d, (item) => {
        item.serviceType = 'mri';
        item.frequencyPerWeek = 40;
        item.hoursPerDay = 99;
        item.facts.weeksCompletedInProgram = 99;
        item.facts.surgeryDate = '2014-02-30';
        item.medication.quantity = -5;
      }),
    );
    expect(validateCase(draft, { today: TODAY })).toEqual([]);
  });
});

describe('validateCase: text', () => {
  runRows([
    [
      'text of 100,000 characters',
      (d) => (d.injury.mechanism = 'x'.repeat(100_000)),
      'injury.mechanism',
      null,
    ],
    [
      'text of 100,001 characters',
      (d) => (d.injury.mechanism = 'x'.repeat(100_001)),
      'injury.mechanism',
      'Mechanism of injury is too long to keep: 100,001 characters; at most 100,000',
    ],
    [
      'a long report field',
      (d) => (d.reports[1]!.examFindings = 'y'.repeat(150_000)),
      'reports.1.examFindings',
      'Report 2 exam findings is too long to keep: 150,000 characters; at most 100,000',
    ],
    [
      'a short field over its own cap',
      (d) => (d.patient.occupation = 'z'.repeat(2_001)),
      'patient.occupation',
      'Occupation is too long to keep: 2,001 characters; at most 2,000',
    ],
    [
      'too many entries in a list',
      (d) =>
        d.treatment.medications.push({
          ...emptyMedication('m'),
          ingredients: Array.from({ length: 31 }, (_, i) => ({ id: `g${i}`, name: 'x', strength: '1%' })),
        }),
      'treatment.medications.0.ingredients',
      'Medication 1 ingredients has 31 entries; at most 30',
    ],
    [
      'a hidden fact is never checked',
      (d) => withItem(d, (item) => (item.facts.surgeryType = 's'.repeat(3_000))),
      'disputedItems.0.facts.surgeryType',
      null,
    ],
    [
      'a shown fact is checked',
      (d) =>
        withItem(d, (item) => {
          item.serviceType = 'postsurgical_therapy';
          item.facts.surgeryType = 's'.repeat(3_000);
        }),
      'disputedItems.0.facts.surgeryType',
      'Disputed service 1: surgery this service follows is too long to keep: 3,000 characters; at most 2,000',
    ],
    [
      'a reviewer note in a criteria record',
      (d) =>
        withItem(d, (item) => {
          item.review.criteria['age-minimum'] = { answer: 'met', note: 'n'.repeat(100_001) };
        }),
      'disputedItems.0.review.criteria.age-minimum.note',
      'Disputed service 1: review criteria age-minimum note is too long to keep: 100,001 characters; at most 100,000',
    ],
    [
      'markup is just text',
      (d) => (d.injury.mechanism = '<img src=x onerror=alert(1)>'),
      'injury.mechanism',
      null,
    ],
  ]);
});

describe('labelForPath and stepForPath', () => {
  it.each([
    ['imr.caseNumber', 'IMR case number', 'case'],
    ['reviewer.specialty', 'Reviewer specialty', 'case'],
    ['injury.dateOfInjury', 'Date of injury', 'patient'],
    ['reports.2.date', 'Report 3 date', 'reports'],
    ['reports.0.complaints.1.painHigh', 'Report 1 complaint 2 pain (high)', 'reports'],
    ['work.restrictions.liftLimitLbs', 'Lifting limit', 'work'],
    ['treatment.medications.1.daysSupply', 'Medication 2 days supply', 'treatment'],
    [
      'disputedItems.0.facts.screeningDone',
      'Disputed service 1: screening done (file review, interview and testing)',
      'disputed',
    ],
    // An acronym keeps its capitals mid-sentence.
    [
      'disputedItems.0.facts.curesChecked',
      'Disputed service 1: CURES (prescription drug monitoring) report checked',
      'disputed',
    ],
    ['disputedItems.3.medication.name', 'Disputed service 4: medication name', 'disputed'],
    ['disputedItems.0.review.decisionReason', 'Disputed service 1: reason for the decision', 'review'],
    [
      'disputedItems.1.review.freeCriteria.0.answer',
      'Disputed service 2: your finding on criterion 1',
      'review',
    ],
    [
      'disputedItems.1.review.criteria.ch-plan-of-care.answer',
      'Disputed service 2: your judgment on a criterion in the criteria panel',
      'review',
    ],
    ['letter.edits.summary.text', 'Letter edits summary text', 'review'],
  ])('%s is "%s" on step %s', (path, label, step) => {
    expect(labelForPath(path)).toBe(label);
    expect(stepForPath(path)).toBe(step);
  });
});

describe('buildStrictCaseSchema', () => {
  const schema = buildStrictCaseSchema({ today: TODAY });

  it('accepts a complete case', () => {
    expect(schema.safeParse(buildDemoCase('d')).success).toBe(true);
  });

  it('rejects an incomplete or inconsistent case with each issue at its path', () => {
    const draft = demoWith((d) => {
      d.imr.caseNumber = '';
      d.reports.push({ ...emptyReport('r3'), date: '2014-02-30' });
    });
    const result = schema.safeParse(draft);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['imr.caseNumber', 'IMR case number is needed for the letter'],
      ['reports.2.date', 'Report 3 date 2014-02-30 is not a real date'],
    ]);
    expect(result.error.issues[1]?.path).toEqual(['reports', 2, 'date']);
  });

  it('still rejects what the draft schema rejects', () => {
    expect(schema.safeParse({ ...buildDemoCase('d'), schemaVersion: CASE_SCHEMA_VERSION + 1 }).success).toBe(
      false,
    );
  });
});

describe('validateCase: order', () => {
  it('lists issues in the order the wizard shows the fields, whatever order they were found in', () => {
    const draft = demoWith((d) => {
      d.injury.mechanism = 'm'.repeat(100_001);
      d.imr.applicationDate = '2014-11-01';
      d.imr.urDeterminationDate = '2014-11-05';
      d.patient.age = 200;
      d.reports[1]!.complaints[0]!.painHigh = 11;
      d.reports[0]!.date = '2099-01-01';
    });
    expect(validateCase(draft, { today: TODAY }).map((issue) => issue.path)).toEqual([
      'imr.urDeterminationDate',
      'imr.applicationDate',
      'patient.age',
      'injury.mechanism',
      'reports.0.date',
      'reports.1.complaints.0.painHigh',
    ]);
  });
});
