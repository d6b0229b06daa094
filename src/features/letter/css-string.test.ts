import { describe, expect, it } from 'vitest';
import { cssString } from './css-string';

describe('cssString', () => {
  it.each([
    ['plain text', 'IMR Case Number: CM14-0208137', '"IMR Case Number: CM14-0208137"'],
    ['a double quote', 'A"B', '"A\\22 B"'],
    ['a backslash', 'A\\B', '"A\\5c B"'],
    ['a newline', 'A\nB', '"A\\a B"'],
    ['a rule breaker', '"; } body { display: none', '"\\22 ; } body { display: none"'],
    ['non-ASCII', 'Café', '"Caf\\e9 "'],
    ['an astral character', '𝄞', '"\\1d11e "'],
    ['empty', '', '""'],
  ])('%s', (_name, input, expected) => {
    expect(cssString(input)).toBe(expected);
  });

  it('never leaves an unescaped quote or backslash inside the literal', () => {
    const inner = cssString('"\\"\\\n\'').slice(1, -1);
    expect(inner.replace(/\\[0-9a-f]+ /g, '')).not.toMatch(/["\\\n]/);
  });
});
