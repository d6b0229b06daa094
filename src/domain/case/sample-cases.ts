/**
 * Sample cases for demos and training, beyond the built-in demo case: each is a real public IMR
 * decision of 2016-17 (shared/fixtures/imr-dev-cases.json, facts summarized in our words), entered
 * with every fact the summary gives, and evaluates to the decision the real letter reached. Facts
 * the summaries do not give are left empty, never invented. Where the letter answered a judgment,
 * the sample answers it the same way, with the letter's reason as the reviewer's note.
 */
import type { CaseDraft, DisputedItem, Injury, Medication, Report } from './case-schema';
import { buildDemoCase, DEMO_CASE_NUMBER } from './demo-case';
import {
  emptyCaseDraft,
  emptyComplaint,
  emptyDisputedItem,
  emptyItemReview,
  emptyMedication,
  emptyReport,
  emptyServiceFacts,
  emptyTherapyCourse,
} from './empty-case';

export interface SampleCase {
  /** Stable key, for tests and the list. */
  key: string;
  caseNumber: string;
  /** What a demo audience sees in the list: the service in dispute. */
  title: string;
  /** One line on why the case is worth showing. */
  shows: string;
  /** The decision of the real letter, which the workbench reaches on these facts. */
  realDecision: 'upheld' | 'overturned';
  /** Where the facts come from. */
  source: string;
  build: (id: string) => CaseDraft;
}

type ReportSpec = Partial<Omit<Report, 'id' | 'complaints'>> & {
  complaints?: { bodyPart: string; description: string; painLow?: number; painHigh?: number }[];
};

function report(id: string, spec: ReportSpec): Report {
  const { complaints = [], ...rest } = spec;
  return {
    ...emptyReport(id),
    type: 'progress_report',
    ...rest,
    complaints: complaints.map((complaint, index) => ({
      ...emptyComplaint(`${id}-c${index + 1}`),
      ...complaint,
      painLow: complaint.painLow ?? null,
      painHigh: complaint.painHigh ?? null,
    })),
  };
}

const medication = (id: string, spec: Partial<Omit<Medication, 'id'>>): Medication => ({
  ...emptyMedication(id),
  ...spec,
});

function item(
  id: string,
  spec: Partial<Omit<DisputedItem, 'id' | 'facts'>> & { facts?: Partial<DisputedItem['facts']> },
): DisputedItem {
  const { facts, ...rest } = spec;
  return {
    ...emptyDisputedItem(id),
    review: emptyItemReview(),
    ...rest,
    facts: { ...emptyServiceFacts(), ...facts },
  };
}

const diagnoses = (texts: string[]) =>
  texts.map((text, index) => ({ id: `dx-${index + 1}`, text, icd10: '' }));

/** The injury as a sample's letter gives it; the mechanism only where the letter states one. */
const injuryOf = (
  dateOfInjury: string,
  bodyParts: string[],
  diagnosisTexts: string[],
  mechanism = '',
): Injury => ({ dateOfInjury, mechanism, bodyParts, diagnoses: diagnoses(diagnosisTexts) });

interface SampleHeader {
  caseNumber: string;
  /** The RFA date; left empty when the letter gives none (the UR date then chooses the edition). */
  requestDate?: string;
  urDeterminationDate: string;
  assignmentDate: string;
  /** The reviewer's specialty and board certification as the letter prints them. */
  specialty: string;
  boardCertification: string;
  age: number;
  sex: 'female' | 'male';
}

/** The IMR header, the reviewer and the patient: the parts every sample fills the same way. */
function sampleShell(id: string, header: SampleHeader): CaseDraft {
  const base = emptyCaseDraft(id);
  return {
    ...base,
    imr: {
      ...base.imr,
      caseNumber: header.caseNumber,
      priority: 'standard',
      requestDate: header.requestDate ?? '',
      urDeterminationDate: header.urDeterminationDate,
      assignmentDate: header.assignmentDate,
    },
    reviewer: {
      licensureStates: ['California'],
      specialty: header.specialty,
      boardCertification: header.boardCertification,
      yearsInPractice: null,
    },
    patient: { ...base.patient, age: header.age, sex: header.sex },
  };
}

/**
 * CM16-0239110: extended-release oxycodone six weeks after rib fractures (Overturned). The letter's
 * request date (12/15/2016) falls after its UR date (11/29/2016), which the wizard rightly refuses:
 * it is left empty, so the UR date chooses the edition, the same one.
 */
function buildOpioidAfterRibFractures(id: string): CaseDraft {
  const base = sampleShell(id, {
    caseNumber: 'SAMPLE-CM16-0239110',
    urDeterminationDate: '2016-11-29',
    assignmentDate: '2016-12-22',
    specialty: 'Preventive Medicine, Occupational Medicine',
    boardCertification: 'Preventive Medicine, Occupational Medicine',
    age: 38,
    sex: 'male',
  });
  return {
    ...base,
    injury: injuryOf(
      '2016-10-18',
      ['ribs', 'thoracic spine'],
      ['Rib fractures at the T9-T10 level', 'Reported vertebral compression'],
      'Fall at work',
    ),
    reports: [
      report('report-2016-11-22', {
        date: '2016-11-22',
        complaints: [
          {
            bodyPart: 'ribs',
            description: 'severe rib pain since the fall; Percocet relieves it for only 4-6 hours',
          },
        ],
        diagnosesListed: 'Rib fractures T9-T10; reported vertebral compression; nicotine dependence',
        treatmentPlan:
          'OxyContin 20 mg every 12 hours, with Percocet 5/325 mg for pain that breaks through. Misuse risk reviewed briefly; no CURES report in the record.',
      }),
    ],
    treatment: {
      ...base.treatment,
      medications: [
        medication('history-percocet', { name: 'Percocet', strength: '5/325 mg', startDate: '2016-10-18' }),
      ],
    },
    disputedItems: [
      item('item-oxycodone-er', {
        requestedAs: 'Oxycodone HCl ER 20mg #60 (30-day supply)',
        serviceType: 'opioid',
        urDecision: 'denied',
        claimsAdministratorGuideline:
          'The Claims Administrator did not cite any medical evidence for its decision.',
        medication: medication('requested-oxycodone-er', {
          name: 'Oxycodone ER',
          strength: '20 mg',
          dose: '1 tablet',
          frequency: 'every 12 hours',
          quantity: 60,
          daysSupply: 30,
        }),
        facts: { curesChecked: false },
        review: {
          ...emptyItemReview(),
          criteria: {
            'op16-severe-acute-injury': {
              answer: 'met',
              note: 'Multiple rib fractures with inadequate relief less than 3 months after the injury.',
            },
          },
        },
      }),
    ],
  };
}

/** CM17-0010365: a first course of physical therapy, six visits (Overturned). */
function buildFirstPhysicalTherapyCourse(id: string): CaseDraft {
  const base = sampleShell(id, {
    caseNumber: 'SAMPLE-CM17-0010365',
    urDeterminationDate: '2017-01-05',
    assignmentDate: '2017-01-20',
    specialty: 'Physical Medicine & Rehabilitation, Pain Management',
    boardCertification: 'Physical Medicine & Rehabilitation',
    age: 51,
    sex: 'male',
  });
  return {
    ...base,
    injury: injuryOf(
      '2016-11-08',
      ['neck', 'upper back', 'low back'],
      ['Lumbar strain', 'Muscle spasm', 'Dorsalgia', 'Cervical radiculopathy (right arm)'],
    ),
    reports: [
      report('report-2016-11-23', {
        date: '2016-11-23',
        complaints: [
          {
            bodyPart: 'neck to low back',
            description:
              'constant sharp pain, worse at night, radiating to the arms, with numbness of the right arm',
          },
        ],
        examFindings: 'Tender cervical, thoracic and lumbar spine with reduced range of motion.',
        diagnosesListed: 'Lumbar strain; muscle spasm; dorsalgia; cervical radiculopathy (right arm)',
        treatmentPlan: 'Physical therapy 3 times a week for 2 weeks. Ibuprofen and Soma continued.',
        workStatusStated: 'Light or desk duty, no lifting over 5 lb.',
      }),
    ],
    work: {
      ...base.work,
      status: 'tpd',
      restrictions: { ...base.work.restrictions, liftLimitLbs: 5, other: 'Light or desk duty.' },
    },
    treatment: {
      ...base.treatment,
      medications: [
        medication('history-ibuprofen', { name: 'Ibuprofen' }),
        medication('history-soma', { name: 'Soma' }),
      ],
    },
    disputedItems: [
      item('item-physical-therapy', {
        requestedAs: 'Physical therapy 3x/week for 2 weeks (cervical, thoracic, lumbar)',
        serviceType: 'physical_therapy',
        frequencyPerWeek: 3,
        durationWeeks: 2,
        bodyPart: 'cervical, thoracic and lumbar spine',
        urDecision: 'denied',
        claimsAdministratorGuideline: 'Decision based on MTUS Chronic Pain Medical Treatment 2016.',
        facts: { diagnosisCategory: 'cervical radiculopathy' },
      }),
    ],
  };
}

/** CM17-0013754: the rest of a 12-visit physical therapy request UR cut to 10 (Upheld). */
function buildPhysicalTherapyBeyondTheTrial(id: string): CaseDraft {
  const base = sampleShell(id, {
    caseNumber: 'SAMPLE-CM17-0013754',
    requestDate: '2016-12-08',
    urDeterminationDate: '2016-12-20',
    assignmentDate: '2017-01-26',
    specialty: 'Family Practice',
    boardCertification: 'Family Practice',
    age: 45,
    sex: 'male',
  });
  return {
    ...base,
    injury: injuryOf(
      '2016-11-02',
      ['low back'],
      [
        'Lumbar disc herniation',
        'Lumbar radiculopathy from the herniation',
        'Lumbar paraspinal muscle spasm',
      ],
    ),
    reports: [
      report('report-2016-11-07', {
        date: '2016-11-07',
        complaints: [
          {
            bodyPart: 'low back',
            description: 'back pain radiating to the legs; new numbness below the right knee',
          },
        ],
      }),
      report('report-2016-11-21', { date: '2016-11-21' }),
      report('report-2016-12-08', {
        date: '2016-12-08',
        authorSpecialty: 'Spine surgery',
        treatmentPlan:
          'Physical therapy 3 times a week for 4 weeks and an L4-5 epidural injection: conservative care before any surgery.',
        workStatusStated: 'Temporarily totally disabled.',
      }),
    ],
    work: { ...base.work, status: 'ttd' },
    treatment: {
      ...base.treatment,
      therapyCourses: [
        {
          ...emptyTherapyCourse('course-chiropractic'),
          discipline: 'chiropractic',
          visitsCompleted: 3,
          bodyPart: 'low back',
        },
      ],
      medications: [
        medication('history-norco', { name: 'Norco' }),
        medication('history-orphenadrine', { name: 'Orphenadrine ER' }),
        medication('history-ketoprofen', { name: 'Ketoprofen' }),
        medication('history-lidocaine', { name: 'Lidocaine patch' }),
      ],
    },
    disputedItems: [
      item('item-physical-therapy', {
        requestedAs: 'Physical therapy evaluation and treatment, lumbar spine (remaining 2 of 12 visits)',
        serviceType: 'physical_therapy',
        frequencyPerWeek: 3,
        durationWeeks: 4,
        bodyPart: 'lumbar spine',
        urDecision: 'modified',
        urApproved: '10 visits',
        claimsAdministratorGuideline:
          'Decision based on Non-MTUS Citation Official Disability Guidelines, Lumbar Physical Therapy Guidelines.',
        facts: { diagnosisCategory: 'radiculitis', homeExerciseProgram: true },
      }),
    ],
  };
}

/**
 * CM16-0247624: a head CT seven weeks after blunt head trauma (Upheld). The MTUS is silent on head
 * imaging; the letter applied ODG Head: past the 72-hour acute phase, no red flags, no worsening.
 */
function buildHeadCtAfterTheAcutePhase(id: string): CaseDraft {
  const base = sampleShell(id, {
    caseNumber: 'SAMPLE-CM16-0247624',
    requestDate: '2016-11-30',
    urDeterminationDate: '2016-12-16',
    assignmentDate: '2016-12-30',
    specialty: 'Family Practice',
    boardCertification: 'Family Practice',
    age: 33,
    sex: 'male',
  });
  return {
    ...base,
    injury: injuryOf(
      '2016-10-14',
      ['head', 'neck', 'low back', 'right hand'],
      ['Cervical and lumbar strain', 'Thoracic strain', 'Blunt head trauma', 'Right hand contusion'],
    ),
    reports: [
      report('report-2016-11-30', {
        date: '2016-11-30',
        complaints: [
          { bodyPart: 'head', description: 'head pain' },
          { bodyPart: 'neck', description: 'neck pain' },
          { bodyPart: 'right hand and wrist', description: 'hand and wrist pain' },
          { bodyPart: 'low back', description: 'low back pain' },
        ],
        examFindings:
          'Cervical paraspinal tone and tenderness with guarding and reduced motion; thoracolumbar spasm. No altered mental status, no focal neurologic deficit, no seizures.',
        diagnosesListed:
          'Cervical and lumbar strain; thoracic strain; blunt head trauma; right hand contusion',
        treatmentPlan: 'CT scan of the head. Naproxen, which improves the pain, continued.',
        workStatusStated: 'Not working.',
      }),
    ],
    treatment: {
      ...base.treatment,
      medications: [
        medication('history-ambien', { name: 'Ambien' }),
        medication('history-naproxen', { name: 'Naproxen', strength: '550 mg', frequency: 'twice a day' }),
        medication('history-flexeril', { name: 'Flexeril' }),
      ],
    },
    disputedItems: [
      item('item-head-ct', {
        requestedAs: 'CT scan of the head',
        serviceType: 'ct',
        quantity: 1,
        bodyPart: 'head',
        urDecision: 'denied',
        claimsAdministratorGuideline:
          'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Head, CT.',
        facts: { redFlags: false, symptomsWorsening: false },
      }),
    ],
  };
}

/**
 * CM17-0010364: an MRI of the lumbar spine six weeks after a strain (Upheld). Pain radiates down the
 * leg, but the neurologic exam is normal and no physical therapy has been tried: no red flags, no
 * objective nerve compromise, no failed conservative care (ACOEM Low Back, Special Studies).
 */
function buildLumbarMriBeforeConservativeCare(id: string): CaseDraft {
  const base = sampleShell(id, {
    caseNumber: 'SAMPLE-CM17-0010364',
    requestDate: '2016-12-06',
    urDeterminationDate: '2016-12-21',
    assignmentDate: '2017-01-19',
    specialty: 'Family Practice',
    boardCertification: 'Family Practice',
    age: 54,
    sex: 'male',
  });
  return {
    ...base,
    injury: injuryOf('2016-10-25', ['low back', 'neck'], ['Lumbar strain', 'Neck muscle strain']),
    reports: [
      report('report-2016-12-06', {
        date: '2016-12-06',
        complaints: [
          {
            bodyPart: 'low back',
            description: 'constant low back pain radiating down the left leg',
            painLow: 8,
            painHigh: 8,
          },
        ],
        examFindings:
          'No sensory, motor or reflex deficit; straight leg raise negative on both sides. Lumbar x-rays normal.',
        diagnosesListed: 'Lumbar strain; neck muscle strain',
        treatmentPlan:
          'MRI of the lumbar spine without contrast. Meloxicam and Flexeril continued; no physical therapy yet.',
        workStatusStated: 'Not working.',
      }),
    ],
    treatment: {
      ...base.treatment,
      medications: [
        medication('history-meloxicam', { name: 'Meloxicam' }),
        medication('history-flexeril', { name: 'Flexeril' }),
      ],
    },
    disputedItems: [
      item('item-lumbar-mri', {
        requestedAs: 'MRI lumbar spine without contrast',
        serviceType: 'mri',
        quantity: 1,
        bodyPart: 'lumbar spine',
        urDecision: 'denied',
        claimsAdministratorGuideline:
          'Decision based on MTUS Low Back Complaints 2004. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back Chapter.',
        facts: { redFlags: false, neuroDeficit: false, conservativeCareFailed: false },
      }),
    ],
  };
}

/**
 * CM16-0248034: EMG/NCS of both arms for carpal tunnel signs and a suspected cervical radiculopathy
 * (Overturned). NCS for the entrapment in a possible surgical candidate, EMG for the radiculopathy
 * (CPMTG 2016, Electrodiagnostic testing). The letter gives no RFA date: the UR date chooses the edition.
 */
function buildArmElectrodiagnostics(id: string): CaseDraft {
  const base = sampleShell(id, {
    caseNumber: 'SAMPLE-CM16-0248034',
    urDeterminationDate: '2016-12-20',
    assignmentDate: '2017-01-03',
    specialty: 'Preventive Medicine, Occupational Medicine',
    boardCertification: 'Preventive Medicine',
    age: 63,
    sex: 'male',
  });
  return {
    ...base,
    injury: injuryOf(
      '2016-11-30',
      ['neck', 'left shoulder', 'both wrists', 'low back'],
      [
        'Bilateral upper extremity numbness and weakness, rule out carpal tunnel syndrome',
        'Rule out cervical radiculopathy',
        'Cervical spondylosis with C3-4 anterolisthesis on x-ray',
      ],
    ),
    reports: [
      report('report-2016-12-12', {
        date: '2016-12-12',
        complaints: [
          {
            bodyPart: 'both arms',
            description: 'numbness and weakness of both arms, with wrist pain (right worse)',
          },
          { bodyPart: 'left shoulder', description: 'shoulder pain' },
        ],
        examFindings:
          'Cervical and lumbar tenderness; lumbar flexion 50, extension 20 degrees. Carpal tunnel symptoms for 2 years, treated before under private insurance.',
        diagnosesListed:
          'Bilateral upper extremity numbness and weakness, rule out carpal tunnel syndrome; rule out cervical radiculopathy; cervical spondylosis',
        treatmentPlan:
          'EMG/NCS of the bilateral upper extremities. Long-standing neck problems; surgery was recommended before.',
      }),
    ],
    disputedItems: [
      item('item-arm-edx', {
        requestedAs: 'EMG/NCS of the bilateral upper extremities',
        serviceType: 'emg_ncs',
        quantity: 1,
        bodyPart: 'bilateral upper extremities',
        urDecision: 'denied',
        claimsAdministratorGuideline:
          'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Electrodiagnostic testing (EMG/NCS).',
        facts: {
          radicularSymptoms: true,
          entrapmentSuspected: true,
          surgeryConsidered: true,
          includesNcs: true,
          priorStudySameRegion: false,
        },
      }),
    ],
  };
}

export const SAMPLE_CASES: readonly SampleCase[] = [
  {
    key: 'work-hardening',
    caseNumber: DEMO_CASE_NUMBER,
    title: 'Work hardening 2 times a week for 6 weeks',
    shows: 'The seed letter: a program whose entry criteria are not documented.',
    realDecision: 'upheld',
    source: 'Public DWC IMR final determination letter (the seed letter)',
    build: buildDemoCase,
  },
  {
    key: 'oxycodone-after-rib-fractures',
    caseNumber: 'SAMPLE-CM16-0239110',
    title: 'Oxycodone ER 20 mg #60 after rib fractures',
    shows: 'Morphine equivalents computed from the prescription; the severe acute injury path.',
    realDecision: 'overturned',
    source: 'Public DWC IMR letter CM16-0239110, 01/20/2017',
    build: buildOpioidAfterRibFractures,
  },
  {
    key: 'first-physical-therapy-course',
    caseNumber: 'SAMPLE-CM17-0010365',
    title: 'Physical therapy 3 times a week for 2 weeks',
    shows: 'A first course within the six-visit trial and the diagnosis allowance.',
    realDecision: 'overturned',
    source: 'Public DWC IMR letter CM17-0010365, 02/14/2017',
    build: buildFirstPhysicalTherapyCourse,
  },
  {
    key: 'physical-therapy-beyond-the-trial',
    caseNumber: 'SAMPLE-CM17-0013754',
    title: 'Physical therapy, the 2 visits UR did not approve',
    shows: 'A modified request judged as a whole: 12 visits against an allowance of 10.',
    realDecision: 'upheld',
    source: 'Public DWC IMR letter CM17-0013754, 02/17/2017',
    build: buildPhysicalTherapyBeyondTheTrial,
  },
  {
    key: 'head-ct-after-the-acute-phase',
    caseNumber: 'SAMPLE-CM16-0247624',
    title: 'CT scan of the head, 7 weeks after the injury',
    shows: 'Where the MTUS is silent: ODG Head, and the 72-hour window computed from the dates.',
    realDecision: 'upheld',
    source: 'Public DWC IMR letter CM16-0247624, 01/27/2017',
    build: buildHeadCtAfterTheAcutePhase,
  },
  {
    key: 'lumbar-mri-before-conservative-care',
    caseNumber: 'SAMPLE-CM17-0010364',
    title: 'MRI of the lumbar spine, 6 weeks after a strain',
    shows: 'ACOEM Special Studies: radiating pain with a normal neurologic exam and no therapy tried yet.',
    realDecision: 'upheld',
    source: 'Public DWC IMR letter CM17-0010364, 02/10/2017',
    build: buildLumbarMriBeforeConservativeCare,
  },
  {
    key: 'arm-electrodiagnostics',
    caseNumber: 'SAMPLE-CM16-0248034',
    title: 'EMG/NCS of both arms',
    shows: 'Carpal tunnel signs in a possible surgical candidate, with a suspected cervical radiculopathy.',
    realDecision: 'overturned',
    source: 'Public DWC IMR letter CM16-0248034, 01/26/2017',
    build: buildArmElectrodiagnostics,
  },
];
