import { describe, expect, it } from 'vitest';
import type { Ingredient, Medication } from '../case/case-schema';
import { emptyMedication } from '../case/empty-case';
import { compoundAnalysis, topicalAnalysis } from './compound-analysis';
import { CITATIONS } from './drug-reference';

const ingredients = (...entries: [string, string][]): Ingredient[] =>
  entries.map(([name, strength], index) => ({ id: `i${index + 1}`, name, strength }));
const med = (fields: Partial<Medication>): Medication => ({ ...emptyMedication('m'), ...fields });

describe('compoundAnalysis: fixture CM17-0007300 (flurbiprofen/cyclobenzaprine/gabapentin/lidocaine/dextromethorphan)', () => {
  const result = compoundAnalysis(
    ingredients(
      ['flurbiprofen', '10%'],
      ['cyclobenzaprine', '3%'],
      ['gabapentin', '6%'],
      ['lidocaine', '5%'],
      ['dextromethorphan', ''],
    ),
    { form: 'cream' },
  );

  it('the compound is not recommended because of its non-recommended ingredients', () => {
    expect(result.status).toBe('not_recommended');
    expect(result.reason).toBe(
      'Flurbiprofen, cyclobenzaprine, gabapentin and lidocaine are not recommended as a topical, and a compound with any non-recommended ingredient is not recommended as a whole.',
    );
    expect(result.citation).toBe(CITATIONS.topicalAnalgesics);
    expect(result.confirmedBy).toContain('CM17-0007300');
  });

  it('each ingredient has its own status, reason and citation', () => {
    expect(result.ingredients.map((item) => [item.name, item.status])).toEqual([
      ['flurbiprofen', 'not_recommended'],
      ['cyclobenzaprine', 'not_recommended'],
      ['gabapentin', 'not_recommended'],
      ['lidocaine', 'not_recommended'],
      ['dextromethorphan', 'unknown'],
    ]);
    const [flurbiprofen, cyclobenzaprine, gabapentin, lidocaine, dextromethorphan] = result.ingredients;
    expect(flurbiprofen!.reason).toContain('Diclofenac is the only FDA-approved topical NSAID');
    expect(flurbiprofen!.citation).toBe(CITATIONS.topicalNsaids);
    expect(cyclobenzaprine!.citation).toBe(CITATIONS.topicalMuscleRelaxants);
    expect(gabapentin!.citation).toBe(CITATIONS.topicalAntiepileptics);
    expect(lidocaine!.reason).toContain('Only the lidocaine dermal patch (Lidoderm) is endorsed');
    expect(dextromethorphan!.reason).toBe('"dextromethorphan" is not in the drug reference; classify it');
    expect(dextromethorphan!.citation).toBeNull();
    expect(flurbiprofen!.strength).toBe('10%');
  });
});

describe('compoundAnalysis: statuses', () => {
  it.each([
    // ingredients, form, overall status
    [[['baclofen', '2%']], 'cream', 'not_recommended'],
    [[['ketoprofen', '10%']], 'gel', 'not_recommended'],
    [[['methyl salicylate', '25%']], 'lotion', 'recommended'],
    [
      [
        ['methyl salicylate', '25%'],
        ['capsaicin', '0.025%'],
      ],
      'lotion',
      'conditional',
    ],
    [
      [
        ['methyl salicylate', '25%'],
        ['menthol', '10%'],
      ],
      'lotion',
      'unknown',
    ],
    [[['diclofenac', '1.5%']], 'solution', 'conditional'], // read as topical diclofenac
    [[['lidocaine', '5%']], 'patch', 'conditional'], // patch form: the Lidoderm rule
    [[['ketamine', '10%']], 'cream', 'conditional'],
    [[['amitriptyline', '2%']], 'cream', 'unknown'],
    [
      [
        ['ketamine', '10%'],
        ['gabapentin', '6%'],
      ],
      'cream',
      'not_recommended',
    ],
  ] as [[string, string][], string, string][])('%j as %s -> %s', (entries, form, status) => {
    expect(compoundAnalysis(ingredients(...entries), { form }).status).toBe(status);
  });

  it('unknown outranks conditional and names who needs judging', () => {
    const result = compoundAnalysis(ingredients(['capsaicin', '0.025%'], ['camphor', '4%']), {
      form: 'cream',
    });
    expect(result.status).toBe('unknown');
    expect(result.reason).toBe(
      "Needs the reviewer's judgment: camphor is not rated as a topical in the reference.",
    );
  });

  it('conditional lists the conditions to document', () => {
    const result = compoundAnalysis(ingredients(['capsaicin', '0.075%']), { form: 'cream' });
    expect(result.reason).toBe(
      'Recommended only if the conditions are documented: capsaicin: Capsaicin only when other treatments have failed or were not tolerated.',
    );
  });

  it('no ingredients, or a blank one, is unknown with a message', () => {
    expect(compoundAnalysis([])).toMatchObject({
      status: 'unknown',
      reason: 'no ingredients entered; list each ingredient to check the compound',
    });
    expect(compoundAnalysis(ingredients(['  ', '5%'])).ingredients[0]).toMatchObject({
      status: 'unknown',
      reason: 'ingredient name not entered',
    });
  });

  it('an ingredient naming a product with parts is judged by each part (Terocin)', () => {
    const result = compoundAnalysis(ingredients(['Terocin', '']), { form: 'lotion' });
    expect(result.ingredients.map((item) => item.drug?.id)).toEqual([
      'methyl-salicylate',
      'capsaicin',
      'menthol',
      'lidocaine',
    ]);
    expect(result.status).toBe('not_recommended');
  });

  it('a near spelling is analysed and the note kept', () => {
    const result = compoundAnalysis(ingredients(['gabapentine', '6%'], ['cyclobenzaprin', '2%']));
    expect(result.ingredients.map((item) => item.status)).toEqual(['not_recommended', 'not_recommended']);
    const approximate = compoundAnalysis(ingredients(['flurbiprofan', '10%']));
    expect(approximate.ingredients[0]!.reason).toContain('confirm');
  });
});

describe('topicalAnalysis (a topical medication)', () => {
  it.each([
    ['Lidoderm', 'patch', 'conditional'],
    ['Lidocaine 5% ointment', '', 'not_recommended'], // fixture CM16-0234464
    ['LidoPro ointment', '', 'not_recommended'], // fixture CM17-0009995: lidocaine in an ointment
    ['Voltaren gel', 'gel', 'conditional'],
    ['Terocin patch', 'patch', 'not_recommended'], // not Lidoderm: a lidocaine/menthol patch (catalogue 3.5)
    ['ketoprofen cream', 'cream', 'not_recommended'],
    ['Zyxwv cream', 'cream', 'unknown'],
  ])('%s (%s) -> %s', (name, form, status) => {
    expect(topicalAnalysis(med({ name, form, route: 'topical' })).status).toBe(status);
  });

  it('listed ingredients win over the name', () => {
    const result = topicalAnalysis(
      med({
        name: 'Compounded topical',
        form: 'cream',
        ingredients: ingredients(['flurbiprofen', '10%'], ['cyclobenzaprine', '3%']),
      }),
    );
    expect(result.status).toBe('not_recommended');
    expect(result.ingredients).toHaveLength(2);
  });
});

describe('topicalAnalysis: only Lidoderm (lidocaine 5%) is the endorsed patch', () => {
  it.each([
    [{ name: 'Lidoderm' }],
    [{ name: 'Lidocaine 5% patch' }],
    [{ name: 'lidocaine patch' }],
    [{ name: 'Lidocaine', form: 'patch', strength: '5%' }],
  ])('%o is conditional', (fields) => {
    expect(topicalAnalysis(med(fields)).status).toBe('conditional');
  });

  it.each([
    [{ name: 'Terocin patch' }],
    [{ name: 'Lidocaine 4% patch' }],
    [{ name: 'Lidocaine', form: 'patch', strength: '4%' }],
    [
      {
        name: 'compound',
        form: 'patch',
        ingredients: ingredients(['methyl salicylate', '10%'], ['lidocaine', '5%']),
      },
    ],
    [
      {
        name: 'Lidocaine/menthol patch',
        form: 'patch',
        ingredients: ingredients(['lidocaine', '4%'], ['menthol', '1%']),
      },
    ],
  ])('%o is not recommended', (fields) => {
    const result = topicalAnalysis(med(fields));
    expect(result.status).toBe('not_recommended');
    const lidocaine = result.ingredients.find((item) => item.name.toLowerCase().includes('lidocaine'));
    expect(lidocaine?.status).toBe('not_recommended');
    expect(lidocaine?.reason).toContain('Only the Lidoderm (lidocaine 5%) dermal patch is endorsed');
  });
});

describe('topicalAnalysis: capsaicin only in the strengths studied (0.025%, 0.075%)', () => {
  it.each([
    [{ name: 'Capsaicin 0.025% cream' }, 'conditional'],
    [{ name: 'Capsaicin', strength: '0.075%' }, 'conditional'],
    [{ name: 'Zostrix' }, 'conditional'],
    [{ name: 'Capsaicin 0.0375% cream' }, 'not_recommended'],
    [{ name: 'Capsaicin', strength: '.0375%' }, 'not_recommended'],
    [{ name: 'Capsaicin', strength: '0.1%' }, 'not_recommended'],
  ])('%o -> %s', (fields, status) => {
    const result = topicalAnalysis(med({ ...fields, route: 'topical' }));
    expect(result.status).toBe(status);
    if (status === 'not_recommended')
      expect(result.ingredients[0]?.reason).toContain('no studies of other strengths');
  });

  it('judges each ingredient of a compound by its own strength', () => {
    // A common compound: flurbiprofen is not recommended anyway; capsaicin 0.0375% is not either.
    const result = compoundAnalysis(
      ingredients(['flurbiprofen', '20%'], ['capsaicin', '0.0375%'], ['menthol', '5%']),
      { form: 'cream' },
    );
    const capsaicin = result.ingredients.find((item) => item.name === 'capsaicin');
    expect(capsaicin?.status).toBe('not_recommended');
    // The 20% of another ingredient does not make 0.025% capsaicin an unstudied strength.
    const studied = compoundAnalysis(ingredients(['methyl salicylate', '20%'], ['capsaicin', '0.025%']), {
      form: 'cream',
    });
    expect(studied.ingredients.find((item) => item.name === 'capsaicin')?.status).toBe('conditional');
  });
});
