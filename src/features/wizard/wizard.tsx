// PLACEHOLDER: replaced by the real wizard (features/wizard). The props are the contract the case
// edit page (app/routes) relies on.
import type { ReactNode } from 'react';
import type { CaseDraft } from '@/domain/case/case-schema';
import type { StepId } from './steps';

export interface WizardProps {
  /** The stored draft; the wizard owns one react-hook-form form after mount. */
  initialDraft: CaseDraft;
  /** Current step, from the URL. */
  step: StepId;
  onStepChange: (step: StepId) => void;
  /** Called with the whole draft on every change (the page autosaves it, debounced). */
  onDraftChange: (draft: CaseDraft) => void;
  /** Slot beside the form: the live criteria panel (composed by app/, not imported by the wizard). */
  renderAside?: (draft: CaseDraft) => ReactNode;
  /** Save indicator etc., rendered in the wizard header. */
  headerExtra?: ReactNode;
}

export function Wizard({ initialDraft, step }: WizardProps) {
  return (
    <section aria-label="Case wizard">
      <h2>
        {initialDraft.imr.caseNumber || 'New case'}: {step}
      </h2>
    </section>
  );
}
