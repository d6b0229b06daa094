/**
 * The imaging, electrodiagnostic, equipment, surgery and FCE items of the development fixture set
 * (shared/fixtures/imr-dev-cases.json: real 2016-17 IMR decisions), entered as case drafts from
 * the fixture summaries. Facts the summaries do not give are left empty; each entry says how it was
 * entered. The tests read this file, never /work/shared.
 */
import type { CaseDraft } from '../case/case-schema';
import { caseWith, disputedItem } from './case-builders';

export interface ProcedureFixtureCase {
  fixtureId: string;
  caseNumber: string;
  /** The diagnoses the letter lists, for tests that enter them as a reviewer would. */
  diagnoses: string[];
  letterDate: string;
  realDecision: 'upheld' | 'overturned';
  /** The IMR guideline line as the letter prints it. */
  letterGuideline: string;
  /** Whether the letter's guideline line contains ours (the entry explains a difference). */
  sameGuidelineLine: boolean;
  /** Criteria the letter's decisive reasons correspond to, with the status they should have. */
  decisive: Record<string, 'met' | 'not_met' | 'not_documented'>;
  draft: CaseDraft;
  /** How the summary was entered, and any difference from the letter. */
  entry: string;
}

export const PROCEDURE_FIXTURE_CASES: ProcedureFixtureCase[] = [
  {
    fixtureId: 'dev-CM17-0010364-1',
    caseNumber: 'CM17-0010364',
    diagnoses: ['lumbar strain', 'neck muscle strain'],
    letterDate: '2017-02-10',
    realDecision: 'upheld',
    letterGuideline: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.',
    sameGuidelineLine: true,
    decisive: {
      'img-red-flags': 'not_met',
      'img-nerve-compromise': 'not_met',
      'img-conservative-care-failed': 'not_met',
    },
    entry:
      'Normal neurologic exam and straight leg raise; no physical therapy yet (medication only), so conservative care is entered as not having failed and its length is left empty. Surgery is not mentioned.',
    draft: caseWith({
      id: 'CM17-0010364',
      dateOfInjury: '2016-10-25',
      requestDate: '2016-12-06',
      urDate: '2016-12-21',
      items: [
        disputedItem('mri', {
          requestedAs: 'MRI lumbar spine without contrast',
          bodyPart: 'lumbar spine',
          quantity: 1,
          urDecision: 'denied',
          facts: { redFlags: false, neuroDeficit: false, conservativeCareFailed: false },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0005616-1',
    caseNumber: 'CM17-0005616',
    diagnoses: ['right shoulder impingement syndrome (posterior glenohumeral shoulder pain)'],
    letterDate: '2017-02-07',
    realDecision: 'upheld',
    letterGuideline: 'Decision based on MTUS Shoulder Complaints 2004, Section(s): Summary.',
    sameGuidelineLine: false,
    decisive: {
      'img-surgery-considered': 'not_met',
      'img-conservative-care-4-weeks': 'not_met',
    },
    entry:
      'PT, EDx and the MRI were ordered at the same visit: 0 weeks of conservative care. Full strength and motion; no intent to consider surgery. Line differs: the letter cites only the Summary (Table 9-6 p. 214, our surgery-considered criterion); our line adds Special Studies, which the timing criteria cite.',
    draft: caseWith({
      id: 'CM17-0005616',
      dateOfInjury: '2016-10-28',
      requestDate: '2016-12-22',
      urDate: '2016-12-30',
      items: [
        disputedItem('mri', {
          requestedAs: 'MRI right shoulder (1.5 Tesla, closed)',
          bodyPart: 'right shoulder',
          quantity: 1,
          urDecision: 'denied',
          facts: {
            redFlags: false,
            neuroDeficit: false,
            conservativeCareWeeks: 0,
            conservativeCareFailed: false,
            surgeryConsidered: false,
          },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0003591-1',
    caseNumber: 'CM17-0003591',
    diagnoses: ['left knee strain'],
    letterDate: '2017-02-02',
    realDecision: 'upheld',
    letterGuideline: 'Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies, Summary.',
    sameGuidelineLine: true,
    decisive: {
      'img-conservative-care-failed': 'not_met',
      'img-structural-lesion': 'not_met',
    },
    entry:
      'No RFA date: the UR date chooses the edition. About 5 weeks of care since the injury, improving with PT (knee flexion 41 to 81 degrees): care has not failed. Joint line tenderness and a positive Apley test, but no locking, catching or ligament instability. The line of the letter adds Summary to the Special Studies our knee criteria cite.',
    draft: caseWith({
      id: 'CM17-0003591',
      dateOfInjury: '2016-10-31',
      urDate: '2016-12-09',
      items: [
        disputedItem('mri', {
          requestedAs: 'MRI left lower extremity (knee) without contrast',
          bodyPart: 'left knee',
          quantity: 1,
          urDecision: 'denied',
          facts: {
            redFlags: false,
            conservativeCareWeeks: 5,
            conservativeCareFailed: false,
            structuralLesionSuspected: false,
          },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM16-0232543-4',
    caseNumber: 'CM16-0232543',
    diagnoses: ['lumbar sprain/strain'],
    letterDate: '2017-01-12',
    realDecision: 'upheld',
    letterGuideline: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.',
    sameGuidelineLine: true,
    decisive: { 'lb-xray-red-flags': 'not_met' },
    entry: 'Fall with low back pain and spasm; no neurologic deficit and no red flags on exam.',
    draft: caseWith({
      id: 'CM16-0232543',
      dateOfInjury: '2016-10-25',
      requestDate: '2016-11-14',
      urDate: '2016-11-29',
      items: [
        disputedItem('xray', {
          requestedAs: 'X-rays lumbar spine',
          bodyPart: 'lumbar spine',
          quantity: 1,
          urDecision: 'denied',
          facts: { redFlags: false, neuroDeficit: false },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0000859-1',
    caseNumber: 'CM17-0000859',
    diagnoses: ['hip contusion', 'possible right leg radicular pain'],
    letterDate: '2017-02-01',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back - Lumbar & Thoracic (Acute & Chronic), EMG, NCV.',
    sameGuidelineLine: true,
    decisive: {
      'edx-conservative-care-failed': 'not_documented',
      'edx-ncs-not-for-radiculopathy': 'not_met',
    },
    entry:
      'The study is for possible right leg radicular pain from the low back, so the body part is entered as "lumbar spine, right lower extremity" (the letter cites the low back chapter). Medication only: failed conservative care is not documented. NCS is part of the request with no sign of nerve entrapment. No RFA date: the UR date chooses the edition.',
    draft: caseWith({
      id: 'CM17-0000859',
      dateOfInjury: '2016-10-27',
      urDate: '2016-12-02',
      items: [
        disputedItem('emg_ncs', {
          requestedAs: 'EMG and NCS, right lower extremity',
          bodyPart: 'lumbar spine, right lower extremity',
          quantity: 1,
          urDecision: 'denied',
          facts: { radicularSymptoms: true, includesNcs: true, entrapmentSuspected: false },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0017776-1',
    caseNumber: 'CM17-0017776',
    diagnoses: [
      'neck, upper/mid back, low back and bilateral shoulder pain after a work motor vehicle accident',
    ],
    letterDate: '2017-02-24',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS General Approaches 2004, Section(s): Initial Approaches to Treatment, and Neck and Upper Back Complaints 2004, Section(s): Summary.',
    sameGuidelineLine: false,
    decisive: { 'tens-neck-not-recommended': 'not_met', 'tens-goals': 'not_met' },
    entry:
      'Request 6 weeks after the injury, for the cervical and thoracic spine: the ACOEM neck set applies (TENS not recommended, Table 8-8 p. 181; no treatment goals, Ch. 3 p. 48). A 30-day trial rental. Line: the letter prints both chapters; ours prints the neck chapter, and the goals criterion cites General Approaches in the panel.',
    draft: caseWith({
      id: 'CM17-0017776',
      dateOfInjury: '2016-10-31',
      requestDate: '2016-12-16',
      urDate: '2016-12-22',
      items: [
        disputedItem('tens', {
          requestedAs: 'TENS unit, daily trial, cervical and thoracic spine, #30',
          bodyPart: 'cervical and thoracic spine',
          quantity: 1,
          urDecision: 'denied',
          facts: { rentalOrPurchase: 'rental (trial)', rentalDays: 30, treatmentGoalsStated: false },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0006797-4',
    caseNumber: 'CM17-0006797',
    diagnoses: ['other specific arthropathy, right shoulder'],
    letterDate: '2017-02-15',
    realDecision: 'upheld',
    letterGuideline: 'The Expert Reviewer did not cite any medical evidence for its decision.',
    sameGuidelineLine: false,
    decisive: { 'surgery-authorized': 'not_met' },
    entry:
      'The cryotherapy unit supports the shoulder arthroscopy that the same letter found not medically necessary: the surgery is entered as not authorized. The letter cites nothing for the dependent item; we cite ODG continuous-flow cryotherapy.',
    draft: caseWith({
      id: 'CM17-0006797-cryotherapy',
      dateOfInjury: '2016-11-01',
      requestDate: '2016-12-20',
      urDate: '2017-01-05',
      items: [
        disputedItem('cold_therapy_unit', {
          requestedAs: 'Cryotherapy unit, 7-day use (associated surgical service)',
          bodyPart: 'right shoulder',
          quantity: 1,
          urDecision: 'denied',
          facts: {
            postoperative: true,
            associatedSurgeryAuthorized: false,
            rentalOrPurchase: '7-day rental',
            rentalDays: 7,
          },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0006797-1',
    caseNumber: 'CM17-0006797',
    diagnoses: ['other specific arthropathy, right shoulder'],
    letterDate: '2017-02-15',
    realDecision: 'upheld',
    letterGuideline: 'Decision based on MTUS Shoulder Complaints 2004, Section(s): Surgical Considerations.',
    sameGuidelineLine: true,
    decisive: {
      'shoulder-surgery-limitation-4-months': 'not_met',
      'shoulder-surgery-conservative-3-months': 'not_met',
      'surgery-imaging-matches-exam': 'met',
    },
    entry:
      'High-grade supraspinatus tear on MRI with matching exam tests. Six PT sessions (about 3 weeks) without enough improvement; injury about 7 weeks old, so activity limitation cannot have lasted 4 months (activity-limiting or night pain is not documented either). No red flags.',
    draft: caseWith({
      id: 'CM17-0006797',
      dateOfInjury: '2016-11-01',
      requestDate: '2016-12-20',
      urDate: '2017-01-05',
      items: [
        disputedItem('surgery', {
          requestedAs:
            'Right shoulder arthroscopy: rotator cuff repair vs debridement, subacromial decompression/acromioplasty, possible proximal biceps procedure',
          bodyPart: 'right shoulder',
          quantity: 1,
          urDecision: 'denied',
          facts: {
            redFlags: false,
            conservativeCareWeeks: 3,
            conservativeCareFailed: true,
            imagingCorroborates: true,
          },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0009441-7',
    caseNumber: 'CM17-0009441',
    diagnoses: ['scalp contusion'],
    letterDate: '2017-02-16',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS General Approaches 2004, Section(s): Cornerstones of Disability Prevention and Management. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Fitness for Duty, Functional capacity evaluation (FCE).',
    sameGuidelineLine: false,
    decisive: {
      'fce-delayed-recovery': 'not_met',
      'fce-failed-return-to-work': 'not_met',
      'fce-conflicting-reports': 'not_met',
      'fce-near-mmi': 'not_met',
      'fce-before-work-hardening': 'not_met',
    },
    entry:
      'On work restrictions (modified duty). None of the FCE purposes is documented: no delayed healing, failed return to work, conflicting reports, MMI or planned work hardening. Line: ours adds the General Approach section our full-duty criterion cites (from CM16-0248698).',
    draft: caseWith({
      id: 'CM17-0009441',
      dateOfInjury: '2016-10-18',
      requestDate: '2016-12-16',
      urDate: '2016-12-21',
      items: [
        disputedItem('fce', {
          requestedAs: 'Functional capacity evaluation',
          quantity: 1,
          urDecision: 'denied',
          facts: {
            delayedRecovery: false,
            failedReturnToWork: false,
            conflictingWorkReports: false,
            nearMmi: false,
            workHardeningPlanned: false,
          },
        }),
      ],
      edit: (draft) => {
        draft.work.status = 'tpd';
      },
    }),
  },
  {
    fixtureId: 'dwc-imr-CM16-0230548-1',
    caseNumber: 'CM16-0230548',
    diagnoses: ['Head contusion', 'Neck strain', 'Right hand contusion'],
    letterDate: '2017-01-04',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.',
    sameGuidelineLine: true,
    decisive: {
      'img-red-flags': 'not_met',
      'img-nerve-compromise': 'not_met',
      'img-conservative-care-failed': 'not_met',
    },
    entry:
      'One item for two studies (neck and right hand): judged against the neck and the wrist/hand sets, which agree (no red flags, under 4 weeks, improving), and cited as the letter joins the two chapters. Injury 3 weeks old, responding to PT, no neurologic deficit documented.',
    draft: caseWith({
      id: 'CM16-0230548',
      dateOfInjury: '2016-11-01',
      requestDate: '2016-11-23',
      urDate: '2016-12-01',
      items: [
        disputedItem('mri', {
          requestedAs: 'MRI of neck and right hand without contrast',
          bodyPart: 'neck and right hand',
          quantity: 2,
          urDecision: 'denied',
          facts: {
            redFlags: false,
            neuroDeficit: false,
            conservativeCareWeeks: 3,
            conservativeCareFailed: false,
          },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dwc-imr-CM16-0246624-1',
    caseNumber: 'CM16-0246624',
    diagnoses: ['Right shoulder sprain', 'Neck muscle strain'],
    letterDate: '2017-01-25',
    realDecision: 'overturned',
    letterGuideline:
      'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain, MRI.',
    sameGuidelineLine: false,
    decisive: {
      'img-nerve-compromise': 'met',
      'img-conservative-care-3-weeks': 'met',
    },
    entry:
      'Decreased sensation in the right 4th-5th fingers after about a month of PT and medication. Same decision on a different source: the reviewer applied ODG (MRI after 1 month of care with a neurologic deficit); the ACOEM neck chapter reaches the same result by its neurologic-dysfunction path. No RFA date: the UR date chooses the edition.',
    draft: caseWith({
      id: 'CM16-0246624',
      dateOfInjury: '2016-11-11',
      urDate: '2016-12-13',
      items: [
        disputedItem('mri', {
          requestedAs: 'MRI of the cervical spine',
          bodyPart: 'cervical spine',
          quantity: 1,
          urDecision: 'denied',
          facts: {
            redFlags: false,
            neuroDeficit: true,
            conservativeCareWeeks: 4,
            conservativeCareFailed: false,
            surgeryConsidered: null,
          },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dwc-imr-CM16-0247624-1',
    caseNumber: 'CM16-0247624',
    diagnoses: ['Cervical and lumbar strain', 'Thoracic strain', 'Blunt head trauma', 'Right hand contusion'],
    letterDate: '2017-01-27',
    realDecision: 'upheld',
    letterGuideline:
      'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Head, CT.',
    sameGuidelineLine: true,
    decisive: {
      'head-imaging-within-72-hours': 'not_met',
      'img-red-flags': 'not_met',
      'head-imaging-worsening': 'not_met',
    },
    entry:
      'The encoded ODG Head CT set decides, as the letter did: the request came about 7 weeks after the injury (past the 72-hour acute phase), with no altered mental status, focal deficit or seizure and no deterioration.',
    draft: caseWith({
      id: 'CM16-0247624',
      dateOfInjury: '2016-10-14',
      requestDate: '2016-11-30',
      urDate: '2016-12-16',
      items: [
        disputedItem('ct', {
          requestedAs: 'CT scan of the head',
          bodyPart: 'head',
          quantity: 1,
          urDecision: 'denied',
          facts: { redFlags: false, symptomsWorsening: false, priorStudySameRegion: false },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dwc-imr-CM16-0248034-1',
    caseNumber: 'CM16-0248034',
    diagnoses: [
      'Bilateral upper extremity numbness and weakness, rule out carpal tunnel syndrome',
      'Rule out cervical radiculopathy',
      'Cervical spondylosis with C3-4 anterolisthesis on x-ray',
    ],
    letterDate: '2017-01-26',
    realDecision: 'overturned',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Electrodiagnostic testing (EMG/NCS).',
    sameGuidelineLine: true,
    // The letter's "EMG recommended when cervical radiculopathy suspected" is its own criterion
    // since the carpal-tunnel EMG rule was encoded (confirmed catalogue 6.4).
    decisive: {
      'edx-entrapment-surgical-candidate': 'met',
      'edx-emg-not-for-entrapment-alone': 'met',
      'edx-ncs-not-for-radiculopathy': 'met',
    },
    entry:
      'Rule out carpal tunnel syndrome (2 years of symptoms with prior therapy) and cervical radiculopathy; surgery previously recommended, and the letter accepts surgical planning. The nerve-entrapment path decides; the length of conservative care for this injury is left empty. No RFA date: the UR date chooses the edition.',
    draft: caseWith({
      id: 'CM16-0248034',
      dateOfInjury: '2016-11-30',
      urDate: '2016-12-20',
      items: [
        disputedItem('emg_ncs', {
          requestedAs: 'EMG/NCS of the bilateral upper extremities',
          bodyPart: 'bilateral upper extremities',
          quantity: 1,
          urDecision: 'denied',
          facts: {
            radicularSymptoms: true,
            entrapmentSuspected: true,
            surgeryConsidered: true,
            includesNcs: true,
            priorStudySameRegion: false,
          },
        }),
      ],
    }),
  },
];
