import { describe, expect, it } from 'vitest';
import { buildDemoCase } from '@/domain/case/demo-case';
import type { Evaluation } from '@/domain/evaluator/evaluation-types';
import { buildLetterModel } from '@/domain/letter/build-letter-model';
import { letterHash } from '@/domain/letter/letter-hash';
import { CASE_SUMMARY_TEXT_ID, type DraftedText, draftedTexts } from '@/domain/letter/letter-model';
import {
  draftedTextState,
  keepEdit,
  type LetterEdits,
  MAX_EDIT_LENGTH,
  sameText,
  saveEdit,
  withLetterEdits,
  withoutEdit,
} from './letter-section-state';

function drafted(id: string, draftedText: string, edit?: { text: string; basedOn: string }): DraftedText {
  const draftedHash = letterHash(draftedText);
  return {
    id,
    draftedText,
    draftedHash,
    text: edit?.text ?? draftedText,
    edited: edit !== undefined,
    stale: edit !== undefined && edit.basedOn !== draftedHash,
    basedOn: edit?.basedOn ?? null,
  };
}

describe('draftedTextState', () => {
  it.each([
    ['not edited', drafted('a', 'Drafted.'), 'drafted'],
    [
      'edited against the current draft',
      drafted('a', 'Drafted.', { text: 'Mine.', basedOn: letterHash('Drafted.') }),
      'edited',
    ],
    [
      'edited against an older draft',
      drafted('a', 'Drafted.', { text: 'Mine.', basedOn: letterHash('Older.') }),
      'stale',
    ],
  ] as const)('%s -> %s', (_name, text, expected) => {
    expect(draftedTextState(text)).toBe(expected);
  });
});

describe('sameText', () => {
  it.each([
    ['identical', 'A.\n\nB.', 'A.\n\nB.', true],
    ['CRLF vs LF', 'A.\r\n\r\nB.', 'A.\n\nB.', true],
    ['surrounding blank space', '  A.\n', 'A.', true],
    ['one word differs', 'A is so.', 'A is not so.', false],
    ['inner spacing differs', 'A  B', 'A B', false],
  ])('%s', (_name, a, b, expected) => {
    expect(sameText(a, b)).toBe(expected);
  });
});

describe('saveEdit', () => {
  const section = drafted('case-summary', 'The patient is a 36 year old female.');

  it('stores the text with the hash of the drafted text it replaces', () => {
    const result = saveEdit({}, section, 'The patient is a 36-year-old woman.');
    expect(result).toEqual({
      kind: 'saved',
      edits: {
        'case-summary': { text: 'The patient is a 36-year-old woman.', basedOn: section.draftedHash },
      },
    });
  });

  it('keeps the text exactly as typed (no trimming, markup kept literally)', () => {
    const typed = '  <script>alert(1)</script>\n\nSecond paragraph.  ';
    const result = saveEdit({}, section, typed);
    expect(result.kind === 'saved' && result.edits['case-summary']?.text).toBe(typed);
  });

  it('replaces an earlier edit of the same section and leaves other sections alone', () => {
    const edits: LetterEdits = {
      'case-summary': { text: 'Old edit.', basedOn: 'aaaaaaaaaaaa' },
      'rationale-1': { text: 'Other.', basedOn: 'bbbbbbbbbbbb' },
    };
    const result = saveEdit(edits, section, 'New edit.');
    expect(result.kind === 'saved' && result.edits).toEqual({
      'case-summary': { text: 'New edit.', basedOn: section.draftedHash },
      'rationale-1': { text: 'Other.', basedOn: 'bbbbbbbbbbbb' },
    });
    expect(edits['case-summary']?.text).toBe('Old edit.');
  });

  it('drops the edit when the text is the draft again', () => {
    const edits: LetterEdits = { 'case-summary': { text: 'Old edit.', basedOn: section.draftedHash } };
    expect(saveEdit(edits, section, `${section.draftedText}\r\n`)).toEqual({
      kind: 'matches-draft',
      edits: {},
    });
  });

  it.each([
    ['empty', '', /would be empty/],
    ['only blank lines', ' \n\n \t', /would be empty/],
    ['over the schema limit', 'x'.repeat(MAX_EDIT_LENGTH + 1), /at most 200,000/],
  ])('refuses text that is %s', (_name, text, message) => {
    const result = saveEdit({}, section, text);
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' && result.message).toMatch(message);
  });

  it('accepts text exactly at the limit', () => {
    expect(saveEdit({}, section, 'x'.repeat(MAX_EDIT_LENGTH)).kind).toBe('saved');
  });

  it('stores a section id such as __proto__ as an ordinary key', () => {
    const odd = drafted('__proto__', 'Drafted.');
    const result = saveEdit({}, odd, 'Mine.');
    expect(result.kind).toBe('saved');
    if (result.kind !== 'saved') return;
    expect(Object.hasOwn(result.edits, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result.edits)).toBe(Object.prototype);
  });
});

describe('keepEdit', () => {
  it('re-bases a stale edit on the current draft without touching its text', () => {
    const edits: LetterEdits = { 'case-summary': { text: 'Mine.', basedOn: letterHash('Older draft.') } };
    const section = drafted('case-summary', 'Newer draft.', edits['case-summary']);
    expect(draftedTextState(section)).toBe('stale');
    expect(keepEdit(edits, section)).toEqual({
      'case-summary': { text: 'Mine.', basedOn: letterHash('Newer draft.') },
    });
  });

  it('does nothing when the section has no edit', () => {
    const edits: LetterEdits = {};
    expect(keepEdit(edits, drafted('case-summary', 'Draft.'))).toBe(edits);
  });
});

describe('withoutEdit', () => {
  it('removes one section and keeps the others', () => {
    const edits: LetterEdits = {
      a: { text: 'A', basedOn: '1' },
      b: { text: 'B', basedOn: '2' },
    };
    expect(withoutEdit(edits, 'a')).toEqual({ b: { text: 'B', basedOn: '2' } });
    expect(withoutEdit(edits, 'missing')).toEqual(edits);
  });
});

describe('with the real letter model', () => {
  const evaluation: Evaluation = { asOf: '2015-01-15', items: [] };

  it('an edit saved from the model reads back as edited, then stale after a fact changes, then edited once kept', () => {
    const draft = buildDemoCase('case-1');
    const summary = draftedTexts(buildLetterModel(draft, evaluation)).find(
      (text) => text.id === CASE_SUMMARY_TEXT_ID,
    )!;
    const saved = saveEdit(draft.letter.edits, summary, 'My own summary.');
    if (saved.kind !== 'saved') throw new Error('expected a saved edit');
    const edited = withLetterEdits(draft, saved.edits);

    const afterSave = draftedTexts(buildLetterModel(edited, evaluation)).find(
      (t) => t.id === CASE_SUMMARY_TEXT_ID,
    )!;
    expect(draftedTextState(afterSave)).toBe('edited');
    expect(afterSave.text).toBe('My own summary.');

    const changed = { ...edited, patient: { ...edited.patient, age: 37 } };
    const afterChange = draftedTexts(buildLetterModel(changed, evaluation)).find(
      (t) => t.id === CASE_SUMMARY_TEXT_ID,
    )!;
    expect(draftedTextState(afterChange)).toBe('stale');
    expect(afterChange.text).toBe('My own summary.');
    expect(afterChange.draftedText).toContain('37 year old');

    const kept = withLetterEdits(changed, keepEdit(changed.letter.edits, afterChange));
    const afterKeep = draftedTexts(buildLetterModel(kept, evaluation)).find(
      (t) => t.id === CASE_SUMMARY_TEXT_ID,
    )!;
    expect(draftedTextState(afterKeep)).toBe('edited');
    expect(afterKeep.text).toBe('My own summary.');
  });
});
