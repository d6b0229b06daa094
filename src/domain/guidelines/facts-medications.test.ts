import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseDraft, Medication } from '../case/case-schema';
import { emptyMedication } from '../case/empty-case';
import type { FactContext, FactDefinition, ItemOutcome } from './facts';
import { isConfirmatoryOnly, judgedOn, MEDICATION_FACTS, readUdtRiskLevel } from './facts-medications';
import {
  explainOf,
  factOf,
  med,
  medicationCase,
  morphineDaily,
  NORCO_QID,
  otherDrugItem,
  oxycodone,
  udt,
} from './sets/medications-test-support';

describe('judgedOn: the date the regimen is judged on', () => {
  it.each([
    ['2016-12-01', '2016-12-20', '2016-12-01'],
    ['', '2016-12-20', '2016-12-20'],
    ['', '', '2017-03-01'],
    ['12/01/2016', '', '2017-03-01'],
  ])('request %s, UR %s -> %s', (requestDate, urDate, expected) => {
    const draft = medicationCase({ service: 'opioid', requestDate, urDate });
    expect(judgedOn({ draft, asOf: '2017-03-01' })).toBe(expected);
  });
});

describe('item.regimenMed: morphine equivalents of the whole regimen on the request date', () => {
  it('computes the requested Norco four times a day as 40 MME/day, with the arithmetic', () => {
    const draft = medicationCase({ service: 'opioid', medication: NORCO_QID });
    expect(factOf('item.regimenMed', draft)).toBe(40);
    const shown = explainOf('item.regimenMed', draft);
    expect(shown.value).toBe('40 MME/day');
    expect(shown.detail).toContain('Norco, requested: hydrocodone 10 mg x 4/day x 1 = 40 MME/day');
    expect(shown.warnings).toBeUndefined();
  });

  it('counts the same drug in the history once, as requested', () => {
    const history = [med('h1', { ...NORCO_QID, name: 'Hydrocodone/APAP', startDate: '2016-01-10' })];
    const draft = medicationCase({ service: 'opioid', medication: NORCO_QID, history });
    expect(factOf('item.regimenMed', draft)).toBe(40);
    expect(explainOf('item.regimenMed', draft).detail).toContain(
      'Hydrocodone/APAP in the treatment history is the drug requested (same product, release and strength): counted once',
    );
  });

  it('takes a refill asked for without its sig at the sig the same product is taken on', () => {
    const refill = { name: 'Norco', strength: '10/325 mg', quantity: 90 };
    const taken = [med('h1', { ...NORCO_QID, frequency: 'every 8 hours', startDate: '2014-01-10' })];
    const draft = medicationCase({ service: 'opioid', medication: refill, history: taken });
    expect(factOf('item.regimenMed', draft)).toBe(30);
    expect(explainOf('item.regimenMed', draft).detail).toContain(
      'Norco, requested, at the sig it is taken on in the treatment history: hydrocodone 10 mg x 3/day x 1 = 30 MME/day',
    );
    // No sig anywhere: the total waits for one.
    const unknown = [med('h1', { name: 'Norco', strength: '10/325 mg', startDate: '2014-01-10' })];
    expect(
      factOf('item.regimenMed', medicationCase({ service: 'opioid', medication: refill, history: unknown })),
    ).toBe(undefined);
    // A sig the request states is its own.
    const stated = { ...refill, ...NORCO_QID };
    expect(
      factOf('item.regimenMed', medicationCase({ service: 'opioid', medication: stated, history: taken })),
    ).toBe(40);
  });

  it('counts a long-acting base dose in the history beside a short-acting request of the same molecule', () => {
    const history = [
      med('h1', {
        name: 'OxyContin',
        strength: '20 mg',
        dose: '1 tab',
        frequency: 'every 12 hours',
        startDate: '2015-01-01',
      }),
    ];
    const draft = medicationCase({
      service: 'opioid',
      medication: { name: 'Roxicodone', strength: '5 mg', dose: '1 tab', frequency: 'every 6 hours' },
      history,
    });
    expect(factOf('item.regimenMed', draft)).toBe(90);
    const detail = explainOf('item.regimenMed', draft).detail ?? '';
    expect(detail).toContain('OxyContin, treatment history: oxycodone 20 mg x 2/day x 1.5 = 60 MME/day');
    expect(detail).toContain(
      'OxyContin (extended release, 20 mg) in the treatment history is another form or strength of a drug requested: counted in addition to the request.',
    );
    expect(detail).not.toContain('counted once');
  });

  it('counts an immediate-release history entry beside an extended-release request', () => {
    const history = [
      med('h1', { name: 'MSIR', strength: '15 mg', dose: '1 tab', frequency: 'every 4 hours' }),
    ];
    const draft = medicationCase({
      service: 'opioid',
      medication: { name: 'MS Contin', strength: '60 mg', dose: '1 tab', frequency: 'every 12 hours' },
      history,
    });
    expect(factOf('item.regimenMed', draft)).toBe(210);
  });

  it('counts another strength of the same product in the history in addition', () => {
    const history = [med('h1', { ...NORCO_QID, strength: '5/325 mg', frequency: 'at bedtime' })];
    const draft = medicationCase({ service: 'opioid', medication: NORCO_QID, history });
    expect(factOf('item.regimenMed', draft)).toBe(45);
  });

  it('warns that the MED may be incomplete when a history entry cannot be classified', () => {
    const history = [med('h1', { name: 'Zyxophan 10 mg', dose: '1 tab', frequency: 'bid' })];
    const draft = medicationCase({ service: 'opioid', medication: NORCO_QID, history });
    expect(factOf('item.regimenMed', draft)).toBe(40);
    expect(explainOf('item.regimenMed', draft).warnings).toEqual([
      'The MED may be incomplete: Zyxophan 10 mg in the treatment history is not in the drug reference and not classified; if an opioid, enter its class and strength so it is counted.',
    ]);
  });

  it('counts opioids in the history that were missing from the reference (Embeda, Tylenol No. 3, HC/APAP)', () => {
    const history = [
      med('h1', { name: 'Embeda', strength: '30/1.2 mg', dose: '1 cap', frequency: 'twice a day' }),
      med('h2', { name: 'Tylenol No. 3', dose: '1 tab', frequency: 'four times a day' }),
    ];
    const draft = medicationCase({ service: 'opioid', medication: NORCO_QID, history });
    expect(factOf('item.regimenMed', draft)).toBe(118);
    expect(explainOf('item.regimenMed', draft).warnings).toBeUndefined();
  });

  it('reads a codeine product written acetaminophen-first as codeine, with a warning to confirm', () => {
    const draft = medicationCase({
      service: 'opioid',
      medication: { name: 'Codeine', strength: '300/30 mg', dose: '1 tab', frequency: 'three times a day' },
    });
    expect(factOf('item.regimenMed', draft)).toBe(13.5);
    expect(explainOf('item.regimenMed', draft).warnings?.[0]).toContain(
      'several amounts in the strength "300/30 mg"',
    );
  });

  it('adds the other opioids taken on the request date and requested in other items', () => {
    const history = [
      med('h1', oxycodone(10, 4, { startDate: '2016-03-01' })),
      med('h2', morphineDaily(30, { stopDate: '2016-11-30' })),
    ];
    const draft = medicationCase({
      service: 'opioid',
      medication: NORCO_QID,
      history,
      otherItems: [otherDrugItem('opioid', morphineDaily(20))],
    });
    expect(factOf('item.regimenMed', draft)).toBe(120);
    const detail = explainOf('item.regimenMed', draft).detail ?? '';
    expect(detail).toContain('total 40 + 20 + 60 = 120 MME/day');
    expect(detail).toContain('requested in disputed item 2');
    expect(detail).toContain('Oxycodone, treatment history: oxycodone 10 mg x 4/day x 1.5 = 60 MME/day');
    // The morphine stopped the day before the request is not part of the regimen.
    expect(detail).not.toContain('30 mg');
  });

  it('is not documented when the sig gives a range, and asks to confirm the daily dose', () => {
    const draft = medicationCase({
      service: 'opioid',
      medication: { ...NORCO_QID, dose: '1-2 tablets', frequency: 'every 4-6 hours as needed' },
    });
    expect(factOf('item.regimenMed', draft)).toBeUndefined();
    const shown = explainOf('item.regimenMed', draft);
    expect(shown.value).toBe('40-120 MME/day (a sig range: confirm the daily dose)');
    expect(shown.warnings?.[0]).toMatch(/^Confirm the daily dose of Norco: .*the sig gives a range/);
  });

  it('bounds a sig range by its low and high ends; an exact dose or a fallback has no bounds', () => {
    const boundsOf = (medication: Partial<Omit<Medication, 'id'>>) => {
      const draft = medicationCase({ service: 'opioid', medication });
      const item = draft.disputedItems[0]!;
      return MEDICATION_FACTS['item.regimenMed']?.bounds?.({ draft, item, asOf: '2017-03-01' });
    };
    // hydrocodone 10 mg: 1 tab q6h = 40 to 2 tabs q4h = 120
    expect(boundsOf({ ...NORCO_QID, dose: '1-2 tablets', frequency: 'every 4-6 hours' })).toEqual({
      min: 40,
      max: 120,
      why: 'from the sig range of Norco',
      toSettle: 'confirm the daily dose',
    });
    expect(boundsOf(NORCO_QID)).toBeUndefined();
    expect(boundsOf({ name: 'Norco', strength: '10/325 mg', quantity: 120, daysSupply: 30 })).toBeUndefined();
  });

  it('uses the units a day the reviewer confirmed', () => {
    const draft = medicationCase({
      service: 'opioid',
      medication: {
        ...NORCO_QID,
        dose: '1-2 tablets',
        frequency: 'every 4-6 hours',
        confirmedMaxUnitsPerDay: 6,
      },
    });
    expect(factOf('item.regimenMed', draft)).toBe(60);
  });

  it('is not documented with a fallback to quantity and days supply, or no sig at all', () => {
    const fallback = medicationCase({
      service: 'opioid',
      medication: { name: 'Norco', strength: '10/325 mg', quantity: 120, daysSupply: 30 },
    });
    expect(factOf('item.regimenMed', fallback)).toBeUndefined();
    expect(explainOf('item.regimenMed', fallback).warnings?.join(' ')).toContain('Confirm the daily dose');
    const none = medicationCase({ service: 'opioid', medication: { name: 'Tramadol', strength: '50 mg' } });
    expect(factOf('item.regimenMed', none)).toBeUndefined();
    expect(explainOf('item.regimenMed', none).warnings?.join(' ')).toContain('MED of Tramadol not computed');
  });

  it('is not documented for a drug the reference does not know, with a warning to classify it', () => {
    const draft = medicationCase({
      service: 'opioid',
      medication: { name: 'Zorbex 5 mg', dose: '1', frequency: 'bid' },
    });
    expect(factOf('item.regimenMed', draft)).toBeUndefined();
    expect(explainOf('item.regimenMed', draft).warnings?.[0]).toContain('is not in the drug reference');
    expect(explainOf('item.drugClass', draft).warnings?.[0]).toBe(
      'The drug requested (Zorbex 5 mg) is not in the drug reference: choose its drug class, or check the spelling.',
    );
  });

  it('says so when no opioid is taken or requested', () => {
    const draft = medicationCase({ service: 'nsaid', medication: { name: 'Naproxen', strength: '550 mg' } });
    expect(factOf('item.regimenMed', draft)).toBeUndefined();
    expect(explainOf('item.regimenMed', draft).value).toBe('no opioid');
  });
});

describe('item.onOpioidsBeforeRequest: initiation or ongoing treatment', () => {
  it.each([
    [
      'an opioid in the history started before the request',
      [med('h', { ...NORCO_QID, startDate: '2016-06-01' })],
      '',
      true,
    ],
    ['an opioid in the history with no start date', [med('h', NORCO_QID)], '', true],
    [
      'an opioid in the history started on the request date',
      [med('h', { ...NORCO_QID, startDate: '2016-12-01' })],
      '',
      false,
    ],
    ['an opioid stopped before the request', [med('h', { ...NORCO_QID, stopDate: '2016-11-01' })], '', false],
    ['a requested opioid taken since before the request', [], '2016-10-01', true],
    ['no opioid anywhere', [med('h', { name: 'Naproxen' })], '', false],
  ])('%s -> %s', (_what, history, startDate, expected) => {
    const draft = medicationCase({ service: 'opioid', medication: { ...NORCO_QID, startDate }, history });
    expect(factOf('item.onOpioidsBeforeRequest', draft)).toBe(expected);
    expect(explainOf('item.onOpioidsBeforeRequest', draft).value).toBe(
      expected ? 'ongoing opioid treatment' : 'start of opioid treatment',
    );
  });

  it.each([
    ['Norco 10/325 mg #45 for weaning', true],
    ['Norco 10/325 mg #45, taper', true],
    ['Norco 10/325 mg #45', false],
  ])('an opioid requested as "%s" is taken already: %s', (requestedAs, expected) => {
    const draft = norcoRequestedAs(requestedAs);
    expect(factOf('item.onOpioidsBeforeRequest', draft)).toBe(expected);
    if (expected)
      expect(explainOf('item.onOpioidsBeforeRequest', draft).detail).toMatch(/requested as a taper/);
  });
});

/** Norco four times a day, requested in the words given. */
function norcoRequestedAs(requestedAs: string) {
  return medicationCase({
    service: 'opioid',
    medication: NORCO_QID,
    edit: (edited) => {
      const item = edited.disputedItems[0];
      if (item) item.requestedAs = requestedAs;
    },
  });
}

it.each([
  ['Norco 10/325 mg #45 for weaning', true],
  ['OxyContin taper 30 mg #60 (UR certified #45 for taper)', true],
  // What UR did with the request is not the request's own words.
  ['Norco 10/325 mg #120 (remaining #60 after UR certified #60 for weaning)', undefined],
  ['Norco 10/325 mg #120 (utilization review modified to #45 to taper)', undefined],
])('a request written "%s" names a taper: %s', (requestedAs, expected) => {
  expect(factOf('item.requestNamesTaper', norcoRequestedAs(requestedAs))).toBe(expected);
});

describe('time on the drug, supply requested and the whole course', () => {
  const cyclobenzaprine = {
    name: 'Cyclobenzaprine',
    strength: '7.5 mg',
    dose: '1 tablet',
    frequency: 'three times a day',
  };

  it.each([
    ['the start date of the request', { startDate: '2016-11-17' }, [], 14],
    [
      'the start date in the treatment history',
      {},
      [med('h', { name: 'Flexeril', startDate: '2016-10-31' })],
      31,
    ],
    ['a new prescription (not in the history)', {}, [med('h', { name: 'Naproxen' })], 0],
    ['a start date after the request date', { startDate: '2016-12-05' }, [], 0],
  ])('days so far from %s', (_what, extra, history, days) => {
    const draft = medicationCase({
      service: 'muscle_relaxant',
      medication: { ...cyclobenzaprine, ...extra },
      history,
    });
    expect(factOf('item.drugDaysSoFar', draft)).toBe(days);
  });

  it('does not guess a start date the history leaves out', () => {
    const draft = medicationCase({
      service: 'muscle_relaxant',
      medication: cyclobenzaprine,
      history: [med('h', { name: 'Flexeril' })],
    });
    expect(factOf('item.drugDaysSoFar', draft)).toBeUndefined();
    expect(explainOf('item.drugDaysSoFar', draft).detail).toBe(
      'The start date of Flexeril in the treatment history is not entered.',
    );
  });

  it.each([
    ['the days supply written', { quantity: 90, daysSupply: 30 }, 30],
    ['quantity / units a day from the sig', { quantity: 60 }, 20],
    ['quantity / units a day the reviewer confirmed', { quantity: 60, confirmedMaxUnitsPerDay: 2 }, 30],
    [
      'a dose written in mg, with the tablet strength',
      { quantity: 30, dose: '15 mg', frequency: 'daily', strength: '7.5 mg' },
      15,
    ],
  ])('supply from %s', (_what, extra, days) => {
    const draft = medicationCase({
      service: 'muscle_relaxant',
      medication: { ...cyclobenzaprine, ...extra },
    });
    expect(factOf('item.requestedSupplyDays', draft)).toBe(days);
  });

  it('asks to confirm the daily dose instead of guessing the supply of a range', () => {
    const draft = medicationCase({
      service: 'muscle_relaxant',
      medication: { ...cyclobenzaprine, dose: '1-2 tablets', quantity: 60 },
    });
    expect(factOf('item.requestedSupplyDays', draft)).toBeUndefined();
    expect(explainOf('item.requestedSupplyDays', draft).warnings?.[0]).toMatch(
      /^Cyclobenzaprine: confirm the daily dose: /,
    );
    const noQuantity = medicationCase({
      service: 'muscle_relaxant',
      medication: { ...cyclobenzaprine, quantity: null },
    });
    expect(explainOf('item.requestedSupplyDays', noQuantity).detail).toBe(
      'Enter the quantity or the days supply of the request.',
    );
  });

  it('adds the supply to the days so far, in days and weeks', () => {
    const draft = medicationCase({
      service: 'muscle_relaxant',
      medication: { ...cyclobenzaprine, startDate: '2016-11-20', quantity: 60 },
    });
    expect(factOf('item.drugCourseDays', draft)).toBe(31);
    expect(explainOf('item.drugCourseDays', draft)).toEqual({
      value: '31 days (4.4 weeks)',
      detail: '11 days so far + 20 days requested = 31 days (4.4 weeks).',
    });
  });

  it('knows whether the drug was already taken before the request', () => {
    const continuing = medicationCase({
      service: 'nsaid',
      medication: { name: 'Naproxen 550 mg' },
      history: [med('h', { name: 'Naprosyn' })],
    });
    expect(factOf('item.continuingDrug', continuing)).toBe(true);
    const fresh = medicationCase({ service: 'nsaid', medication: { name: 'Naproxen 550 mg' } });
    expect(factOf('item.continuingDrug', fresh)).toBe(false);
    expect(factOf('item.continuingDrug', medicationCase({ service: 'nsaid' }))).toBeUndefined();
  });
});

describe('urine drug tests in the 12 months before the request', () => {
  it.each([
    [[udt('2015-12-01')], 1],
    [[udt('2015-11-30')], 0],
    [[udt('2016-12-01')], 1],
    [[udt('2016-12-02')], 0],
    [[udt('2016-02-01'), udt('2016-06-01', false), udt('not a date')], 2],
  ])('%j -> %d counted', (udts, count) => {
    const draft = medicationCase({ service: 'urine_drug_test', udts });
    expect(factOf('case.udtCount12Months', draft)).toBe(count);
    expect(factOf('case.udtInLast12Months', draft)).toBe(count > 0);
  });

  it('is not documented when no test is entered at all, and counts the requested tests', () => {
    const none = medicationCase({ service: 'urine_drug_test' });
    expect(factOf('case.udtInLast12Months', none)).toBeUndefined();
    expect(factOf('case.udtCount12Months', none)).toBe(0);
    expect(factOf('item.udtCountWithRequest', none)).toBe(1);
    const three = medicationCase({ service: 'urine_drug_test', quantity: 3, udts: [udt('2016-06-01')] });
    expect(factOf('item.udtCountWithRequest', three)).toBe(4);
  });

  it.each([
    ['Retrospective confirmatory quantitative urine drug testing (LC-MS/MS)', true],
    ['GC/MS confirmation of the 11/2016 screen', true],
    ['Urine drug screen (point-of-care with confirmatory testing)', false],
    ['Urine drug screen confirmatory testing', true],
    ['Urine drug screen', false],
    ['', undefined],
  ])('laboratory confirmation only: %j -> %s', (requestedAs, expected) => {
    expect(isConfirmatoryOnly(requestedAs)).toBe(expected);
  });

  it('warns about an inconsistent result', () => {
    const draft = medicationCase({ service: 'opioid', udts: [udt('2016-06-01', false)] });
    expect(explainOf('case.udtCount12Months', draft).warnings?.[0]).toContain('inconsistent');
  });

  it.each([
    ['low', 'low'],
    ['Low risk (ORT 2)', 'low'],
    ['moderate', 'moderate'],
    ['medium', 'moderate'],
    ['HIGH', 'high'],
    ['', undefined],
    ['unclear', undefined],
  ])('risk level %j reads as %s', (text, level) => {
    expect(readUdtRiskLevel(text)).toBe(level);
  });
});

describe('NSAIDs and drugs of the same class', () => {
  it('finds an NSAID in the history or requested in another item, and more than one', () => {
    const ppi = { name: 'Omeprazole', strength: '20 mg' };
    const withHistory = medicationCase({
      service: 'ppi_h2',
      medication: ppi,
      history: [med('h', { name: 'Mobic' })],
    });
    expect(factOf('item.concurrentNsaid', withHistory)).toBe(true);
    expect(factOf('item.multipleNsaids', withHistory)).toBe(false);
    const requested = medicationCase({
      service: 'ppi_h2',
      medication: ppi,
      history: [med('h', { name: 'Naproxen', stopDate: '2016-11-01' })],
      otherItems: [otherDrugItem('nsaid', { name: 'Celebrex' })],
    });
    expect(factOf('item.concurrentNsaid', requested)).toBe(true);
    expect(explainOf('item.concurrentNsaid', requested).detail).toBe(
      'Celebrex (requested in disputed item 2).',
    );
    const two = medicationCase({
      service: 'ppi_h2',
      medication: ppi,
      history: [med('h1', { name: 'Mobic' }), med('h2', { name: 'Naproxen' })],
    });
    expect(factOf('item.multipleNsaids', two)).toBe(true);
  });

  describe('with the outcome of the other items in this review (confirmed catalogue 3.3 NEW)', () => {
    const ppi = { name: 'Omeprazole', strength: '20 mg' };
    const upheld: ItemOutcome = { decision: 'upheld', provisional: false };
    const withOutcomes = (draft: CaseDraft, outcomes: Record<string, ItemOutcome>): FactContext => ({
      draft,
      item: draft.disputedItems[0]!,
      asOf: '2017-03-01',
      outcomes: new Map(Object.entries(outcomes)),
    });
    const fact = (name: string) => MEDICATION_FACTS[name as keyof typeof MEDICATION_FACTS] as FactDefinition;
    const twoRequested = medicationCase({
      service: 'ppi_h2',
      medication: ppi,
      history: [med('h', { name: 'Ambien' })],
      otherItems: [
        otherDrugItem('nsaid', { name: 'Naproxen' }, 'item-2'),
        otherDrugItem('muscle_relaxant', { name: 'Baclofen' }, 'item-3'),
        otherDrugItem('nsaid', { name: 'Celebrex' }, 'item-4'),
      ],
    });

    it('reads the outcome of the other items that request an NSAID, and of no other item', () => {
      const ctx = withOutcomes(twoRequested, {});
      expect(fact('item.concurrentNsaid').outcomesRead?.(ctx)).toEqual(['item-2', 'item-4']);
      expect(fact('item.multipleNsaids').outcomesRead?.(ctx)).toEqual(['item-2', 'item-4']);
      expect(fact('item.otherDrugSameClass').outcomesRead).toBeUndefined();
    });

    it('does not count an NSAID this review upholds, and says so', () => {
      const ctx = withOutcomes(twoRequested, { 'item-2': upheld, 'item-4': upheld });
      const concurrent = fact('item.concurrentNsaid');
      expect(concurrent.get(ctx)).toBe(false);
      expect(concurrent.describe?.(false, ctx, '')).toBe(
        'The NSAIDs it protects against (Naproxen, disputed item 2; Celebrex, disputed item 4) are not medically necessary in this review, and no other NSAID is taken or requested',
      );
      const one = withOutcomes(twoRequested, {
        'item-2': upheld,
        'item-4': { decision: 'overturned', provisional: false },
      });
      expect(concurrent.get(one)).toBe(true);
      expect(fact('item.multipleNsaids').get(one)).toBe(false);
      expect(concurrent.explain?.(one).detail).toBe(
        'Celebrex (requested in disputed item 4). Naproxen (disputed item 2) is not medically necessary in this review: not counted as an NSAID taken.',
      );
    });

    it('counts an NSAID whose uphold is provisional, or that is not decided yet, with a note', () => {
      const ctx = withOutcomes(twoRequested, {
        'item-2': { decision: 'upheld', provisional: true },
        'item-4': { decision: null, provisional: false },
      });
      expect(fact('item.concurrentNsaid').get(ctx)).toBe(true);
      expect(fact('item.multipleNsaids').get(ctx)).toBe(true);
      expect(fact('item.concurrentNsaid').explain?.(ctx).detail).toBe(
        'Naproxen (requested in disputed item 2); Celebrex (requested in disputed item 4). Naproxen (disputed item 2) is counted while its decision in this review is open; if it is upheld, it no longer counts. Celebrex (disputed item 4) is counted while its decision in this review is open; if it is upheld, it no longer counts.',
      );
    });

    it('still counts an upheld NSAID the worker already takes on the request date', () => {
      const started = medicationCase({
        service: 'ppi_h2',
        medication: ppi,
        otherItems: [otherDrugItem('nsaid', { name: 'Naproxen', startDate: '2016-10-01' }, 'item-2')],
      });
      const ctx = withOutcomes(started, { 'item-2': upheld });
      expect(fact('item.concurrentNsaid').get(ctx)).toBe(true);
      expect(fact('item.concurrentNsaid').explain?.(ctx).detail).toBe(
        'Naproxen (requested in disputed item 2). Naproxen (disputed item 2) is not medically necessary in this review, but is still counted: taken since 10/01/2016.',
      );
    });
  });

  it('is not documented without a medication list, and no when the list has none', () => {
    expect(
      factOf('item.concurrentNsaid', medicationCase({ service: 'ppi_h2', medication: { name: 'Prilosec' } })),
    ).toBeUndefined();
    const noNsaid = medicationCase({
      service: 'ppi_h2',
      medication: { name: 'Prilosec' },
      history: [med('h', { name: 'Ambien' })],
    });
    expect(factOf('item.concurrentNsaid', noNsaid)).toBe(false);
  });

  it('sees another drug of the class but not the same drug refilled', () => {
    const second = medicationCase({
      service: 'nsaid',
      medication: { name: 'Diclofenac ER 100 mg' },
      history: [med('h1', { name: 'Mobic' }), med('h2', { name: 'Ambien' })],
    });
    expect(factOf('item.otherDrugSameClass', second)).toBe(true);
    expect(explainOf('item.otherDrugSameClass', second).detail).toBe('Mobic (treatment history).');
    const refill = medicationCase({
      service: 'nsaid',
      medication: { name: 'Naproxen 550 mg' },
      history: [med('h1', { name: 'Anaprox DS' })],
    });
    expect(factOf('item.otherDrugSameClass', refill)).toBe(false);
  });
});

describe('topicals and the drug requested', () => {
  it.each([
    ['Flurbiprofen/cyclobenzaprine/gabapentin cream', 'cream', 'not_recommended', true, false],
    ['Lidoderm', 'patch', 'conditional', true, false],
    ['Lidocaine 5% ointment', 'ointment', 'not_recommended', true, false],
    ['Voltaren gel', 'gel', 'conditional', false, true],
    ['Methyl salicylate cream', 'cream', 'recommended', false, false],
  ])('%s: %s', (name, form, status, neuropathic, approvedNsaid) => {
    const draft = medicationCase({ service: 'topical_analgesic', medication: { name, form } });
    expect(factOf('item.topicalStatus', draft)).toBe(status);
    expect(factOf('item.topicalNeedsNeuropathicPain', draft)).toBe(neuropathic);
    expect(factOf('item.topicalIncludesApprovedNsaid', draft)).toBe(approvedNsaid);
  });

  it('judges listed ingredients, names each one, and flags the ones the reference lacks', () => {
    const draft = medicationCase({
      service: 'topical_analgesic',
      medication: {
        name: 'Compounded cream',
        form: 'cream',
        ingredients: [
          { id: 'a', name: 'Capsaicin', strength: '0.025%' },
          { id: 'b', name: 'Dextromethorphan', strength: '' },
        ],
      },
    });
    expect(factOf('item.topicalStatus', draft)).toBeUndefined();
    const shown = explainOf('item.topicalStatus', draft);
    expect(shown.detail).toContain('Capsaicin 0.025%: recommended only under conditions');
    expect(shown.warnings).toEqual([
      'Topical ingredient "Dextromethorphan" is not in the drug reference: correct the name, or judge it with an override and a note.',
    ]);
  });

  it('reads a compounded kit as its base drug, and knows it is a kit', () => {
    const kit = medicationCase({
      service: 'anticonvulsant',
      medication: { name: 'Fanatrex', strength: '25 mg/ml' },
    });
    expect(factOf('item.drugId', kit)).toBe('gabapentin');
    expect(factOf('item.isCompoundedKit', kit)).toBe(true);
    const tablet = medicationCase({ service: 'anticonvulsant', medication: { name: 'Neurontin' } });
    expect(factOf('item.isCompoundedKit', tablet)).toBe(false);
    const classed = medicationCase({
      service: 'anticonvulsant',
      medication: { name: 'Zorbex', drugClass: 'anticonvulsant' },
    });
    expect(factOf('item.drugId', classed)).toBe('not_in_reference');
    expect(factOf('item.isCompoundedKit', classed)).toBeUndefined();
  });

  it('warns when the drug does not match the service type', () => {
    const draft = medicationCase({ service: 'opioid', medication: { name: 'Naproxen' } });
    expect(explainOf('item.drugClass', draft).warnings?.[0]).toBe(
      'The drug requested (Naproxen, NSAID) does not match the service type chosen for this item; check the service type.',
    );
  });

  it('takes a sedating antidepressant asked for sleep as a sleep aid, without a warning', () => {
    const draft = medicationCase({ service: 'sleep_aid', medication: { name: 'Trazodone' } });
    expect(explainOf('item.drugClass', draft).warnings ?? []).toEqual([]);
    const nsaidForSleep = medicationCase({ service: 'sleep_aid', medication: { name: 'Naproxen' } });
    expect(explainOf('item.drugClass', nsaidForSleep).warnings?.[0]).toContain(
      'does not match the service type',
    );
  });
});

describe('item.strengthStated: the request states the strength (cross-cutting rule 10)', () => {
  const stated = (medication: Partial<Omit<Medication, 'id'>>) =>
    factOf('item.strengthStated', medicationCase({ service: 'nsaid', medication }));
  const describedAs = (medication: Partial<Omit<Medication, 'id'>>) => {
    const draft = medicationCase({ service: 'nsaid', medication });
    const context: FactContext = { draft, item: draft.disputedItems[0]!, asOf: '2017-03-01' };
    return MEDICATION_FACTS['item.strengthStated'].describe(true, context);
  };

  it.each([
    [{ name: 'Ibuprofen', strength: '800 mg' }, 'Strength: 800 mg'],
    [{ name: 'Ibuprofen', strength: '800' }, 'Strength: 800'],
    [{ name: 'Naproxen 550 mg' }, 'Strength in the name: 550 mg'],
    [{ name: 'Norco 10/325' }, 'Strength in the name: 10/325 mg'],
    [{ name: 'Tylenol #3' }, 'Strength: codeine 30 mg implied by the name "tylenol 3"'],
    [
      {
        name: 'Compounded cream',
        ingredients: [
          { id: 'a', name: 'Flurbiprofen', strength: '10%' },
          { id: 'b', name: 'Lidocaine', strength: '5%' },
          { id: 'c', name: '', strength: '' },
        ],
      },
      'Strength of each ingredient: Flurbiprofen 10%, Lidocaine 5%',
    ],
  ])('%j -> stated: %s', (medication, description) => {
    expect(stated(medication)).toBe(true);
    expect(describedAs(medication)).toBe(description);
  });

  it.each([
    { name: 'Ibuprofen' },
    { name: 'Ibuprofen', strength: 'unknown' },
    { name: 'Naproxen 550' },
    { name: 'Naproxen #60' },
    { name: '', strength: '800 mg' },
    {
      name: 'Compounded cream',
      ingredients: [
        { id: 'a', name: 'Flurbiprofen', strength: '10%' },
        { id: 'b', name: 'Dextromethorphan', strength: '' },
      ],
    },
  ])('%j -> not documented (never false)', (medication) => {
    expect(stated(medication)).toBeUndefined();
  });

  it('is fed by the medication requested', () => {
    expect(MEDICATION_FACTS['item.strengthStated'].fieldPaths).toEqual(['medication']);
  });
});

describe('every medication fact is total', () => {
  const text = fc.oneof(
    fc.constantFrom('', 'Norco', '10/325', 'q4-6h', '1-2 tabs', 'cream', 'patch', 'Fanatrex', 'bid', 'zz'),
    fc.string({ maxLength: 30 }),
  );
  const date = fc.oneof(
    fc.constantFrom('', '2016-01-01', '2016-12-01', '2017-02-30', 'soon'),
    fc.string({ maxLength: 10 }),
  );
  const amount = fc.oneof(fc.constant(null), fc.double({ noNaN: false }), fc.integer({ min: -5, max: 500 }));
  const medication = fc.record({
    name: text,
    strength: text,
    form: text,
    dose: text,
    frequency: text,
    quantity: amount,
    daysSupply: amount,
    startDate: date,
    stopDate: date,
    confirmedMaxUnitsPerDay: amount,
  });
  const asMedication = (id: string, spec: Partial<Medication>): Medication => ({
    ...emptyMedication(id),
    ...spec,
  });

  it('never throws and answers a value of its declared type, or undefined', () => {
    fc.assert(
      fc.property(
        medication,
        fc.array(medication, { maxLength: 4 }),
        fc.array(fc.record({ date, consistent: fc.constantFrom(true, false, null) }), { maxLength: 3 }),
        date,
        text,
        (requested, history, tests, requestDate, riskLevel) => {
          const draft = medicationCase({
            service: 'opioid',
            medication: requested,
            requestDate,
            history: history.map((entry, index) => asMedication(`h${index}`, entry)),
            udts: tests.map((test, index) => ({ id: `u${index}`, ...test })),
            facts: { udtRiskLevel: riskLevel },
          });
          const ctx = { draft, item: draft.disputedItems[0]!, asOf: '2017-01-01' };
          for (const [name, fact] of Object.entries(MEDICATION_FACTS)) {
            const value = fact.get(ctx);
            if (value !== undefined) {
              const expected = fact.type === 'enum' ? 'string' : fact.type;
              expect(typeof value, name).toBe(expected);
              if (typeof value === 'number') expect(Number.isFinite(value), name).toBe(true);
            }
            if ('explain' in fact && fact.explain) expect(typeof fact.explain(ctx).value).toBe('string');
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
