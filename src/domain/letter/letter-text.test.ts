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
    ['Physical therapy 2x6 lumbar', 'physical therapy 2x6 lumbar'],
    ['Physical therapy 3-4 sessions', 'physical therapy 3-4 sessions'],
    ['MRI lumbar spine', 'MRI lumbar spine'],
    ['MRI lumbar', 'MRI lumbar'],
    ['Norco 10/325 #90', 'Norco 10/325 #90'],
    ['Norco 10/325 #120', 'Norco 10/325 #120'],
    ['OxyContin 20 mg', 'OxyContin 20 mg'],
    ['', ''],
    // The rule is general: any ordinary capitalised first word, not only the listed ones.
    ['Consult with pain specialist', 'consult with pain specialist'],
    ['Acupuncture 6 sessions', 'acupuncture 6 sessions'],
    ['Gym membership 6 months', 'gym membership 6 months'],
    ['Orthopedic consultation', 'orthopedic consultation'],
    ['Follow-up visit', 'follow-up visit'],
    ['Retrospective request for Norco 10/325 #120', 'retrospective request for Norco 10/325 #120'],
    ['Retrospective Lidoderm 5% patch', 'retrospective Lidoderm 5% patch'],
    ['Hyaluronic acid injection', 'hyaluronic acid injection'],
    ['Topical cream', 'topical cream'],
    // Acronyms, codes, inner capitals, digits and abbreviations stay as typed.
    ['TENS unit', 'TENS unit'],
    ['EMG/NCS bilateral upper extremities', 'EMG/NCS bilateral upper extremities'],
    ['X-ray of the knee', 'X-ray of the knee'],
    ['B12 injections', 'B12 injections'],
    ['Dr. Lee consult', 'Dr. Lee consult'],
    // Drugs the reference names, generic or brand, stay capitalised as a prescription is quoted.
    ['Lidoderm patches', 'Lidoderm patches'],
    ['Tramadol 50 mg', 'Tramadol 50 mg'],
    ['Gabapentin 600 mg #90', 'Gabapentin 600 mg #90'],
    // Brand-like words the reference does not know: a dosage form, strength or quantity follows.
    ['Terocin patches', 'Terocin patches'],
    ['Synvisc injection x3', 'Synvisc injection x3'],
    ['Theramine #120', 'Theramine #120'],
    ['Sentra PM #60', 'Sentra PM #60'],
    ['Medrox ointment 120 g', 'Medrox ointment 120 g'],
    // Proper nouns requests start with: interpreters above all.
    ['Spanish interpreter for all visits', 'Spanish interpreter for all visits'],
    ['Vietnamese interpreter', 'Vietnamese interpreter'],
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
