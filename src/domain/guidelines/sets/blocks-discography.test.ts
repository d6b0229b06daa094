import { describe, expect, it } from 'vitest';
import { suggestServiceTypes } from '../../case/service-suggestion';
import { DATES, run, withDiagnoses } from './procedure-test-support';

const statuses = (result: ReturnType<typeof run>) =>
  Object.fromEntries(result.criteria.map((criterion) => [criterion.criterionId, criterion.status]));

describe('sympathetic blocks (CPMTG, not in the catalogue)', () => {
  const block = { requestedAs: 'Right stellate ganglion block', quantity: 1 };

  it.each([
    [DATES.cpmtg2016, 'MTUS Chronic Pain Medical Treatment 2016, Section(s): Regional sympathetic blocks'],
    [
      DATES.cpmtg2009,
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Regional sympathetic blocks, Page(s): 103-104',
    ],
  ])('for CRPS, as an adjunct to therapy: overturned (%j)', (dates, line) => {
    const result = run({
      service: 'sympathetic_block',
      item: { ...block, facts: { adjunctToActiveTherapy: true } },
      edit: withDiagnoses('Complex regional pain syndrome type I, right hand'),
      ...dates,
    });
    expect(statuses(result)).toEqual({ 'sympathetic-block-crps': 'met', 'sympathetic-block-adjunct': 'met' });
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(line);
  });

  it.each([
    [['Cervical radiculopathy'], 'not_met'],
    [['R/O CRPS', 'Wrist sprain'], 'not_met'],
    [[], 'not_documented'],
  ] as const)('for %j the CRPS criterion is %s: upheld', (texts, status) => {
    const result = run({
      service: 'sympathetic_block',
      item: { ...block, facts: { adjunctToActiveTherapy: true } },
      edit: withDiagnoses(...texts),
      ...DATES.cpmtg2016,
    });
    expect(statuses(result)['sympathetic-block-crps']).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });
});

describe('discography (ACOEM 2004 Low Back, not in the catalogue)', () => {
  const supported = {
    requestedAs: 'Lumbar discogram L3-S1',
    quantity: 1,
    facts: { conservativeCareFailed: true, psychosocialAssessmentDone: true, surgeryConsidered: true },
    review: { criteria: { 'disco-briefed-on-risks': { answer: 'met' as const, note: '' } } },
  };

  it('every condition met, the worker told the risks: overturned, cited to the low back chapter', () => {
    const result = run({ service: 'discography', item: supported, doi: '2016-01-10', rfa: '2016-12-01' });
    expect(Object.values(statuses(result)).every((status) => status === 'met')).toBe(true);
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe('MTUS Low Back Complaints 2004, Section(s): Special Studies');
  });

  it.each([
    ['2 months after the injury', { rfa: '2016-03-15' }, 'disco-pain-3-months', 'not_met'],
    [
      'no psychosocial assessment',
      { facts: { psychosocialAssessmentDone: null } },
      'disco-psychosocial-assessment',
      'not_documented',
    ],
    [
      'not a surgical candidate',
      { facts: { surgeryConsidered: false } },
      'disco-surgical-candidate',
      'not_met',
    ],
  ] as const)('%s: upheld', (_name, change, id, status) => {
    const facts = 'facts' in change ? { ...supported.facts, ...change.facts } : supported.facts;
    const rfa = 'rfa' in change ? change.rfa : '2016-12-01';
    const result = run({ service: 'discography', item: { ...supported, facts }, doi: '2016-01-10', rfa });
    expect(statuses(result)[id]).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });
});

describe("the requests' words", () => {
  it.each([
    ['Right stellate ganglion block', 'sympathetic_block'],
    ['Left lumbar sympathetic block x2', 'sympathetic_block'],
    ['Lumbar discogram L3-S1', 'discography'],
    ['Provocative discography L4-5, L5-S1', 'discography'],
  ])('%j -> %s', (words, expected) => {
    expect(suggestServiceTypes(words)[0]).toBe(expected);
  });
});
