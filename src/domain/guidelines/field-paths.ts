/**
 * Field paths that feed criteria. Guideline data writes them item-relative ("frequencyPerWeek",
 * "facts.screeningDone") or case-level ("injury.dateOfInjury"); results carry absolute form paths
 * ("disputedItems.0.frequencyPerWeek"), the names react-hook-form uses, so the panel can jump to
 * the field that decides a criterion.
 */
import * as z from 'zod';
import { CaseDraftSchema, DisputedItemSchema } from '../case/case-schema';

const ITEM_KEYS = new Set(Object.keys(DisputedItemSchema.shape).filter((key) => key !== 'id'));

/** True when the path is relative to a disputed item. */
export function isItemRelativePath(path: string): boolean {
  return ITEM_KEYS.has(path.split('.')[0] ?? '');
}

/** The absolute form path: item-relative paths are placed under disputedItems.<index>. */
export function resolveFieldPath(path: string, itemIndex: number): string {
  return isItemRelativePath(path) ? `disputedItems.${itemIndex}.${path}` : path;
}

/**
 * The top-level part of the case a path belongs to ('imr', 'patient', 'injury', 'reports', 'work',
 * 'treatment', 'disputedItems', ...): the panel maps it to a wizard step.
 */
export function caseSectionOf(absolutePath: string): string {
  return absolutePath.split('.')[0] ?? '';
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.ZodDefault ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodOptional
    ) {
      current = current.unwrap() as z.ZodType;
    } else {
      return current;
    }
  }
}

/**
 * Whether a guideline field path names a field of the case schema. Segments walk object shapes;
 * a numeric segment walks into an array. A path may end on an array (a whole list).
 */
export function fieldPathExists(path: string): boolean {
  const segments = path.split('.');
  let schema: z.ZodType = isItemRelativePath(path) ? DisputedItemSchema : CaseDraftSchema;
  for (const segment of segments) {
    const current = unwrap(schema);
    if (current instanceof z.ZodObject) {
      const shape = current.shape as Record<string, z.ZodType>;
      if (!Object.hasOwn(shape, segment)) return false;
      schema = shape[segment] as z.ZodType;
    } else if (current instanceof z.ZodArray && /^\d+$/.test(segment)) {
      schema = current.element as z.ZodType;
    } else if (current instanceof z.ZodRecord) {
      schema = current.valueType as z.ZodType;
    } else {
      return false;
    }
  }
  return segments.length > 0 && segments.every((segment) => segment !== '');
}

/**
 * Item-relative fields edited in the criteria panel (the evidence-hierarchy editor), not in a wizard
 * step: a criterion that points at one is reached there, whatever step is open. `#` stands for a
 * reviewer-written criterion's row, `@` for a guideline criterion's id. The panel marks each control with its path (a component test
 * checks every entry here is rendered).
 */
export const PANEL_FIELD_PATHS = [
  'review.decision',
  'review.decisionReason',
  'review.evidenceSource',
  'review.evidenceCitation',
  'review.mtusNotApplicableReason',
  'review.freeCriteria.#.text',
  'review.freeCriteria.#.answer',
  'review.freeCriteria.#.note',
  // The reviewer's judgment on a guideline criterion (`@` stands for the criterion's id).
  'review.criteria.@.answer',
] as const;

const PANEL_PATH_PATTERNS = PANEL_FIELD_PATHS.map(
  (path) =>
    new RegExp(
      `^(?:disputedItems\\.\\d+\\.)?${path
        .replaceAll('.', '\\.')
        .replaceAll('#', '\\d+')
        .replaceAll('@', '[a-z0-9]+(?:-[a-z0-9]+)*')}$`,
    ),
);

/** True when a path (item-relative or absolute) names a field of the criteria panel. */
export function isPanelFieldPath(path: string): boolean {
  return PANEL_PATH_PATTERNS.some((pattern) => pattern.test(path));
}

/**
 * Whether a criterion's path is reached through a rendered field: the field itself, or, for a path
 * naming a group of fields (a disputed service's `medication`), the first field inside it.
 */
export function fieldPathReaches(path: string, renderedPath: string): boolean {
  return renderedPath === path || renderedPath.startsWith(`${path}.`);
}
