import { describe, expect, it } from 'vitest';
import type { Medication, UrineDrugTest } from '../case/case-schema';
import { emptyMedication } from '../case/empty-case';
import {
  classifyMedication,
  concurrentNsaid,
  isActiveOn,
  urineDrugTestsInLast12Months,
  weeksOnDrug,
} from './medication-facts';

const med = (fields: Partial<Medication>): Medication => ({
  ...emptyMedication(fields.id ?? 'm'),
  ...fields,
});

describe('weeksOnDrug', () => {
  it.each([
    // start, stop, asOf, days, weeks
    ['2016-10-31', '', '2016-11-21', 21, 3], // exactly 3 weeks: the cyclobenzaprine limit
    ['2016-10-31', '', '2016-11-22', 22, 22 / 7],
    ['2016-10-31', '2016-11-07', '2017-01-15', 7, 1], // stopped: counts to the stop date
    ['2016-10-31', '2017-02-01', '2017-01-15', 76, 76 / 7], // stops after asOf: counts to asOf
    ['2017-01-15', '', '2017-01-15', 0, 0],
  ])('%s to %s as of %s = %s days', (startDate, stopDate, asOf, days, weeks) => {
    const duration = weeksOnDrug({ startDate, stopDate }, asOf);
    expect(duration.days).toBe(days);
    expect(duration.weeks).toBeCloseTo(weeks, 10);
  });

  it('describes the span in words with US dates', () => {
    expect(weeksOnDrug({ startDate: '2016-10-31', stopDate: '2016-11-07' }, '2017-01-15').text).toBe(
      '7 days (1 week), 10/31/2016 to 11/07/2016 (stopped)',
    );
  });

  it.each([
    ['', '', '2017-01-15', 'start date not entered'],
    ['2016-02-30', '', '2017-01-15', 'start date "2016-02-30" is not a valid date'],
    ['2017-02-01', '', '2017-01-15', 'start date 02/01/2017 is after 01/15/2017'],
    ['2016-01-01', '', 'soon', 'the as-of date "soon" is not a valid date'],
  ])('unknown when start %j, stop %j, asOf %j', (startDate, stopDate, asOf, text) => {
    expect(weeksOnDrug({ startDate, stopDate }, asOf)).toMatchObject({ days: null, weeks: null, text });
  });
});

describe('urineDrugTestsInLast12Months (window: asOf minus one year, inclusive, to asOf)', () => {
  const test = (id: string, date: string, consistent: boolean | null): UrineDrugTest => ({
    id,
    date,
    consistent,
  });
  const AS_OF = '2017-01-15';

  it('counts the boundary days and nothing outside them', () => {
    const result = urineDrugTestsInLast12Months(
      [
        test('before', '2016-01-14', true), // one day too early
        test('first-day', '2016-01-15', true), // exactly 12 months: counted
        test('middle', '2016-07-01', false),
        test('as-of', '2017-01-15', null), // on the as-of date: counted
        test('after', '2017-01-16', true), // after asOf: not counted
        test('undated', '', true),
        test('bad', '2016-13-01', true),
      ],
      AS_OF,
    );
    expect(result.windowStart).toBe('2016-01-15');
    expect(result.tests.map((t) => t.id)).toEqual(['first-day', 'middle', 'as-of']);
    expect(result).toMatchObject({
      count: 3,
      consistentCount: 1,
      inconsistentCount: 1,
      unknownResultCount: 1,
      undatedCount: 2,
      afterAsOfCount: 1,
    });
    expect(result.text).toBe(
      '3 urine drug tests from 01/15/2016 to 01/15/2017 (1 inconsistent; 1 with no result recorded; 2 undated not counted; 1 after 01/15/2017 not counted)',
    );
  });

  it('sorts the tests oldest first', () => {
    const result = urineDrugTestsInLast12Months(
      [test('b', '2016-12-01', true), test('a', '2016-03-01', true)],
      AS_OF,
    );
    expect(result.tests.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('a leap-day as-of date starts the window on Feb 28', () => {
    expect(urineDrugTestsInLast12Months([test('x', '2015-02-28', true)], '2016-02-29')).toMatchObject({
      windowStart: '2015-02-28',
      count: 1,
    });
  });

  it('no tests: zero, in words', () => {
    expect(urineDrugTestsInLast12Months([], AS_OF)).toMatchObject({
      count: 0,
      text: '0 urine drug tests from 01/15/2016 to 01/15/2017',
    });
  });

  it('an invalid as-of date counts nothing and says why', () => {
    expect(urineDrugTestsInLast12Months([test('x', '2016-05-01', true)], '')).toMatchObject({
      count: 0,
      windowStart: null,
      text: 'the as-of date "" is not a valid date',
    });
  });
});

describe('concurrentNsaid', () => {
  const AS_OF = '2017-01-15';

  it('finds oral NSAIDs taken on the date (fixture: Mobic while diclofenac is requested)', () => {
    const result = concurrentNsaid(
      [
        med({ id: 'mobic', name: 'Mobic (meloxicam)' }),
        med({ id: 'diclo', name: 'Diclofenac ER 100 mg' }),
        med({ id: 'ambien', name: 'Ambien' }),
      ],
      AS_OF,
    );
    expect(result.present).toBe(true);
    expect(result.multiple).toBe(true);
    expect(result.nsaids.map((n) => n.medicationId)).toEqual(['mobic', 'diclo']);
    expect(result.text).toBe('2 NSAIDs taken on 01/15/2017: Mobic (meloxicam), Diclofenac ER 100 mg');
  });

  it('ignores stopped NSAIDs, topical NSAIDs and non-NSAIDs', () => {
    const result = concurrentNsaid(
      [
        med({ id: 'old', name: 'naproxen', stopDate: '2016-12-31' }),
        med({ id: 'gel', name: 'Voltaren gel' }),
        med({ id: 'cream', name: 'ketoprofen', form: 'cream' }),
        med({ id: 'ppi', name: 'omeprazole' }),
      ],
      AS_OF,
    );
    expect(result).toMatchObject({
      present: false,
      multiple: false,
      nsaids: [],
      text: 'no NSAID taken on 01/15/2017',
    });
  });

  it('counts a drug the reviewer classed as an NSAID', () => {
    const result = concurrentNsaid([med({ id: 'x', name: 'Qrenafen', drugClass: 'nsaid' })], AS_OF);
    expect(result.nsaids).toEqual([{ medicationId: 'x', name: 'Qrenafen', genericName: null }]);
  });
});

describe('classifyMedication', () => {
  it('uses the reference', () => {
    expect(classifyMedication(med({ name: 'Norco 10/325' }))).toMatchObject({
      drugClass: 'opioid',
      source: 'reference',
      message: 'hydrocodone/acetaminophen: opioid',
    });
    expect(classifyMedication(med({ name: 'Prilosec' })).drugClass).toBe('ppi_h2');
  });

  it('an oral drug written as a cream is a topical', () => {
    const result = classifyMedication(med({ name: 'ketoprofen', form: 'cream' }));
    expect(result.drugClass).toBe('topical');
    expect(result.message).toContain('applied to the skin is judged as a topical analgesic');
  });

  it('the reviewer class wins, and a disagreement with the reference is shown', () => {
    expect(classifyMedication(med({ name: 'Zyxwv', drugClass: 'muscle_relaxant' }))).toMatchObject({
      drugClass: 'muscle_relaxant',
      source: 'reviewer',
      message: 'class set by the reviewer: muscle relaxant',
    });
    expect(classifyMedication(med({ name: 'trazodone', drugClass: 'sleep_aid' })).message).toBe(
      'class set by the reviewer: sleep aid; the reference lists trazodone as antidepressant',
    );
  });

  it('an unknown name with ingredients is a compound', () => {
    const result = classifyMedication(
      med({ name: 'compounded cream', ingredients: [{ id: 'i1', name: 'gabapentin', strength: '6%' }] }),
    );
    expect(result).toMatchObject({ drugClass: 'compound', source: 'ingredients' });
  });

  it('a compounded kit keeps its class and is marked', () => {
    const result = classifyMedication(med({ name: 'Fanatrex' }));
    expect(result.drugClass).toBe('anticonvulsant');
    expect(result.message).toContain('proprietary compounded kit');
  });

  it.each([
    ['Zyxwv', '"Zyxwv" is not in the drug reference; classify it'],
    ['', 'no drug name entered; enter it or classify it'],
    [
      'Norco and Soma',
      '"Norco and Soma" names more than one drug (hydrocodone/acetaminophen, carisoprodol): enter each as its own medication, or list the ingredients of a compound',
    ],
  ])('unknown %j', (name, message) => {
    expect(classifyMedication(med({ name }))).toMatchObject({
      drugClass: 'unknown',
      source: 'none',
      message,
    });
  });

  it('a near spelling is classed with the note to confirm', () => {
    const result = classifyMedication(med({ name: 'Neurontn' }));
    expect(result.drugClass).toBe('anticonvulsant');
    expect(result.message).toContain('confirm');
  });
});

describe('isActiveOn', () => {
  it.each([
    ['', true],
    ['2017-01-15', true],
    ['2017-01-14', false],
    ['2017-06-01', true],
  ])('stop %j on 2017-01-15 -> %s', (stopDate, active) => {
    expect(isActiveOn({ name: 'x', stopDate }, '2017-01-15').active).toBe(active);
  });
});
