/** URLs of the app's pages, built in one place. Step ids and "letter" appear in URLs: never rename. */
import { isStepId, type StepId, WIZARD_STEPS } from '@/features/wizard/steps';

export const FIRST_STEP: StepId = WIZARD_STEPS[0].id;

export const paths = {
  caseList: () => '/',
  case: (caseId: string) => `/cases/${encodeURIComponent(caseId)}`,
  caseStep: (caseId: string, step: StepId) => `/cases/${encodeURIComponent(caseId)}/${step}`,
  caseLetter: (caseId: string) => `/cases/${encodeURIComponent(caseId)}/letter`,
};

/** What the letter page's history entry carries: the wizard step it was opened from. */
export interface LetterLocationState {
  fromStep: StepId;
}

export const letterState = (fromStep: StepId): LetterLocationState => ({ fromStep });

/**
 * The step "Back to the case" opens: the one the letter was opened from (its history entry says,
 * also after a reload), else the first step (the letter opened by its address).
 */
export function stepToReturnTo(locationState: unknown): StepId {
  const fromStep =
    typeof locationState === 'object' && locationState !== null && 'fromStep' in locationState
      ? locationState.fromStep
      : undefined;
  return typeof fromStep === 'string' && isStepId(fromStep) ? fromStep : FIRST_STEP;
}
