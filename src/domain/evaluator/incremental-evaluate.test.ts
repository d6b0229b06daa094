import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDemoCase } from '../case/demo-case';
import { emptyDisputedItem } from '../case/empty-case';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { evaluate } from './evaluate';
import { createIncrementalEvaluate } from './incremental-evaluate';

const asOf = '2026-11-28';

function demoWithItems() {
  const draft = buildDemoCase('demo');
  const second = {
    ...emptyDisputedItem('pt'),
    requestedAs: 'PT 3x4',
    serviceType: 'physical_therapy' as const,
  };
  const third = {
    ...emptyDisputedItem('opioid'),
    requestedAs: 'Norco 10/325 #120',
    serviceType: 'opioid' as const,
  };
  third.medication = {
    ...third.medication,
    name: 'Norco',
    strength: '10/325 mg',
    dose: '1 tab',
    frequency: 'QID',
  };
  return { ...draft, disputedItems: [...draft.disputedItems, second, third] };
}

describe('createIncrementalEvaluate', () => {
  it('keeps the result objects of items whose inputs did not change', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const draft = demoWithItems();
    const first = evaluateLive(draft, { asOf });
    const changedItem = { ...draft.disputedItems[1]!, frequencyPerWeek: 3 };
    const next = {
      ...draft,
      disputedItems: draft.disputedItems.map((item, i) => (i === 1 ? changedItem : item)),
    };
    const second = evaluateLive(next, { asOf });
    expect(second.items[0]).toBe(first.items[0]);
    expect(second.items[1]).not.toBe(first.items[1]);
    expect(second.items[2]).toBe(first.items[2]);
    expect(second).toEqual(evaluate(next, GUIDELINE_LIBRARY, { asOf }));
  });

  it('re-evaluates items when a case-level fact or another item’s medication changes', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const draft = demoWithItems();
    const first = evaluateLive(draft, { asOf });
    const laterInjury = { ...draft, injury: { ...draft.injury, dateOfInjury: '2010-01-01' } };
    const second = evaluateLive(laterInjury, { asOf });
    // Work hardening's "within 2 years of injury" reads the date of injury: a new result.
    expect(second.items[0]).not.toBe(first.items[0]);
    expect(second).toEqual(evaluate(laterInjury, GUIDELINE_LIBRARY, { asOf }));

    const opioid = laterInjury.disputedItems[2]!;
    const newDose = {
      ...laterInjury,
      disputedItems: [
        ...laterInjury.disputedItems.slice(0, 2),
        { ...opioid, medication: { ...opioid.medication, frequency: 'q4h' } },
      ],
    };
    const third = evaluateLive(newDose, { asOf });
    expect(third.items[2]).not.toBe(second.items[2]);
    expect(third).toEqual(evaluate(newDose, GUIDELINE_LIBRARY, { asOf }));
  });

  it('always equals a full evaluation over a sequence of edits, reorders and removals', () => {
    const edits = fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('frequency' as const),
          index: fc.nat(3),
          value: fc.integer({ min: -1, max: 9 }),
        }),
        fc.record({ kind: fc.constant('move' as const), index: fc.nat(3) }),
        fc.record({ kind: fc.constant('remove' as const), index: fc.nat(3) }),
        fc.record({
          kind: fc.constant('request' as const),
          value: fc.constantFrom('2014-11-11', '2016-08-01', '2018-01-01', ''),
        }),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(edits, (steps) => {
        const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
        let draft = demoWithItems();
        evaluateLive(draft, { asOf });
        for (const step of steps) {
          const items = [...draft.disputedItems];
          if (step.kind === 'frequency' && items[step.index]) {
            items[step.index] = { ...items[step.index]!, frequencyPerWeek: step.value };
          } else if (step.kind === 'move' && items.length > 1) {
            const [moved] = items.splice(step.index % items.length, 1);
            if (moved) items.push(moved);
          } else if (step.kind === 'remove' && items[step.index]) {
            items.splice(step.index, 1);
          }
          draft =
            step.kind === 'request'
              ? { ...draft, imr: { ...draft.imr, requestDate: step.value } }
              : { ...draft, disputedItems: items };
          expect(evaluateLive(draft, { asOf })).toEqual(evaluate(draft, GUIDELINE_LIBRARY, { asOf }));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('createIncrementalEvaluate, unchanged results', () => {
  it('keeps an item’s previous object when re-evaluating it gives the same result', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const draft = demoWithItems();
    const first = evaluateLive(draft, { asOf });
    // A new but equal injury object: every item is re-evaluated, and every result is the same.
    const same = { ...draft, injury: { ...draft.injury } };
    const second = evaluateLive(same, { asOf });
    expect(second.items.every((item, i) => item === first.items[i])).toBe(true);
  });
});
