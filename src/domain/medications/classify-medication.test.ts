import { describe, expect, it } from 'vitest';
import type { Medication } from '../case/case-schema';
import { emptyIngredient, emptyMedication } from '../case/empty-case';
import { classifyMedication } from './classify-medication';

const compound = (ingredientNames: string[]): Medication => ({
  ...emptyMedication('m'),
  name: 'compounded cream',
  ingredients: ingredientNames.map((name, index) => ({ ...emptyIngredient(`i${index}`), name })),
});

describe('classifyMedication: a compound judged by its listed ingredients', () => {
  it('counts one listed ingredient in the singular', () => {
    expect(classifyMedication(compound(['gabapentin'])).message).toBe(
      'compounded product of 1 listed ingredient: judged ingredient by ingredient',
    );
  });

  it('counts several listed ingredients in the plural, never as "ingredient(s)"', () => {
    const { message } = classifyMedication(compound(['gabapentin', 'ketoprofen', 'lidocaine']));
    expect(message).toBe('compounded product of 3 listed ingredients: judged ingredient by ingredient');
    expect(message).not.toContain('(s)');
  });
});
