import { describe, expect, it } from 'vitest';
import { caseSectionOf, fieldPathExists, isItemRelativePath, resolveFieldPath } from './field-paths';

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

  it('names the part of the case a path belongs to', () => {
    expect(caseSectionOf('disputedItems.0.frequencyPerWeek')).toBe('disputedItems');
    expect(caseSectionOf('injury.dateOfInjury')).toBe('injury');
  });
});
