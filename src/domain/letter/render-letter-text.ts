/**
 * The letter as plain text: headings in capitals, a blank line between blocks, LF line endings,
 * no hard wrapping, one trailing newline. Byte-identical for identical models (no dates, locale or
 * environment read here), so its hash identifies the letter.
 */
import { ITEM_LABELS, type LetterBlock, type LetterModel, paragraphsOf } from './letter-model';

function blockLines(block: LetterBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'field':
      return [`${block.label}: ${block.value}`];
    case 'list':
      return block.items.map((entry) => `- ${entry}`);
    case 'drafted':
      return paragraphsOf(block.drafted.text).flatMap((paragraph, index) =>
        index === 0 ? [paragraph] : ['', paragraph],
      );
    case 'item': {
      const { item } = block;
      const rationale = paragraphsOf(item.rationale.text);
      const [first = '', ...rest] = rationale;
      return [
        item.title,
        '',
        `${ITEM_LABELS.claimsAdministrator}: ${item.claimsAdministratorGuideline}`,
        '',
        `${ITEM_LABELS.imrGuideline}: ${item.imrGuideline}`,
        '',
        `${ITEM_LABELS.rationale}: ${first}`,
        ...rest.flatMap((paragraph) => ['', paragraph]),
      ];
    }
  }
}

/** Fields that follow each other stay on consecutive lines, like a letter's header block. */
export function renderLetterText(model: LetterModel): string {
  const lines: string[] = [];
  for (const section of model.sections) {
    if (lines.length > 0) lines.push('');
    lines.push(section.heading, '');
    let previous: LetterBlock['kind'] | null = null;
    for (const block of section.blocks) {
      if (previous !== null && !(previous === 'field' && block.kind === 'field')) lines.push('');
      lines.push(...blockLines(block));
      previous = block.kind;
    }
  }
  return `${lines.join('\n')}\n`;
}
