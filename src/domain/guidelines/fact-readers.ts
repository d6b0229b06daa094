/**
 * Readers shared by the fact registries (facts.ts, facts-medications.ts, facts-procedures.ts):
 * anything malformed reads as undefined, so a criterion becomes "not documented", never "met".
 */
import type { ServiceFacts } from '../case/case-schema';
import type { FactDefinition } from './facts';

export const readBool = (value: boolean | null | undefined): boolean | undefined =>
  typeof value === 'boolean' ? value : undefined;

/** Service facts that hold a tri-state yes / no / not documented answer. */
export type BooleanFactKey = {
  [K in keyof ServiceFacts]: ServiceFacts[K] extends boolean | null ? K : never;
}[keyof ServiceFacts];

/** A fact that reads one yes/no service fact of the disputed item. */
export function serviceBoolean(key: BooleanFactKey, label: string) {
  return {
    type: 'boolean',
    label,
    fieldPaths: [`facts.${key}`],
    get: ({ item }) => readBool(item.facts[key]),
  } satisfies FactDefinition;
}
