/** Names of the files the letter page downloads, built from the case number. */

/** The case number made safe for every file system: letters, digits, `.`, `_`, `-`. */
export function fileNamePart(caseNumber: string, fallback = 'case'): string {
  const safe = caseNumber
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return safe === '' ? fallback : safe;
}

export type LetterFileKind = 'pdf' | 'docx';

/** IMR-<case number>-letter.pdf / .docx */
export function letterFileName(caseNumber: string, kind: LetterFileKind): string {
  return `IMR-${fileNamePart(caseNumber)}-letter.${kind}`;
}

/** IMR-<case number>-determination.json */
export function determinationSummaryFileName(caseNumber: string): string {
  return `IMR-${fileNamePart(caseNumber)}-determination.json`;
}
