/**
 * The letter as a PDF with real, selectable text: pdf-lib with an embedded TrueType font (DejaVu
 * Serif, passed in as bytes so this module reads no files and fetches nothing), US Letter with
 * 1-inch margins, a running header with the case number and "Page X of Y" in the footer.
 *
 * Layout runs in two passes: every block is wrapped into lines and paginated first (so the page
 * count is known), then drawn. Pagination keeps a section heading with the first lines of what
 * follows, keeps an item's title and guideline lines with the start of its rationale, and avoids a
 * single stranded line at the foot or head of a page.
 *
 * Every string drawn is also recorded in `drawn`, so tests and callers can see exactly what text
 * went on which page; user text is drawn as glyphs, never interpreted.
 *
 * Text is drawn left to right only, and characters the font has no glyph for (emoji, CJK, Hebrew,
 * Arabic with DejaVu Serif) are drawn as U+FFFD and listed in `missingCharacters`, so the caller can
 * tell the reviewer; print and Word, which use the browser's and Word's fonts, still show them.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { isValidIsoDate } from '../dates/dates';
import { ITEM_LABELS, type LetterBlock, type LetterModel, paragraphsOf } from './letter-model';

export interface PdfFonts {
  /** TrueType bytes of the body font (DejaVu Serif). */
  regular: Uint8Array;
  /** TrueType bytes of the bold face; the regular face is used when absent. */
  bold?: Uint8Array;
}

export interface DrawnText {
  /** 1-based page number. */
  page: number;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  text: string;
  role: 'body' | 'running-header' | 'page-number';
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pageCount: number;
  drawn: DrawnText[];
  /**
   * Each character the fonts cannot draw, once, in the order it first appears; a character is what
   * a reader sees as one (an emoji with its skin tone, joiners and variation selector counts once).
   * Each is drawn as REPLACEMENT_CHARACTER.
   */
  missingCharacters: string[];
}

/** PDF points: 72 per inch. */
export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;
export const MARGIN = 72;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const BODY_SIZE = 11;
const LINE_FACTOR = 1.35;
const PARAGRAPH_GAP = 7;
const BULLET_INDENT = 14;

interface Run {
  text: string;
  bold: boolean;
}

/** A block before wrapping: runs of text that flow together, with spacing and keep rules. */
interface FlowBlock {
  runs: Run[];
  size: number;
  align: 'left' | 'center';
  indent: number;
  bullet: boolean;
  spaceBefore: number;
  spaceAfter: number;
  /** Keep this block's last line on the page with the first lines of the next block. */
  keepWithNext: boolean;
}

interface Segment {
  text: string;
  bold: boolean;
  /** Offset from the line's start. */
  dx: number;
}

interface Line {
  segments: Segment[];
  width: number;
}

interface WrappedBlock {
  block: FlowBlock;
  lines: Line[];
  lineHeight: number;
}

interface PlacedLine {
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  segments: Segment[];
}

export type MeasureText = (text: string, size: number, bold: boolean) => number;

/**
 * `measure` remembering each answer: a letter measures tens of thousands of words but only a
 * thousand or so distinct ones, and each font measurement shapes the text (most of a long
 * letter's PDF time before this cache).
 */
export function cachedMeasure(measure: MeasureText): MeasureText {
  const widths = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${bold ? 'b' : 'r'}${size}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = measure(text, size, bold);
      widths.set(key, width);
    }
    return width;
  };
}

// ---------- fonts: left to right, and characters without glyphs ----------

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<PdfLibFontkit['create']>;
/** fontkit's layout with the script, language and direction arguments its typings leave out. */
type FontkitLayout = (
  text: string,
  features: Parameters<FontkitFont['layout']>[1],
  script: string,
  language: string | undefined,
  direction: 'ltr' | 'rtl',
) => ReturnType<FontkitFont['layout']>;

/**
 * fontkit, given no script, takes it from the first strong character of the string and lays a
 * Hebrew or Arabic run out right to left by reversing every glyph in it, English included. pdf-lib
 * both measures (widthOfTextAtSize) and encodes (encodeText) through `font.layout(text, features)`,
 * so pinning that one method to left-to-right Latin keeps every line in reading order and keeps
 * measured and drawn glyphs the same. (Right-to-left words would need bidi reordering; the letter
 * font has no glyphs for them anyway.)
 */
export function leftToRightFontkit(base: PdfLibFontkit = fontkit): PdfLibFontkit {
  return {
    create(bytes, postscriptName) {
      const font = base.create(bytes, postscriptName);
      const layout = font.layout.bind(font) as unknown as FontkitLayout;
      font.layout = (text, features) => layout(text, features, 'latn', undefined, 'ltr');
      return font;
    },
  };
}

/** Drawn in place of a character the font has no glyph for: Unicode's sign for "could not be shown". */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** Characters with no visible form: joiners, variation selectors, soft hyphens, direction marks, controls. */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;
const WHITESPACE = /^\s$/u;

const graphemeSegmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;

/** What a reader sees as single characters (code points where Intl.Segmenter is missing). */
function graphemesOf(text: string): string[] {
  return graphemeSegmenter
    ? Array.from(graphemeSegmenter.segment(text), (part) => part.segment)
    : Array.from(text);
}

/**
 * Returns a function making text drawable with one font. A character the font lacks would be drawn
 * as the .notdef box, which pdf-lib leaves out of the font's width table: viewers then give it the
 * default 1 em while it was measured at the box's own width (0.6 em in DejaVu Serif), and lines ran
 * past the margin. Instead each unseen character (a whole
 * grapheme, so an emoji sequence becomes one sign) is drawn as one replacement character, measured
 * like any other glyph, and added to `missing`. Invisible characters are dropped, since pdf-lib would
 * draw each as a space or a box; spacing characters the font lacks (tab, ideographic space) become
 * a space.
 */
export function drawableTextFor(
  hasGlyph: (codePoint: number) => boolean,
  missing: Set<string>,
): (text: string) => string {
  const replacement = hasGlyph(REPLACEMENT_CHARACTER.codePointAt(0) ?? 0) ? REPLACEMENT_CHARACTER : '?';
  const drawnAsIs = new Map<string, boolean>();
  const isDrawnAsIs = (char: string) => {
    let known = drawnAsIs.get(char);
    if (known === undefined) {
      known = char === '\n' || (hasGlyph(char.codePointAt(0) ?? 0) && !INVISIBLE.test(char));
      drawnAsIs.set(char, known);
    }
    return known;
  };
  return (text) => {
    let plain = true;
    for (const char of text) {
      if (!isDrawnAsIs(char)) {
        plain = false;
        break;
      }
    }
    if (plain) return text;
    let drawable = '';
    for (const grapheme of graphemesOf(text)) {
      let shown = '';
      let unseen = false;
      for (const char of grapheme) {
        if (isDrawnAsIs(char)) shown += char;
        else if (WHITESPACE.test(char)) shown += ' ';
        else if (!INVISIBLE.test(char)) unseen = true;
      }
      if (unseen) missing.add(grapheme);
      drawable += unseen ? replacement : shown;
    }
    return drawable;
  };
}

function glyphLookup(font: PDFFont): (codePoint: number) => boolean {
  const codePoints = new Set(font.getCharacterSet());
  return (codePoint) => codePoints.has(codePoint);
}

// ---------- model -> flow blocks ----------

function textBlock(text: string, options: Partial<FlowBlock> = {}, bold = false): FlowBlock {
  return {
    runs: [{ text, bold }],
    size: BODY_SIZE,
    align: 'left',
    indent: 0,
    bullet: false,
    spaceBefore: 0,
    spaceAfter: PARAGRAPH_GAP,
    keepWithNext: false,
    ...options,
  };
}

function labelledBlock(label: string, text: string, keepWithNext: boolean): FlowBlock {
  return {
    ...textBlock(''),
    runs: [
      { text: `${label}: `, bold: true },
      { text, bold: false },
    ],
    keepWithNext,
  };
}

function flowBlocksOf(block: LetterBlock, nextIsField: boolean): FlowBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return [textBlock(block.text)];
    case 'field':
      return [
        {
          ...labelledBlock(block.label, block.value, false),
          spaceAfter: nextIsField ? 1 : PARAGRAPH_GAP,
        },
      ];
    case 'list':
      return block.items.map((entry, index) =>
        textBlock(entry, {
          bullet: true,
          indent: BULLET_INDENT,
          spaceAfter: index === block.items.length - 1 ? PARAGRAPH_GAP : 2,
        }),
      );
    case 'drafted':
      return paragraphsOf(block.drafted.text).map((paragraph) => textBlock(paragraph));
    case 'item': {
      const { item } = block;
      const [first = '', ...rest] = paragraphsOf(item.rationale.text);
      return [
        textBlock(item.title, { spaceBefore: 6, keepWithNext: true }, true),
        labelledBlock(ITEM_LABELS.claimsAdministrator, item.claimsAdministratorGuideline, true),
        labelledBlock(ITEM_LABELS.imrGuideline, item.imrGuideline, true),
        labelledBlock(ITEM_LABELS.rationale, first, false),
        ...rest.map((paragraph) => textBlock(paragraph)),
      ];
    }
  }
}

export function letterFlow(model: LetterModel): FlowBlock[] {
  const flow: FlowBlock[] = [];
  model.sections.forEach((section, sectionIndex) => {
    flow.push(
      textBlock(
        section.heading,
        sectionIndex === 0
          ? { size: 13, align: 'center', spaceAfter: 12, keepWithNext: true }
          : { size: 11.5, spaceBefore: 10, spaceAfter: 6, keepWithNext: true },
        true,
      ),
    );
    section.blocks.forEach((block, index) => {
      flow.push(
        ...flowBlocksOf(block, section.blocks[index + 1]?.kind === 'field' && block.kind === 'field'),
      );
    });
  });
  return flow;
}

// ---------- wrapping ----------

interface Word {
  text: string;
  bold: boolean;
  /** A forced line break comes before this word. */
  breakBefore: boolean;
}

function wordsOf(runs: Run[]): Word[] {
  const words: Word[] = [];
  for (const run of runs) {
    run.text.split('\n').forEach((lineText, lineIndex) => {
      const parts = lineText.split(/ +/).filter((part) => part !== '');
      parts.forEach((part, partIndex) => {
        words.push({ text: part, bold: run.bold, breakBefore: lineIndex > 0 && partIndex === 0 });
      });
      if (lineIndex > 0 && parts.length === 0) words.push({ text: '', bold: run.bold, breakBefore: true });
    });
  }
  return words;
}

/** Splits a word wider than the line into pieces that fit (long URLs, pasted strings). */
function splitLongWord(word: Word, maxWidth: number, size: number, measure: MeasureText): Word[] {
  const pieces: Word[] = [];
  let current = '';
  for (const char of word.text) {
    if (current !== '' && measure(current + char, size, word.bold) > maxWidth) {
      pieces.push({ text: current, bold: word.bold, breakBefore: pieces.length === 0 && word.breakBefore });
      current = '';
    }
    current += char;
  }
  pieces.push({ text: current, bold: word.bold, breakBefore: pieces.length === 0 && word.breakBefore });
  return pieces;
}

export function wrapBlock(block: FlowBlock, measure: MeasureText): Line[] {
  const maxWidth = CONTENT_WIDTH - block.indent;
  const space = (bold: boolean) => measure(' ', block.size, bold);
  const lines: Line[] = [];
  let segments: Segment[] = [];
  let width = 0;
  const flush = () => {
    lines.push({ segments, width });
    segments = [];
    width = 0;
  };
  for (const original of wordsOf(block.runs)) {
    const words =
      measure(original.text, block.size, original.bold) > maxWidth
        ? splitLongWord(original, maxWidth, block.size, measure)
        : [original];
    for (const word of words) {
      if (word.breakBefore && (segments.length > 0 || lines.length > 0 || width > 0)) flush();
      if (word.text === '') continue;
      const wordWidth = measure(word.text, block.size, word.bold);
      const gap = segments.length === 0 ? 0 : space(word.bold);
      if (segments.length > 0 && width + gap + wordWidth > maxWidth) flush();
      const dx = segments.length === 0 ? 0 : width + gap;
      const last = segments[segments.length - 1];
      if (last && last.bold === word.bold) {
        last.text += ` ${word.text}`;
      } else {
        // A run boundary keeps the space on the earlier segment so copied text reads naturally.
        if (last) last.text += ' ';
        segments.push({ text: word.text, bold: word.bold, dx });
      }
      width = dx + wordWidth;
    }
  }
  if (segments.length > 0 || lines.length === 0) flush();
  return lines;
}

// ---------- pagination ----------

const TOP = PAGE_HEIGHT - MARGIN;
const BOTTOM = MARGIN;
const MIN_LINES_AT_BREAK = 2;

function blockHeight(wrapped: WrappedBlock, lines = wrapped.lines.length): number {
  return wrapped.block.spaceBefore + lines * wrapped.lineHeight;
}

/** Paginates wrapped blocks into pages of placed lines. */
export function paginate(wrapped: WrappedBlock[]): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let cursor = TOP;
  const newPage = () => {
    pages.push([]);
    cursor = TOP;
  };
  const onFreshPage = () => cursor === TOP;

  wrapped.forEach((current, index) => {
    // Height needed for this block and its keep-with-next chain, up to the first lines of the block after it.
    let needed = 0;
    let chainIndex = index;
    while (chainIndex < wrapped.length) {
      const entry = wrapped[chainIndex] as WrappedBlock;
      const isLast = !entry.block.keepWithNext || chainIndex === wrapped.length - 1;
      needed += isLast
        ? blockHeight(entry, Math.min(MIN_LINES_AT_BREAK, entry.lines.length))
        : blockHeight(entry);
      if (isLast) break;
      needed += entry.block.spaceAfter;
      chainIndex += 1;
    }
    const chained = chainIndex > index;
    const available = cursor - BOTTOM;
    if (!onFreshPage() && needed > available) {
      // A kept-together start that fits on an empty page moves there whole; a lone block moves only
      // when not even its first lines fit (no orphan line at the foot of a page).
      const firstLines = blockHeight(current, Math.min(MIN_LINES_AT_BREAK, current.lines.length));
      if (chained ? needed <= TOP - BOTTOM : firstLines > available) newPage();
    }

    if (!onFreshPage()) cursor -= current.block.spaceBefore;
    const total = current.lines.length;
    current.lines.forEach((line, lineIndex) => {
      const fitsHere = Math.floor((cursor - BOTTOM + 0.01) / current.lineHeight);
      const remaining = total - lineIndex;
      // Widow control: never leave the paragraph's last line alone at the top of the next page.
      const widow = remaining === MIN_LINES_AT_BREAK && fitsHere === 1 && lineIndex >= MIN_LINES_AT_BREAK;
      if (fitsHere < 1 || widow) newPage();
      cursor -= current.lineHeight;
      const x =
        MARGIN +
        current.block.indent +
        (current.block.align === 'center' ? (CONTENT_WIDTH - line.width) / 2 : 0);
      const bullet: Segment[] =
        lineIndex === 0 && current.block.bullet
          ? [{ text: '\u2022', bold: false, dx: -BULLET_INDENT + 3 }]
          : [];
      (pages[pages.length - 1] as PlacedLine[]).push({
        x,
        y: cursor + current.lineHeight - current.block.size,
        size: current.block.size,
        segments: [...bullet, ...line.segments],
      });
    });
    cursor -= current.block.spaceAfter;
  });
  return pages;
}

// ---------- drawing ----------

function runningHeaderText(model: LetterModel): string {
  return model.caseNumber === '' ? 'IMR Final Determination' : `IMR Case Number: ${model.caseNumber}`;
}

/**
 * Draws text and logs it. pdf-lib adds a font resource each time a font is set, so the font is set
 * only when it changes on a page.
 */
class PageWriter {
  private currentFont: PDFFont | null = null;

  constructor(
    private readonly page: PDFPage,
    private readonly pageNumber: number,
    private readonly drawn: DrawnText[],
  ) {}

  draw(entry: Omit<DrawnText, 'page'>, font: PDFFont): void {
    if (this.currentFont !== font) {
      this.page.setFont(font);
      this.currentFont = font;
    }
    this.page.drawText(entry.text, { x: entry.x, y: entry.y, size: entry.size, color: rgb(0, 0, 0) });
    this.drawn.push({ page: this.pageNumber, ...entry });
  }
}

/**
 * Lays out the model with a measuring function: exposed so layout can be tested on its own.
 * `drawable` turns each run's text into what the font will draw, before it is measured.
 */
export function layoutLetter(
  model: LetterModel,
  measure: MeasureText,
  drawable: (text: string, bold: boolean) => string = (text) => text,
): PlacedLine[][] {
  const wrapped = letterFlow(model).map((flowBlock) => {
    const block = {
      ...flowBlock,
      runs: flowBlock.runs.map((run) => ({ ...run, text: drawable(run.text, run.bold) })),
    };
    return { block, lines: wrapBlock(block, measure), lineHeight: block.size * LINE_FACTOR };
  });
  return paginate(wrapped);
}

export async function renderLetterPdf(model: LetterModel, fonts: PdfFonts): Promise<RenderedPdf> {
  // updateMetadata: false keeps pdf-lib from stamping the clock; the letter's own date is used.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(leftToRightFontkit());
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = fonts.bold ? await pdf.embedFont(fonts.bold, { subset: true }) : regular;
  const fontFor = (isBold: boolean) => (isBold ? bold : regular);
  const measure = cachedMeasure((text, size, isBold) => fontFor(isBold).widthOfTextAtSize(text, size));
  const missing = new Set<string>();
  const drawableRegular = drawableTextFor(glyphLookup(regular), missing);
  const drawableBold = bold === regular ? drawableRegular : drawableTextFor(glyphLookup(bold), missing);
  const drawable = (text: string, isBold: boolean) => (isBold ? drawableBold : drawableRegular)(text);

  const title = runningHeaderText(model);
  // The case number is user text: the header is drawn with the font like the body.
  const header = drawable(title, false);
  pdf.setTitle(`${title} - Final Determination Letter`);
  pdf.setSubject('Independent Medical Review Final Determination Letter');
  pdf.setProducer('IMR Reviewer Workbench');
  pdf.setCreator('IMR Reviewer Workbench');
  if (isValidIsoDate(model.determinationDate)) {
    const date = new Date(`${model.determinationDate}T12:00:00Z`);
    pdf.setCreationDate(date);
    pdf.setModificationDate(date);
  }

  const pages = layoutLetter(model, measure, drawable);
  const drawn: DrawnText[] = [];
  pages.forEach((lines, index) => {
    const pageNumber = index + 1;
    const writer = new PageWriter(pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]), pageNumber, drawn);
    const headerSize = 9;
    writer.draw(
      {
        text: header,
        x: PAGE_WIDTH - MARGIN - measure(header, headerSize, false),
        y: PAGE_HEIGHT - MARGIN / 2 - headerSize,
        size: headerSize,
        bold: false,
        role: 'running-header',
      },
      regular,
    );
    for (const line of lines) {
      for (const segment of line.segments) {
        writer.draw(
          {
            text: segment.text,
            x: line.x + segment.dx,
            y: line.y,
            size: line.size,
            bold: segment.bold,
            role: 'body',
          },
          fontFor(segment.bold),
        );
      }
    }
    const footer = `Page ${pageNumber} of ${pages.length}`;
    writer.draw(
      {
        text: footer,
        x: (PAGE_WIDTH - measure(footer, headerSize, false)) / 2,
        y: MARGIN / 2,
        size: headerSize,
        bold: false,
        role: 'page-number',
      },
      regular,
    );
  });

  const bytes = await pdf.save({ useObjectStreams: false });
  return { bytes, pageCount: pages.length, drawn, missingCharacters: [...missing] };
}
