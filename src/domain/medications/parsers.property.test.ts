/** Property: no input string makes any parser or fact function throw, and numbers stay finite. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyMedication } from '../case/empty-case';
import { compoundAnalysis, topicalAnalysis } from './compound-analysis';
import { findDrug, findDrugs } from './find-drug';
import {
  classifyMedication,
  morphineEquivalents,
  urineDrugTestsInLast12Months,
  weeksOnDrug,
} from './medication-facts';
import { parseSig } from './parse-sig';
import { parseStrength } from './parse-strength';

// Fragments that reach the interesting branches far more often than random characters do.
const SIG_PIECES = [
  '1',
  '2',
  '0',
  '0.5',
  '10/325',
  '-',
  ' to ',
  ' or ',
  'q',
  'q6h',
  'q4-6h',
  'every',
  'hours',
  'h',
  'days',
  'tab',
  'tabs',
  'patch',
  'mg',
  'mcg/h',
  'ml',
  '%',
  '/',
  'bid',
  'tid',
  'qid',
  'daily',
  'qhs',
  'prn',
  'max',
  'per day',
  'not to exceed',
  '#',
  'x',
  'times',
  'a day',
  'as directed',
  '.',
  ',',
  ' ',
  'norco',
  'methadone',
  'fentanyl',
  '999999999999999999999',
];
const sigLike = fc.array(fc.constantFrom(...SIG_PIECES), { maxLength: 25 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ maxLength: 80, unit: 'binary' }),
  sigLike,
);
const optionalNumber = fc.oneof(fc.constant(null), fc.double({ noNaN: false }), fc.integer());

const finiteOrNull = (value: number | null) => value === null || Number.isFinite(value);

describe('parsers never throw', () => {
  it('parseSig', () => {
    fc.assert(
      fc.property(anyText, optionalNumber, optionalNumber, (text, quantity, daysSupply) => {
        const result = parseSig(text, { quantity, daysSupply, unitStrength: { value: 10, unit: 'mg' } });
        expect(finiteOrNull(result.unitsPerDay)).toBe(true);
        expect(result.unitsPerDay === null || result.unitsPerDay >= 0).toBe(true);
        expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('parseStrength, findDrug, findDrugs', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const strength = parseStrength(text, { allowBareNumber: true });
        if (strength.ok) expect(strength.strength.amounts.every(Number.isFinite)).toBe(true);
        findDrug(text, { form: text, route: 'topical' });
        findDrugs(text);
      }),
      { numRuns: 400 },
    );
  });

  it('medication facts on arbitrary medications', () => {
    fc.assert(
      fc.property(
        anyText,
        anyText,
        anyText,
        anyText,
        fc.option(fc.double(), { nil: null }),
        (name, strength, dose, stopDate, confirmed) => {
          const medication = {
            ...emptyMedication('m'),
            name: `${name}`,
            strength,
            dose,
            stopDate,
            startDate: stopDate,
            drugClass: 'opioid' as const,
            confirmedMaxUnitsPerDay: confirmed,
            ingredients: [{ id: 'i', name: dose, strength }],
          };
          const summary = morphineEquivalents([medication], { asOf: '2017-01-15' });
          expect(summary.rows.every((row) => finiteOrNull(row.med))).toBe(true);
          classifyMedication(medication);
          compoundAnalysis(medication.ingredients, { form: strength });
          topicalAnalysis(medication);
          weeksOnDrug(medication, stopDate);
          urineDrugTestsInLast12Months([{ id: 't', date: stopDate, consistent: null }], stopDate);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('long adversarial inputs complete', () => {
    for (const text of [
      ' '.repeat(5000),
      '1 '.repeat(3000),
      '1-'.repeat(3000),
      'q'.repeat(5000),
      '9'.repeat(5000),
      `max ${' '.repeat(3000)}1`,
      '10/'.repeat(2000),
      'every '.repeat(1000),
    ]) {
      expect(() => parseSig(text)).not.toThrow();
      expect(() => parseStrength(text)).not.toThrow();
      expect(() => findDrug(text)).not.toThrow();
    }
  });
});
