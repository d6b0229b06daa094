/**
 * Each step's state for the stepper: not started, complete, or has problems. Pure, so it is tested
 * on its own; the stepper renders it with text, never colour alone.
 */
import type { CaseDraft } from '@/domain/case/case-schema';
import { emptyCaseDraft } from '@/domain/case/empty-case';
import type { CaseIssue } from '@/domain/case/validate-case';
import { type StepId, WIZARD_STEPS } from './steps';

export type StepState = 'not-started' | 'complete' | 'problems';

export interface StepStatus {
  state: StepState;
  invalid: number;
  missing: number;
}

const EMPTY = emptyCaseDraft('');

/** The parts of a case each step edits (Review edits nothing of its own). */
const STEP_PARTS: Record<StepId, (draft: CaseDraft) => unknown[]> = {
  case: (draft) => [draft.imr, draft.reviewer],
  patient: (draft) => [draft.patient, draft.injury],
  reports: (draft) => [draft.reports],
  work: (draft) => [draft.work],
  treatment: (draft) => [draft.treatment],
  disputed: (draft) => [draft.disputedItems],
  review: () => [],
};

/** True when a value holds nothing beyond the empty case's defaults (lists: no entries). */
function isUntouched(value: unknown, empty: unknown): boolean {
  if (Array.isArray(value)) {
    if (!Array.isArray(empty)) return false;
    // Lists with defaults (licensure states) count as untouched while equal to the default.
    return value.length === empty.length && value.every((entry, index) => isUntouched(entry, empty[index]));
  }
  if (value && typeof value === 'object') {
    if (!empty || typeof empty !== 'object') return false;
    for (const key of Object.keys(value)) {
      if (!isUntouched((value as Record<string, unknown>)[key], (empty as Record<string, unknown>)[key]))
        return false;
    }
    return true;
  }
  return value === empty;
}

export function stepHasData(draft: CaseDraft, step: StepId): boolean {
  const parts = STEP_PARTS[step](draft);
  const emptyParts = STEP_PARTS[step](EMPTY);
  return parts.some((part, index) => !isUntouched(part, emptyParts[index]));
}

/**
 * - problems: an invalid value, or something the letter needs is missing on a step that has been
 *   started (a blank step is simply not started yet);
 * - complete: started (data entered, or the reviewer has been through it) and nothing to fix;
 * - Review is complete when the whole case has nothing to fix, once visited; the letter's own
 *   must-fix problems (`letterErrors`, those the case's list does not already show) count there too,
 *   as the Review step lists them.
 */
export function stepStatuses(
  draft: CaseDraft,
  issues: readonly Pick<CaseIssue, 'step' | 'kind'>[],
  visited: ReadonlySet<StepId>,
  letterErrors = 0,
): Record<StepId, StepStatus> {
  const counts = new Map<string, { invalid: number; missing: number }>();
  for (const issue of issues) {
    const count = counts.get(issue.step) ?? { invalid: 0, missing: 0 };
    count[issue.kind] += 1;
    counts.set(issue.step, count);
  }
  const statuses = {} as Record<StepId, StepStatus>;
  for (const { id } of WIZARD_STEPS) {
    const count =
      id === 'review'
        ? [...counts.values()].reduce(
            (total, next) => ({
              invalid: total.invalid + next.invalid,
              missing: total.missing + next.missing,
            }),
            { invalid: letterErrors, missing: 0 },
          )
        : (counts.get(id) ?? { invalid: 0, missing: 0 });
    const started = visited.has(id) || stepHasData(draft, id);
    const state: StepState =
      count.invalid > 0 || (started && count.missing > 0) ? 'problems' : started ? 'complete' : 'not-started';
    statuses[id] = { state, ...count };
  }
  return statuses;
}

export function describeStepStatus(status: StepStatus): string {
  if (status.state === 'not-started') return 'Not started';
  if (status.state === 'complete') return 'Complete';
  const parts = [
    status.invalid > 0 ? `${status.invalid} to fix` : null,
    status.missing > 0 ? `${status.missing} missing` : null,
  ].filter(Boolean);
  return `Has problems: ${parts.join(', ')}`;
}
