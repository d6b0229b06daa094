import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '@/domain/case/case-schema';
import { emptyCaseDraft } from '@/domain/case/empty-case';
import type { CaseSummary } from '@/storage/cases-repo';
import { RevisionConflictError, StorageError } from '@/storage/storage-errors';
import { draftToStore, importFailureMessage, matchQuestion, planImport, sameCaseNumber } from './import-plan';

function caseWith(id: string, caseNumber: string): CaseDraft {
  const draft = emptyCaseDraft(id);
  return { ...draft, imr: { ...draft.imr, caseNumber } };
}

function stored(id: string, caseNumber: string, revision = 3): CaseSummary {
  return { id, updatedAt: '2026-01-01T00:00:00.000Z', revision, draft: caseWith(id, caseNumber) };
}

const ids = (...values: string[]) => {
  let next = 0;
  return () => values[next++] ?? `id-${next}`;
};

describe('sameCaseNumber', () => {
  it.each([
    ['identical', 'CM14-1', 'CM14-1', true],
    ['case and spaces differ', ' cm14-1 ', 'CM14-1', true],
    ['different numbers', 'CM14-1', 'CM14-2', false],
    ['both empty', '', '', false],
    ['blank vs blank', '  ', ' ', false],
  ])('%s', (_name, a, b, expected) => {
    expect(sameCaseNumber(a, b)).toBe(expected);
  });
});

describe('planImport', () => {
  const existing = [stored('a', 'CM14-1'), stored('b', 'CM14-2'), stored('c', '')];

  it.each([
    ['a new case number and id', caseWith('new', 'CM14-9'), null, null],
    ['the same case number', caseWith('new', 'cm14-2'), 'b', 'same-case-number'],
    ['the same id, renamed since', caseWith('a', 'CM14-RENAMED'), 'a', 'same-case'],
    ['the same id and another case number that exists', caseWith('a', 'CM14-2'), 'a', 'same-case'],
    ['no case number', caseWith('new', ''), null, null],
  ] as const)('%s', (_name, draft, matchId, reason) => {
    const plan = planImport(draft, existing);
    expect(plan.match?.id ?? null).toBe(matchId);
    expect(plan.matchReason).toBe(reason);
    expect(plan.draft).toBe(draft);
  });

  it('matches the first (newest) of several cases with the number', () => {
    const plan = planImport(caseWith('new', 'X'), [stored('newer', 'X'), stored('older', 'X')]);
    expect(plan.match?.id).toBe('newer');
  });
});

describe('draftToStore', () => {
  const existing = [stored('a', 'CM14-1')];
  const taken = new Set(['a', 'damaged-1']);

  it('"replace" stores the file under the matched case id', () => {
    const plan = planImport(caseWith('from-file', 'CM14-1'), existing);
    const draft = draftToStore(plan, 'replace', taken, ids('fresh'));
    expect(draft.id).toBe('a');
    expect(draft.imr.caseNumber).toBe('CM14-1');
  });

  it('"keep both" gives the import a fresh id and " (copy)" after its number, as Duplicate does', () => {
    const plan = planImport(caseWith('a', 'CM14-1'), existing);
    const draft = draftToStore(plan, 'keep-both', taken, ids('fresh'));
    expect(draft).toEqual({
      ...plan.draft,
      id: 'fresh',
      imr: { ...plan.draft.imr, caseNumber: 'CM14-1 (copy)' },
    });
  });

  it('"keep both" shortens a number too long to take " (copy)", so the copy can be stored', () => {
    const longNumber = 'x'.repeat(2_000);
    const plan = planImport(caseWith('from-file', longNumber), [stored('a', longNumber)]);
    const caseNumber = draftToStore(plan, 'keep-both', taken, ids('fresh')).imr.caseNumber;
    expect(caseNumber).toBe(`${'x'.repeat(1_992)}… (copy)`);
  });

  it('never reuses an id that is taken, even by a damaged record', () => {
    const plan = planImport(caseWith('damaged-1', 'CM14-7'), existing);
    expect(plan.match).toBeNull();
    expect(draftToStore(plan, 'keep-both', taken, ids('a', 'damaged-1', 'fresh')).id).toBe('fresh');
  });

  it('keeps the file id when nothing matches and the id is free', () => {
    const plan = planImport(caseWith('free', 'CM14-7'), existing);
    expect(draftToStore(plan, 'import', taken, ids('fresh'))).toBe(plan.draft);
  });

  it('gives a fresh id when nothing matches but the id is taken by a damaged record', () => {
    const plan = planImport(caseWith('damaged-1', 'CM14-7'), existing);
    expect(draftToStore(plan, 'import', taken, ids('fresh')).id).toBe('fresh');
  });
});

describe('matchQuestion', () => {
  it('names the stored case when the file is the same case, with a space before "last changed"', () => {
    const plan = planImport(caseWith('a', 'CM14-1'), [stored('a', 'CM14-1')]);
    expect(matchQuestion(plan, 'Nov 29, 2026, 10:00 AM')).toBe(
      'This browser already has this case (as “CM14-1”, last changed Nov 29, 2026, 10:00 AM). ' +
        'Replace it with the file, or keep both?',
    );
  });

  it('calls a stored case without a number "Untitled case"', () => {
    const plan = planImport(caseWith('a', ''), [stored('a', '')]);
    expect(matchQuestion(plan, 'today')).toContain('(as “Untitled case”, last changed today)');
  });

  it('names the number when another case has it', () => {
    const plan = planImport(caseWith('new', 'CM14-1'), [stored('a', 'cm14-1')]);
    expect(matchQuestion(plan, 'today')).toBe(
      'This browser already has a case with the number CM14-1 (last changed today). ' +
        'Replace it with the file, or keep both?',
    );
  });

  it('asks nothing when nothing matches', () => {
    expect(matchQuestion(planImport(caseWith('new', 'CM14-9'), []), 'today')).toBe('');
  });
});

describe('importFailureMessage', () => {
  it('says a case changed since the file was chosen was not replaced, and to import again to compare', () => {
    const message = importFailureMessage(new RevisionConflictError(3, 4));
    expect(message).toBe(
      'The case was not imported: the case it was to replace was changed (in another tab or window) ' +
        'after the file was chosen, so it was not replaced. Import the file again to compare it with the ' +
        'current version.',
    );
    // The case page's advice does not apply on the import screen.
    expect(message).not.toMatch(/reload|changes here/i);
  });

  it('says a case deleted since the file was chosen was not replaced', () => {
    expect(importFailureMessage(new RevisionConflictError(3, 0))).toMatch(
      /was deleted .* after the file was chosen\. Import the file again to add it\.$/,
    );
  });

  it('passes any other storage problem on in its own words', () => {
    expect(importFailureMessage(new StorageError('quota', 'The storage is full.'))).toBe(
      'The case was not imported: The storage is full.',
    );
  });
});
