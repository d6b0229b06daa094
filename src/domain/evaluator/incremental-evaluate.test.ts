import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseDraft, DisputedItem } from '../case/case-schema';
import { buildDemoCase } from '../case/demo-case';
import { emptyDisputedItem, emptyMedication } from '../case/empty-case';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { evaluate } from './evaluate';
import { createIncrementalEvaluate, reuseEqualParts } from './incremental-evaluate';

const asOf = '2026-11-28';

function demoWithItems() {
  const draft = buildDemoCase('demo');
  const second = {
    ...emptyDisputedItem('pt'),
    requestedAs: 'PT 3x4',
    serviceType: 'physical_therapy' as const,
  };
  const third = opioidItem('opioid', 'Norco 10/325 #120', {
    name: 'Norco',
    strength: '10/325 mg',
    dose: '1 tab',
    frequency: 'QID',
  });
  return { ...draft, disputedItems: [...draft.disputedItems, second, third] };
}

/** A disputed opioid request with its drug as the records write it. */
function opioidItem(
  id: string,
  requestedAs: string,
  drug: Partial<DisputedItem['medication']>,
): DisputedItem {
  const item = { ...emptyDisputedItem(id), requestedAs, serviceType: 'opioid' as const };
  return { ...item, medication: { ...item.medication, ...drug } };
}

describe('reuseEqualParts', () => {
  it('answers the previous object when everything is equal', () => {
    const previous = { a: [1, { b: 'x' }], c: null };
    expect(reuseEqualParts(previous, { a: [1, { b: 'x' }], c: null })).toBe(previous);
  });

  it('keeps equal parts and takes changed ones', () => {
    const previous = {
      list: [
        { id: 1, v: 'a' },
        { id: 2, v: 'b' },
      ],
      meta: { n: 1 },
    };
    const merged = reuseEqualParts(previous, {
      list: [
        { id: 1, v: 'a' },
        { id: 2, v: 'c' },
      ],
      meta: { n: 1 },
    });
    expect(merged).not.toBe(previous);
    expect(merged).toEqual({
      list: [
        { id: 1, v: 'a' },
        { id: 2, v: 'c' },
      ],
      meta: { n: 1 },
    });
    expect(merged.list[0]).toBe(previous.list[0]);
    expect(merged.list[1]).not.toBe(previous.list[1]);
    expect(merged.meta).toBe(previous.meta);
  });

  it('sees added, removed and retyped parts as changes', () => {
    const previous = { a: 1, b: [1, 2] as unknown };
    expect(reuseEqualParts(previous, { a: 1 })).toEqual({ a: 1 });
    expect(reuseEqualParts(previous, { a: 1, b: [1, 2], c: 3 })).not.toBe(previous);
    expect(reuseEqualParts(previous, { a: 1, b: [1] })).toEqual({ a: 1, b: [1] });
    expect(reuseEqualParts(previous, { a: 1, b: { 0: 1, 1: 2 } })).toEqual({ a: 1, b: { 0: 1, 1: 2 } });
    expect(reuseEqualParts(previous, { a: '1', b: [1, 2] })).toEqual({ a: '1', b: [1, 2] });
  });

  it('keeps a key named __proto__ as an own key (found by the property below)', () => {
    const next = JSON.parse('{"__proto__": {"a": 1}, "b": 2}') as Record<string, unknown>;
    const merged = reuseEqualParts({ b: 3 }, next);
    expect(merged).toEqual(next);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });

  it('always deep-equals the next value (property)', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(json, json, (previous, next) => {
        expect(reuseEqualParts(previous, next)).toEqual(next);
      }),
    );
  });
});

/** The draft with one disputed item replaced by a changed copy (as the wizard's snapshots do). */
function withItem(draft: CaseDraft, index: number, patch: Partial<DisputedItem>): CaseDraft {
  return {
    ...draft,
    disputedItems: draft.disputedItems.map((item, i) => (i === index ? { ...item, ...patch } : item)),
  };
}

describe('createIncrementalEvaluate', () => {
  it('keeps the unchanged criteria of a changed item', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const draft = demoWithItems();
    const first = evaluateLive(draft, { asOf });
    const next = withItem(draft, 0, { durationWeeks: 4 });
    const second = evaluateLive(next, { asOf });
    expect(second).toEqual(evaluate(next, GUIDELINE_LIBRARY, { asOf }));
    const before = first.items[0]!.criteria;
    const after = second.items[0]!.criteria;
    const kept = after.filter((criterion, i) => criterion === before[i]);
    const changed = after.filter((criterion, i) => criterion !== before[i]);
    // The work hardening duration criterion changes; its neighbours (job demands, screening) do not.
    expect(changed.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(0);
    for (const criterion of changed) expect(criterion).not.toEqual(before[after.indexOf(criterion)]);
  });

  it('keeps the result objects of items whose inputs did not change', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const draft = demoWithItems();
    const first = evaluateLive(draft, { asOf });
    const next = withItem(draft, 1, { frequencyPerWeek: 3 });
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
        fc.record({
          kind: fc.constant('drug' as const),
          index: fc.nat(3),
          value: fc.constantFrom(
            { name: 'Norco', strength: '10/325 mg', dose: '1 tab', frequency: 'QID' },
            { name: 'OxyContin', strength: '20 mg', dose: '2 tabs', frequency: 'q12h' },
            { name: 'Ibuprofen', strength: '800 mg', dose: '1', frequency: 'TID' },
            { name: '', strength: '', dose: '', frequency: '' },
          ),
        }),
        fc.record({
          kind: fc.constant('service' as const),
          index: fc.nat(3),
          value: fc.constantFrom('opioid' as const, 'nsaid' as const, 'physical_therapy' as const),
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
          } else if (step.kind === 'drug' && items[step.index]) {
            const item = items[step.index]!;
            items[step.index] = { ...item, medication: { ...item.medication, ...step.value } };
          } else if (step.kind === 'service' && items[step.index]) {
            items[step.index] = { ...items[step.index]!, serviceType: step.value };
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

describe('createIncrementalEvaluate, items that read the other items', () => {
  it('re-evaluates another opioid when a dose changes, but not a therapy item', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const base = demoWithItems();
    const second = opioidItem('oxy', 'OxyContin 20 mg', {
      name: 'OxyContin',
      strength: '20 mg',
      dose: '1',
      frequency: 'q12h',
    });
    const draft = { ...base, disputedItems: [...base.disputedItems, second] };
    const first = evaluateLive(draft, { asOf });
    const norco = draft.disputedItems[2]!;
    const doubled = withItem(draft, 2, { medication: { ...norco.medication, dose: '2 tabs' } });
    const next = evaluateLive(doubled, { asOf });
    expect(next).toEqual(evaluate(doubled, GUIDELINE_LIBRARY, { asOf }));
    // The therapy items do not read the regimen: their results are the same objects.
    expect(next.items[0]).toBe(first.items[0]);
    expect(next.items[1]).toBe(first.items[1]);
    // The OxyContin item's total MED includes the Norco: it changed.
    expect(next.items[3]).not.toBe(first.items[3]);
  });
});

describe('createIncrementalEvaluate, unchanged results', () => {
  it('answers the same evaluation object when a change feeds no criterion', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const draft = demoWithItems();
    const first = evaluateLive(draft, { asOf });
    const typedFindings = {
      ...draft,
      reports: draft.reports.map((report, i) => (i === 0 ? { ...report, examFindings: 'more' } : report)),
    };
    expect(evaluateLive(typedFindings, { asOf })).toBe(first);
    expect(evaluateLive(typedFindings, { asOf: '2026-11-29' })).not.toBe(first);
  });

  it('reads no disputed item again when only a report changed', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const plain = demoWithItems();
    let reads = 0;
    const counted = new Proxy(plain.disputedItems, {
      get(target, key, receiver) {
        reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const draft = { ...plain, disputedItems: counted };
    const first = evaluateLive(draft, { asOf });
    reads = 0;
    const typedFindings = {
      ...draft,
      reports: draft.reports.map((report) => ({ ...report, examFindings: 'more' })),
    };
    expect(evaluateLive(typedFindings, { asOf })).toBe(first);
    expect(reads).toBe(0);
  });

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

describe('createIncrementalEvaluate, items that read another item’s outcome', () => {
  // A PPI and the NSAID it protects against, in one review: when this review upholds the NSAID, the
  // PPI falls with it (confirmed catalogue 3.3 NEW), so an edit to the NSAID can change the PPI.
  const drugItem = (
    id: string,
    serviceType: DisputedItem['serviceType'],
    drug: Partial<DisputedItem['medication']>,
  ): DisputedItem => {
    const item = { ...emptyDisputedItem(id), requestedAs: drug.name ?? '', serviceType };
    return { ...item, medication: { ...item.medication, ...drug } };
  };
  function ppiCase(): CaseDraft {
    const draft = demoWithItems();
    const ppi = drugItem('ppi', 'ppi_h2', { name: 'Omeprazole', strength: '20 mg' });
    return {
      ...draft,
      imr: { ...draft.imr, requestDate: '2016-12-05' },
      treatment: {
        ...draft.treatment,
        medications: [{ ...emptyMedication('h1'), name: 'Tramadol', strength: '50 mg' }],
      },
      disputedItems: [
        { ...ppi, facts: { ...ppi.facts, giRiskFactors: true } },
        drugItem('nsaid', 'nsaid', { name: 'Naproxen', strength: '550 mg', quantity: 60 }),
        ...draft.disputedItems.slice(1),
      ],
    };
  }
  const answerIndication = (draft: CaseDraft, value: '' | 'met' | 'not_met') => {
    const nsaid = draft.disputedItems[1]!;
    return withItem(draft, 1, {
      review: { ...nsaid.review, criteria: { 'nsaid-indication': { answer: value, note: '' } } },
    });
  };

  it('re-evaluates the PPI when the NSAID’s decision changes, and only then', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const draft = ppiCase();
    const first = evaluateLive(draft, { asOf });
    expect(first).toEqual(evaluate(draft, GUIDELINE_LIBRARY, { asOf }));
    const ppiStatus = (evaluation: typeof first) =>
      evaluation.items[0]!.criteria.find((c) => c.criterionId === 'ppi-concurrent-nsaid')?.status;
    expect(ppiStatus(first)).toBe('met');

    // The reviewer finds no indication for the naproxen: it is upheld, and the PPI falls with it.
    const upheld = answerIndication(draft, 'not_met');
    const second = evaluateLive(upheld, { asOf });
    expect(second).toEqual(evaluate(upheld, GUIDELINE_LIBRARY, { asOf }));
    expect(second.items[1]!.decision).toBe('upheld');
    expect(ppiStatus(second)).toBe('not_met');
    expect(second.items[0]).not.toBe(first.items[0]);
    // The other items read no outcome: their results are the same objects.
    expect(second.items.slice(2).every((item, i) => item === first.items[i + 2])).toBe(true);

    // Typing in the NSAID's request text changes no decision: the PPI keeps its result object.
    const typed = withItem(upheld, 1, { requestedAs: 'Naproxen 550 mg #60 (Anaprox DS)' });
    const third = evaluateLive(typed, { asOf });
    expect(third).toEqual(evaluate(typed, GUIDELINE_LIBRARY, { asOf }));
    expect(third.items[0]).toBe(second.items[0]);

    // Answered "met": the naproxen is overturned and counts again.
    const overturned = answerIndication(typed, 'met');
    const fourth = evaluateLive(overturned, { asOf });
    expect(fourth).toEqual(evaluate(overturned, GUIDELINE_LIBRARY, { asOf }));
    expect(ppiStatus(fourth)).toBe('met');
  });

  it('always equals a full evaluation over edits to the NSAID, the PPI and the case (property)', () => {
    const index = fc.nat(4);
    const edits = fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('indication' as const),
          index,
          value: fc.constantFrom('' as const, 'met' as const, 'not_met' as const),
        }),
        fc.record({
          kind: fc.constant('decision' as const),
          index,
          value: fc.constantFrom('' as const, 'upheld' as const, 'overturned' as const),
        }),
        fc.record({
          kind: fc.constant('override' as const),
          index,
          value: fc.constantFrom(
            { answer: 'met' as const, note: 'Stopped the other NSAID.' },
            { answer: '' as const, note: '' },
          ),
        }),
        fc.record({
          kind: fc.constant('drug' as const),
          index,
          value: fc.constantFrom(
            { name: 'Naproxen', strength: '550 mg', startDate: '' },
            { name: 'Ibuprofen', strength: '800 mg', startDate: '' },
            { name: 'Naproxen', strength: '550 mg', startDate: '2016-10-01' },
            { name: 'Omeprazole', strength: '20 mg', startDate: '' },
            { name: 'Norco', strength: '10/325 mg', startDate: '' },
            { name: '', strength: '', startDate: '' },
          ),
        }),
        fc.record({
          kind: fc.constant('service' as const),
          index,
          value: fc.constantFrom('nsaid' as const, 'ppi_h2' as const, 'opioid' as const),
        }),
        fc.record({
          kind: fc.constant('history' as const),
          value: fc.constantFrom([], ['Naproxen'], ['Ibuprofen'], ['Tramadol'], ['Naproxen', 'Mobic']),
        }),
        fc.record({ kind: fc.constant('giRisk' as const), index, value: fc.constantFrom(null, true, false) }),
        fc.record({
          kind: fc.constant('setAside' as const),
          index,
          value: fc.constantFrom('', 'Presumption rebutted.'),
        }),
        fc.record({ kind: fc.constant('move' as const), index }),
        fc.record({ kind: fc.constant('remove' as const), index }),
        fc.record({
          kind: fc.constant('request' as const),
          value: fc.constantFrom('2016-12-05', '2016-05-01', '2018-01-01', ''),
        }),
      ),
      { maxLength: 14 },
    );
    fc.assert(
      fc.property(edits, (steps) => {
        const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
        let draft = ppiCase();
        expect(evaluateLive(draft, { asOf })).toEqual(evaluate(draft, GUIDELINE_LIBRARY, { asOf }));
        for (const step of steps) {
          const items = [...draft.disputedItems];
          const target = 'index' in step ? items[step.index] : undefined;
          if ('index' in step && step.kind !== 'move' && step.kind !== 'remove' && target) {
            const review = target.review;
            items[step.index] =
              step.kind === 'indication'
                ? {
                    ...target,
                    review: {
                      ...review,
                      criteria: { ...review.criteria, 'nsaid-indication': { answer: step.value, note: '' } },
                    },
                  }
                : step.kind === 'decision'
                  ? { ...target, review: { ...review, decision: step.value, decisionReason: 'Reason.' } }
                  : step.kind === 'override'
                    ? {
                        ...target,
                        review: {
                          ...review,
                          criteria: { ...review.criteria, 'nsaid-no-second-nsaid': step.value },
                        },
                      }
                    : step.kind === 'drug'
                      ? { ...target, medication: { ...target.medication, ...step.value } }
                      : step.kind === 'service'
                        ? { ...target, serviceType: step.value }
                        : step.kind === 'giRisk'
                          ? { ...target, facts: { ...target.facts, giRiskFactors: step.value } }
                          : { ...target, review: { ...review, mtusNotApplicableReason: step.value } };
          } else if (step.kind === 'move' && items.length > 1) {
            const [moved] = items.splice(step.index % items.length, 1);
            if (moved) items.push(moved);
          } else if (step.kind === 'remove' && target) {
            items.splice(step.index, 1);
          }
          draft =
            step.kind === 'request'
              ? { ...draft, imr: { ...draft.imr, requestDate: step.value } }
              : step.kind === 'history'
                ? {
                    ...draft,
                    treatment: {
                      ...draft.treatment,
                      medications: step.value.map((name, i) => ({
                        ...emptyMedication(`h${i}`),
                        name,
                        startDate: '2016-10-20',
                      })),
                    },
                  }
                : { ...draft, disputedItems: items };
          expect(evaluateLive(draft, { asOf })).toEqual(evaluate(draft, GUIDELINE_LIBRARY, { asOf }));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('createIncrementalEvaluate, an item judged under another type’s guideline', () => {
  it('follows post-surgical therapy across the end of its period, as a full evaluation does', () => {
    const evaluateLive = createIncrementalEvaluate(GUIDELINE_LIBRARY);
    const base = demoWithItems();
    const therapy = {
      ...emptyDisputedItem('post-op'),
      requestedAs: 'Post-op PT x6 right knee',
      serviceType: 'postsurgical_therapy' as const,
      bodyPart: 'right knee',
      quantity: 6,
      facts: { ...emptyDisputedItem('x').facts, surgeryType: 'meniscectomy', surgeryDate: '2016-01-05' },
    };
    const draft = { ...base, disputedItems: [...base.disputedItems, therapy] };
    const index = draft.disputedItems.length - 1;
    const setOf = (next: CaseDraft) => evaluateLive(next, { asOf }).items[index]?.guidelineSet?.id;
    const dated = (requestDate: string, surgeryDate: string): CaseDraft => ({
      ...withItem(draft, index, { facts: { ...therapy.facts, surgeryDate } }),
      imr: { ...draft.imr, requestDate },
    });
    for (const [requestDate, surgeryDate, expected] of [
      ['2016-07-05', '2016-01-05', 'mtus-postsurgical-2009'],
      ['2016-08-05', '2016-01-05', 'cpmtg-2016-physical-medicine'],
      ['2016-08-05', '2016-03-05', 'mtus-postsurgical-2009'],
      ['2016-08-05', '', 'mtus-postsurgical-2009'],
    ] as const) {
      const next = dated(requestDate, surgeryDate);
      expect(setOf(next), `${requestDate} after ${surgeryDate}`).toBe(expected);
      expect(evaluateLive(next, { asOf })).toEqual(evaluate(next, GUIDELINE_LIBRARY, { asOf }));
    }
  });
});
