/** Words for the stored vocabulary ids, for pickers and read-only text. */
import type { SelectOption } from '@/components/form/select-field';
import {
  type DRUG_CLASSES,
  type MEDICATION_ROUTES,
  type PHYSICAL_DEMAND_LEVELS,
  type PRIORITIES,
  type REPORT_TYPES,
  type RTW_GOALS,
  SERVICE_TYPES,
  type SEXES,
  type THERAPY_DISCIPLINES,
  type THERAPY_RESPONSES,
  type UR_DECISIONS,
  type WORK_STATUSES,
} from '@/domain/case/case-schema';
import { SERVICE_FAMILIES, SERVICE_TYPE_FAMILY, SERVICE_TYPE_LABELS } from '@/domain/case/service-types';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export const PRIORITY_LABELS: Labels<typeof PRIORITIES> = { standard: 'Standard', expedited: 'Expedited' };
export const SEX_LABELS: Labels<typeof SEXES> = { female: 'Female', male: 'Male', other: 'Other' };
export const PHYSICAL_DEMAND_LABELS: Labels<typeof PHYSICAL_DEMAND_LEVELS> = {
  sedentary: 'Sedentary',
  light: 'Light',
  medium: 'Medium',
  heavy: 'Heavy',
  very_heavy: 'Very heavy',
};
export const REPORT_TYPE_LABELS: Labels<typeof REPORT_TYPES> = {
  progress_report: 'Progress report',
  initial_evaluation: 'Initial evaluation',
  qme_ame: 'QME / AME report',
  imaging: 'Imaging report',
  electrodiagnostic: 'Electrodiagnostic study',
  operative_report: 'Operative report',
  therapy_notes: 'Therapy notes',
  ur_determination: 'UR determination',
  other: 'Other',
};
export const WORK_STATUS_LABELS: Labels<typeof WORK_STATUSES> = {
  ttd: 'Temporarily totally disabled (TTD)',
  tpd: 'Temporarily partially disabled (TPD) / modified duty',
  full_duty: 'Full duty',
  permanent_stationary: 'Permanent and stationary (P&S)',
};
export const RTW_GOAL_LABELS: Labels<typeof RTW_GOALS> = {
  specific_job_exceeds_abilities: 'A specific job whose demands exceed current abilities',
  on_the_job_training: 'On-the-job training',
  none: 'None documented',
};
export const THERAPY_DISCIPLINE_LABELS: Labels<typeof THERAPY_DISCIPLINES> = {
  pt: 'Physical therapy',
  ot: 'Occupational therapy',
  chiropractic: 'Chiropractic',
  acupuncture: 'Acupuncture',
  massage: 'Massage',
  aquatic: 'Aquatic therapy',
};
export const THERAPY_RESPONSE_LABELS: Labels<typeof THERAPY_RESPONSES> = {
  improved: 'Improved',
  improved_then_plateau: 'Improved, then plateaued',
  no_improvement: 'No improvement',
  not_documented: 'Not documented',
};
export const UR_DECISION_LABELS: Labels<typeof UR_DECISIONS> = { denied: 'Denied', modified: 'Modified' };
export const MEDICATION_ROUTE_LABELS: Labels<typeof MEDICATION_ROUTES> = {
  oral: 'Oral',
  transdermal: 'Transdermal',
  topical: 'Topical',
  injection: 'Injection',
  other: 'Other',
};
export const DRUG_CLASS_LABELS: Labels<typeof DRUG_CLASSES> = {
  opioid: 'Opioid',
  nsaid: 'NSAID',
  ppi_h2: 'PPI / H2 blocker',
  muscle_relaxant: 'Muscle relaxant',
  anticonvulsant: 'Anticonvulsant',
  benzodiazepine: 'Benzodiazepine',
  antidepressant: 'Antidepressant',
  sleep_aid: 'Sleep aid',
  topical: 'Topical',
  compound: 'Compounded product',
  other: 'Other',
};

export function optionsOf<T extends string>(ids: readonly T[], labels: Record<T, string>): SelectOption[] {
  return ids.map((id) => ({ value: id, label: labels[id] }));
}

/** Service types grouped by family, in the family order, each family in the schema's order. */
export const SERVICE_TYPE_OPTIONS: SelectOption[] = SERVICE_FAMILIES.flatMap((family) =>
  optionsOf(
    SERVICE_TYPES.filter((type) => SERVICE_TYPE_FAMILY[type] === family),
    SERVICE_TYPE_LABELS,
  ).map((option) => ({ ...option, group: family })),
);

/** The label of a stored id, or the id itself for a value from a newer vocabulary. */
export function labelOf<T extends string>(labels: Record<T, string>, id: string): string {
  return (labels as Record<string, string>)[id] ?? id;
}
