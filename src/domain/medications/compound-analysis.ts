/**
 * Topical and compounded products judged ingredient by ingredient (MTUS Topical analgesics): any
 * ingredient that is not recommended makes the whole compound not recommended.
 */
import type { Ingredient, Medication } from '../case/case-schema';
import { capitalizeSentenceStart, listed } from '../text/wording';
import { lookupContext } from './classify-medication';
import { CITATIONS, type DrugEntry, drugById, type TopicalRule, type TopicalStatus } from './drug-reference';
import { findDrug, findDrugs } from './find-drug';

export interface IngredientAnalysis {
  /** Id of the case ingredient, or null for a part of a named product (Terocin's menthol). */
  ingredientId: string | null;
  /** As written. */
  name: string;
  strength: string;
  drug: DrugEntry | null;
  status: TopicalStatus;
  reason: string;
  citation: string | null;
  confirmedBy: readonly string[];
}

export interface CompoundAnalysis {
  status: TopicalStatus;
  reason: string;
  citation: string;
  confirmedBy: readonly string[];
  ingredients: IngredientAnalysis[];
}

export interface CompoundOptions {
  /** Dosage form ("cream", "patch"); decides lidocaine patch versus lidocaine cream. */
  form?: string;
  /** Name and strength as written ("Lidocaine 4% patch"): a lidocaine patch other than 5% is not Lidoderm. */
  written?: string;
  /** A part of a product with several ingredients (Terocin patch, a compounded patch). */
  inCombination?: boolean;
}

/** Lidocaine patches that are not Lidoderm (5%): OTC 4%, combination and compounded patches. */
const LIDOCAINE_OTHER_PATCH: TopicalRule = {
  status: 'not_recommended',
  reason:
    'Only the Lidoderm (lidocaine 5%) dermal patch is endorsed; other lidocaine patches (over-the-counter strengths, combination or compounded patches such as Terocin) are not.',
  citation: CITATIONS.topicalLidocaine,
  confirmedBy: [],
};

const LIDODERM_ID = 'lidocaine-patch';

/** Capsaicin in a strength other than the two studied ones (0.025% and 0.075%), e.g. 0.0375%. */
const CAPSAICIN_UNSTUDIED_STRENGTH: TopicalRule = {
  status: 'not_recommended',
  reason:
    'Capsaicin is studied at 0.025% (osteoarthritis) and 0.075% (neuropathic pain); there are no studies of other strengths such as 0.0375%, and nothing shows they add efficacy.',
  citation: CITATIONS.topicalCapsaicin,
  confirmedBy: [],
};
const CAPSAICIN_STUDIED_PERCENTS = [0.025, 0.075];

const percentsIn = (written: string | undefined): number[] =>
  [...(written ?? '').matchAll(/(\d*\.?\d+)\s*%/g)].map((m) => Number(m[1]));

/** Why a lidocaine patch is not Lidoderm, or null when it is (Lidoderm, lidocaine 5% patch, no strength). */
function notLidoderm(options: CompoundOptions): boolean {
  if (options.inCombination) return true;
  return percentsIn(options.written).some((percent) => percent !== 5);
}

const COMPOUND_RULE_LETTERS = ['CM16-0234464', 'CM17-0007300', 'CM17-0009995'] as const;

const CLASS_RULES: Partial<Record<DrugEntry['pharmacologicClass'], TopicalRule>> = {
  nsaid: {
    status: 'not_recommended',
    reason:
      'Diclofenac is the only FDA-approved topical NSAID; other NSAIDs (flurbiprofen, ketoprofen, ibuprofen...) are not indicated as topicals.',
    citation: CITATIONS.topicalNsaids,
    confirmedBy: ['CM17-0007300', 'CM16-0243394'],
  },
  muscle_relaxant: {
    status: 'not_recommended',
    reason: 'No evidence supports muscle relaxants (cyclobenzaprine, baclofen, others) as topicals.',
    citation: CITATIONS.topicalMuscleRelaxants,
    confirmedBy: ['CM16-0248698', 'CM17-0007300'],
  },
  anticonvulsant: {
    status: 'not_recommended',
    reason:
      'Gabapentin and other antiepilepsy drugs are not recommended as topicals (no peer-reviewed support; draft catalogue, not singled out in the 2016-2017 letters).',
    citation: CITATIONS.topicalAntiepileptics,
    confirmedBy: [],
  },
};

const PATCH = /\bpatch(?:es)?\b/i;

/** The MTUS rule for `drug` used on the skin. */
export function topicalRuleFor(drug: DrugEntry, options: CompoundOptions = {}): TopicalRule {
  const isPatch = PATCH.test(options.form ?? '');
  const patch = isPatch && drug.patchVariantId ? drugById(drug.patchVariantId) : undefined;
  const asUsed = patch ?? drug;
  if (asUsed.id === LIDODERM_ID && notLidoderm(options)) return LIDOCAINE_OTHER_PATCH;
  if (
    drug.id === 'capsaicin' &&
    percentsIn(options.written).some((percent) => !CAPSAICIN_STUDIED_PERCENTS.includes(percent))
  )
    return CAPSAICIN_UNSTUDIED_STRENGTH;
  if (patch?.topicalUse) return patch.topicalUse;
  if (drug.topicalUse) return drug.topicalUse;
  if (drug.topicalVariantId) {
    const topical = drugById(drug.topicalVariantId);
    if (topical?.topicalUse) return topical.topicalUse;
  }
  const byClass = CLASS_RULES[drug.pharmacologicClass];
  if (byClass) return byClass;
  return {
    status: 'unknown',
    reason: `The MTUS topical analgesics section does not rate ${drug.genericName} as a topical in this reference; judge it from other evidence.`,
    citation: CITATIONS.topicalAnalgesics,
    confirmedBy: [],
  };
}

function fromRule(
  ingredientId: string | null,
  name: string,
  strength: string,
  drug: DrugEntry,
  rule: TopicalRule,
): IngredientAnalysis {
  return {
    ingredientId,
    name,
    strength,
    drug,
    status: rule.status,
    reason: rule.reason,
    citation: rule.citation,
    confirmedBy: rule.confirmedBy,
  };
}

/** A named product with parts (Terocin, LidoPro) is judged by each part. */
function analyseDrug(
  ingredientId: string | null,
  name: string,
  strength: string,
  drug: DrugEntry,
  options: CompoundOptions,
): IngredientAnalysis[] {
  if (drug.components && drug.components.length > 0 && !drug.topicalUse) {
    const partOptions = { ...options, inCombination: true };
    return drug.components.flatMap((componentId) => {
      const part = drugById(componentId);
      if (!part) return [];
      return [
        fromRule(
          ingredientId,
          `${part.genericName} (in ${name})`,
          '',
          part,
          topicalRuleFor(part, partOptions),
        ),
      ];
    });
  }
  const written = { ...options, written: `${options.written ?? ''} ${name} ${strength}` };
  return [fromRule(ingredientId, name, strength, drug, topicalRuleFor(drug, written))];
}

function analyseIngredient(ingredient: Ingredient, options: CompoundOptions): IngredientAnalysis[] {
  const name = ingredient.name.trim();
  const unknown = (reason: string): IngredientAnalysis[] => [
    {
      ingredientId: ingredient.id,
      name,
      strength: ingredient.strength,
      drug: null,
      status: 'unknown',
      reason,
      citation: null,
      confirmedBy: [],
    },
  ];
  if (name === '') return unknown('ingredient name not entered');
  const match = findDrug(name, { form: options.form, route: 'topical' });
  if (!match) {
    const several = findDrugs(name, { form: options.form, route: 'topical' });
    if (several.length > 1) {
      return several.flatMap((m) => analyseDrug(ingredient.id, m.drug.genericName, '', m.drug, options));
    }
    return unknown(`"${name}" is not in the drug reference; classify it`);
  }
  const analysed = analyseDrug(ingredient.id, name, ingredient.strength, match.drug, options);
  if (match.approximate && match.note) {
    return analysed.map((item) => ({ ...item, reason: `${item.reason} (${match.note})` }));
  }
  return analysed;
}

function listNames(items: IngredientAnalysis[]): string {
  return listed(items.map((item) => item.name));
}

function summarise(ingredients: IngredientAnalysis[]): CompoundAnalysis {
  const base = { ingredients, citation: CITATIONS.topicalAnalgesics };
  if (ingredients.length === 0) {
    return {
      ...base,
      status: 'unknown',
      reason: 'no ingredients entered; list each ingredient to check the compound',
      confirmedBy: [],
    };
  }
  const notRecommended = ingredients.filter((item) => item.status === 'not_recommended');
  if (notRecommended.length > 0) {
    const verb = notRecommended.length === 1 ? 'is' : 'are';
    return {
      ...base,
      status: 'not_recommended',
      reason: `${capitalizeSentenceStart(listNames(notRecommended))} ${verb} not recommended as a topical, and a compound with any non-recommended ingredient is not recommended as a whole.`,
      confirmedBy: COMPOUND_RULE_LETTERS,
    };
  }
  const unknown = ingredients.filter((item) => item.status === 'unknown');
  if (unknown.length > 0) {
    return {
      ...base,
      status: 'unknown',
      reason: `Needs the reviewer's judgment: ${listNames(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not rated as a topical in the reference.`,
      confirmedBy: [],
    };
  }
  const conditional = ingredients.filter((item) => item.status === 'conditional');
  if (conditional.length > 0) {
    return {
      ...base,
      status: 'conditional',
      reason: `Recommended only if the conditions are documented: ${conditional.map((item) => `${item.name}: ${item.reason}`).join(' ')}`,
      confirmedBy: [...new Set(conditional.flatMap((item) => item.confirmedBy))],
    };
  }
  return {
    ...base,
    status: 'recommended',
    reason: `Every ingredient is recommended as a topical (${listNames(ingredients)}).`,
    confirmedBy: [...new Set(ingredients.flatMap((item) => item.confirmedBy))],
  };
}

/**
 * Each ingredient's status (recommended / not recommended / conditional / unknown) with its reason
 * and citation, and the compound's: any non-recommended ingredient makes it not recommended.
 */
export function compoundAnalysis(
  ingredients: readonly Ingredient[],
  options: CompoundOptions = {},
): CompoundAnalysis {
  const named = ingredients.filter((ingredient) => ingredient.name.trim() !== '');
  const combined = named.length > 1 ? { ...options, inCombination: true } : options;
  return summarise(ingredients.flatMap((ingredient) => analyseIngredient(ingredient, combined)));
}

/**
 * A topical medication judged as a compound: its listed ingredients, else the parts of a named
 * product (Terocin), else the single drug (Lidoderm, lidocaine ointment, Voltaren gel).
 */
export function topicalAnalysis(medication: Medication): CompoundAnalysis {
  const options = { form: `${medication.form} ${medication.name}` };
  if (medication.ingredients.length > 0) return compoundAnalysis(medication.ingredients, options);
  const name = medication.name.trim();
  const match = name === '' ? undefined : findDrug(name, lookupContext(medication));
  if (match) return summarise(analyseDrug(null, name, medication.strength, match.drug, options));
  return compoundAnalysis(
    name === '' ? [] : [{ id: medication.id, name, strength: medication.strength }],
    options,
  );
}
