import { describe, expect, it } from 'vitest';
import { MAX_PLAUSIBLE_UNITS_PER_DAY, parseSig } from './parse-sig';

describe('parseSig: frequency table (one unit per dose unless written)', () => {
  it.each([
    // [sig, max units/day, ambiguous]
    ['1 tab q6h', 4, false], // 1 x 24/6
    ['1 tab q6h prn pain', 4, false], // prn with a fixed interval still has a clear maximum
    ['1-2 tabs q4-6h prn', 12, true], // 2 x 24/4
    ['1 to 2 tablets every 4 to 6 hours as needed', 12, true],
    ['1 or 2 caps q6h', 8, true], // 2 x 4
    ['BID', 2, false],
    ['b.i.d.', 2, false],
    ['TID', 3, false],
    ['QID', 4, false],
    ['q.i.d.', 4, false],
    ['four times a day', 4, false],
    ['4 times daily', 4, false],
    ['3x/day', 3, false],
    ['2x a day', 2, false],
    ['twice daily', 2, false],
    ['three times a day', 3, false],
    ['q8h', 3, false],
    ['q 8 hrs', 3, false],
    ['every 8 hours', 3, false],
    ['q12h', 2, false],
    ['q4h', 6, false],
    ['q6', 4, false], // unit-less "q6" is read as hours
    ['daily', 1, false],
    ['QD', 1, false],
    ['once a day', 1, false],
    ['once daily', 1, false],
    ['every morning', 1, false],
    ['QHS', 1, false],
    ['at bedtime', 1, false],
    ['q24h', 1, false],
    ['2 tabs qhs', 2, false],
    ['1 po tid', 3, false],
    ['Take one tablet by mouth three times daily as needed for pain', 3, false],
    ['take 1/2 tab bid', 1, false], // 0.5 x 2
    ['1 tab bid-tid', 3, true], // 1 x 3
    ['2-3 times a day', 3, true],
    ['every other day', 0.5, false],
    ['weekly', 1 / 7, false],
    ['2 times a week', 2 / 7, false],
    ['1 patch 12 hours on 12 hours off', 1, false], // Lidoderm wear pattern: one patch a day
    ['with meals', 3, false],
  ])('%s -> %s/day (ambiguous %s)', (sig, units, ambiguous) => {
    const result = parseSig(sig);
    expect(result.unitsPerDay).toBeCloseTo(units, 10);
    expect(result.ambiguous).toBe(ambiguous);
    expect(result.basis).toBe('sig');
  });

  it('patches every 72 hours count one third of a patch a day', () => {
    const result = parseSig('apply 1 patch every 72 hours');
    expect(result.unitsPerDay).toBeCloseTo(1 / 3, 10);
    expect(result.perDose).toEqual({ min: 1, max: 1, unit: 'unit', stated: true });
    expect(result.reason).toContain('every 72 hours');
  });

  it('says when it counted one unit per dose because no amount was written', () => {
    const result = parseSig('BID');
    expect(result.perDose?.stated).toBe(false);
    expect(result.reason).toBe(
      '1 unit (no amount per dose written; counted as 1) x 2 doses/day ("bid") = 2/day',
    );
  });

  it('explains a range and asks for confirmation', () => {
    const result = parseSig('1-2 tabs q4-6h prn');
    expect(result.reason).toBe(
      'up to 2 units (1-2) x up to 6 doses/day ("q4-6h") = 12/day at most; the sig gives a range, so the reviewer must confirm the daily dose',
    );
    expect(result.dosesPerDay).toMatchObject({ min: 4, max: 6 });
    expect(result.perDose).toMatchObject({ min: 1, max: 2 });
  });
});

describe('parseSig: stated maximum wins over the interval', () => {
  it.each([
    ['1 tab q6h prn, max 4/day', 4],
    ['1-2 tabs q4h prn not to exceed 6 tablets in 24 hours', 6],
    ['1 tab q4h prn, no more than 5 tabs per day', 5],
    ['1 tab q4-6h prn, 8 tabs/day max', 8],
    ['1 tab q6h, max daily dose 3 tabs', 3],
  ])('%s -> %s/day, not ambiguous', (sig, units) => {
    const result = parseSig(sig);
    expect(result.unitsPerDay).toBe(units);
    expect(result.basis).toBe('stated_maximum');
    expect(result.ambiguous).toBe(false);
  });

  it('a maximum in doses multiplies by the units per dose: 2 tabs x max 3 doses = 6', () => {
    expect(parseSig('2 tabs q6h prn, max 3 doses per day').unitsPerDay).toBe(6);
  });

  it('a maximum in mg is an amount; with the unit strength it is also units: 3000 mg / 500 mg = 6', () => {
    const result = parseSig('1-2 tabs q6h, max 3000 mg/day', { unitStrength: { value: 500, unit: 'mg' } });
    expect(result.amountPerDay).toEqual({ value: 3000, unit: 'mg' });
    expect(result.unitsPerDay).toBe(6);
  });

  it('two different maxima are flagged and neither is used silently', () => {
    const result = parseSig('1 tab q6h, max 4/day, max 6/day');
    expect(result.flags.join(' ')).toContain('more than one maximum');
    expect(result.unitsPerDay).toBe(4); // falls back to the interval (1 x 4), with the flag
  });
});

describe('parseSig: doses written by mass or volume', () => {
  it('"20mg ER every 12 hours" is 40 mg/day; units need the strength', () => {
    const result = parseSig('20mg ER every 12 hours');
    expect(result.amountPerDay).toEqual({ value: 40, unit: 'mg' });
    expect(result.unitsPerDay).toBeNull();
    expect(parseSig('20mg ER every 12 hours', { unitStrength: { value: 20, unit: 'mg' } }).unitsPerDay).toBe(
      2,
    );
  });

  it('"550mg twice daily" is 1100 mg/day, 2 tablets of 550 mg', () => {
    const result = parseSig('550mg twice daily', { unitStrength: { value: 550, unit: 'mg' } });
    expect(result.amountPerDay).toEqual({ value: 1100, unit: 'mg' });
    expect(result.unitsPerDay).toBe(2);
  });

  it('flags a mass dose that is not a whole (or half) number of units', () => {
    const result = parseSig('20 mg bid', { unitStrength: { value: 15, unit: 'mg' } });
    expect(result.flags.join(' ')).toContain('not a whole number');
  });

  it('reads a count of tablets over a strength written in the sig', () => {
    // "10 mg" here is the strength of each tablet; "1 tab" is the dose
    expect(parseSig('hydrocodone 10 mg 1 tab q6h').unitsPerDay).toBe(4);
    expect(parseSig('Norco 10/325 1 tab q6h').unitsPerDay).toBe(4);
  });

  it('volumes: 5 ml q6h = 20 ml/day; teaspoons are 5 ml', () => {
    expect(parseSig('5 ml q6h').amountPerDay).toEqual({ value: 20, unit: 'ml' });
    expect(parseSig('1 tsp tid').amountPerDay).toEqual({ value: 15, unit: 'ml' });
  });
});

describe('parseSig: quantity and days supply fallback', () => {
  it('#60 with a 30-day supply and no sig is 2/day, flagged ambiguous with the reason', () => {
    const result = parseSig('', { quantity: 60, daysSupply: 30 });
    expect(result.unitsPerDay).toBe(2);
    expect(result.ambiguous).toBe(true);
    expect(result.basis).toBe('quantity_days_supply');
    expect(result.reason).toContain('#60 over a 30-day supply = 2/day (an average, not a stated maximum)');
  });

  it('reads "#60" and "30 day supply" written in the sig when the fields are empty', () => {
    const result = parseSig('#60, 30 day supply');
    expect(result.unitsPerDay).toBe(2);
    expect(result.basis).toBe('quantity_days_supply');
    expect(result.reason).toContain('could not find a frequency');
  });

  it('structured fields win over numbers written in the sig', () => {
    expect(parseSig('#60 x 30 days', { quantity: 90, daysSupply: 30 }).unitsPerDay).toBe(3);
  });

  it('flags a dispensed quantity above what the sig allows', () => {
    const result = parseSig('1 tab bid', { quantity: 120, daysSupply: 30 });
    expect(result.unitsPerDay).toBe(2);
    expect(result.flags.join(' ')).toContain('#120 for 30 days = 4/day');
  });

  it('no flag when the quantity matches the sig', () => {
    expect(parseSig('1 tab q6h #120 30 days supply').flags).toEqual([]);
  });
});

describe('parseSig: unreadable sigs return null with a reason', () => {
  it.each([
    ['as directed', "could not read the frequency 'as directed'; confirm the daily dose"],
    ['use as directed', "could not read the frequency 'use as directed'; confirm the daily dose"],
    ['1 tab prn', "could not read the frequency 'prn'; confirm the daily dose"],
    ['', 'no sig entered; confirm the daily dose'],
    ['   ', 'no sig entered; confirm the daily dose'],
    ['garbage', 'could not find a frequency in "garbage"; confirm the daily dose'],
    ['50 mg', 'could not find a frequency in "50 mg"; confirm the daily dose'],
    ['%%%///---', 'could not find a frequency in "%%%///---"; confirm the daily dose'],
  ])('%j', (sig, reason) => {
    const result = parseSig(sig);
    expect(result.unitsPerDay).toBeNull();
    expect(result.basis).toBe('none');
    expect(result.reason).toBe(reason);
  });

  it('two different frequencies are not guessed between', () => {
    const result = parseSig('1 tab bid q8h');
    expect(result.unitsPerDay).toBeNull();
    expect(result.reason).toContain('more than one frequency');
  });

  it('the same frequency written twice is fine', () => {
    expect(parseSig('1 tab q8h (tid)').unitsPerDay).toBe(3);
  });

  it('two different doses are not guessed between', () => {
    const result = parseSig('1 tab qam and 2 tabs qhs');
    expect(result.unitsPerDay).toBeNull();
    expect(result.reason).toBe('the sig lists more than one dose (1 unit, 2 units); confirm the daily dose');
  });

  it('an interval of zero is reported, not divided by', () => {
    const result = parseSig('q0h');
    expect(result.unitsPerDay).toBeNull();
    expect(result.flags).toContain('could not read the interval "q0h"');
  });

  it('numbers too large to compute are reported', () => {
    const huge = '9'.repeat(200);
    const result = parseSig(`${huge} tabs q${'0'.repeat(5)}.${'0'.repeat(200)}1h`);
    expect(result.unitsPerDay === null || Number.isFinite(result.unitsPerDay)).toBe(true);
  });
});

describe('parseSig: implausible doses are flagged', () => {
  it(`more than ${MAX_PLAUSIBLE_UNITS_PER_DAY} units a day`, () => {
    const result = parseSig('2 tabs q1h');
    expect(result.unitsPerDay).toBe(48);
    expect(result.flags).toContain('48 units a day is implausible; check the sig');
  });

  it('24 doses a day (every hour) is flagged and must be confirmed', () => {
    const result = parseSig('1 tab q1h');
    expect(result.unitsPerDay).toBe(24);
    expect(result.flags).toEqual([
      '24 doses a day ("q1h") is implausible; check the sig and confirm the daily dose',
    ]);
    expect(result.ambiguous).toBe(true);
    expect(parseSig('1 tab hourly').ambiguous).toBe(true);
  });

  it('12 doses a day is not flagged', () => {
    expect(parseSig('1 tab q2h').flags).toEqual([]);
    expect(parseSig('1 tab q2h').ambiguous).toBe(false);
  });

  it('more than 24 doses a day', () => {
    expect(parseSig('1 tab q0.5h').flags.join(' ')).toContain('48 doses a day');
  });
});

describe('parseSig: "x N daily" and "N hourly"', () => {
  it.each([
    ['2 tabs x2 daily', 4, '"x2 daily"'],
    ['1 tab x 3 a day', 3, '"x 3 a day"'],
    ['1 tab x3/day', 3, '"x3/day"'],
    ['1 tab 6 hourly', 4, '"6 hourly"'],
    ['1 tab every 6 hourly prn', 4, '"every 6 hourly"'],
    ['1 tab q 8 hourly', 3, '"q 8 hourly"'],
  ])('%s -> %d/day', (sig, perDay, label) => {
    const result = parseSig(sig);
    expect(result.unitsPerDay).toBe(perDay);
    expect(result.ambiguous).toBe(false);
    expect(result.reason).toContain(label);
    expect(result.flags).toEqual([]);
  });

  it('a range of hours written "hourly" is a range', () => {
    const result = parseSig('1 tab 4-6 hourly prn');
    expect(result.unitsPerDay).toBe(6);
    expect(result.ambiguous).toBe(true);
  });

  it('a duration after the x is still the supply, not a frequency', () => {
    expect(parseSig('1 tab q6h x 30 days').unitsPerDay).toBe(4);
    expect(parseSig('2 tabs bid x 7 d').unitsPerDay).toBe(4);
  });
});
