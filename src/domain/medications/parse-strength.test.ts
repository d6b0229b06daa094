import { describe, expect, it } from 'vitest';
import { drugById } from './drug-reference';
import { opioidStrengthOf } from './opioid-strength';
import { formatNumber, formatStrength, parseStrength } from './parse-strength';

describe('parseStrength', () => {
  it.each([
    ['10/325 mg', [10, 325], 'mg', false],
    ['10/325mg', [10, 325], 'mg', false],
    ['10-325 mg', [10, 325], 'mg', false],
    ['10/325', [10, 325], 'mg', true], // no unit: combination strengths are mg
    ['25 mcg/h', [25], 'mcg/h', false],
    ['25 mcg/hr', [25], 'mcg/h', false],
    ['25 mcg per hour', [25], 'mcg/h', false],
    ['25 µg/h', [25], 'mcg/h', false],
    ['5%', [5], '%', false],
    ['0.0375%', [0.0375], '%', false],
    ['7.5 mg', [7.5], 'mg', false],
    ['50mg', [50], 'mg', false],
    ['100 mg ER', [100], 'mg', false],
    ['25 mg/ml', [25], 'mg/ml', false],
    ['5 mg/5 ml', [1], 'mg/ml', false], // normalised to per 1 ml
    ['1 g', [1], 'g', false],
    ['1,000 mg', [1000], 'mg', false],
    ['320.5/30/16 mg', [320.5, 30, 16], 'mg', false],
  ])('%s', (text, amounts, unit, assumed) => {
    const result = parseStrength(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.strength.amounts).toEqual(amounts);
      expect(result.strength.unit).toBe(unit);
      expect(result.strength.unitAssumed).toBe(assumed);
    }
  });

  it('reads the strength inside a drug name and ignores a quantity "#60"', () => {
    const result = parseStrength('Oxycodone HCl ER 20mg #60 (30-day supply)');
    expect(result.ok && result.strength.amounts).toEqual([20]);
  });

  it('a bare number is a strength only when allowed (not in names like "Tylenol 3")', () => {
    expect(parseStrength('Tylenol 3')).toEqual({ ok: false, reason: 'no unit written with "3"' });
    const allowed = parseStrength('20', { allowBareNumber: true });
    expect(allowed.ok && allowed.strength).toMatchObject({ amounts: [20], unit: 'mg', unitAssumed: true });
  });

  it('does not read the "g" of a following word as grams', () => {
    expect(parseStrength('10 gabapentin')).toEqual({ ok: false, reason: 'no unit written with "10"' });
  });

  it.each([
    ['', 'no strength entered'],
    ['   ', 'no strength entered'],
    ['strong', 'could not read a strength in "strong"'],
  ])('%j -> %s', (text, reason) => {
    expect(parseStrength(text)).toEqual({ ok: false, reason });
  });

  it('formats strengths and numbers for the reviewer', () => {
    const result = parseStrength('10/325 mg');
    expect(result.ok && formatStrength(result.strength)).toBe('10/325 mg');
    expect(formatNumber(1 / 3)).toBe('0.33');
    expect(formatNumber(40)).toBe('40');
  });
});

describe('opioidStrengthOf', () => {
  const read = (drugId: string, text: string) => {
    const drug = drugById(drugId);
    const parsed = parseStrength(text, { allowBareNumber: true });
    if (!drug || !parsed.ok) throw new Error('test setup');
    return opioidStrengthOf(drug, parsed.strength);
  };

  it('Norco 10/325: the opioid is the 10 mg part', () => {
    expect(read('hydrocodone-apap', '10/325 mg')).toMatchObject({ value: 10, unit: 'mg' });
  });

  it('acetaminophen/codeine written APAP first (300/30): codeine is the smaller, 30 mg', () => {
    expect(read('codeine-apap', '300/30 mg')).toMatchObject({ value: 30, unit: 'mg' });
  });

  it('Trezix 320.5/30/16: dihydrocodeine 16 mg (smaller than caffeine 30 mg)', () => {
    expect(read('dihydrocodeine-apap-caffeine', '320.5/30/16 mg')).toMatchObject({ value: 16 });
  });

  it('fentanyl patch in mcg/h; "25 mcg" and a bare "25" are read as mcg/h with a note', () => {
    expect(read('fentanyl-transdermal', '25 mcg/h')).toMatchObject({ value: 25, unit: 'mcg/h' });
    const mcg = read('fentanyl-transdermal', '25 mcg');
    expect(mcg).toMatchObject({ value: 25, unit: 'mcg/h' });
    expect('explanation' in mcg && mcg.explanation).toContain('read as the patch rate');
    expect(read('fentanyl-transdermal', '25')).toMatchObject({ value: 25, unit: 'mcg/h' });
  });

  it('a fentanyl patch strength in mg is refused with a reason', () => {
    expect(read('fentanyl-transdermal', '25 mg')).toEqual({
      reason: 'a fentanyl transdermal patch strength must be in mcg/h; "25 mg" is not',
    });
  });

  it('converts mcg and g to mg, keeps mg/ml for solutions', () => {
    expect(read('morphine', '15000 mcg')).toMatchObject({ value: 15, unit: 'mg' });
    expect(read('methadone', '10 mg/ml')).toMatchObject({ value: 10, unit: 'mg/ml' });
  });

  it('a percent strength cannot be an oral opioid dose', () => {
    expect(read('tramadol', '5%')).toEqual({ reason: 'a tramadol strength in % cannot be converted to mg' });
  });
});
