import { describe, expect, it } from 'vitest';
import {
  caseSectionOf,
  fieldPathExists,
  fieldPathReaches,
  isItemRelativePath,
  isPanelFieldPath,
  PANEL_FIELD_PATHS,
  resolveFieldPath,
} from './field-paths';

describe('field paths', () => {
  it.each([
    ['frequencyPerWeek', 2, 'disputedItems.2.frequencyPerWeek'],
    ['facts.screeningDone', 0, 'disputedItems.0.facts.screeningDone'],
    ['review.freeCriteria.1.answer', 3, 'disputedItems.3.review.freeCriteria.1.answer'],
    ['injury.dateOfInjury', 4, 'injury.dateOfInjury'],
    ['treatment.therapyCourses', 1, 'treatment.therapyCourses'],
  ])('resolves %s for item %i to %s', (path, index, expected) => {
    expect(resolveFieldPath(path, index)).toBe(expected);
  });

  it('tells item-relative paths from case-level ones', () => {
    expect(isItemRelativePath('bodyPart')).toBe(true);
    expect(isItemRelativePath('imr.requestDate')).toBe(false);
    expect(isItemRelativePath('id')).toBe(false);
  });

  it.each([
    ['frequencyPerWeek', true],
    ['facts.medicationReducedOrNotTolerated', true],
    ['facts.modality', true],
    ['review.criteria', true],
    ['review.freeCriteria.0.answer', true],
    ['injury.dateOfInjury', true],
    ['treatment.fce.done', true],
    ['treatment.therapyCourses', true],
    ['treatment.therapyCourses.0.visitsCompleted', true],
    ['work.rtwGoalAgreedByEmployer', true],
    ['facts.nope', false],
    ['injury.nope', false],
    ['treatment.therapyCourses.x', false],
    ['frequencyPerWeek.deeper', false],
    ['', false],
    ['imr.', false],
  ])('%s exists: %s', (path, expected) => {
    expect(fieldPathExists(path)).toBe(expected);
  });

  it.each([
    ['review.evidenceSource', true],
    ['disputedItems.3.review.evidenceCitation', true],
    ['disputedItems.0.review.freeCriteria.12.answer', true],
    ['review.freeCriteria.0.note', true],
    ['review.freeCriteria.x.answer', false],
    ['review.criteria', false],
    ['disputedItems.0.review.decision', true],
    ['disputedItems.2.review.criteria.ch-plan-of-care.answer', true],
    ['review.criteria.op16-cures.answer', true],
    ['disputedItems.0.review.criteria.ch-plan-of-care.note', false],
    ['disputedItems.0.review.criteria.Bad_Id.answer', false],
    ['disputedItems.0.review.decisionReason', true],
    ['disputedItems.0.medication', false],
    ['treatment.review.evidenceSource', false],
  ])('%s is a field of the criteria panel: %s', (path, expected) => {
    expect(isPanelFieldPath(path)).toBe(expected);
  });

  it('declares only panel fields the case schema has', () => {
    for (const path of PANEL_FIELD_PATHS)
      expect(fieldPathExists(path.replace('#', '0').replace('@', 'ch-plan-of-care')), path).toBe(true);
  });

  it('reaches a field by itself, and a group of fields by a field inside it', () => {
    expect(fieldPathReaches('disputedItems.0.bodyPart', 'disputedItems.0.bodyPart')).toBe(true);
    expect(fieldPathReaches('disputedItems.0.medication', 'disputedItems.0.medication.name')).toBe(true);
    expect(fieldPathReaches('medication', 'medicationNotes')).toBe(false);
    expect(fieldPathReaches('disputedItems.0.medication.name', 'disputedItems.0.medication')).toBe(false);
  });

  it('names the part of the case a path belongs to', () => {
    expect(caseSectionOf('disputedItems.0.frequencyPerWeek')).toBe('disputedItems');
    expect(caseSectionOf('injury.dateOfInjury')).toBe('injury');
  });
});
