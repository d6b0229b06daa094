import { describe, expect, it } from 'vitest';
import type { Report } from './case-schema';
import { emptyCaseDraft, emptyComplaint, emptyDisputedItem, emptyReport } from './empty-case';
import { answersFromLatestReport, latestReport } from './report-findings';

const report = (id: string, date: string, examFindings = ''): Report => ({
  ...emptyReport(id),
  date,
  examFindings,
});

describe('latestReport', () => {
  it('is the one with the latest date, the last entered among equal dates', () => {
    const reports = [report('a', '2016-12-01'), report('b', '2017-01-05'), report('c', '2016-11-01')];
    expect(latestReport(reports)?.id).toBe('b');
    expect(latestReport([...reports, report('d', '2017-01-05')])?.id).toBe('d');
  });

  it('counts an undated report only when none has a date', () => {
    expect(latestReport([report('a', '2016-12-01'), report('b', '')])?.id).toBe('a');
    expect(latestReport([report('a', ''), report('b', '')])?.id).toBe('b');
    expect(latestReport([])).toBeUndefined();
  });
});

describe('answersFromLatestReport', () => {
  const mri = { ...emptyDisputedItem('item-1'), serviceType: 'mri' as const };

  it('reads the latest report for the questions the service asks and nobody has answered', () => {
    const draft = emptyCaseDraft('case');
    draft.reports = [
      report('old', '2016-10-01', 'sensation intact'),
      {
        ...report('new', '2016-12-01', 'Decreased sensation in the left L5 dermatome'),
        complaints: [{ ...emptyComplaint('c1'), description: 'low back pain radiating to the left foot' }],
        treatmentPlan: 'MRI; 6 weeks of physical therapy without improvement',
      },
    ];
    const read = answersFromLatestReport(draft, mri);
    expect(read?.report.id).toBe('new');
    expect(read?.answers.map(({ key, value }) => [key, value])).toEqual([
      ['neuroDeficit', true],
      ['conservativeCareFailed', true],
      ['conservativeCareWeeks', 6],
    ]);
    // An answer already given is not offered again.
    const answered = { ...mri, facts: { ...mri.facts, neuroDeficit: false } };
    expect(answersFromLatestReport(draft, answered)?.answers.map(({ key }) => key)).not.toContain(
      'neuroDeficit',
    );
  });

  it('offers only the questions the item shows: a referral its surgical ones once it goes to a surgeon', () => {
    const draft = emptyCaseDraft('case');
    draft.reports = [report('r1', '2016-12-01', '8 weeks of physical therapy without improvement')];
    const referral = {
      ...emptyDisputedItem('item-2'),
      serviceType: 'consultation' as const,
      bodyPart: 'lumbar spine',
    };
    expect(answersFromLatestReport(draft, referral)).toBeNull();
    const toSurgeon = { ...referral, facts: { ...referral.facts, surgicalOpinionSought: true } };
    expect(answersFromLatestReport(draft, toSurgeon)?.answers).toMatchObject([
      { key: 'conservativeCareFailed', value: true },
    ]);
  });

  it('reads the report again when its words, the diagnoses or the drug change', () => {
    const draft = emptyCaseDraft('case');
    draft.reports = [report('r1', '2016-12-01', 'sensation intact')];
    expect(answersFromLatestReport(draft, mri)?.answers).toMatchObject([
      { key: 'neuroDeficit', value: false },
    ]);
    // A snapshot after typing: a new report object, a new reports array.
    const typed = { ...draft, reports: [report('r1', '2016-12-01', 'decreased sensation at L5')] };
    expect(answersFromLatestReport(typed, mri)?.answers).toMatchObject([
      { key: 'neuroDeficit', value: true },
    ]);
  });

  it('reads the treatment plan as the plan: a plan of care for manipulation with its goals', () => {
    const draft = emptyCaseDraft('case');
    const plan = (treatmentPlan: string) => [{ ...report('r1', '2016-12-09'), treatmentPlan }];
    const chiropractic = { ...emptyDisputedItem('item-1'), serviceType: 'chiropractic' as const };
    const planOfCare = (treatmentPlan: string) =>
      answersFromLatestReport({ ...draft, reports: plan(treatmentPlan) }, chiropractic)?.answers.find(
        ({ key }) => key === 'manipulationPlanOfCare',
      );
    expect(
      planOfCare('Spinal manipulation 3x/week for 2 weeks; goals: sitting 60 minutes, full duty'),
    ).toMatchObject({
      value: true,
      source: 'Plan: Spinal manipulation 3x/week for 2 weeks; goals: sitting 60 minutes, full duty',
    });
    // Already labelled as a plan: read as written.
    expect(planOfCare('Plan: manipulation x6, aiming at return to full duty')?.source).toBe(
      'Plan: manipulation x6, aiming at return to full duty',
    );
    // No measurable aim: nothing to offer.
    expect(planOfCare('Spinal manipulation 3x/week for 2 weeks')).toBeUndefined();
  });

  it('offers nothing when the latest report states nothing the service asks', () => {
    const draft = emptyCaseDraft('case');
    draft.reports = [report('r1', '2016-12-01', 'Decreased sensation in the left L5 dermatome')];
    const therapy = { ...emptyDisputedItem('item-1'), serviceType: 'physical_therapy' as const };
    expect(answersFromLatestReport(draft, therapy)).toBeNull();
    expect(answersFromLatestReport(emptyCaseDraft('case'), mri)).toBeNull();
  });

  it('reads relief from the requested drug by its name', () => {
    const draft = emptyCaseDraft('case');
    draft.reports = [report('r1', '2016-12-01', 'Naproxen reduces pain from 8/10 to 4/10')];
    const nsaid = {
      ...emptyDisputedItem('item-1'),
      serviceType: 'nsaid' as const,
      medication: { ...emptyDisputedItem('item-1').medication, name: 'Naproxen', strength: '550 mg' },
    };
    expect(answersFromLatestReport(draft, nsaid)?.answers).toEqual([
      { key: 'analgesiaDocumented', value: true, source: 'Naproxen reduces pain from 8/10 to 4/10' },
    ]);
  });
});
