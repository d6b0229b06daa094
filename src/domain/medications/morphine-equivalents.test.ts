import { describe, expect, it } from 'vitest';
import type { Medication } from '../case/case-schema';
import { emptyMedication } from '../case/empty-case';
import { morphineEquivalents } from './morphine-equivalents';

const AS_OF = '2017-01-15';
let nextId = 0;
const med = (fields: Partial<Medication>): Medication => {
  nextId += 1;
  return { ...emptyMedication(fields.id ?? `m${nextId}`), ...fields };
};
const rowFor = (fields: Partial<Medication>, confirmedUnits?: Record<string, number>) => {
  const medication = med(fields);
  const summary = morphineEquivalents([medication], { asOf: AS_OF, confirmedUnits });
  expect(summary.rows).toHaveLength(1);
  return summary.rows[0]!;
};

describe('morphineEquivalents: one row per opioid, worked arithmetic (CDC 2016 factors)', () => {
  it.each([
    // name, strength, dose, frequency, MME/day, arithmetic
    // Norco 10/325 QID: hydrocodone 10 mg x 4 x 1 = 40
    ['Norco', '10/325 mg', '1 tab', 'QID', 40, 'hydrocodone 10 mg x 4/day x 1 = 40 MME/day'],
    // Vicodin 5/300 q6h: 5 x 4 x 1 = 20
    ['Vicodin', '5/300 mg', '1 tab', 'q6h', 20, 'hydrocodone 5 mg x 4/day x 1 = 20 MME/day'],
    // Hysingla ER 20 mg daily: 20 x 1 x 1 = 20
    ['Hysingla ER', '20 mg', '1 tab', 'daily', 20, 'hydrocodone 20 mg x 1/day x 1 = 20 MME/day'],
    // Vicoprofen 7.5/200 q6h: 7.5 x 4 x 1 = 30
    ['Vicoprofen', '7.5/200 mg', '1 tab', 'q6h', 30, 'hydrocodone 7.5 mg x 4/day x 1 = 30 MME/day'],
    // oxycodone ER 20 mg BID: 20 x 2 x 1.5 = 60
    ['oxycodone ER', '20 mg', '1 tab', 'BID', 60, 'oxycodone 20 mg x 2/day x 1.5 = 60 MME/day'],
    // OxyContin 40 mg q12h: 40 x 2 x 1.5 = 120
    ['OxyContin', '40 mg', '1 tab', 'q12h', 120, 'oxycodone 40 mg x 2/day x 1.5 = 120 MME/day'],
    // Percocet 5/325 q6h: 5 x 4 x 1.5 = 30
    ['Percocet', '5/325 mg', '1 tab', 'q6h', 30, 'oxycodone 5 mg x 4/day x 1.5 = 30 MME/day'],
    // MS Contin 30 mg q12h: 30 x 2 x 1 = 60
    ['MS Contin', '30 mg', '1 tab', 'q12h', 60, 'morphine 30 mg x 2/day x 1 = 60 MME/day'],
    // Dilaudid 4 mg q6h: 4 x 4 x 4 = 64
    ['Dilaudid', '4 mg', '1 tab', 'q6h', 64, 'hydromorphone 4 mg x 4/day x 4 = 64 MME/day'],
    // Opana ER 10 mg q12h: 10 x 2 x 3 = 60
    ['Opana ER', '10 mg', '1 tab', 'q12h', 60, 'oxymorphone 10 mg x 2/day x 3 = 60 MME/day'],
    // codeine 30 mg q6h: 30 x 4 x 0.15 = 18
    ['codeine sulfate', '30 mg', '1 tab', 'q6h', 18, 'codeine 30 mg x 4/day x 0.15 = 18 MME/day'],
    // acetaminophen/codeine 300/30 TID: 30 x 3 x 0.15 = 13.5
    [
      'acetaminophen/codeine',
      '300/30 mg',
      '1 tab',
      'TID',
      13.5,
      'codeine 30 mg x 3/day x 0.15 = 13.5 MME/day',
    ],
    // tramadol 50 mg QID: 50 x 4 x 0.1 = 20 (CDC 2016-era factor; CMS 2020+ would give 40)
    ['tramadol', '50 mg', '1 tab', 'QID', 20, 'tramadol 50 mg x 4/day x 0.1 = 20 MME/day'],
    // Ultram ER 100 mg daily: 100 x 1 x 0.1 = 10
    ['Ultram ER', '100 mg', '1 tab', 'daily', 10, 'tramadol 100 mg x 1/day x 0.1 = 10 MME/day'],
    // Ultracet 37.5/325 2 tabs q6h: 37.5 x 8 x 0.1 = 30
    ['Ultracet', '37.5/325 mg', '2 tabs', 'q6h', 30, 'tramadol 37.5 mg x 8/day x 0.1 = 30 MME/day'],
    // Nucynta 50 mg q6h: 50 x 4 x 0.4 = 80
    ['Nucynta', '50 mg', '1 tab', 'q6h', 80, 'tapentadol 50 mg x 4/day x 0.4 = 80 MME/day'],
    // Trezix 320.5/30/16 q4h: dihydrocodeine 16 x 6 x 0.25 = 24
    ['Trezix', '320.5/30/16 mg', '1 cap', 'q4h', 24, 'dihydrocodeine 16 mg x 6/day x 0.25 = 24 MME/day'],
  ])('%s %s %s %s = %s MME/day', (name, strength, dose, frequency, expected, arithmetic) => {
    const row = rowFor({ name, strength, dose, frequency });
    expect(row.med).toBe(expected);
    expect(row.arithmetic).toBe(arithmetic);
    expect(row.ambiguous).toBe(false);
    expect(row.flags).toEqual([]);
  });

  it('Tylenol #3 with no strength entered uses the implied codeine 30 mg: 30 x 4 x 0.15 = 18', () => {
    const row = rowFor({ name: 'Tylenol #3', dose: '1 tab', frequency: 'q6h' });
    expect(row.med).toBe(18);
    expect(row.strength?.explanation).toContain('implied by the name');
  });

  it('strength read from the name when the strength field is empty: Norco 10/325 q6h = 40', () => {
    const row = rowFor({ name: 'Norco 10/325', dose: '1 tab q6h' });
    expect(row.med).toBe(40);
    expect(row.strength?.explanation).toContain('(from the name)');
  });

  it('the strength field wins over the name, with a flag', () => {
    const row = rowFor({ name: 'Norco 10/325', strength: '7.5/325 mg', dose: '1 tab', frequency: 'q6h' });
    expect(row.med).toBe(30); // 7.5 x 4 x 1
    expect(row.flags.join(' ')).toContain('used the strength field');
  });

  it('dose written in mg (fixture "20mg ER every 12 hours"): 20 mg x 2 x 1.5 = 60', () => {
    const row = rowFor({ name: 'Oxycodone HCl ER', strength: '20 mg', dose: '20mg ER every 12 hours' });
    expect(row.med).toBe(60);
    expect(row.arithmetic).toBe('oxycodone 20 mg per dose x 2/day x 1.5 = 60 MME/day');
    expect(row.unitsPerDay).toBe(2);
  });

  it('dose in mg with no strength entered still works: 20 mg q12h = 40 mg/day x 1.5 = 60', () => {
    expect(rowFor({ name: 'oxycodone', dose: '20 mg', frequency: 'q12h' }).med).toBe(60);
  });

  it('oral solution: Synapryn tramadol 10 mg/ml, 5 ml TID = 10 x 15 ml x 0.1 = 15', () => {
    const row = rowFor({ name: 'Synapryn', strength: '10 mg/ml', dose: '5 ml', frequency: 'TID' });
    expect(row.med).toBe(15);
    expect(row.arithmetic).toBe('tramadol 10 mg/ml x 15 ml/day x 0.1 = 15 MME/day');
  });
});

describe('morphineEquivalents: fentanyl patches (mcg/h x 2.4)', () => {
  it('fentanyl 25 mcg/h, one patch every 72 hours = 25 x 2.4 = 60', () => {
    const row = rowFor({ name: 'Duragesic', strength: '25 mcg/h', dose: '1 patch', frequency: 'q72h' });
    expect(row.med).toBe(60);
    expect(row.arithmetic).toBe('fentanyl transdermal 25 mcg/h x 2.4 = 60 MME/day');
    expect(row.dailyDose).toEqual({ value: 25, unit: 'mcg/h' });
  });

  it('two 50 mcg/h patches at a time = 50 x 2 x 2.4 = 240', () => {
    const row = rowFor({
      name: 'fentanyl patch',
      strength: '50 mcg/hr',
      dose: '2 patches',
      frequency: 'every 72 hours',
    });
    expect(row.med).toBe(240);
    expect(row.arithmetic).toBe('fentanyl transdermal 50 mcg/h x 2 patches at a time x 2.4 = 240 MME/day');
  });

  it('no patch count written: one patch counted, and said so', () => {
    const row = rowFor({ name: 'fentanyl', strength: '12 mcg/h', frequency: 'change every 3 days' });
    expect(row.med).toBe(28.8); // 12 x 2.4
    expect(row.flags.join(' ')).toContain('counted one patch at a time');
  });

  it('a patch count without a frequency is enough: "1 patch" of 25 mcg/h = 60', () => {
    const row = rowFor({ name: 'Duragesic', strength: '25 mcg/h', dose: '1 patch' });
    expect(row.med).toBe(60);
    expect(row.flags).toEqual([]);
  });

  it('a confirmed count for a patch is the patches worn at a time: 25 mcg/h q72h, confirmed 1 = 60', () => {
    const row = rowFor({
      name: 'fentanyl patch',
      strength: '25 mcg/h',
      dose: '1 patch every 72 hours',
      confirmedMaxUnitsPerDay: 1,
    });
    expect(row.med).toBe(60);
    expect(row.unitsSource).toBe('confirmed');
    expect(row.arithmetic).toBe(
      'fentanyl transdermal 25 mcg/h x 1 patch worn at a time (confirmed by the reviewer) x 2.4 = 60 MME/day',
    );
    expect(row.flags).toEqual([]);
  });

  it('two patches worn at a time, confirmed 2: 75 mcg/h x 2 x 2.4 = 360', () => {
    const row = rowFor({ name: 'Duragesic', strength: '75 mcg/h', confirmedMaxUnitsPerDay: 2 });
    expect(row.med).toBe(360);
  });

  it('a confirmed fraction of a patch is counted as written and flagged', () => {
    const row = rowFor({ name: 'Duragesic', strength: '75 mcg/h', confirmedMaxUnitsPerDay: 1 / 3 });
    expect(row.med).toBe(60);
    expect(row.flags.join(' ')).toContain('confirm the number of patches worn at the same time');
  });

  it('a patch strength in mg is not converted', () => {
    const row = rowFor({ name: 'Duragesic', strength: '25 mg', dose: '1 patch q72h' });
    expect(row.med).toBeNull();
    expect(row.arithmetic).toBe('MME not computed: enter the fentanyl transdermal patch strength in mcg/h');
  });
});

describe('morphineEquivalents: methadone, factor by TOTAL daily methadone (CDC 2016 bands)', () => {
  it('methadone 10 mg TID = 30 mg/day x 8 (21-40 band) = 240', () => {
    const row = rowFor({ name: 'methadone', strength: '10 mg', dose: '1 tab', frequency: 'TID' });
    expect(row.med).toBe(240);
    expect(row.arithmetic).toBe(
      'methadone 10 mg x 3/day = 30 mg/day x 8 (methadone 21-40 mg/day) = 240 MME/day',
    );
    expect(row.factorSource).toBe('CDC 2016 methadone band 21-40 mg/day');
  });

  it.each([
    // dose, frequency, mg/day, factor, MME
    ['10 mg', 'BID', 20, 4, 80], // top of the first band
    ['7 mg', 'TID', 21, 8, 168], // first mg of the second band
    ['20 mg', 'BID', 40, 8, 320],
    ['41 mg', 'daily', 41, 10, 410],
    ['20 mg', 'TID', 60, 10, 600],
    ['61 mg', 'daily', 61, 12, 732],
    ['20 mg', 'QID', 80, 12, 960],
  ])('%s %s = %s mg/day x %s = %s', (dose, frequency, mgPerDay, factor, expected) => {
    const row = rowFor({ name: 'methadone', dose, frequency });
    expect(row.dailyDose).toEqual({ value: mgPerDay, unit: 'mg/day' });
    expect(row.factor).toBe(factor);
    expect(row.med).toBe(expected);
    expect(row.flags).toEqual([]);
  });

  it('above 80 mg/day: factor 12 with a beyond-the-table flag (and the implausible flag above 1000)', () => {
    // 30 mg TID = 90 mg/day x 12 = 1080
    const row = rowFor({ name: 'methadone', dose: '30 mg', frequency: 'TID' });
    expect(row.med).toBe(1080);
    expect(row.flags.join(' ')).toContain('above the CDC 2016 table');
    expect(row.flags.join(' ')).toContain('1080 MME/day is implausible');
  });

  it('two methadone prescriptions share the band of their total: 20 + 5 = 25 mg/day -> x 8', () => {
    const summary = morphineEquivalents(
      [
        med({ name: 'methadone', strength: '10 mg', dose: '1 tab', frequency: 'BID' }), // 20 mg alone would be x 4
        med({ name: 'Dolophine', strength: '5 mg', dose: '1 tab', frequency: 'daily' }),
      ],
      { asOf: AS_OF },
    );
    expect(summary.rows.map((row) => row.med)).toEqual([160, 40]);
    expect(summary.total).toBe(200);
    expect(summary.rows[0]!.arithmetic).toContain('total methadone 25 mg/day');
  });
});

describe('morphineEquivalents: ranges, confirmation and fallbacks', () => {
  it('Percocet 5/325 1-2 tabs q4-6h prn: maximum 12/day x 5 x 1.5 = 90, ambiguous', () => {
    const row = rowFor({ name: 'Percocet', strength: '5/325', dose: '1-2 tabs', frequency: 'q4-6h prn' });
    expect(row.med).toBe(90);
    expect(row.ambiguous).toBe(true);
    expect(row.arithmetic).toBe(
      'oxycodone 5 mg x 12/day (maximum of the sig range; confirm) x 1.5 = 90 MME/day',
    );
  });

  it('the reviewer-confirmed maximum replaces the range: 5 x 6 x 1.5 = 45', () => {
    const row = rowFor({
      name: 'Percocet',
      strength: '5/325',
      dose: '1-2 tabs',
      frequency: 'q4-6h prn',
      confirmedMaxUnitsPerDay: 6,
    });
    expect(row.med).toBe(45);
    expect(row.ambiguous).toBe(false);
    expect(row.unitsSource).toBe('confirmed');
    expect(row.arithmetic).toBe('oxycodone 5 mg x 6/day (confirmed by the reviewer) x 1.5 = 45 MME/day');
  });

  it('options.confirmedUnits wins over the stored confirmation', () => {
    const row = rowFor(
      { id: 'p1', name: 'Percocet', strength: '5/325', dose: '1-2 tabs q4-6h', confirmedMaxUnitsPerDay: 6 },
      { p1: 4 },
    );
    expect(row.med).toBe(30); // 5 x 4 x 1.5
  });

  it('quantity and days supply fallback (fixture "Tramadol 50 mg #60", 30 days): 2/day x 50 x 0.1 = 10', () => {
    const row = rowFor({ name: 'Tramadol', strength: '50 mg', quantity: 60, daysSupply: 30 });
    expect(row.med).toBe(10);
    expect(row.ambiguous).toBe(true);
    expect(row.unitsSource).toBe('quantity_days_supply');
    expect(row.arithmetic).toBe(
      'tramadol 50 mg x 2/day (average from quantity and days supply; confirm) x 0.1 = 10 MME/day',
    );
  });

  it('"as directed" gives no MME and says why', () => {
    const row = rowFor({ name: 'Norco', strength: '10/325', dose: 'as directed' });
    expect(row.med).toBeNull();
    expect(row.arithmetic).toBe(
      "MME not computed: could not read the frequency 'as directed'; confirm the daily dose",
    );
  });

  it('no strength anywhere gives no MME and asks for it', () => {
    const row = rowFor({ name: 'Norco', dose: '1 tab', frequency: 'q6h' });
    expect(row.med).toBeNull();
    expect(row.arithmetic).toBe('MME not computed: enter the hydrocodone strength');
  });

  it('an implausible MME is flagged: OxyContin 80 mg 2 tabs q4h = 80 x 12 x 1.5 = 1440', () => {
    const row = rowFor({ name: 'OxyContin', strength: '80 mg', dose: '2 tabs', frequency: 'q4h' });
    expect(row.med).toBe(1440);
    expect(row.flags).toContain('1440 MME/day is implausible; check the strength and the sig');
  });
});

describe('morphineEquivalents: which medications count, and the total', () => {
  const norco = med({ name: 'Norco', strength: '10/325 mg', dose: '1 tab', frequency: 'QID' }); // 40
  const oxy = med({ name: 'OxyContin', strength: '20 mg', dose: '1 tab', frequency: 'BID' }); // 60

  it('sums the active opioids: 40 + 60 = 100', () => {
    const summary = morphineEquivalents([norco, oxy], { asOf: AS_OF });
    expect(summary.total).toBe(100);
    expect(summary.totalArithmetic).toBe('40 + 60 = 100 MME/day');
    expect(summary.complete).toBe(true);
    expect(summary.referenceVersion).toBe('2016.1');
  });

  it('skips non-opioids and stopped opioids; a stop date on the as-of date still counts', () => {
    const ibuprofen = med({ name: 'ibuprofen', strength: '800 mg', dose: '1 tab', frequency: 'TID' });
    const stopped = { ...oxy, id: 'stopped', stopDate: '2017-01-14' };
    const stopsToday = { ...norco, id: 'today', stopDate: AS_OF };
    const summary = morphineEquivalents([ibuprofen, stopped, stopsToday], { asOf: AS_OF });
    expect(summary.rows.map((row) => row.medicationId)).toEqual(['today']);
    expect(summary.total).toBe(40);
  });

  it('an invalid stop date counts the drug as taken, with a flag', () => {
    const summary = morphineEquivalents([{ ...norco, stopDate: '2017-02-30' }], { asOf: AS_OF });
    expect(summary.total).toBe(40);
    expect(summary.rows[0]!.flags.join(' ')).toContain('not a valid date');
  });

  it('buprenorphine is listed, not converted, and does not make the total incomplete', () => {
    const butrans = med({ name: 'Butrans', strength: '10 mcg/h', dose: '1 patch', frequency: 'weekly' });
    const summary = morphineEquivalents([norco, butrans], { asOf: AS_OF });
    expect(summary.total).toBe(40);
    expect(summary.complete).toBe(true);
    expect(summary.rows[1]).toMatchObject({ excluded: true, med: null });
    expect(summary.totalArithmetic).toBe('40 MME/day; not converted by the table: Butrans');
  });

  it('an opioid the reference does not know (reviewer-classed) makes the total incomplete', () => {
    const unknownOpioid = med({
      name: 'Zyxorphan',
      strength: '2 mg',
      dose: '1 tab',
      frequency: 'q6h',
      drugClass: 'opioid',
    });
    const summary = morphineEquivalents([norco, unknownOpioid], { asOf: AS_OF });
    expect(summary.total).toBe(40);
    expect(summary.complete).toBe(false);
    expect(summary.rows[1]!.arithmetic).toBe(
      'MME not computed: "Zyxorphan" is not in the drug reference, so its conversion factor is unknown',
    );
    expect(summary.totalArithmetic).toBe('40 MME/day; not counted (no MME computed): Zyxorphan');
  });

  it('no opioids: zero and says so', () => {
    const summary = morphineEquivalents([], { asOf: AS_OF });
    expect(summary).toMatchObject({
      total: 0,
      complete: true,
      rows: [],
      totalArithmetic: 'no active opioid: 0 MME/day',
    });
  });

  it('an ambiguous row marks the summary ambiguous', () => {
    const prn = med({ name: 'Norco', strength: '10/325', dose: '1-2 tabs', frequency: 'q4-6h prn' });
    expect(morphineEquivalents([prn], { asOf: AS_OF }).ambiguous).toBe(true);
  });

  it('tramadol cream is a topical, not an opioid dose', () => {
    const cream = med({ name: 'tramadol cream', strength: '5%', dose: 'apply', frequency: 'TID' });
    expect(morphineEquivalents([cream], { asOf: AS_OF }).rows).toEqual([]);
  });
});

describe('morphineEquivalents: names the reference now knows (CDC 2016 factors)', () => {
  it.each([
    [{ name: 'Tylenol No. 3', dose: '1 tab QID' }, 18],
    [{ name: 'Tylenol No 3', dose: '1 tab QID' }, 18],
    [{ name: 'HC/APAP 10/325', dose: '1 tab q6h' }, 40],
    [{ name: 'Embeda', strength: '30/1.2 mg', dose: '1 cap BID' }, 60],
    [{ name: 'Xartemis XR', strength: '7.5/325 mg', dose: '2 tabs q12h' }, 45],
    [{ name: 'Targiniq', strength: '10/5 mg', dose: '1 tab q12h' }, 30],
    [{ name: 'Demerol', strength: '50 mg', dose: '1 tab q6h' }, 20],
    [{ name: 'Talwin', strength: '50 mg', dose: '1 tab q6h' }, 74],
    [{ name: 'levorphanol', strength: '2 mg', dose: '1 tab q8h' }, 66],
    [{ name: 'butorphanol', strength: '1 mg', dose: '1 spray q4h' }, 42],
    [{ name: 'Fentora', strength: '100 mcg', dose: '1 tab q6h' }, 52],
  ])('%o -> %s MME/day', (fields, mme) => {
    expect(rowFor(fields).med).toBe(mme);
  });
});

describe('morphineEquivalents: an opioid written with several amounts', () => {
  it('codeine "300/30 mg" (acetaminophen first) is codeine 30 mg, flagged to confirm', () => {
    const row = rowFor({ name: 'Codeine', strength: '300/30 mg', dose: '1 tab TID' });
    expect(row.med).toBe(13.5);
    expect(row.flags).toContain(
      'several amounts in the strength "300/30 mg": 30 mg was read as the codeine amount (the other amounts taken as non-opioid parts); confirm the codeine amount per unit',
    );
  });

  it('pentazocine/naloxone "50/0.5 mg" is pentazocine 50 mg (an antagonist-sized amount is not the opioid)', () => {
    expect(rowFor({ name: 'Talwin NX', strength: '50/0.5 mg', dose: '1 tab q6h' }).med).toBe(74);
  });
});

describe('morphineEquivalents: the low end of a sig range (medMin, totalMin)', () => {
  it('Percocet 5/325 1-2 tabs q4-6h: 1 tab x 4/day x 5 x 1.5 = 30 at the low end, 90 at the high end', () => {
    const row = rowFor({ name: 'Percocet', strength: '5/325', dose: '1-2 tabs', frequency: 'q4-6h prn' });
    expect(row.med).toBe(90);
    expect(row.medMin).toBe(30);
  });

  it('an exact sig or a confirmed dose has its MME as its low end', () => {
    expect(rowFor({ name: 'Norco', strength: '10/325 mg', dose: '1 tab', frequency: 'QID' }).medMin).toBe(40);
    const confirmed = rowFor({
      name: 'Percocet',
      strength: '5/325',
      dose: '1-2 tabs',
      frequency: 'q4-6h prn',
      confirmedMaxUnitsPerDay: 6,
    });
    expect(confirmed.medMin).toBe(45);
  });

  it('a dose in mg over a range: oxycodone 10-20 mg q12h = 20-40 mg/day x 1.5 = 30-60', () => {
    const row = rowFor({ name: 'oxycodone ER', dose: '10-20 mg', frequency: 'q12h' });
    expect([row.medMin, row.med]).toEqual([30, 60]);
  });

  it('a patch count range: fentanyl 25 mcg/h 1-2 patches = 60-120', () => {
    const row = rowFor({ name: 'Duragesic', strength: '25 mcg/h', dose: '1-2 patches', frequency: 'q72h' });
    expect([row.medMin, row.med]).toEqual([60, 120]);
  });

  it('methadone over a range takes the band of each end: 5 mg 1-2 tabs BID = 10 mg x 4 to 20 mg x 4', () => {
    const low = rowFor({ name: 'methadone', strength: '5 mg', dose: '1-2 tabs', frequency: 'BID' });
    expect([low.medMin, low.med]).toEqual([40, 80]);
    // 10 mg 1-2 tabs TID = 30 mg/day x 8 to 60 mg/day x 10: the low end is in a lower band
    const banded = rowFor({ name: 'methadone', strength: '10 mg', dose: '1-2 tabs', frequency: 'TID' });
    expect([banded.medMin, banded.med]).toEqual([240, 600]);
  });

  it('no lower bound from a quantity fallback or an implausible frequency', () => {
    expect(rowFor({ name: 'Tramadol', strength: '50 mg', quantity: 60, daysSupply: 30 }).medMin).toBeNull();
    expect(
      rowFor({ name: 'Norco', strength: '10/325', dose: '1 tab', frequency: 'hourly' }).medMin,
    ).toBeNull();
  });

  it('totalMin sums the low ends; null when a counted row has none', () => {
    const exact = med({ name: 'OxyContin', strength: '20 mg', dose: '1 tab', frequency: 'BID' }); // 60
    const prn = med({ name: 'Percocet', strength: '5/325', dose: '1-2 tabs', frequency: 'q4-6h prn' }); // 30-90
    const fallback = med({ name: 'Tramadol', strength: '50 mg', quantity: 60, daysSupply: 30 });
    const ranged = morphineEquivalents([exact, prn], { asOf: AS_OF });
    expect([ranged.totalMin, ranged.total]).toEqual([90, 150]);
    expect(morphineEquivalents([exact], { asOf: AS_OF }).totalMin).toBe(60);
    expect(morphineEquivalents([], { asOf: AS_OF }).totalMin).toBe(0);
    expect(morphineEquivalents([exact, fallback], { asOf: AS_OF }).totalMin).toBeNull();
  });
});
