import type { CriterionStatus, Recommendation, StatusSource } from '@/domain/evaluator/evaluation-types';

/** Text and icon for each status: the icon is decoration, the text is what assistive tech reads. */
export const STATUS_DISPLAY: Record<CriterionStatus, { label: string; icon: string; className: string }> = {
  met: { label: 'Met', icon: '✓', className: 'bg-green-50 text-green-800 border-green-700' },
  not_met: { label: 'Not met', icon: '✗', className: 'bg-red-50 text-red-800 border-red-700' },
  not_documented: {
    label: 'Not documented',
    icon: '?',
    className: 'bg-amber-50 text-amber-900 border-amber-700',
  },
  not_applicable: {
    label: 'Not applicable',
    icon: '–',
    className: 'bg-slate-50 text-slate-700 border-slate-500',
  },
};

export const SOURCE_LABEL: Record<StatusSource, string> = {
  computed: 'Computed',
  overridden: 'Overridden',
  reviewer: 'Reviewer-entered',
  unanswered: 'Awaiting reviewer',
};

export const RECOMMENDATION_DISPLAY: Record<Recommendation, { label: string; className: string }> = {
  overturn: { label: 'Overturn (medically necessary)', className: 'bg-green-700 text-white' },
  uphold: { label: 'Uphold (not medically necessary)', className: 'bg-red-700 text-white' },
};
