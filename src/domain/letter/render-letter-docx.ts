/**
 * The letter as a Word document (DOCX), built with the `docx` package: US Letter, 1-inch margins,
 * real heading styles, a running header with the case number and "Page X of Y" in the footer.
 * An item's title and guideline lines are kept with the first lines of its rationale.
 *
 * DOM-free: returns the bytes (Uint8Array) in the browser and in Node alike. User text goes in as
 * text runs, which the library escapes as XML, so markup in a case prints literally.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import {
  ITEM_LABELS,
  type LetterBlock,
  type LetterItem,
  type LetterModel,
  paragraphsOf,
} from './letter-model';

/** Word measures page geometry in twentieths of a point: 1 inch = 1440. */
const INCH = 1440;
const FONT = 'Times New Roman';
/** Font sizes are in half-points. */
const BODY_SIZE = 24;

/** Text runs for a paragraph whose single newlines are line breaks. */
function runs(text: string, options: { bold?: boolean } = {}): TextRun[] {
  return text
    .split('\n')
    .map(
      (line, index) => new TextRun({ text: line, bold: options.bold, break: index === 0 ? undefined : 1 }),
    );
}

function labelled(label: string, text: string, keepNext: boolean): Paragraph {
  return new Paragraph({
    keepNext,
    keepLines: true,
    spacing: { after: 160 },
    children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(text)],
  });
}

function itemParagraphs(item: LetterItem): Paragraph[] {
  const [first = '', ...rest] = paragraphsOf(item.rationale.text);
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext: true,
      keepLines: true,
      children: runs(item.title),
    }),
    labelled(ITEM_LABELS.claimsAdministrator, item.claimsAdministratorGuideline, true),
    labelled(ITEM_LABELS.imrGuideline, item.imrGuideline, true),
    labelled(ITEM_LABELS.rationale, first, false),
    ...rest.map((paragraph) => new Paragraph({ spacing: { after: 160 }, children: runs(paragraph) })),
  ];
}

function blockParagraphs(block: LetterBlock): Paragraph[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 160 }, children: runs(block.text) })];
    case 'field':
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new TextRun({ text: `${block.label}: `, bold: true }),
            new TextRun({ text: block.value, italics: block.missing }),
          ],
        }),
      ];
    case 'list':
      return block.items.map((entry) => new Paragraph({ bullet: { level: 0 }, children: runs(entry) }));
    case 'drafted':
      return paragraphsOf(block.drafted.text).map(
        (paragraph) => new Paragraph({ spacing: { after: 160 }, children: runs(paragraph) }),
      );
    case 'item':
      return itemParagraphs(block.item);
  }
}

export function buildLetterDocument(model: LetterModel): Document {
  const children: Paragraph[] = [];
  model.sections.forEach((section, index) => {
    children.push(
      new Paragraph({
        heading: index === 0 ? HeadingLevel.TITLE : HeadingLevel.HEADING_1,
        keepNext: true,
        children: runs(section.heading),
      }),
    );
    for (const block of section.blocks) children.push(...blockParagraphs(block));
  });
  const caseLine =
    model.caseNumber === '' ? 'IMR Final Determination' : `IMR Case Number: ${model.caseNumber}`;
  return new Document({
    title: caseLine,
    description: 'Independent Medical Review Final Determination Letter',
    // As in the PDF: the tool, never a person (docx would write "Un-named"; letters name no reviewer).
    creator: 'IMR Reviewer Workbench',
    lastModifiedBy: 'IMR Reviewer Workbench',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE } },
        title: { run: { font: FONT, size: 28, bold: true }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { font: FONT, size: 24, bold: true },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true },
          paragraph: { spacing: { before: 200, after: 120 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 8.5 * INCH, height: 11 * INCH },
            margin: { top: INCH, right: INCH, bottom: INCH, left: INCH, header: INCH / 2, footer: INCH / 2 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: caseLine, size: 18 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The DOCX file's bytes. */
export async function renderLetterDocx(model: LetterModel): Promise<Uint8Array> {
  return Packer.pack(buildLetterDocument(model), 'uint8array');
}
