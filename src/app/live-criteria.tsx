/**
 * The live criteria beside the wizard: evaluates the latest draft (derived, never stored) and wires
 * the panel's answers back into the one case form. Rendered in the wizard's aside slot, so it sits
 * inside the wizard's form and context; the wizard and the panel never import each other.
 */
import { useCallback, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { CaseDraft } from '@/domain/case/case-schema';
import { createIncrementalEvaluate } from '@/domain/evaluator/incremental-evaluate';
import { GUIDELINE_LIBRARY } from '@/domain/guidelines';
import { CriteriaPanel, type ReviewChange } from '@/features/criteria-panel/criteria-panel';
import { useWizard } from '@/features/wizard/wizard-context';
import { readRecentCitations, rememberCitation } from '@/storage/recent-citations';

export function LiveCriteria({ draft, today }: { draft: CaseDraft; today: string }) {
  const { goToField } = useWizard();
  const { getValues, setValue } = useFormContext<CaseDraft>();
  // Only the items whose inputs changed are evaluated again, so unchanged item cards keep their props.
  const [evaluateLive] = useState(() => createIncrementalEvaluate(GUIDELINE_LIBRARY));
  const evaluation = useMemo(() => evaluateLive(draft, { asOf: today }), [evaluateLive, draft, today]);
  // Applied to the form's current review, not the one this render drew: the panel sees a change a
  // task later, and two quick answers must both count.
  const onReviewChange = useCallback(
    (itemIndex: number, change: ReviewChange) => {
      const path = `disputedItems.${itemIndex}.review` as const;
      setValue(path, change(getValues(path)), { shouldDirty: true });
    },
    [getValues, setValue],
  );
  // Keyed by content, not by the items array, so typing elsewhere keeps the same list object.
  const citationKey = draft.disputedItems
    .map((item) => item.review.evidenceCitation.trim())
    .filter(Boolean)
    .join('\n');
  const [remembered, setRemembered] = useState(readRecentCitations);
  const onCitationUsed = useCallback((citation: string) => setRemembered(rememberCitation(citation)), []);
  const recentCitations = useMemo(
    () => [...new Set([...citationKey.split('\n').filter(Boolean), ...remembered])],
    [citationKey, remembered],
  );
  return (
    <CriteriaPanel
      evaluation={evaluation}
      items={draft.disputedItems}
      onReviewChange={onReviewChange}
      onGoToField={goToField}
      recentCitations={recentCitations}
      onCitationUsed={onCitationUsed}
    />
  );
}
