import { describe, expect, it } from 'vitest';
import { buildDemoCase } from './demo-case';
import {
  ageAtInjury,
  completedVisitsByDiscipline,
  imrDeadline,
  patientAge,
  requestedVisits,
  requestReferenceDate,
  timeFromInjuryToRequest,
} from './derived';
import { emptyCaseDraft, emptyDisputedItem, emptyTherapyCourse } from './empty-case';
import { itemAsUsed } from './service-types';

describe('derived facts', () => {
  it('computes the seed case: 36 years old, about 15 months from injury to request', () => {
    const demo = buildDemoCase('d');
    expect(patientAge(demo)).toBe(36);
    expect(timeFromInjuryToRequest(demo)).toEqual({ days: 467, months: 15 });
    expect(requestedVisits(demo.disputedItems[0]!)).toBe(12);
  });

  it('prefers the date of birth over the stated age', () => {
    const draft = emptyCaseDraft('a');
    draft.patient.age = 50;
    draft.patient.dateOfBirth = '1978-08-02';
    draft.injury.dateOfInjury = '2013-08-01';
    draft.imr.requestDate = '2014-08-02';
    expect(ageAtInjury(draft)).toBe(34);
    expect(patientAge(draft)).toBe(36);
  });

  it('falls back to the UR date when the request date is unknown, and to null', () => {
    const draft = emptyCaseDraft('a');
    expect(requestReferenceDate(draft)).toBeNull();
    draft.imr.urDeterminationDate = '2014-11-24';
    expect(requestReferenceDate(draft)).toEqual({ date: '2014-11-24', source: 'ur' });
    draft.imr.requestDate = '2014-02-30';
    expect(requestReferenceDate(draft)?.source).toBe('ur');
  });

  it('uses frequency x duration, else quantity, else null', () => {
    const item = emptyDisputedItem('i');
    expect(requestedVisits(item)).toBeNull();
    expect(requestedVisits({ ...item, quantity: 8 })).toBe(8);
    expect(requestedVisits({ ...item, quantity: 8, frequencyPerWeek: 3, durationWeeks: 4 })).toBe(12);
  });

  it('sums completed visits per discipline, ignoring unknown counts', () => {
    const pt = { ...emptyTherapyCourse('a'), discipline: 'pt' as const, visitsCompleted: 12 };
    const pt2 = { ...emptyTherapyCourse('b'), discipline: 'pt' as const, visitsCompleted: 6 };
    const chiro = { ...emptyTherapyCourse('c'), discipline: 'chiropractic' as const, visitsCompleted: null };
    expect(completedVisitsByDiscipline([pt, pt2, chiro])).toEqual({ pt: 18 });
  });

  it('counts the IMR deadline from records received: 30 days standard, 3 expedited', () => {
    const draft = emptyCaseDraft('a');
    expect(imrDeadline(draft, '2014-12-01')).toBeNull();
    draft.imr.recordsReceivedDate = '2014-12-01';
    expect(imrDeadline(draft, '2014-12-01')).toEqual({
      dueDate: '2014-12-31',
      daysLeft: 30,
      windowDays: 30,
      measuredTo: 'today',
    });
    draft.imr.priority = 'expedited';
    expect(imrDeadline(draft, '2014-12-05')).toEqual({
      dueDate: '2014-12-04',
      daysLeft: -1,
      windowDays: 3,
      measuredTo: 'today',
    });
  });

  it('measures a decided case by its determination date, not by today', () => {
    const draft = emptyCaseDraft('a');
    draft.imr.recordsReceivedDate = '2016-10-10';
    draft.imr.decisionDate = '2016-10-20';
    // Years later, the case was still decided 20 days before its deadline.
    expect(imrDeadline(draft, '2026-11-29')).toEqual({
      dueDate: '2016-11-09',
      daysLeft: 20,
      windowDays: 30,
      measuredTo: 'decision',
    });
    draft.imr.decisionDate = '2016-11-12';
    expect(imrDeadline(draft, '2026-11-29')).toMatchObject({ daysLeft: -3, measuredTo: 'decision' });
    // An unreadable determination date is no date: today again.
    draft.imr.decisionDate = '2016-13-40';
    expect(imrDeadline(draft, '2016-11-01')).toMatchObject({ daysLeft: 8, measuredTo: 'today' });
  });
});

describe('requested visits of an item whose service type changed', () => {
  it('ignores a frequency and duration the new type does not use, and counts them again on the way back', () => {
    const item = {
      ...emptyDisputedItem('i'),
      serviceType: 'physical_therapy' as const,
      frequencyPerWeek: 2,
      durationWeeks: 6,
    };
    expect(requestedVisits(item)).toBe(12);
    // An MRI shows a quantity only: the therapy's 2 x 6 stays stored but is not an MRI's request.
    expect(requestedVisits({ ...item, serviceType: 'mri' })).toBeNull();
    expect(requestedVisits({ ...item, serviceType: 'mri', quantity: 1 })).toBe(1);
    expect(itemAsUsed({ ...item, serviceType: 'mri' })).toMatchObject({
      frequencyPerWeek: null,
      durationWeeks: null,
    });
    expect(requestedVisits({ ...item, serviceType: 'chiropractic' })).toBe(12);
  });
});
