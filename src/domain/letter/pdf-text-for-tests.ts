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
  PDFNumber,
  type PDFPage,
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
    const content = pageContent(pdf, page);

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

/** One string shown on a page, with the width a viewer gives it. */
export interface ShownText {
  /** 1-based page number. */
  page: number;
  x: number;
  y: number;
  size: number;
  text: string;
  /** From the font's /W widths, /DW (1000 when absent) for glyphs /W leaves out, as viewers do. */
  width: number;
}

interface GlyphWidths {
  widths: Map<number, number>;
  defaultWidth: number;
}

interface ShownFont {
  cmap: Map<number, string>;
  widths: GlyphWidths;
}

const UNKNOWN_FONT: ShownFont = { cmap: new Map(), widths: { widths: new Map(), defaultWidth: 1000 } };

/** Glyph code -> width in thousandths of the font size, from a Type0 font's descendant /W array. */
function glyphWidths(font: PDFDict): GlyphWidths {
  const widths = new Map<number, number>();
  const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
  const defaultWidth = descendant?.lookupMaybe(PDFName.of('DW'), PDFNumber)?.asNumber() ?? 1000;
  const entries = descendant?.lookupMaybe(PDFName.of('W'), PDFArray)?.asArray() ?? [];
  for (let index = 0; index < entries.length; ) {
    const first = (entries[index] as PDFNumber).asNumber();
    const next = entries[index + 1];
    if (next instanceof PDFArray) {
      next.asArray().forEach((width, offset) => {
        widths.set(first + offset, (width as PDFNumber).asNumber());
      });
      index += 2;
    } else {
      const last = (next as PDFNumber).asNumber();
      const width = (entries[index + 2] as PDFNumber).asNumber();
      for (let code = first; code <= last; code++) widths.set(code, width);
      index += 3;
    }
  }
  return { widths, defaultWidth };
}

function pageContent(pdf: PDFDocument, page: PDFPage): string {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((entry) => pdf.context.lookup(entry)) : [contents];
  return streams.map((stream) => (stream instanceof PDFRawStream ? streamText(stream) : '')).join('\n');
}

/**
 * Every string a page shows, where, and how wide a viewer draws it: tests check lines against the
 * margins with the widths in the file, not the renderer's own measurements.
 */
export async function extractShownText(bytes: Uint8Array): Promise<ShownText[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().flatMap((page, pageIndex) => {
    const fonts = new Map<string, ShownFont>();
    const fontDicts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    for (const [name, ref] of fontDicts?.entries() ?? []) {
      const font = pdf.context.lookup(ref as PDFRef, PDFDict);
      const toUnicode = font.lookup(PDFName.of('ToUnicode'));
      fonts.set(name.asString(), {
        cmap: toUnicode instanceof PDFRawStream ? parseToUnicode(streamText(toUnicode)) : new Map(),
        widths: glyphWidths(font),
      });
    }
    const shown: ShownText[] = [];
    let font = UNKNOWN_FONT;
    let size = 0;
    let x = 0;
    let y = 0;
    for (const op of pageContent(pdf, page).matchAll(
      /(\/\S+)\s+([\d.]+)\s+Tf|([-\d.]+)\s+([-\d.]+)\s+Tm|<([0-9a-fA-F]*)>\s*Tj/g,
    )) {
      if (op[1] !== undefined) {
        font = fonts.get(op[1]) ?? font;
        size = Number(op[2]);
      } else if (op[3] !== undefined) {
        x = Number(op[3]);
        y = Number(op[4]);
      } else {
        const hex = op[5] ?? '';
        let text = '';
        let units = 0;
        for (let index = 0; index + 4 <= hex.length; index += 4) {
          const code = Number.parseInt(hex.slice(index, index + 4), 16);
          text += font.cmap.get(code) ?? '\uFFFD';
          units += font.widths.widths.get(code) ?? font.widths.defaultWidth;
        }
        shown.push({ page: pageIndex + 1, x, y, size, text, width: (units / 1000) * size });
      }
    }
    return shown;
  });
}
