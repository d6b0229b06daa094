/**
 * The built-in demo case: every fact of the seed letter (shared/domain/seed-letter.txt), a real
 * public IMR Final Determination Letter for work hardening (Upheld).
 *
 * The letter does not print an RFA date or the IMR header dates. The request date is the date of
 * the last report before UR (11/11/14), the report that carries the work status the rationale
 * quotes; the other IMR dates are left empty rather than invented.
 */
import type { CaseDraft } from './case-schema';
import {
  emptyCaseDraft,
  emptyComplaint,
  emptyDisputedItem,
  emptyItemReview,
  emptyReport,
  emptyServiceFacts,
} from './empty-case';

export const DEMO_CASE_NUMBER = 'DEMO-WH-2014';

export function buildDemoCase(id: string): CaseDraft {
  const base = emptyCaseDraft(id);
  return {
    ...base,
    imr: {
      ...base.imr,
      caseNumber: DEMO_CASE_NUMBER,
      priority: 'standard',
      requestDate: '2014-11-11',
      urDeterminationDate: '2014-11-24',
    },
    reviewer: {
      licensureStates: ['California'],
      specialty: 'Physical Medicine & Rehabilitation',
      boardCertification: 'Physical Medicine & Rehabilitation',
      yearsInPractice: null,
    },
    patient: { ...base.patient, age: 36, sex: 'female' },
    injury: {
      dateOfInjury: '2013-08-01',
      mechanism: '',
      bodyParts: ['low back', 'left knee', 'left ankle/foot'],
      diagnoses: [
        { id: 'dx-1', text: 'Left leg radiculopathy', icd10: '' },
        { id: 'dx-2', text: 'L4-5 annular tear/mild bulge', icd10: '' },
        { id: 'dx-3', text: 'Mild lateral recess stenosis L4-5', icd10: '' },
      ],
    },
    reports: [
      {
        ...emptyReport('report-2014-08-18'),
        date: '2014-08-18',
        type: 'progress_report',
        complaints: [
          {
            ...emptyComplaint('c-1'),
            bodyPart: 'low back and buttock',
            description: 'left sided low back pain and buttock pain',
            painLow: 7,
            painHigh: 8,
          },
          {
            ...emptyComplaint('c-2'),
            bodyPart: 'left knee',
            description: 'left knee pain',
            painLow: 4,
            painHigh: 4,
          },
          {
            ...emptyComplaint('c-3'),
            bodyPart: 'left ankle/foot',
            description: 'left ankle/foot pain',
            painLow: 8,
            painHigh: 8,
          },
        ],
        examFindings:
          'Palpable tenderness over the midline lower lumbar spine, left sacroiliac joint, and left sciatic notch. ' +
          'Dorsalis pedis and posterior tibial pulses are present. Restricted sensation in the left L3, L4, L5, and S1 ' +
          'dermatome distribution. Straight leg raise is positive on the left at 70 degrees and on the right at 90 degrees.',
        diagnosesListed:
          'Left leg radiculopathy; L4-5 annular tear/mild bulge; mild lateral recess stenosis L4-5',
      },
      {
        ...emptyReport('report-2014-11-11'),
        date: '2014-11-11',
        type: 'progress_report',
        complaints: [
          {
            ...emptyComplaint('c-4'),
            bodyPart: 'low back',
            description:
              'low back pain with numbness radiating into the left buttock and down the posterior thigh around the calf into the plantar aspect of the foot',
            painLow: null,
            painHigh: null,
          },
        ],
        treatmentPlan:
          'Work hardening physical therapy 2 times a week for 6 weeks. The reason for the request is not provided.',
        workStatusStated:
          'Temporarily partially disabled; to remain at modified duty until the next clinic visit. No prolonged sitting more than 30 minutes, no prolonged standing or walking, limited bending and stooping, no repetitive lifting, pushing, or pulling greater than 15 lbs.',
      },
    ],
    work: {
      status: 'tpd',
      restrictions: {
        liftLimitLbs: 15,
        pushPullLimitLbs: 15,
        sittingLimitMinutes: 30,
        standingLimitMinutes: null,
        noBendingStooping: null,
        noRepetitiveUse: true,
        other: 'No prolonged standing or walking. Limited bending and stooping.',
      },
      employerCanAccommodate: null,
      returnToWorkGoal: '',
      rtwGoalAgreedByEmployer: null,
    },
    treatment: {
      ...base.treatment,
      fce: { done: false, date: '', validEffort: null, belowJobDemands: null },
    },
    disputedItems: [
      {
        ...emptyDisputedItem('item-work-hardening'),
        requestedAs: 'Work hardening physical therapy 2 times a week for 6 weeks',
        serviceType: 'work_hardening',
        frequencyPerWeek: 2,
        durationWeeks: 6,
        hoursPerDay: null,
        bodyPart: 'low back',
        urDecision: 'denied',
        claimsAdministratorGuideline:
          'Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 125-126. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)- Physical Medicine guidelines- work conditioning',
        facts: { ...emptyServiceFacts(), screeningDone: false },
        review: emptyItemReview(),
      },
    ],
  };
}
