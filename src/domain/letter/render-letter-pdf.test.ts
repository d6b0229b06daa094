import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoCase } from '../case/demo-case';
import { emptyCaseDraft, emptyDisputedItem, emptyReport } from '../case/empty-case';
import { buildLetterModel } from './build-letter-model';
import type { LetterModel } from './letter-model';
import { demoEvaluation, itemEvaluation } from './letter-test-fixtures';
import { extractPdfText, extractShownText } from './pdf-text-for-tests';
import {
  cachedMeasure,
  drawableTextFor,
  layoutLetter,
  leftToRightFontkit,
  MARGIN,
  type MeasureText,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  type PdfFonts,
  REPLACEMENT_CHARACTER,
  renderLetterPdf,
} from './render-letter-pdf';
import { renderLetterText } from './render-letter-text';

const FONT_DIR = 'node_modules/dejavu-fonts-ttf/ttf';
let fonts: PdfFonts;

/** The part of fontkit's font object the width check uses. */
interface FontkitFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}

beforeAll(() => {
  fonts = {
    regular: new Uint8Array(readFileSync(`${FONT_DIR}/DejaVuSerif.ttf`)),
    bold: new Uint8Array(readFileSync(`${FONT_DIR}/DejaVuSerif-Bold.ttf`)),
  };
});

function demoModel(): LetterModel {
  const draft = buildDemoCase('demo');
  return buildLetterModel(draft, demoEvaluation(draft), { issuedOn: '2014-12-20' });
}

/** Words of a text, for comparing what was drawn with the plain-text letter regardless of wrapping. */
const words = (text: string) =>
  text
    .split(/\s+/)
    .map((word) => word.replace(/^\u2022/, ''))
    .filter((word) => word !== '' && word !== '-');

describe('renderLetterPdf', () => {
  it('writes a US Letter PDF whose extracted text is the letter, with header and page numbers', async () => {
    const model = demoModel();
    const result = await renderLetterPdf(model, fonts);
    const pdf = await PDFDocument.load(result.bytes);
    expect(pdf.getPageCount()).toBe(result.pageCount);
    expect(result.pageCount).toBe(3);
    for (const page of pdf.getPages())
      expect(page.getSize()).toEqual({ width: PAGE_WIDTH, height: PAGE_HEIGHT });

    const pages = await extractPdfText(result.bytes);
    expect(pages.flatMap((page) => page.unmapped)).toEqual([]);
    pages.forEach((page, index) => {
      expect(page.lines[0]).toBe('IMR Case Number: DEMO-WH-2014');
      expect(page.lines[page.lines.length - 1]).toBe(`Page ${index + 1} of 3`);
    });
    // The body, read back from the file, has exactly the words of the plain-text letter.
    const body = pages.flatMap((page) => page.lines.slice(1, -1)).join('\n');
    expect(words(body)).toEqual(words(renderLetterText(model)));
    expect(body).toContain('Work hardening physical therapy 2 times a week for 6 weeks: Upheld');
  });

  it('keeps a log of every string drawn that matches the file', async () => {
    const result = await renderLetterPdf(demoModel(), fonts);
    const pages = await extractPdfText(result.bytes);
    for (let page = 1; page <= result.pageCount; page++) {
      const logged = result.drawn
        .filter((entry) => entry.page === page)
        .map((entry) => entry.text)
        .join('');
      expect(logged.replace(/\s/g, '')).toBe(pages[page - 1]!.lines.join('').replace(/\s/g, ''));
    }
    const body = result.drawn.filter((entry) => entry.role === 'body');
    for (const entry of body) {
      expect(entry.x).toBeGreaterThanOrEqual(MARGIN - 0.01);
      expect(entry.y).toBeGreaterThanOrEqual(MARGIN - 0.01);
      expect(entry.y).toBeLessThanOrEqual(PAGE_HEIGHT - MARGIN);
    }
    expect(body.some((entry) => entry.bold && entry.text.startsWith('Decision rationale:'))).toBe(true);
  });

  it('draws markup and control-looking text literally', async () => {
    const draft = buildDemoCase('demo');
    draft.imr.caseNumber = 'CM<script>alert(1)</script>';
    draft.disputedItems[0]!.requestedAs = 'Brace <img src=x onerror=alert(1)> & (left)';
    const result = await renderLetterPdf(buildLetterModel(draft, demoEvaluation(draft)), fonts);
    const text = (await extractPdfText(result.bytes)).flatMap((page) => page.lines).join('\n');
    expect(text).toContain('IMR Case Number: CM<script>alert(1)</script>');
    expect(text).toContain('Brace <img src=x onerror=alert(1)> & (left): Upheld');
  });

  it('wraps a word longer than the line instead of running off the page', async () => {
    const draft = emptyCaseDraft('long');
    draft.reports = [
      { ...emptyReport('r'), date: '2016-01-02', type: 'other', examFindings: 'W'.repeat(400) },
    ];
    const result = await renderLetterPdf(buildLetterModel(draft, { asOf: '2017-01-01', items: [] }), fonts);
    const regular = fontkit.create(Buffer.from(fonts.regular)) as unknown as FontkitFont;
    const bold = fontkit.create(Buffer.from(fonts.bold!)) as unknown as FontkitFont;
    for (const entry of result.drawn) {
      const font = entry.bold ? bold : regular;
      const width = (font.layout(entry.text).advanceWidth * entry.size) / font.unitsPerEm;
      expect(entry.x + width).toBeLessThanOrEqual(PAGE_WIDTH - MARGIN + 0.01);
    }
    const lines = (await extractPdfText(result.bytes)).flatMap((page) => page.lines);
    const runs = lines.flatMap((line) => line.match(/W{3,}/g) ?? []);
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.join('')).toBe('W'.repeat(400));
  });

  it('grows to more pages for a long case and numbers every page', async () => {
    const draft = buildDemoCase('demo');
    draft.disputedItems = Array.from({ length: 8 }, (_, index) => ({
      ...emptyDisputedItem(`i${index}`),
      requestedAs: `Service number ${index + 1}`,
    }));
    const evaluation = {
      asOf: '2014-12-20',
      items: draft.disputedItems.map((item, index) =>
        itemEvaluation({
          itemId: item.id,
          itemIndex: index,
          criteria: demoEvaluation(buildDemoCase('d')).items[0]!.criteria,
        }),
      ),
    };
    const result = await renderLetterPdf(buildLetterModel(draft, evaluation), fonts);
    expect(result.pageCount).toBeGreaterThan(5);
    const footers = result.drawn.filter((entry) => entry.role === 'page-number').map((entry) => entry.text);
    expect(footers).toEqual(
      Array.from({ length: result.pageCount }, (_, index) => `Page ${index + 1} of ${result.pageCount}`),
    );
  });
});

/** The demo letter with every item's rationale replaced by `text`. */
function withRationale(model: LetterModel, text: string): LetterModel {
  return {
    ...model,
    sections: model.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.kind === 'item'
          ? { ...block, item: { ...block.item, rationale: { ...block.item.rationale, text } } }
          : block,
      ),
    })),
  };
}

const allLines = async (bytes: Uint8Array) => (await extractPdfText(bytes)).flatMap((page) => page.lines);

const FFFD = REPLACEMENT_CHARACTER;

describe('renderLetterPdf with right-to-left text and characters the font lacks', () => {
  it('keeps the English of a rationale that starts with Hebrew or Arabic in reading order', async () => {
    const model = withRationale(
      demoModel(),
      'שלום The patient has chronic low back pain.\n\nمرحبا The request is not medically necessary.',
    );
    const lines = await allLines((await renderLetterPdf(model, fonts)).bytes);
    expect(lines).toContain(`Decision rationale: ${FFFD.repeat(4)} The patient has chronic low back pain.`);
    expect(lines).toContain(`${FFFD.repeat(5)} The request is not medically necessary.`);
    expect(lines.join('\n')).not.toContain('niap kcab');
  });

  it('draws a Hebrew-first line left to right even with a font that has Hebrew glyphs', async () => {
    const sans = { regular: new Uint8Array(readFileSync(`${FONT_DIR}/DejaVuSans.ttf`)) };
    const model = withRationale(demoModel(), 'שלום The patient has chronic low back pain.');
    const result = await renderLetterPdf(model, sans);
    expect(await allLines(result.bytes)).toContain(
      'Decision rationale: שלום The patient has chronic low back pain.',
    );
    expect(result.missingCharacters).toEqual([]);
  });

  it('lays fontkit runs out left to right whatever script the text starts with', () => {
    const font = leftToRightFontkit().create(new Uint8Array(readFileSync(`${FONT_DIR}/DejaVuSans.ttf`)));
    const drawnOrder = (text: string) =>
      font
        .layout(text)
        .glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints))
        .join('');
    expect(drawnOrder('שלום The patient')).toBe('שלום The patient');
    expect(drawnOrder('مرحبا The request')).toMatch(/ The request$/);
  });

  it('keeps lines with emoji, CJK, Hebrew and Arabic inside the margins, by the widths in the file', async () => {
    const mixed = 'Pain 😀 中文病历 noted 👍🏽 and ❤️ שלום report 👨‍👩‍👧 تقرير reviewed 1️⃣ today.';
    const model = withRationale(demoModel(), Array.from({ length: 12 }, () => mixed).join(' '));
    const shown = await extractShownText((await renderLetterPdf(model, fonts)).bytes);
    const rationaleLines = shown.filter((entry) => entry.text.includes(FFFD));
    expect(rationaleLines.length).toBeGreaterThan(5);
    for (const entry of shown) {
      expect(entry.x, entry.text).toBeGreaterThanOrEqual(MARGIN - 0.01);
      expect(entry.x + entry.width, entry.text).toBeLessThanOrEqual(PAGE_WIDTH - MARGIN + 0.01);
    }
  });

  it('reports each character it could not draw once, an emoji sequence as one, and draws one sign for each', async () => {
    const model = withRationale(
      demoModel(),
      'Pain 😀 中文 noted 👍🏽 and ❤️ שלום 👨‍👩‍👧 تقرير 1️⃣ again 😀 中 co\u200Doperate ©\uFE0F.',
    );
    model.caseNumber = 'CM-中-1';
    const result = await renderLetterPdf(model, fonts);
    expect(result.missingCharacters).toEqual([
      '中',
      '😀',
      '文',
      '👍🏽',
      '❤️',
      'ש',
      'ל',
      'ו',
      'ם',
      '👨‍👩‍👧',
      'ت',
      'ق',
      'ر',
      'ي',
      '1️⃣',
    ]);
    const lines = await allLines(result.bytes);
    expect(lines[0]).toBe(`IMR Case Number: CM-${FFFD}-1`);
    expect(lines.join(' ')).toContain(
      `Pain ${FFFD} ${FFFD.repeat(2)} noted ${FFFD} and ${FFFD} ${FFFD.repeat(4)} ${FFFD} ${FFFD.repeat(5)} ${FFFD} again ${FFFD} ${FFFD} cooperate ©.`,
    );
    // Every glyph drawn maps back to text: no .notdef boxes.
    expect((await extractPdfText(result.bytes)).flatMap((page) => page.unmapped)).toEqual([]);
  });

  it('reports nothing for a letter the font can draw', async () => {
    expect((await renderLetterPdf(demoModel(), fonts)).missingCharacters).toEqual([]);
  });
});

describe('drawableTextFor', () => {
  const asciiAndReplacement = (codePoint: number) =>
    (codePoint >= 0x20 && codePoint < 0x7f) || codePoint === 0xfffd;

  it('returns text the font can draw unchanged', () => {
    const missing = new Set<string>();
    expect(drawableTextFor(asciiAndReplacement, missing)('Line one\nLine two')).toBe('Line one\nLine two');
    expect([...missing]).toEqual([]);
  });

  it('drops invisible characters, turns unknown spacing into spaces and replaces each unseen character once', () => {
    const missing = new Set<string>();
    const drawable = drawableTextFor(asciiAndReplacement, missing);
    expect(drawable('a\u200Db\u00ADc\u200Fd\te\u3000f')).toBe('abcd e f');
    expect(drawable('x 🇺🇸 é 👍🏽 y')).toBe(`x ${FFFD} ${FFFD} ${FFFD} y`);
    expect([...missing]).toEqual(['🇺🇸', 'é', '👍🏽']);
  });

  it('falls back to a question mark when the font has no replacement character', () => {
    const missing = new Set<string>();
    const asciiOnly = (codePoint: number) => codePoint >= 0x20 && codePoint < 0x7f;
    expect(drawableTextFor(asciiOnly, missing)('a 中 b')).toBe('a ? b');
    expect([...missing]).toEqual(['中']);
  });
});

describe('layoutLetter pagination', () => {
  // A fixed-width measure keeps layout tests independent of font files.
  const measure: MeasureText = (text, size) => text.length * size * 0.5;

  function modelWithFiller(fillerParagraphs: number): LetterModel {
    const draft = emptyCaseDraft('p');
    draft.imr.caseNumber = 'P-1';
    draft.injury.mechanism = Array.from(
      { length: fillerParagraphs },
      (_, index) => `Filler sentence ${index}.`,
    ).join(' ');
    draft.disputedItems = [{ ...emptyDisputedItem('i1'), requestedAs: 'Kept item title' }];
    return buildLetterModel(draft, { asOf: '2017-01-01', items: [itemEvaluation({ itemId: 'i1' })] });
  }

  const lineText = (line: { segments: { text: string }[] }) =>
    line.segments.map((segment) => segment.text).join('');

  it('never separates an item title from its guideline lines and the start of its rationale', () => {
    for (let filler = 0; filler < 260; filler += 3) {
      const pages = layoutLetter(modelWithFiller(filler), measure);
      const pageOf = (prefix: string) =>
        pages.findIndex((lines) => lines.some((line) => lineText(line).startsWith(prefix)));
      const titlePage = pageOf('Kept item title: Upheld');
      expect(titlePage, `filler ${filler}`).toBeGreaterThanOrEqual(0);
      expect(pageOf('Claims Administrator guideline:'), `filler ${filler}`).toBe(titlePage);
      expect(pageOf('IMR guideline:'), `filler ${filler}`).toBe(titlePage);
      expect(pageOf('Decision rationale:'), `filler ${filler}`).toBe(titlePage);
    }
  });

  it('keeps every section heading on the page of the text that follows it, and all lines inside the margins', () => {
    for (let filler = 0; filler < 260; filler += 5) {
      const pages = layoutLetter(modelWithFiller(filler), measure);
      for (const lines of pages) {
        const last = lines[lines.length - 1];
        expect(
          last && /^[A-Z ,]+$/.test(lineText(last)) && lineText(last).length > 12,
          `filler ${filler}`,
        ).toBe(false);
        for (const line of lines) {
          expect(line.y).toBeGreaterThanOrEqual(MARGIN);
          expect(line.y + line.size).toBeLessThanOrEqual(PAGE_HEIGHT - MARGIN + 0.01);
        }
      }
    }
  });
});

describe('cachedMeasure', () => {
  it('answers what the font answers, measuring each word, size and weight once', () => {
    const calls: string[] = [];
    const measure = cachedMeasure((text, size, bold) => {
      calls.push(`${text}/${size}/${bold}`);
      return text.length * size * (bold ? 1.1 : 1);
    });
    const words = ['the', 'request', 'the', 'request', 'the'];
    expect(words.map((word) => measure(word, 10, false))).toEqual([30, 70, 30, 70, 30]);
    expect(measure('the', 10, true)).toBeCloseTo(33);
    expect(measure('the', 12, false)).toBe(36);
    expect(calls).toEqual(['the/10/false', 'request/10/false', 'the/10/true', 'the/12/false']);
  });
});
