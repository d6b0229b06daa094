import { describe, expect, it } from 'vitest';
import { parsePastedDate } from './date-field';
import { toNullableNumber } from './number-field';

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
    ['08/01/14', null],
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
    [40, 40],
  ])('%j -> %j', (value, expected) => {
    expect(toNullableNumber(value)).toBe(expected);
  });
});
