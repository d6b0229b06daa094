/**
 * The live criteria beside the wizard: evaluates the latest draft (derived, never stored) and wires
 * the panel's answers back into the one case form. Rendered in the wizard's aside slot, so it sits
 * inside the wizard's form and context; the wizard and the panel never import each other.
 */
import { useCallback, useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import type { CaseDraft, ItemReview } from '@/domain/case/case-schema';
import { evaluate } from '@/domain/evaluator/evaluate';
import { GUIDELINE_LIBRARY } from '@/domain/guidelines';
import { CriteriaPanel } from '@/features/criteria-panel/criteria-panel';
import { useWizard } from '@/features/wizard/wizard-context';

export function LiveCriteria({ draft, today }: { draft: CaseDraft; today: string }) {
  const { goToField } = useWizard();
  const { setValue } = useFormContext<CaseDraft>();
  const evaluation = useMemo(() => evaluate(draft, GUIDELINE_LIBRARY, { asOf: today }), [draft, today]);
  const onReviewChange = useCallback(
    (itemIndex: number, review: ItemReview) =>
      setValue(`disputedItems.${itemIndex}.review`, review, { shouldDirty: true }),
    [setValue],
  );
  const recentCitations = useMemo(
    () => [
      ...new Set(draft.disputedItems.map((item) => item.review.evidenceCitation.trim()).filter(Boolean)),
    ],
    [draft.disputedItems],
  );
  return (
    <CriteriaPanel
      evaluation={evaluation}
      items={draft.disputedItems}
      onReviewChange={onReviewChange}
      onGoToField={goToField}
      recentCitations={recentCitations}
    />
  );
}
