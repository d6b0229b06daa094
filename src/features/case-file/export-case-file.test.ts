import { describe, expect, it } from 'vitest';
import { emptyCaseDraft } from '@/domain/case/empty-case';
import { caseExportFileName } from './export-case-file';

describe('caseExportFileName', () => {
  it.each([
    ['a case number', 'CM14-0208137', 'IMR-CM14-0208137.json'],
    ['spaces and slashes', ' CM14 02/08 ', 'IMR-CM14-02-08.json'],
    ['path traversal', '../secret', 'IMR-secret.json'],
    ['no case number: the id', '', 'IMR-case-42.json'],
  ])('%s', (_name, caseNumber, expected) => {
    const draft = emptyCaseDraft('case-42');
    expect(caseExportFileName({ ...draft, imr: { ...draft.imr, caseNumber } })).toBe(expected);
  });

  it('falls back to "case" when neither the number nor the id has a usable character', () => {
    const draft = emptyCaseDraft('///');
    expect(caseExportFileName(draft)).toBe('IMR-case.json');
  });
});
