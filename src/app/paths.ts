/** URLs of the app's pages, built in one place. Step ids and "letter" appear in URLs: never rename. */
import { type StepId, WIZARD_STEPS } from '@/features/wizard/steps';

export const FIRST_STEP: StepId = WIZARD_STEPS[0].id;

export const paths = {
  caseList: () => '/',
  case: (caseId: string) => `/cases/${encodeURIComponent(caseId)}`,
  caseStep: (caseId: string, step: StepId) => `/cases/${encodeURIComponent(caseId)}/${step}`,
  caseLetter: (caseId: string) => `/cases/${encodeURIComponent(caseId)}/letter`,
};
