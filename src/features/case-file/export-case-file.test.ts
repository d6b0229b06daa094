import { describe, expect, it } from 'vitest';
import { emptyCaseDraft } from '@/domain/case/empty-case';
import { caseExportFileName } from './export-case-file';

describe('caseExportFileName', () => {
  it.each([
    ['a case number', 'CM14-0208137', 'IMR-CM14-0208137.json'],
    ['spaces and slashes', ' CM14 02/08 ', 'IMR-CM14-02-08.json'],
    ['path traversal', '../secret', 'IMR-secret.json'],
    ['no case number: the id', '', 'IMR-case-42.json'],
    ['no ASCII letter or digit: the id', 'ü', 'IMR-case-42.json'],
    ['only punctuation: the id', ' -/. ', 'IMR-case-42.json'],
    ['some ASCII letters or digits: those', 'Fall ü 7', 'IMR-Fall-7.json'],
  ])('%s', (_name, caseNumber, expected) => {
    const draft = emptyCaseDraft('case-42');
    expect(caseExportFileName({ ...draft, imr: { ...draft.imr, caseNumber } })).toBe(expected);
  });

  it('gives different names to two cases whose numbers have no usable character', () => {
    const first = emptyCaseDraft('3f0c9a7e-0000-4000-8000-000000000001');
    const second = emptyCaseDraft('3f0c9a7e-0000-4000-8000-000000000002');
    const names = [first, second].map((draft) =>
      caseExportFileName({ ...draft, imr: { ...draft.imr, caseNumber: 'ü' } }),
    );
    expect(names).toEqual([
      'IMR-3f0c9a7e-0000-4000-8000-000000000001.json',
      'IMR-3f0c9a7e-0000-4000-8000-000000000002.json',
    ]);
  });

  it('falls back to "case" when neither the number nor the id has a usable character', () => {
    const draft = emptyCaseDraft('///');
    expect(caseExportFileName(draft)).toBe('IMR-case.json');
  });
});
