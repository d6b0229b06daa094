import { describe, expect, it } from 'vitest';
import { determinationSummaryFileName, fileNamePart, letterFileName } from './letter-file-names';

describe('fileNamePart', () => {
  it.each([
    ['plain case number', 'CM14-0208137', 'CM14-0208137'],
    ['surrounding spaces', '  DEMO-WH-2014 ', 'DEMO-WH-2014'],
    ['spaces and slashes inside', 'CM14 0208/137', 'CM14-0208-137'],
    ['path traversal', '../../etc/passwd', 'etc-passwd'],
    ['markup', '<script>alert(1)</script>', 'script-alert-1-script'],
    ['non-ASCII letters', 'Café №5', 'Caf-5'],
    ['empty', '', 'case'],
    ['nothing usable', '///', 'case'],
  ])('%s', (_name, input, expected) => {
    expect(fileNamePart(input)).toBe(expected);
  });

  it('caps the length at 80 characters', () => {
    expect(fileNamePart('A'.repeat(200))).toHaveLength(80);
  });
});

describe('letter file names', () => {
  it.each([
    ['pdf', 'IMR-DEMO-WH-2014-letter.pdf'],
    ['docx', 'IMR-DEMO-WH-2014-letter.docx'],
  ] as const)('%s', (kind, expected) => {
    expect(letterFileName('DEMO-WH-2014', kind)).toBe(expected);
  });

  it('names the determination summary', () => {
    expect(determinationSummaryFileName('DEMO-WH-2014')).toBe('IMR-DEMO-WH-2014-determination.json');
    expect(determinationSummaryFileName('')).toBe('IMR-case-determination.json');
  });
});
