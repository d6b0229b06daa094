import { describe, expect, it } from 'vitest';
import { buildDemoCase } from '@/domain/case/demo-case';
import { GUIDELINE_LIBRARY } from '@/domain/guidelines';
import { letterHash } from '@/domain/letter/letter-hash';
import { letterItems } from '@/domain/letter/letter-model';
import type { LetterProblem } from '@/domain/letter/pre-issue-check';
import { letterAnchorFor } from './pre-issue-panel';
import { deriveLetterData, runningHeaderFor } from './use-letter-data';
import { runningHeaderRule } from './use-print-running-header';

describe('deriveLetterData', () => {
  const today = '2015-01-15';

  it('drafts the demo letter: Upheld, not medically necessary, hash of the text', () => {
    const letter = deriveLetterData(buildDemoCase('demo'), GUIDELINE_LIBRARY, today);
    expect(letterItems(letter.model).map((item) => item.title)).toEqual([
      'Work hardening physical therapy 2 times a week for 6 weeks: Upheld',
    ]);
    expect(letter.text).toContain('IS NOT medically necessary');
    expect(letter.hash).toBe(letterHash(letter.text));
    expect(letter.evaluation.asOf).toBe(today);
  });

  it.each([
    ['no decision date: the letter is issued today', '', '2015-01-15'],
    ['a decision date: the letter prints it', '2015-01-10', '2015-01-10'],
  ])('%s', (_name, decisionDate, printed) => {
    const draft = buildDemoCase('demo');
    const letter = deriveLetterData(
      { ...draft, imr: { ...draft.imr, decisionDate } },
      GUIDELINE_LIBRARY,
      today,
    );
    expect(letter.model.determinationDate).toBe(printed);
  });

  it('gives the same hash for the same case and day, another for another case', () => {
    const draft = buildDemoCase('demo');
    const first = deriveLetterData(draft, GUIDELINE_LIBRARY, today).hash;
    expect(deriveLetterData(structuredClone(draft), GUIDELINE_LIBRARY, today).hash).toBe(first);
    const older = { ...draft, patient: { ...draft.patient, age: 37 } };
    expect(deriveLetterData(older, GUIDELINE_LIBRARY, today).hash).not.toBe(first);
  });
});

describe('running header', () => {
  it.each([
    ['DEMO-WH-2014', 'IMR Case Number: DEMO-WH-2014'],
    ['', 'IMR Final Determination'],
  ])('case number "%s" -> "%s"', (caseNumber, expected) => {
    const letter = deriveLetterData(buildDemoCase('demo'), GUIDELINE_LIBRARY, '2015-01-15');
    expect(runningHeaderFor({ ...letter.model, caseNumber })).toBe(expected);
  });

  it('puts the header text in a print-only top-right margin box as an escaped string', () => {
    expect(runningHeaderRule('IMR Case Number: "X"')).toBe(
      '@media print { @page { @top-right { content: "IMR Case Number: \\22 X\\22 "; font-family: Georgia, \'DejaVu Serif\', serif; font-size: 9pt; color: #000; } } }',
    );
  });
});

describe('letterAnchorFor', () => {
  const drafted = new Set(['case-summary', 'rationale-item-1']);
  const problem = (sectionId?: string): LetterProblem => ({
    code: 'stale-edit',
    severity: 'warning',
    message: 'm',
    ...(sectionId === undefined ? {} : { sectionId }),
  });

  it.each([
    ['a drafted text', 'case-summary', 'letter-text-case-summary'],
    ['a rationale', 'rationale-item-1', 'letter-text-rationale-item-1'],
    ['a letter section', 'header', 'letter-section-header'],
    ['an unknown id', 'nowhere', null],
    ['no place at all', undefined, null],
  ])('%s', (_name, sectionId, expected) => {
    expect(letterAnchorFor(problem(sectionId), drafted)).toBe(expected);
  });
});
