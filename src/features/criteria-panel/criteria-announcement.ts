/**
 * What the criteria panel says to screen readers: once typing pauses, only the disputed services
 * whose outcome changed, never the whole case again. Services are named by number, not by their
 * typed text, so editing "Requested as" never makes a service count as changed.
 */
import type { Evaluation } from '@/domain/evaluator/evaluation-types';
import { RECOMMENDATION_DISPLAY } from './status-labels';

/** How long typing must pause before a change is announced. */
export const ANNOUNCE_AFTER_QUIET_MS = 700;
/** More changed services than this are counted, not read out one by one. */
const MAX_LINES = 3;

/** One line per disputed service, keyed by item id: its recommendation and criteria counts. */
export function outcomeLines(evaluation: Evaluation): ReadonlyMap<string, string> {
  const lines = new Map<string, string>();
  for (const item of evaluation.items) {
    const outcome = item.recommendation
      ? RECOMMENDATION_DISPLAY[item.recommendation].label
      : 'no recommendation yet';
    const { met, not_met, not_documented } = item.counts;
    lines.set(
      item.itemId,
      `Disputed service ${item.itemIndex + 1}: ${outcome}, ${met} met, ${not_met} not met, ${not_documented} not documented.`,
    );
  }
  return lines;
}

/** The words for what changed between two sets of lines; null when nothing did. */
export function announcementFor(
  previous: ReadonlyMap<string, string>,
  next: ReadonlyMap<string, string>,
): string | null {
  const changed = [...next].filter(([id, line]) => previous.get(id) !== line).map(([, line]) => line);
  if (changed.length === 0) return null;
  const spoken = changed.slice(0, MAX_LINES);
  const rest = changed.length - spoken.length;
  if (rest > 0)
    spoken.push(`Criteria also changed for ${rest} more disputed ${rest === 1 ? 'service' : 'services'}.`);
  return spoken.join(' ');
}
