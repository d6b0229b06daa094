import { describe, expect, it } from 'vitest';
import { parsePastedDate } from './date-field';
import { readNumberText, toNullableNumber } from './number-field';

describe('parsePastedDate', () => {
  it.each([
    ['2014-08-01', '2014-08-01'],
    [' 2014-8-1 ', '2014-08-01'],
    ['08/01/2014', '2014-08-01'],
    ['8/1/2014', '2014-08-01'],
    ['08-01-2014', '2014-08-01'],
    ['08.01.2014', '2014-08-01'],
    // Kept as written even when impossible, so the message can name it.
    ['2014-02-30', '2014-02-30'],
    ['02/30/2014', '2014-02-30'],
    // Two-digit years, as records and the seed letter write them.
    ['08/01/14', '2014-08-01'],
    ['8/1/13', '2013-08-01'],
    ['12/31/69', '2069-12-31'],
    ['01/01/70', '1970-01-01'],
    ['08/01/014', null],
    ['August 1, 2014', null],
    ['', null],
  ])('%j -> %j', (text, expected) => {
    expect(parsePastedDate(text)).toBe(expected);
  });
});

describe('toNullableNumber', () => {
  it.each([
    ['', null],
    [null, null],
    [undefined, null],
    ['0', 0],
    ['7', 7],
    ['-3', -3],
    ['2.5', 2.5],
    [' 12 ', 12],
    ['1e', null],
    ['0x10', null],
    ['1e400', null],
    [40, 40],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ])('%j -> %j', (value, expected) => {
    expect(toNullableNumber(value)).toBe(expected);
  });
});

describe('readNumberText', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['6', 6],
    [' 12 ', 12],
    ['-3', -3],
    ['+4', 4],
    ['2.5', 2.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e6', 1e6],
    ['1E-2', 0.01],
    ['99999999999999999999', 1e20],
  ])('%j reads as %j', (text, expected) => {
    expect(readNumberText(text)).toBe(expected);
  });

  // Half-typed, overflowing, or what a person writes but a number field cannot keep as a number.
  it.each([
    '1e',
    '-',
    '.',
    '1e400',
    '-1e400',
    '0x10',
    '1,200',
    '12 weeks',
    '6wk',
    '2..5',
    'NaN',
    'Infinity',
    '½',
    '１２',
  ])('%j is unreadable', (text) => {
    expect(readNumberText(text)).toBe('unreadable');
  });
});
