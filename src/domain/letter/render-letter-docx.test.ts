import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDemoCase } from '../case/demo-case';
import { buildLetterModel } from './build-letter-model';
import { demoEvaluation } from './letter-test-fixtures';
import { renderLetterDocx } from './render-letter-docx';
import { renderLetterText } from './render-letter-text';

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of each <w:p> paragraph, runs joined, line breaks as "\n". */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((part) => (part[0] === '<w:br/>' ? '\n' : unescapeXml(part[1] ?? '')))
      .join(''),
  );
}

async function demoDocx(mutate: (draft: ReturnType<typeof buildDemoCase>) => void = () => {}) {
  const draft = buildDemoCase('demo');
  mutate(draft);
  const model = buildLetterModel(draft, demoEvaluation(draft), { issuedOn: '2014-12-20' });
  const files = unzipSync(await renderLetterDocx(model));
  const read = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return { model, files, read, document: read('word/document.xml') };
}

describe('renderLetterDocx', () => {
  it('names the tool as the author, as the PDF does, never a person or "Un-named"', async () => {
    const { read } = await demoDocx();
    const core = read('docProps/core.xml');
    expect(core).toContain('<dc:creator>IMR Reviewer Workbench</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>IMR Reviewer Workbench</cp:lastModifiedBy>');
    expect(core).not.toContain('Un-named');
  });

  it('holds the letter text, paragraph by paragraph, in word/document.xml', async () => {
    const { model, document } = await demoDocx();
    const docParagraphs = paragraphs(document).filter((text) => text !== '');
    const textParagraphs = renderLetterText(model)
      .split('\n')
      .map((line) => line.replace(/^- /, ''))
      .filter((line) => line !== '');
    expect(docParagraphs).toEqual(textParagraphs);
  });

  it('uses heading styles, keeps the item title with its guideline lines, and sets US Letter with 1-inch margins', async () => {
    const { document } = await demoDocx();
    expect(document).toMatch(
      /<w:pStyle w:val="Title"\/>[\s\S]*?INDEPENDENT MEDICAL REVIEW FINAL DETERMINATION/,
    );
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?CLINICAL CASE SUMMARY/);
    const title = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((match) =>
      match[0].includes('for 6 weeks: Upheld'),
    );
    expect(title?.[0]).toContain('<w:pStyle w:val="Heading2"/>');
    expect(title?.[0]).toContain('<w:keepNext/>');
    expect(document).toContain('<w:pgSz w:w="12240" w:h="15840"');
    expect(document).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
  });

  it('puts the case number in the running header and "Page X of Y" fields in the footer', async () => {
    const { files, read } = await demoDocx();
    const headerName = Object.keys(files).find((name) => /^word\/header\d*\.xml$/.test(name))!;
    const footerName = Object.keys(files).find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    expect(paragraphs(read(headerName))).toContain('IMR Case Number: DEMO-WH-2014');
    const footer = read(footerName);
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(paragraphs(footer).join('')).toMatch(/^Page .* of /);
  });

  it('escapes markup in user text so it stays literal', async () => {
    const { document, read, files } = await demoDocx((draft) => {
      draft.imr.caseNumber = 'CM<script>alert(1)</script>';
      draft.disputedItems[0]!.requestedAs = 'Brace <img src=x onerror=alert(1)> & "left"';
    });
    expect(document).not.toContain('<script>');
    expect(document).not.toContain('<img');
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(paragraphs(document)).toContain('Brace <img src=x onerror=alert(1)> & "left": Upheld');
    const headerName = Object.keys(files).find((name) => /^word\/header\d*\.xml$/.test(name))!;
    expect(paragraphs(read(headerName))).toContain('IMR Case Number: CM<script>alert(1)</script>');
  });
});
