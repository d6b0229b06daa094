/**
 * A CSS string literal for any text: everything but plain printable ASCII (and the quote and
 * backslash) is written as a hex escape, so user text can never end the string or the rule.
 */
export function cssString(text: string): string {
  let literal = '"';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const plain = code >= 0x20 && code < 0x7f && character !== '"' && character !== '\\';
    // The trailing space ends the escape, so a following hex digit is not read as part of it.
    literal += plain ? character : `\\${code.toString(16)} `;
  }
  return `${literal}"`;
}
