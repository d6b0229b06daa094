/** Medication domain: drug reference, strength and sig parsing, and the facts criteria read. */
export * from './drug-reference';
export * from './find-drug';
export * from './medication-facts';
export * from './opioid-strength';
export * from './parse-sig';
export * from './parse-strength';
export * from './release';
