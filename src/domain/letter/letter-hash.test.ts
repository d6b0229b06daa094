import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a64Hex, LETTER_HASH_LENGTH, letterHash } from './letter-hash';

/** Reference FNV-1a 64 with BigInt, to check the 32-bit-halves implementation. */
function referenceFnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('fnv1a64Hex', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('matches the published FNV-1a 64 test vector for "%s"', (input, expected) => {
    expect(fnv1a64Hex(input)).toBe(expected);
  });

  it('matches a BigInt reference implementation on any text, including non-ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(fnv1a64Hex(text)).toBe(referenceFnv1a64(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('letterHash', () => {
  it('is 12 lower-case hex digits and deterministic', () => {
    const hash = letterHash('The requested service IS NOT medically necessary.');
    expect(hash).toMatch(new RegExp(`^[0-9a-f]{${LETTER_HASH_LENGTH}}$`));
    expect(letterHash('The requested service IS NOT medically necessary.')).toBe(hash);
  });

  it('changes when one character changes', () => {
    expect(letterHash('IS medically necessary')).not.toBe(letterHash('IS NOT medically necessary'));
    expect(letterHash('a\n')).not.toBe(letterHash('a\r\n'));
  });
});
