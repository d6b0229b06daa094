/** The case number a copy of a case gets (Duplicate, "Keep both" on import). */
import { ImrSchema } from './case-schema';

export const COPY_SUFFIX = ' (copy)';

/** The longest case number a stored case may have (from the case schema). */
const MAX_CASE_NUMBER_LENGTH = ImrSchema.shape.caseNumber.maxLength ?? 2_000;

/** Marks where a case number too long to take the copy suffix was cut. */
const SHORTENED_MARK = '…';

/**
 * The case number of a copy (Duplicate, "Keep both" on import): the number with " (copy)" after it,
 * so the two list rows (and their buttons' names) differ; an empty number stays empty. A number too
 * long to take the suffix is cut, with "…" before the suffix, so the copy still reads back as a case.
 */
export function copyCaseNumber(caseNumber: string): string {
  if (caseNumber === '') return '';
  const copy = `${caseNumber}${COPY_SUFFIX}`;
  if (copy.length <= MAX_CASE_NUMBER_LENGTH) return copy;
  let kept = caseNumber.slice(0, MAX_CASE_NUMBER_LENGTH - COPY_SUFFIX.length - SHORTENED_MARK.length);
  // Never keep half of a surrogate pair (an emoji cut in two is not text).
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}${SHORTENED_MARK}${COPY_SUFFIX}`;
}
