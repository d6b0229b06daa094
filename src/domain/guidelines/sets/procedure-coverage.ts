/**
 * Where the injection, imaging, equipment, program and surgery sets stop: the dates and body
 * regions no set covers. Each note routes the item to the evidence hierarchy with its reason.
 * Dated notes come first: the first note in force is the one shown.
 */
import type { ServiceType } from '../../case/case-schema';
import type { CoverageNote } from '../guideline-schema';
import { ACOEM_2004_FROM, ACOEM_2017_FROM, CPMTG_2009_FROM, CPMTG_2016_FROM } from './procedure-common';

/** Services whose encoded sets are ACOEM 2004 chapters or ODG topics (2007-2017). */
const ACOEM_ERA: ServiceType[] = [
  'facet_injection',
  'medial_branch_block',
  'radiofrequency_ablation',
  'joint_injection',
  'prp_injection',
  'si_joint_injection',
  'discography',
  'mri',
  'ct',
  'xray',
  'bone_scan',
  'diagnostic_ultrasound',
  'emg_ncs',
  'brace',
  'cold_therapy_unit',
  'dme_other',
  'fce',
  'surgery',
  'assistant_surgeon',
  'preoperative_testing',
  'consultation',
  'gym_membership',
  'transportation',
  'rom_strength_testing',
  'eeg',
  'polysomnography',
  'medical_food',
  'antiemetic',
  'genetic_testing',
  'triptan',
  'nsaid_gi_combination',
  'oral_corticosteroid',
  'vitamin',
  'occipital_nerve_block',
  'genicular_nerve_block',
  'hypnotherapy',
];

/** Services whose encoded sets are CPMTG sections (2009-2017). */
const CPMTG_ERA: ServiceType[] = [
  'barbiturate_analgesic',
  'cannabinoid',
  'botulinum_toxin',
  'laxative',
  'sympathetic_block',
  'testosterone',
  'lab_test',
  'intrathecal_pump',
  'spinal_cord_stimulator',
  'office_visit',
  'epidural_steroid_injection',
  'trigger_point_injection',
  'tens',
  'functional_restoration_program',
  'home_health',
  'psychological_evaluation',
  'psychotherapy',
  'biofeedback',
  'thermography',
];

export const PROCEDURE_COVERAGE_NOTES: CoverageNote[] = [
  {
    id: 'office-visits-before-2016',
    services: ['office_visit'],
    effectiveTo: CPMTG_2016_FROM,
    note: 'Office visits are encoded from the 2016 CPMTG section "Office visits" (from 07/29/2016); earlier requests go to the evidence hierarchy (e.g. ODG Office visits).',
  },
  {
    id: 'thermography-before-2016',
    services: ['thermography'],
    effectiveTo: CPMTG_2016_FROM,
    note: 'Thermography is encoded from the 2016 CPMTG section "Thermography (infrared stress thermography)" (from 07/29/2016); the 2009 text has no such section, so earlier requests go to the evidence hierarchy (e.g. ODG).',
  },
  {
    id: 'acoem-2017-procedures',
    services: [...ACOEM_ERA, ...CPMTG_ERA],
    effectiveFrom: ACOEM_2017_FROM,
    note: 'From 12/01/2017 the MTUS incorporates the newer ACOEM guidelines for this service; their rules are not encoded in the workbench.',
  },
  {
    id: 'before-acoem-adoption-procedures',
    services: ACOEM_ERA,
    effectiveTo: ACOEM_2004_FROM,
    note: 'Before 06/15/2007 the MTUS had not adopted the ACOEM chapters for this service; no set is encoded for that date.',
  },
  {
    id: 'acoem-2004-cpmtg-topics',
    services: CPMTG_ERA,
    effectiveTo: CPMTG_2009_FROM,
    note: 'Before 07/18/2009 the MTUS for this service was the ACOEM 2nd edition (2004) chapters; they are not encoded in the workbench.',
  },
  {
    id: 'electrodiagnostics-region-before-2016',
    services: ['emg_ncs'],
    effectiveTo: CPMTG_2016_FROM,
    note: 'For this body region no electrodiagnostic criteria are encoded before 07/29/2016: the low back and the legs, the neck and the arms, and the shoulder (ACOEM 2004) are. Enter the body part (e.g. "lumbar spine"), or apply ODG on the evidence path.',
  },
  {
    id: 'imaging-region-not-encoded',
    services: ['mri', 'ct', 'xray'],
    note: 'No imaging criteria are encoded for this study of this body region. Encoded: MRI, CT and films of the low back, neck and upper back, shoulder, knee, wrist/hand and ankle/foot (ACOEM 2004); hip MRI and films, elbow MRI, head CT, MRI and films, and MRI, CT and films of a groin or abdominal wall hernia (ODG). Enter the body part, or apply another source (e.g. ODG Hip & Pelvis for a hip CT) on the evidence path.',
  },
  {
    id: 'diagnostic-ultrasound-region-not-encoded',
    services: ['diagnostic_ultrasound'],
    note: 'A diagnostic ultrasound is encoded for the shoulder (ACOEM 2004 Ch. 9 special studies), for a groin or abdominal wall hernia (ODG Hernia, Imaging: when the exam is equivocal) and for the spine (ODG: not recommended). Enter the body part (e.g. "right inguinal hernia"), or apply another source (e.g. ODG Knee & Leg, Ultrasound, diagnostic) on the evidence path.',
  },
  {
    id: 'bone-scan-region-not-encoded',
    services: ['bone_scan'],
    note: 'A bone scan is encoded for the low back and the neck and upper back (ACOEM 2004: red flags) and for the ankle and foot (ODG Ankle & Foot: red flags, or non-diagnostic films with a suspected stress fracture or CRPS). Enter the body part, or apply another source (e.g. ODG Hip & Pelvis, Bone scan) on the evidence path.',
  },
  {
    id: 'joint-injection-not-encoded',
    services: ['joint_injection'],
    note: 'Encoded joint injections: shoulder corticosteroid, elbow corticosteroid (lateral epicondylalgia), wrist and hand corticosteroid, knee corticosteroid, knee hyaluronic acid, hip (trochanteric bursa) and platelet-rich plasma. Enter the body part and the injectate, or apply another source on the evidence path.',
  },
  {
    id: 'surgery-not-encoded',
    services: ['surgery'],
    note: 'Encoded surgical criteria: shoulder, knee, low back, neck and upper back, forearm, wrist and hand, ankle and foot (ACOEM 2004 Surgical Considerations), and the elbow (MTUS Elbow Complaints 2007). Enter the body part, or apply another source (e.g. ODG for the hip) on the evidence path.',
  },
];
