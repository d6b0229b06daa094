/**
 * Test support: reads the text back out of a PDF the way a viewer's copy/paste does, from the page
 * content streams and each font's ToUnicode map, so tests check the real file rather than only the
 * renderer's own log. Handles what pdf-lib writes (hex glyph strings shown with Tj, Type0 fonts
 * with bfchar/bfrange ToUnicode maps); not a general PDF text extractor.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  type PDFRef,
} from 'pdf-lib';

function streamText(stream: PDFRawStream): string {
  const bytes = decodePDFRawStream(stream).decode();
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function utf16Hex(hex: string): string {
  const units: number[] = [];
  for (let index = 0; index + 4 <= hex.length; index += 4)
    units.push(Number.parseInt(hex.slice(index, index + 4), 16));
  return String.fromCharCode(...units);
}

/** Glyph code -> Unicode text from a ToUnicode CMap. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(Number.parseInt(entry[1] ?? '', 16), utf16Hex(entry[2] ?? ''));
    }
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of (section[1] ?? '').matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      const start = Number.parseInt(entry[1] ?? '', 16);
      const end = Number.parseInt(entry[2] ?? '', 16);
      const first = Number.parseInt(entry[3] ?? '', 16);
      for (let code = start; code <= end; code++) map.set(code, String.fromCodePoint(first + code - start));
    }
  }
  return map;
}

export interface ExtractedPage {
  /** Text lines top to bottom: strings shown at the same baseline are joined. */
  lines: string[];
  /** Every glyph code shown that the ToUnicode map did not know (should be none). */
  unmapped: number[];
}

export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedPage[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    const cmaps = new Map<string, Map<number, string>>();
    for (const [name, ref] of fonts?.entries() ?? []) {
      const font = pdf.context.lookup(ref as PDFRef, PDFDict);
      const toUnicode = font.lookup(PDFName.of('ToUnicode'));
      cmaps.set(
        name.asString(),
        toUnicode instanceof PDFRawStream ? parseToUnicode(streamText(toUnicode)) : new Map(),
      );
    }
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((entry) => pdf.context.lookup(entry))
        : [contents];
    const content = streams
      .map((stream) => (stream instanceof PDFRawStream ? streamText(stream) : ''))
      .join('\n');

    const byBaseline = new Map<number, string>();
    const unmapped: number[] = [];
    let cmap = new Map<number, string>();
    let y = 0;
    for (const op of content.matchAll(
      /(\/\S+)\s+[\d.]+\s+Tf|[-\d.]+\s+([-\d.]+)\s+Tm|<([0-9a-fA-F]*)>\s*Tj/g,
    )) {
      if (op[1] !== undefined) cmap = cmaps.get(op[1]) ?? new Map();
      else if (op[2] !== undefined) y = Number(op[2]);
      else {
        const hex = op[3] ?? '';
        let text = '';
        for (let index = 0; index + 4 <= hex.length; index += 4) {
          const code = Number.parseInt(hex.slice(index, index + 4), 16);
          const mapped = cmap.get(code);
          if (mapped === undefined) unmapped.push(code);
          text += mapped ?? '\uFFFD';
        }
        byBaseline.set(y, (byBaseline.get(y) ?? '') + text);
      }
    }
    const lines = [...byBaseline.entries()].sort((a, b) => b[0] - a[0]).map(([, text]) => text);
    return { lines, unmapped };
  });
}
