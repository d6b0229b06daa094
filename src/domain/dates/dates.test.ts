import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  compareDayNumbers,
  compareIsoDates,
  daysBetween,
  formatUsDate,
  formatUsShortDate,
  fromDayNumber,
  isValidIsoDate,
  lastDayOfMonth,
  toDayNumber,
  wholeMonthsBetween,
  wholeYearsBetween,
} from './dates';

describe('isValidIsoDate', () => {
  it.each([
    ['2014-11-24', true],
    ['2016-02-29', true],
    ['2015-02-29', false],
    ['2014-02-30', false],
    ['2014-13-01', false],
    ['2014-00-10', false],
    ['2014-1-1', false],
    ['11/24/2014', false],
    ['', false],
    ['2014-11-24T00:00', false],
  ])('%s -> %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});

describe('date arithmetic', () => {
  it('counts days across a leap day and month ends', () => {
    expect(daysBetween('2016-02-28', '2016-03-01')).toBe(2);
    expect(daysBetween('2015-02-28', '2015-03-01')).toBe(1);
    expect(daysBetween('2014-11-24', '2014-11-11')).toBe(-13);
    expect(daysBetween('bad', '2014-11-11')).toBeNull();
  });

  it('adds days and years', () => {
    expect(addDays('2014-12-31', 1)).toBe('2015-01-01');
    expect(addDays('2014-03-01', -1)).toBe('2014-02-28');
    expect(addYears('2016-02-29', 1)).toBe('2017-02-28');
    expect(addYears('2013-08-01', 2)).toBe('2015-08-01');
  });

  it('counts completed years and months like a birthday', () => {
    expect(wholeYearsBetween('1978-08-02', '2014-08-01')).toBe(35);
    expect(wholeYearsBetween('1978-08-01', '2014-08-01')).toBe(36);
    expect(wholeYearsBetween('2014-08-02', '2014-08-01')).toBeNull();
    expect(wholeMonthsBetween('2013-08-01', '2014-11-11')).toBe(15);
    expect(wholeMonthsBetween('2013-08-11', '2014-11-10')).toBe(14);
  });

  it('sorts invalid dates last', () => {
    expect(['', '2014-11-11', '2014-08-18'].sort(compareIsoDates)).toEqual(['2014-08-18', '2014-11-11', '']);
  });

  it('compares dates read once as day numbers exactly as compareIsoDates compares the text', () => {
    const date = fc.oneof(
      fc.constantFrom('', '2014-02-30', 'soon'),
      fc
        .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(
        date,
        date,
        (a, b) =>
          Math.sign(compareDayNumbers(toDayNumber(a), toDayNumber(b))) === Math.sign(compareIsoDates(a, b)),
      ),
    );
  });
});

describe('lastDayOfMonth', () => {
  it('gives the last real day of each month, leap years included', () => {
    expect(lastDayOfMonth(2016, 2)).toBe('2016-02-29');
    expect(lastDayOfMonth(2017, 2)).toBe('2017-02-28');
    expect(lastDayOfMonth(1900, 2)).toBe('1900-02-28');
    expect(lastDayOfMonth(2000, 2)).toBe('2000-02-29');
    expect(lastDayOfMonth(2016, 9)).toBe('2016-09-30');
    expect(lastDayOfMonth(2016, 12)).toBe('2016-12-31');
    for (let month = 1; month <= 12; month += 1) {
      const last = lastDayOfMonth(2016, month) ?? '';
      expect(isValidIsoDate(last)).toBe(true);
      expect(addDays(last, 1)?.endsWith('-01')).toBe(true);
    }
  });

  it('answers null for a month that does not exist', () => {
    expect(lastDayOfMonth(2016, 0)).toBe(null);
    expect(lastDayOfMonth(2016, 13)).toBe(null);
    expect(lastDayOfMonth(2016, 1.5)).toBe(null);
    expect(lastDayOfMonth(1700, 1)).toBe(null);
  });
});

describe('formatting', () => {
  it('shows MM/DD/YYYY and MM/DD/YY and leaves bad input visible', () => {
    expect(formatUsDate('2013-08-01')).toBe('08/01/2013');
    expect(formatUsShortDate('2013-08-01')).toBe('08/01/13');
    expect(formatUsDate('2014-02-30')).toBe('2014-02-30');
  });
});

describe('day numbers (calendar arithmetic without Date objects)', () => {
  const dateReference = (dayNumber: number) => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
  // 1800-01-01 to 2200-12-31, the range toDayNumber accepts.
  const dayNumbers = fc.integer({ min: -62_091, max: 84_006 });

  it('agrees with Date on every day of the accepted range, both ways', () => {
    fc.assert(
      fc.property(dayNumbers, (dayNumber) => {
        const iso = fromDayNumber(dayNumber);
        expect(iso).toBe(dateReference(dayNumber));
        expect(toDayNumber(iso)).toBe(dayNumber);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects exactly the days Date would roll over (Feb 29 off leap years, the 31st of short months)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 28, max: 31 }),
        (year, month, day) => {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const rolled = new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day;
          expect(isValidIsoDate(iso)).toBe(!rolled);
        },
      ),
      { numRuns: 1000 },
    );
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(toDayNumber('1969-12-31')).toBe(-1);
  });
});
