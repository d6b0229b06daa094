/** Wizard steps in order. Ids appear in URLs (/cases/:caseId/:stepId): never rename. */
export const WIZARD_STEPS = [
  { id: 'case', title: 'Case and reviewer' },
  { id: 'patient', title: 'Patient and injury' },
  { id: 'reports', title: 'Reports' },
  { id: 'work', title: 'Work status and restrictions' },
  { id: 'treatment', title: 'Treatment history' },
  { id: 'disputed', title: 'Disputed services' },
  { id: 'review', title: 'Review' },
] as const;

export type StepId = (typeof WIZARD_STEPS)[number]['id'];

export function isStepId(value: string | undefined): value is StepId {
  return WIZARD_STEPS.some((step) => step.id === value);
}
