import { describe, expect, it } from 'vitest';
import {
  articleForNumber,
  asSentence,
  cleanText,
  joinWithAnd,
  lowerFirstForSentence,
  oneLine,
  painRating,
} from './letter-text';

describe('letter text helpers', () => {
  it.each([
    [7, 'a'],
    [8, 'an'],
    [11, 'an'],
    [18, 'an'],
    [80, 'an'],
    [36, 'a'],
    [1, 'a'],
    [0, 'a'],
  ] as const)('article before %s is "%s"', (value, article) => {
    expect(articleForNumber(value)).toBe(article);
  });

  it.each([
    [7, 8, '7-8'],
    [8, 7, '7-8'],
    [4, 4, '4'],
    [null, 6, '6'],
    [5.5, null, '5.5'],
    [null, null, null],
  ] as const)('pain rating %s-%s reads %s', (low, high, expected) => {
    expect(painRating(low, high)).toBe(expected);
  });

  it.each([
    ['Work hardening 2x6', 'work hardening 2x6'],
    ['Physical therapy', 'physical therapy'],
    ['MRI lumbar spine', 'MRI lumbar spine'],
    ['Norco 10/325 #90', 'Norco 10/325 #90'],
    ['OxyContin 20 mg', 'OxyContin 20 mg'],
    ['', ''],
  ])('lowerFirstForSentence("%s") = "%s"', (input, expected) => {
    expect(lowerFirstForSentence(input)).toBe(expected);
  });

  it.each([
    ['ends here', 'ends here.'],
    ['already.', 'already.'],
    ['question?', 'question?'],
    ['  spaced\n out  ', 'spaced out.'],
    ['', ''],
    ['Official Disability Guidelines (ODG)', 'Official Disability Guidelines (ODG).'],
    ['said "stop."', 'said "stop."'],
    ['(see above.)', '(see above.)'],
    ['trailing colon:', 'trailing colon.'],
  ])('asSentence("%s") = "%s"', (input, expected) => {
    expect(asSentence(input)).toBe(expected);
  });

  it('cleans control characters and line endings but keeps markup literally', () => {
    expect(cleanText('a\r\nb\rc\td\u0000e\u001b<b>&amp;</b>')).toBe('a\nb\nc de<b>&amp;</b>');
    expect(cleanText('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
    expect(cleanText('pair \uD83D\uDE00 kept')).toBe('pair \uD83D\uDE00 kept');
    expect(oneLine(' a \n\n b ')).toBe('a b');
  });

  it('joins lists the way a sentence does', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['a'])).toBe('a');
    expect(joinWithAnd(['a', 'b'])).toBe('a and b');
    expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
