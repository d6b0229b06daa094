/**
 * A short content hash for letters and drafted sections: FNV-1a 64 over the UTF-8 bytes, shown as
 * the first 12 hex digits. Synchronous and deterministic (Web Crypto's SHA-256 is async), so it can
 * run on every keystroke. It identifies a text, it is not a security measure.
 */

export const LETTER_HASH_LENGTH = 12;

/** Full 16-hex-digit FNV-1a 64 of the text's UTF-8 encoding. */
export function fnv1a64Hex(text: string): string {
  // 64-bit state as two unsigned 32-bit halves; offset basis 0xcbf29ce484222325.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) {
    lo = (lo ^ byte) >>> 0;
    // Multiply by the FNV prime 2^40 + 0x1b3, modulo 2^64. Each partial product stays below 2^53.
    const loProduct = lo * 0x1b3;
    const carry = Math.floor(loProduct / 0x1_0000_0000);
    const hiProduct = hi * 0x1b3 + carry + ((lo << 8) >>> 0);
    lo = loProduct >>> 0;
    hi = hiProduct >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The hash shown to people and stored as an edit's `basedOn`. */
export function letterHash(text: string): string {
  return fnv1a64Hex(text).slice(0, LETTER_HASH_LENGTH);
}
