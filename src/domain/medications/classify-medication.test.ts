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

describe('classifyMedication: drugs the MTUS covers as a class', () => {
  // The CPMTG judges anti-epilepsy drugs and oral NSAIDs as classes: a brand the reviewer types
  // reaches its set without being classed by hand.
  it.each([
    ['Tegretol 200 mg', 'anticonvulsant', 'carbamazepine'],
    ['Trileptal', 'anticonvulsant', 'oxcarbazepine'],
    ['Lamictal 25 mg', 'anticonvulsant', 'lamotrigine'],
    ['Keppra', 'anticonvulsant', 'levetiracetam'],
    ['Depakote ER', 'anticonvulsant', 'divalproex / valproic acid'],
    ['zonisamide', 'anticonvulsant', 'zonisamide'],
    ['Dilantin', 'anticonvulsant', 'phenytoin'],
    ['Daypro 600 mg', 'nsaid', 'oxaprozin'],
    ['Feldene', 'nsaid', 'piroxicam'],
    ['sulindac 200 mg', 'nsaid', 'sulindac'],
    ['Nalfon', 'nsaid', 'fenoprofen'],
    ['diflunisal', 'nsaid', 'diflunisal'],
    ['Ponstel', 'nsaid', 'mefenamic acid'],
  ])('reads "%s" as %s (%s)', (name, drugClass, genericName) => {
    const result = classifyMedication({ ...emptyMedication('m'), name });
    expect(result).toMatchObject({ drugClass, source: 'reference' });
    expect(result.match?.drug.genericName).toBe(genericName);
  });
});

describe('classifyMedication: antidepressants, sleep aids, antiemetics and laxatives in the reference', () => {
  it.each([
    ['Sertraline 50 mg #30', 'antidepressant', 'sertraline'],
    ['Lexapro 10 mg', 'antidepressant', 'escitalopram'],
    ['Remeron 15 mg qhs', 'antidepressant', 'mirtazapine'],
    ['Savella 50 mg bid', 'antidepressant', 'milnacipran'],
    ['Belsomra 10 mg', 'sleep_aid', 'suvorexant'],
    ['Vistaril 25 mg', 'sleep_aid', 'hydroxyzine'],
    ['Melatonin 3 mg', 'sleep_aid', 'melatonin'],
    ['Zofran 4 mg', 'other', 'ondansetron'],
    ['Phenergan 25 mg', 'other', 'promethazine'],
    ['Colace 100 mg', 'other', 'docusate'],
    ['Senokot 8.6 mg', 'other', 'senna'],
    ['MiraLAX 17 g', 'other', 'polyethylene glycol 3350'],
    ['Lactulose 20 g', 'other', 'lactulose'],
  ])('reads "%s" as %s (%s), not unknown', (name, drugClass, genericName) => {
    const result = classifyMedication({ ...emptyMedication('m'), name });
    expect(result).toMatchObject({ drugClass, source: 'reference' });
    expect(result.match?.drug.genericName).toBe(genericName);
    expect(result.message).not.toContain('not in the drug reference');
  });

  it('passes the Silenor sleep note on to the reviewer', () => {
    const result = classifyMedication({ ...emptyMedication('m'), name: 'Silenor 6 mg' });
    expect(result.drugClass).toBe('antidepressant');
    expect(result.match?.drug.note).toMatch(/Silenor/);
  });
});

describe('classifyMedication: a brand and its generic name in one entry', () => {
  it('reads "Voltaren (diclofenac sodium) 1% gel" as one topical drug, not two', () => {
    const result = classifyMedication({
      ...emptyMedication('m'),
      name: 'Voltaren (diclofenac sodium) 1% gel',
      strength: '1%',
      route: 'topical',
    });
    expect(result.drugClass).toBe('topical');
    expect(result.match?.drug.id).toBe('diclofenac-topical');
    expect(result.message).not.toContain('more than one drug');
  });
});
