import { describe, expect, it } from 'vitest';
import { capitalizeSentenceStart, counted, listed, withinSentence } from './wording';

describe('counted', () => {
  it.each([
    [1, 'weeks', '1 week'],
    [2, 'weeks', '2 weeks'],
    [0, 'visits', '0 visits'],
    [1.5, 'weeks', '1.5 weeks'],
    [2.456, 'weeks', '2.46 weeks'],
    [1, 'days/week', '1 day/week'],
    [1, 'hours/day', '1 hour/day'],
    [3, 'days/week', '3 days/week'],
    [1, 'courses', '1 course'],
    [1, 'facet or medial branch blocks', '1 facet or medial branch block'],
    [1, 'MME/day', '1 MME/day'],
    [1, '%', '1 %'],
  ] as const)('counted(%s, "%s") = "%s"', (count, noun, expected) => {
    expect(counted(count, noun)).toBe(expected);
  });

  it('takes the singular of an irregular noun', () => {
    expect(counted(1, 'criteria', 'criterion')).toBe('1 criterion');
    expect(counted(4, 'criteria', 'criterion')).toBe('4 criteria');
  });
});

describe('withinSentence', () => {
  it.each([
    ['Warehouse worker.', 'Warehouse worker'],
    ['Low back pain. ', 'Low back pain'],
    ['ESI;', 'ESI'],
    ['Work hardening 2x6:', 'Work hardening 2x6'],
    ['q6h prn..', 'q6h prn'],
    ['pain...', 'pain'],
    ['at L4-5 (left).', 'at L4-5 (left)'],
    ['(see above.)', '(see above.)'],
    ['Norco 10/325 1 tab q6h p.r.n.', 'Norco 10/325 1 tab q6h p.r.n.'],
    ['clerk at Acme Inc..', 'clerk at Acme Inc.'],
    ['possible radiculopathy?', 'possible radiculopathy?'],
    ['no punctuation', 'no punctuation'],
    ['', ''],
  ])('withinSentence("%s") = "%s"', (input, expected) => {
    expect(withinSentence(input)).toBe(expected);
  });
});

describe('capitalizeSentenceStart', () => {
  it.each([
    ['the treating physician documents it.', 'The treating physician documents it.'],
    ['Already capitalised.', 'Already capitalised.'],
    ['"quoted" start', '"Quoted" start'],
    ['eGFR is below 30.', 'eGFR is below 30.'],
    ['pH was low.', 'pH was low.'],
    ['12 sessions were done.', '12 sessions were done.'],
    ['', ''],
  ])('capitalizeSentenceStart("%s") = "%s"', (input, expected) => {
    expect(capitalizeSentenceStart(input)).toBe(expected);
  });
});

describe('listed', () => {
  it.each([
    [[], ''],
    [['flurbiprofen'], 'flurbiprofen'],
    [['flurbiprofen', 'gabapentin'], 'flurbiprofen and gabapentin'],
    [['flurbiprofen', 'cyclobenzaprine', 'gabapentin'], 'flurbiprofen, cyclobenzaprine and gabapentin'],
  ])('%j -> "%s"', (names, text) => {
    expect(listed(names)).toBe(text);
  });
});
