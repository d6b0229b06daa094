/**
 * The physical medicine items of the development fixture set (shared/fixtures/imr-dev-cases.json:
 * real 2016-17 IMR decisions), entered as case drafts from the fixture summaries. Facts the
 * summaries do not give are left empty. Each entry records how it was entered, including any
 * judgment answered as the letter answered it. The tests read this file, never /work/shared.
 */
import type { CaseDraft } from '../case/case-schema';
import { caseWith, disputedItem, therapyCourse } from './case-builders';

export interface DevFixtureCase {
  fixtureId: string;
  caseNumber: string;
  /** The diagnoses the letter lists, for tests that enter them as a reviewer would. */
  diagnoses: string[];
  letterDate: string;
  realDecision: 'upheld' | 'overturned';
  /** The IMR guideline line as the letter prints it. */
  letterGuideline: string;
  /**
   * Where our non-MTUS source is the letter's in other words (the letters word ODG citations
   * freely): the words both name, lower case, and why ours differ. The MTUS part still matches.
   */
  nonMtusWording?: { shared: string[]; why: string };
  /** Criteria the letter's decisive reasons correspond to, with the status they should have. */
  decisive: Record<string, 'met' | 'not_met' | 'not_documented'>;
  draft: CaseDraft;
  /** How the summary was entered. */
  entry: string;
}

export const DEV_FIXTURE_CASES: DevFixtureCase[] = [
  {
    fixtureId: 'dev-CM17-0013754-1',
    caseNumber: 'CM17-0013754',
    diagnoses: [
      'lumbar disc herniation',
      'lumbar radiculopathy from the herniation',
      'lumbar paraspinal muscle spasm',
    ],
    letterDate: '2017-02-17',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Physical therapy/Preface.',
    decisive: { 'pm-visits-by-diagnosis-2016': 'not_met', 'pm-initial-trial-6': 'not_met' },
    entry:
      'The whole original request (3x/week for 4 weeks = 12) is judged, as IMR does after a UR modification. Lumbar radiculopathy -> neuralgia/radiculitis bucket. The 3 prior chiropractic visits do not count toward PT.',
    draft: caseWith({
      id: 'CM17-0013754',
      dateOfInjury: '2016-11-02',
      requestDate: '2016-12-08',
      urDate: '2016-12-20',
      courses: [therapyCourse('chiropractic', 3)],
      items: [
        disputedItem('physical_therapy', {
          requestedAs: 'Physical therapy evaluation and treatment, lumbar spine (remaining 2 of 12 visits)',
          frequencyPerWeek: 3,
          durationWeeks: 4,
          bodyPart: 'lumbar spine',
          urDecision: 'modified',
          urApproved: '10 visits',
          facts: { diagnosisCategory: 'radiculitis', homeExerciseProgram: true },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0007886-1',
    caseNumber: 'CM17-0007886',
    diagnoses: ['right elbow lateral epicondylitis'],
    letterDate: '2017-02-08',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) physical therapy, elbow chapter.',
    nonMtusWording: {
      shared: ['elbow', 'physical therapy'],
      why: 'Our ODG allowances are cited "<chapter>, Physical therapy" for every body part; this letter words the elbow one "physical therapy, elbow chapter", which the confirmed catalogue does not print.',
    },
    decisive: {
      'pm-visits-by-diagnosis-2016': 'not_met',
      'functional-improvement-for-more-visits': 'not_met',
    },
    entry:
      "No RFA date in the letter: the UR date chooses the edition. At least 6 prior PT visits with no improvement. Lateral epicondylitis has no MTUS visit bucket, so the visit criterion uses the ODG elbow allowance the letter used (8 visits over 5 weeks, cited as non-MTUS): 6 done + 12 requested = 18 exceeds it. The missing functional improvement, the letter's other reason, also fails.",
    draft: caseWith({
      id: 'CM17-0007886',
      dateOfInjury: '2016-10-20',
      urDate: '2017-01-05',
      courses: [therapyCourse('pt', 6, { functionalImprovementDocumented: false })],
      items: [
        disputedItem('physical_therapy', {
          requestedAs: 'Physical therapy, right elbow, 3x/week (12 sessions)',
          frequencyPerWeek: 3,
          quantity: 12,
          bodyPart: 'right elbow',
          urDecision: 'denied',
          facts: { diagnosisCategory: 'lateral epicondylitis' },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0006912-3',
    caseNumber: 'CM17-0006912',
    diagnoses: [
      'right femur shaft fracture',
      'comminuted right fibula/distal tibia (pilon-type) fracture',
      'left 4th metacarpal, capitate and hamate fractures',
      'left radius fracture (plated)',
    ],
    letterDate: '2017-02-17',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Postsurgical Treatment 2009, Section(s): Knee, Forearm, Wrist, & Hand.',
    decisive: { 'ps-initial-course': 'not_met', 'ps-general-course': 'met' },
    entry:
      'Whole original request judged: 24 sessions (3x/week for 8 weeks). Several fractures were fixed; the femur fracture (30 visits, the most generous entry) is entered as the surgery, ORIF on 11/16/2016. The occupational therapy already started has no visit count in the summary and is not entered. The prescriber judgment is left unanswered (the letter does not address it).',
    draft: caseWith({
      id: 'CM17-0006912',
      dateOfInjury: '2016-11-15',
      requestDate: '2016-12-13',
      urDate: '2016-12-20',
      items: [
        disputedItem('postsurgical_therapy', {
          requestedAs: 'Post-operative PT/OT, left hand and right lower leg (remaining 18 of 24 sessions)',
          frequencyPerWeek: 3,
          durationWeeks: 8,
          bodyPart: 'left hand and right lower leg',
          urDecision: 'modified',
          urApproved: '6 sessions',
          facts: { surgeryType: 'femur fracture', surgeryDate: '2016-11-16' },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM16-0243453-3',
    caseNumber: 'CM16-0243453',
    diagnoses: ['cervical, thoracic and lumbar sprain', 'right elbow contusion', 'right knee contusion'],
    letterDate: '2017-01-26',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation.',
    // The letter's second reason (no evidence for elbow manipulation) is its own criterion since
    // the elbow rule was encoded (confirmed catalogue 2.4 #4).
    decisive: { 'ch-body-region': 'not_met', 'ch-elbow-not-supported': 'not_met' },
    entry:
      'Elbow and knee manipulation, 2x/week for 4 weeks. The knee is a region the guideline does not recommend, and the elbow has no MTUS support.',
    draft: caseWith({
      id: 'CM16-0243453',
      dateOfInjury: '2016-10-10',
      requestDate: '2016-12-08',
      urDate: '2016-12-15',
      items: [
        disputedItem('chiropractic', {
          requestedAs: 'Chiropractic/physiotherapy, right elbow and right knee, 2x/week for 4 weeks',
          frequencyPerWeek: 2,
          durationWeeks: 4,
          bodyPart: 'right elbow and right knee',
          urDecision: 'denied',
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM16-0247405-1',
    caseNumber: 'CM16-0247405',
    diagnoses: ['cervical segmental dysfunction', 'cervical sprain'],
    letterDate: '2017-01-25',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back.',
    decisive: { 'ch-neck-trial-visits': 'not_met' },
    entry:
      'Neck-only manipulation: the CPMTG gives no recommendation, and the encoded ODG Neck and Upper Back set decides, cited after the CPMTG section as the letter does. The whole original request is judged: 8 visits exceed the 6-visit trial, and continued care does not apply to a first course. The plan of care, which the letter does not address, is left unanswered.',
    draft: caseWith({
      id: 'CM16-0247405',
      dateOfInjury: '2016-10-22',
      requestDate: '2016-11-09',
      urDate: '2016-12-22',
      items: [
        disputedItem('chiropractic', {
          requestedAs: 'Chiropractic therapy, cervical spine (remaining 2 of 8 sessions)',
          quantity: 8,
          bodyPart: 'cervical spine',
          urDecision: 'modified',
          urApproved: '6 sessions',
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0007857-1',
    caseNumber: 'CM17-0007857',
    diagnoses: ['right shoulder impingement', 'rule out cervical and lumbar disc herniation'],
    letterDate: '2017-02-09',
    realDecision: 'upheld',
    letterGuideline: 'Decision based on MTUS Acupuncture Treatment 2007.',
    decisive: { 'ac-initial-trial': 'not_met', 'ac-extension-improvement': 'not_documented' },
    entry:
      'Whole original request judged: 8 sessions (UR approved 6). Neither an adjunct role nor reduced medication is stated in the summary, so the purpose is "not documented".',
    draft: caseWith({
      id: 'CM17-0007857',
      dateOfInjury: '2016-10-11',
      requestDate: '2016-12-19',
      urDate: '2016-12-21',
      items: [
        disputedItem('acupuncture', {
          requestedAs: 'Acupuncture (remaining 2 of 8 sessions)',
          quantity: 8,
          bodyPart: 'neck, low back and right shoulder',
          urDecision: 'modified',
          urApproved: '6 sessions',
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0005344-3',
    caseNumber: 'CM17-0005344',
    diagnoses: ['lumbar sprain', 'low back pain'],
    letterDate: '2017-02-10',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Ultrasound, therapeutic.',
    decisive: { 'us-not-recommended': 'not_met' },
    entry: 'Pulsed ultrasound entered as a physical therapy item with the modality "pulsed ultrasound".',
    draft: caseWith({
      id: 'CM17-0005344',
      dateOfInjury: '2016-12-01',
      requestDate: '2016-12-19',
      urDate: '2016-12-27',
      courses: [therapyCourse('chiropractic', 6, { functionalImprovementDocumented: false })],
      items: [
        disputedItem('physical_therapy', {
          requestedAs: 'Pulsed ultrasound, 2x/week for 4 weeks',
          frequencyPerWeek: 2,
          durationWeeks: 4,
          bodyPart: 'low back',
          urDecision: 'denied',
          facts: { modality: 'pulsed ultrasound' },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dwc-imr-CM16-0230548-2',
    caseNumber: 'CM16-0230548',
    diagnoses: ['Head contusion', 'Neck strain', 'Right hand contusion'],
    letterDate: '2017-01-04',
    realDecision: 'overturned',
    letterGuideline: 'Decision based on MTUS Acupuncture Treatment 2007.',
    decisive: {
      'ac-initial-trial': 'met',
      'ac-frequency': 'met',
      'ac-purpose': 'met',
    },
    entry:
      'A first trial of 6 sessions (3x/week for 2 weeks) as an adjunct to the physical therapy under way.',
    draft: caseWith({
      id: 'CM16-0230548',
      dateOfInjury: '2016-11-01',
      requestDate: '2016-11-23',
      urDate: '2016-12-01',
      items: [
        disputedItem('acupuncture', {
          requestedAs: 'Acupuncture 3x/week for 2 weeks (neck, right hand, head)',
          frequencyPerWeek: 3,
          durationWeeks: 2,
          bodyPart: 'neck, right hand, head',
          urDecision: 'denied',
          facts: { adjunctToActiveTherapy: true },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dwc-imr-CM17-0004738-1',
    caseNumber: 'CM17-0004738',
    diagnoses: ['Lumbar contusion', 'Lumbar strain'],
    letterDate: '2017-02-07',
    realDecision: 'overturned',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation.',
    decisive: { 'ch-total-visits-18': 'met', 'ch-functional-improvement': 'met' },
    entry:
      'No RFA date: the UR date chooses the edition. 6 completed sessions with measured improvement (motion, tenderness). Answered as the letter did: therapeutic (not maintenance) care, and a plan of care that recommends continued manipulation.',
    draft: caseWith({
      id: 'CM17-0004738',
      dateOfInjury: '2016-11-14',
      urDate: '2016-12-28',
      courses: [
        therapyCourse('chiropractic', 6, { functionalImprovementDocumented: true, bodyPart: 'low back' }),
      ],
      items: [
        disputedItem('chiropractic', {
          requestedAs: 'Chiropractic care for the low back, 6 sessions',
          quantity: 6,
          bodyPart: 'low back',
          urDecision: 'denied',
          facts: { maintenanceCare: false, manipulationPlanOfCare: true },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dwc-imr-CM17-0010365-1',
    caseNumber: 'CM17-0010365',
    diagnoses: ['Lumbar strain', 'Muscle spasm', 'Dorsalgia', 'Cervical radiculopathy (right arm)'],
    letterDate: '2017-02-14',
    realDecision: 'overturned',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back and neck Chapter, Physical Therapy.',
    nonMtusWording: {
      shared: ['physical therapy'],
      why: 'The six-visit trial that agrees with the overturn is cited as the ODG Preface ("Physical therapy/Preface", as CM17-0013754 prints it); this letter cites the same ODG physical therapy text from the Low Back and Neck chapters.',
    },
    decisive: { 'pm-visits-by-diagnosis-2016': 'met', 'pm-initial-trial-6': 'met' },
    entry:
      'No RFA date: the UR date chooses the edition. A first course of 6 visits; cervical radiculopathy -> neuralgia/radiculitis bucket (10 visits). Lumbar strain and spasm are not entered: the catalogue gives them no MTUS bucket or ODG number.',
    draft: caseWith({
      id: 'CM17-0010365',
      dateOfInjury: '2016-11-08',
      urDate: '2017-01-05',
      items: [
        disputedItem('physical_therapy', {
          requestedAs: 'Physical therapy 3x/week for 2 weeks (cervical, thoracic, lumbar)',
          frequencyPerWeek: 3,
          durationWeeks: 2,
          bodyPart: 'cervical, thoracic and lumbar spine',
          urDecision: 'denied',
          facts: { diagnosisCategory: 'cervical radiculopathy' },
        }),
      ],
    }),
  },
];
