/**
 * The guideline library: every encoded set, and notes for services and dates no set covers. Add a
 * set here (and a test per boundary) to cover a new service or edition; the evaluator needs no
 * change. `GuidelineLibrarySchema` checks the whole library in the tests.
 */
import type { ServiceType } from '../case/case-schema';
import type { CoverageNote, GuidelineLibrary } from './guideline-schema';
import { ACUPUNCTURE_2007 } from './sets/acupuncture';
import { BCA_SETS } from './sets/barbiturate-analgesics';
import { BIOFEEDBACK_THERMOGRAPHY_SETS } from './sets/biofeedback-thermography';
import { BLOCK_AND_DISCOGRAPHY_SETS } from './sets/blocks-discography';
import { BOTULINUM_AND_CANNABINOID_SETS } from './sets/botulinum-cannabinoids';
import {
  CHIROPRACTIC_2009,
  CHIROPRACTIC_2016,
  MUA_2009,
  MUA_2016,
  NECK_MANIPULATION_2009,
  NECK_MANIPULATION_2016,
} from './sets/chiropractic';
import { DME_SETS } from './sets/dme';
import { ELECTROTHERAPY_UNIT_SETS } from './sets/electrotherapy';
import { GYM_AND_TRANSPORTATION_SETS } from './sets/gym-transportation';
import { IMAGING_SETS } from './sets/imaging';
import { ELECTRODIAGNOSTIC_SETS } from './sets/imaging-electrodiagnostics';
import { ODG_IMAGING_SETS } from './sets/imaging-odg';
import { JOINT_AND_SOFT_TISSUE_INJECTION_SETS } from './sets/injections-joint-soft-tissue';
import { SI_JOINT_BLOCK } from './sets/injections-sacroiliac';
import { SPINAL_INJECTION_SETS } from './sets/injections-spinal';
import { IDDS_SETS } from './sets/intrathecal-drug-delivery';
import { LAB_TEST_SETS } from './sets/lab-tests';
import { MEDICATION_COVERAGE_NOTES } from './sets/medications-common';
import { CORTICOSTEROID_AND_VITAMIN_SETS } from './sets/medications-corticosteroids-vitamins';
import { LAXATIVE_SETS } from './sets/medications-laxatives';
import { ODG_OTHER_MEDICATION_SETS } from './sets/medications-odg-other';
import { OPIOID_SETS } from './sets/medications-opioids';
import { ORAL_MEDICATION_SETS } from './sets/medications-oral';
import { TESTOSTERONE_SETS } from './sets/medications-testosterone';
import { TOPICAL_SETS } from './sets/medications-topicals';
import { UDT_SETS } from './sets/medications-udt';
import { NERVE_BLOCK_AND_HYPNOSIS_SETS } from './sets/nerve-blocks-hypnosis';
import { ODG_TEST_SETS } from './sets/odg-tests';
import {
  AQUATIC_THERAPY_2009,
  AQUATIC_THERAPY_2016,
  ELECTRICAL_STIMULATION_2009,
  ELECTRICAL_STIMULATION_2016,
  LOW_BACK_HEAT_COLD,
  LOW_BACK_TRACTION,
  MASSAGE_2009,
  MASSAGE_2016,
  PHYSICAL_MEDICINE_2009,
  PHYSICAL_MEDICINE_2016,
  ULTRASOUND_2009,
  ULTRASOUND_2016,
} from './sets/physical-medicine';
import { POSTSURGICAL_2009 } from './sets/postsurgical';
import { PROCEDURE_COVERAGE_NOTES } from './sets/procedure-coverage';
import { PROGRAM_SETS } from './sets/programs';
import { ESWT_SETS } from './sets/shockwave';
import { SCS_SETS } from './sets/spinal-cord-stimulator';
import { SURGERY_SETS } from './sets/surgery';
import { FRACTURE_FIXATION_SETS } from './sets/surgery-fracture-fixation';
import { KNEE_ARTHROPLASTY_SETS } from './sets/surgery-knee-arthroplasty';
import { REGION_SURGERY_SETS } from './sets/surgery-regions';
import { TRIGGER_FINGER_RELEASE } from './sets/surgery-trigger-finger';
import { SURGICAL_ASSISTANT } from './sets/surgical-assistant';
import { WORK_HARDENING_2009, WORK_HARDENING_2016 } from './sets/work-hardening';

/** Services whose MTUS rules come from the Chronic Pain guideline in 2009-2017. */
const CHRONIC_PAIN_PHYSICAL_MEDICINE: ServiceType[] = [
  'work_hardening',
  'work_conditioning',
  'physical_therapy',
  'occupational_therapy',
  'chiropractic',
  'massage',
  'aquatic_therapy',
];

const COVERAGE_NOTES: CoverageNote[] = [
  {
    id: 'acoem-2017-physical-medicine',
    services: CHRONIC_PAIN_PHYSICAL_MEDICINE,
    effectiveFrom: '2017-12-01',
    note: 'From 12/01/2017 the MTUS incorporates the ACOEM guidelines for this service; their rules are not encoded in the workbench.',
  },
  {
    id: 'acoem-2004-physical-medicine',
    services: CHRONIC_PAIN_PHYSICAL_MEDICINE,
    effectiveTo: '2009-07-18',
    note: 'Before 07/18/2009 the MTUS for this service was the ACOEM 2nd edition (2004) chapters; they are not encoded in the workbench.',
  },
  {
    id: 'postsurgical-before-2009',
    services: ['postsurgical_therapy'],
    effectiveTo: '2009-07-18',
    note: 'The Postsurgical Treatment Guidelines apply to requests from 07/18/2009; earlier requests are not covered by an encoded set.',
  },
  {
    id: 'acupuncture-before-2007',
    services: ['acupuncture'],
    effectiveTo: '2007-06-15',
    note: 'The Acupuncture Medical Treatment Guidelines apply from 06/15/2007; earlier requests are not covered by an encoded set.',
  },
  ...MEDICATION_COVERAGE_NOTES,
];

export const GUIDELINE_LIBRARY: GuidelineLibrary = {
  sets: [
    WORK_HARDENING_2009,
    WORK_HARDENING_2016,
    PHYSICAL_MEDICINE_2009,
    PHYSICAL_MEDICINE_2016,
    AQUATIC_THERAPY_2009,
    AQUATIC_THERAPY_2016,
    MASSAGE_2009,
    MASSAGE_2016,
    ULTRASOUND_2009,
    ULTRASOUND_2016,
    ...ESWT_SETS,
    ELECTRICAL_STIMULATION_2009,
    ELECTRICAL_STIMULATION_2016,
    LOW_BACK_TRACTION,
    LOW_BACK_HEAT_COLD,
    MUA_2009,
    MUA_2016,
    CHIROPRACTIC_2009,
    CHIROPRACTIC_2016,
    NECK_MANIPULATION_2009,
    NECK_MANIPULATION_2016,
    ACUPUNCTURE_2007,
    POSTSURGICAL_2009,
    ...OPIOID_SETS,
    ...ORAL_MEDICATION_SETS,
    ...TOPICAL_SETS,
    ...UDT_SETS,
    ...SPINAL_INJECTION_SETS,
    ...JOINT_AND_SOFT_TISSUE_INJECTION_SETS,
    ...IMAGING_SETS,
    ...ODG_IMAGING_SETS,
    ...ODG_TEST_SETS,
    ...BIOFEEDBACK_THERMOGRAPHY_SETS,
    ...BCA_SETS,
    ...BOTULINUM_AND_CANNABINOID_SETS,
    ...LAXATIVE_SETS,
    SI_JOINT_BLOCK,
    ...ODG_OTHER_MEDICATION_SETS,
    ...BLOCK_AND_DISCOGRAPHY_SETS,
    ...TESTOSTERONE_SETS,
    ...CORTICOSTEROID_AND_VITAMIN_SETS,
    ...LAB_TEST_SETS,
    ...IDDS_SETS,
    ...NERVE_BLOCK_AND_HYPNOSIS_SETS,
    ...ELECTRODIAGNOSTIC_SETS,
    ...DME_SETS,
    ...ELECTROTHERAPY_UNIT_SETS,
    ...GYM_AND_TRANSPORTATION_SETS,
    ...PROGRAM_SETS,
    // Before the region sets: a knee replacement and a trigger finger release have rules of their own.
    ...KNEE_ARTHROPLASTY_SETS,
    TRIGGER_FINGER_RELEASE,
    ...FRACTURE_FIXATION_SETS,
    SURGICAL_ASSISTANT,
    ...SURGERY_SETS,
    ...REGION_SURGERY_SETS,
    ...SCS_SETS,
  ],
  coverageNotes: [...COVERAGE_NOTES, ...PROCEDURE_COVERAGE_NOTES],
};
