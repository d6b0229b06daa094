/**
 * Items that read the outcome of other items of the same review: the evaluation order, the
 * outcome another item sees (reviewer decisions and answers included), and the fallback when the
 * reads go round in a circle. The circle is built with a test library whose NSAID set reads the
 * concurrent-NSAID fact, which reads the other NSAID items' outcome (no shipped set does).
 */
import { describe, expect, it } from 'vitest';
import type { CaseDraft, DisputedItem, Medication } from '../case/case-schema';
import { emptyMedication } from '../case/empty-case';
import { GUIDELINE_LIBRARY } from '../guidelines';
import type { GuidelineLibrary } from '../guidelines/guideline-schema';
import { defineCriterion, isTrue } from '../guidelines/sets/common';
import { answer, caseWith, disputedItem, type ItemSpec } from './case-builders';
import { evaluate, evaluateItem } from './evaluate';
import { criterionStatus } from './evaluation-queries';
import type { ItemEvaluation } from './evaluation-types';
import { itemOutcome, planEvaluation, setReadsOutcomes } from './outcome-dependencies';

const AS_OF = '2017-03-01';

const drug = (id: string, spec: Partial<Omit<Medication, 'id'>>): Medication => ({
  ...emptyMedication(id),
  ...spec,
});

const medicationItem = (
  service: DisputedItem['serviceType'],
  id: string,
  medication: Partial<Omit<Medication, 'id'>>,
  review: ItemSpec['review'] = {},
) => disputedItem(service, { medication: drug(`${id}-drug`, medication), review }, id);

const naproxen = (review: ItemSpec['review'] = {}) =>
  medicationItem('nsaid', 'naproxen', { name: 'Naproxen', strength: '550 mg', quantity: 60 }, review);
const omeprazole = medicationItem('ppi_h2', 'omeprazole', {
  name: 'Omeprazole',
  strength: '20 mg',
  quantity: 30,
});

const reviewCase = (items: DisputedItem[]): CaseDraft =>
  caseWith({
    dateOfInjury: '2016-03-14',
    requestDate: '2016-12-05',
    items,
    edit: (draft) => {
      draft.treatment.medications = [drug('h1', { name: 'Tramadol', strength: '50 mg' })];
    },
  });

const NOT_INDICATED = { criteria: { 'nsaid-indication': answer('not_met') } };

describe('which sets read other items’ outcomes', () => {
  it('is read from the facts the sets use: the PPI, shoulder ultrasound, laxative and laboratory sets and those of services a surgery needs', () => {
    const reading = GUIDELINE_LIBRARY.sets.filter(setReadsOutcomes).map((set) => set.id);
    expect(reading).toEqual([
      'mtus-postsurgical-2009',
      'cpmtg-2009-ppis',
      'cpmtg-2016-ppis',
      'acoem-2004-shoulder-ultrasound',
      'cpmtg-2009-laxatives',
      'cpmtg-2016-laxatives',
      'cpmtg-2009-laboratory-monitoring',
      'cpmtg-2016-laboratory-monitoring',
      'cpmtg-2009-tens',
      'cpmtg-2016-tens',
      'odg-continuous-flow-cryotherapy',
      'odg-durable-medical-equipment',
      'odg-brace',
      'acoem-2004-lumbar-support',
      'acoem-2004-cervical-collar',
      'acoem-2004-knee-brace',
      'acoem-2004-wrist-splint',
      'odg-surgical-assistant',
      'odg-preoperative-testing',
    ]);
  });

  it('plans the NSAID before the PPI that reads it, wherever each is listed', () => {
    const draft = reviewCase([omeprazole, medicationItem('opioid', 'norco', { name: 'Norco' }), naproxen()]);
    const plan = planEvaluation(draft, GUIDELINE_LIBRARY, AS_OF);
    expect(plan.reads).toEqual([[2], [], []]);
    expect(plan.order).toEqual([1, 2, 0]);
    expect(plan.circular.size).toBe(0);
  });

  it('reads nothing when the reviewer set the MTUS aside for the PPI', () => {
    const setAside = {
      ...omeprazole,
      review: { ...omeprazole.review, mtusNotApplicableReason: 'Presumption rebutted.' },
    };
    expect(planEvaluation(reviewCase([setAside, naproxen()]), GUIDELINE_LIBRARY, AS_OF).reads).toEqual([
      [],
      [],
    ]);
  });
});

describe('the outcome another item reads', () => {
  const result = (draft: CaseDraft, index: number) =>
    evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF }).items[index] as ItemEvaluation;

  it('is the final decision, provisional only while an uphold waits on unanswered judgments', () => {
    expect(itemOutcome(result(reviewCase([naproxen()]), 0))).toEqual({
      decision: 'upheld',
      provisional: true,
    });
    expect(itemOutcome(result(reviewCase([naproxen(NOT_INDICATED)]), 0))).toEqual({
      decision: 'upheld',
      provisional: false,
    });
    const overturned = naproxen({ criteria: { 'nsaid-indication': answer('met') } });
    expect(itemOutcome(result(reviewCase([overturned]), 0))).toEqual({
      decision: 'overturned',
      provisional: false,
    });
    const decided = naproxen({ decision: 'upheld', decisionReason: 'Not indicated.' });
    expect(itemOutcome(result(reviewCase([decided]), 0))).toEqual({ decision: 'upheld', provisional: false });
  });

  it('flows through an override of a computed criterion of the NSAID', () => {
    // Celecoxib on top of naproxen, for a worker with a GI bleed behind her: the second-NSAID rule
    // fails; overridden "met" with a note, and the indication answered "met", the celecoxib is
    // overturned and the PPI reads it as taken.
    const celecoxib = disputedItem(
      'nsaid',
      {
        medication: drug('celecoxib-drug', { name: 'Celecoxib', strength: '200 mg', quantity: 30 }),
        facts: { giRiskFactors: true },
        review: {
          criteria: {
            'nsaid-indication': answer('met'),
            'nsaid-no-second-nsaid': answer('met', 'Naproxen is stopped when celecoxib starts.'),
          },
        },
      },
      'celecoxib',
    );
    const draft = reviewCase([omeprazole, celecoxib, naproxen(NOT_INDICATED)]);
    const items = evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF }).items;
    expect(items[1]?.decision).toBe('overturned');
    expect(items[2]?.decision).toBe('upheld');
    expect(criterionStatus(items[0]!, 'ppi-concurrent-nsaid')).toBe('met');
    // The upheld naproxen is not counted: one NSAID taken, the celecoxib.
    expect(items[0]?.criteria.find((c) => c.criterionId === 'ppi-concurrent-nsaid')?.evidence).toBe(
      'NSAID taken: Celecoxib (requested in disputed item 2); the guideline requires an NSAID taken (or requested) with it.',
    );
  });

  it('gives evaluateItem the same result as the whole evaluation, for the reader and the read', () => {
    const draft = reviewCase([omeprazole, naproxen(NOT_INDICATED)]);
    const whole = evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF });
    expect(evaluateItem(draft, 0, GUIDELINE_LIBRARY, { asOf: AS_OF })).toEqual(whole.items[0]);
    expect(evaluateItem(draft, 1, GUIDELINE_LIBRARY, { asOf: AS_OF })).toEqual(whole.items[1]);
    expect(criterionStatus(whole.items[0]!, 'ppi-concurrent-nsaid')).toBe('not_met');
  });
});

describe('reads that go round in a circle', () => {
  // A test library whose 2016 NSAID set also requires a concurrent NSAID: each NSAID item then reads
  // the outcome of every other NSAID item.
  const circularLibrary: GuidelineLibrary = {
    ...GUIDELINE_LIBRARY,
    sets: GUIDELINE_LIBRARY.sets.map((set) =>
      set.id === 'cpmtg-2016-nsaids'
        ? {
            ...set,
            criteria: [
              ...set.criteria,
              defineCriterion({
                id: 'test-reads-other-nsaids',
                statement: 'Test only: another NSAID is taken or requested.',
                citation: set.criteria[0]!.citation,
                required: false,
                condition: isTrue('item.concurrentNsaid', 'another NSAID'),
                confirmed: false,
                confirmationNote: 'Test only.',
              }),
            ],
          }
        : set,
    ),
  };
  const ibuprofen = medicationItem(
    'nsaid',
    'ibuprofen',
    { name: 'Ibuprofen', strength: '800 mg' },
    NOT_INDICATED,
  );

  it('evaluates the items of the circle, and the items reading them, without outcomes, with a warning', () => {
    const draft = reviewCase([omeprazole, naproxen(NOT_INDICATED), ibuprofen]);
    const plan = planEvaluation(draft, circularLibrary, AS_OF);
    expect(plan.reads).toEqual([[1, 2], [2], [1]]);
    expect([...plan.circular].sort()).toEqual([0, 1, 2]);
    const { items } = evaluate(draft, circularLibrary, { asOf: AS_OF });
    for (const item of items)
      expect(item.warnings.some((warning) => warning.includes('read one another in a circle'))).toBe(true);
    expect(items[0]?.warnings).toContain(
      "The criteria read the outcome of disputed items 2 and 3, but the items' outcomes read one another in a circle: this item is evaluated without the other items' outcomes. Check it against their decisions.",
    );
    // Without outcomes both upheld NSAIDs still count: the PPI is judged as before this rule.
    expect(criterionStatus(items[0]!, 'ppi-concurrent-nsaid')).toBe('met');
    expect(evaluateItem(draft, 0, circularLibrary, { asOf: AS_OF })).toEqual(items[0]);
  });

  it('keeps items outside the circle reading outcomes as usual', () => {
    const draft = reviewCase([omeprazole, naproxen(NOT_INDICATED)]);
    const { items } = evaluate(draft, circularLibrary, { asOf: AS_OF });
    expect(planEvaluation(draft, circularLibrary, AS_OF).circular.size).toBe(0);
    expect(items.every((item) => item.warnings.every((warning) => !warning.includes('circle')))).toBe(true);
    expect(criterionStatus(items[0]!, 'ppi-concurrent-nsaid')).toBe('not_met');
  });
});
