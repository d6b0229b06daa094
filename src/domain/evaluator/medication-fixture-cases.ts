/**
 * The pharmaceutical items of the development fixture set (shared/fixtures/imr-dev-cases.json:
 * real 2016-17 IMR decisions), entered as case drafts from the fixture summaries. Facts the
 * summaries do not give are left empty ("not documented"); a fact the letter states as absent is
 * entered as "no". Judgments are answered only where the letter decided on them, and the entry
 * says so. The tests read this file, never /work/shared.
 */
import type { Medication } from '../case/case-schema';
import { emptyMedication } from '../case/empty-case';
import { answer, caseWith, disputedItem } from './case-builders';
import type { DevFixtureCase } from './dev-fixture-cases';

export interface MedicationFixtureCase extends DevFixtureCase {
  /** The letter's guideline sections our guideline line must include. */
  letterSections: string[];
}

const drug = (id: string, spec: Partial<Omit<Medication, 'id'>>): Medication => ({
  ...emptyMedication(id),
  ...spec,
});

/** One letter, two medication items (the NSAID and the topical): the same diagnoses. */
const CM16_0234464_DIAGNOSES = [
  'blunt head trauma with headaches',
  'cervical strain with radicular complaints',
  'thoracic/parascapular strain',
  'right hand contusion/laceration',
  'lumbar strain',
];

export const MEDICATION_FIXTURE_CASES: MedicationFixtureCase[] = [
  {
    fixtureId: 'dev-CM17-0015333-4',
    caseNumber: 'CM17-0015333',
    diagnoses: ['cervical strain', 'bilateral carpal tunnel syndrome', 'bilateral elbow pain'],
    letterDate: '2017-02-28',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Initiation of Chronic Opioid Treatment.',
    letterSections: [
      '3.3.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Initiation of Chronic Opioid Treatment',
    ],
    decisive: {
      'op16-cures': 'not_met',
      'op16-udt-before-trial': 'not_documented',
      'op16-non-opioid-first': 'not_met',
    },
    entry:
      'No opioid before the request (only 6 PT sessions are recorded): the initiation set. The letter found no CURES report, no urine drug screen and no failed first-line non-opioid medication: CURES and non-opioid trial entered as "no", no UDT entered. The request gives no sig, so the trial length is not documented. The severe-acute-injury judgment is left unanswered: the letter applied the chronic initiation section.',
    draft: caseWith({
      id: 'CM17-0015333',
      dateOfInjury: '2016-11-02',
      requestDate: '2017-01-03',
      urDate: '2017-01-09',
      items: [
        disputedItem('opioid', {
          requestedAs: 'Tramadol 50 mg #60',
          urDecision: 'denied',
          medication: drug('m1', { name: 'Tramadol', strength: '50 mg', quantity: 60 }),
          facts: { curesChecked: false, nonOpioidTried: false },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dev-CM17-0012593-2',
    caseNumber: 'CM17-0012593',
    diagnoses: [
      'head contusion',
      'scalp laceration',
      'cervical sprain/strain',
      'right shoulder sprain/strain',
      'right inguinal sprain/strain',
    ],
    letterDate: '2017-02-23',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.',
    letterSections: [
      '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment',
    ],
    decisive: {
      'op16-analgesia': 'not_met',
      'op16-activity': 'not_met',
      'op16-aberrant-behavior': 'not_met',
      'op16-udt-monitoring': 'not_documented',
    },
    entry:
      'Norco before, Ultram ER as a refill (start dates unknown): the maintenance set. The letter found no pain relief, no functional improvement and no monitoring for aberrant behavior: entered as "no". No UDT entered. The strength-only request has no sig, so the MED is not documented (the letter notes the duration of use is unclear). The severe-acute-injury judgment is left unanswered.',
    draft: caseWith({
      id: 'CM17-0012593',
      dateOfInjury: '2016-11-27',
      requestDate: '2016-12-16',
      urDate: '2017-01-09',
      items: [
        disputedItem('opioid', {
          requestedAs: 'Ultram ER (tramadol extended release) 100 mg #60',
          urDecision: 'denied',
          medication: drug('m1', { name: 'Ultram ER', strength: '100 mg', quantity: 60 }),
          facts: { analgesiaDocumented: false, adlsDocumented: false, aberrantBehaviourAssessed: false },
        }),
      ],
      edit: (draft) => {
        draft.treatment.medications = [
          drug('h1', { name: 'Norco' }),
          drug('h2', { name: 'Ultram ER', strength: '100 mg' }),
        ];
      },
    }),
  },
  {
    fixtureId: 'dev-CM17-0009995-1',
    caseNumber: 'CM17-0009995',
    diagnoses: ['left hip strain'],
    letterDate: '2017-02-16',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Cyclobenzaprine (Flexeril).',
    letterSections: ['Cyclobenzaprine (Flexeril)'],
    decisive: { 'mr-short-term-2016': 'not_met' },
    entry:
      'The whole original request (#60) is judged, as IMR does after a UR modification. No RFA date in the letter: the UR date (01/13/2017) chooses the edition and the time on the drug. Used since at least 10/31/2016 (the injury date): entered as the start date in the treatment history. The second-line judgment is left unanswered.',
    draft: caseWith({
      id: 'CM17-0009995',
      dateOfInjury: '2016-10-31',
      urDate: '2017-01-13',
      items: [
        disputedItem('muscle_relaxant', {
          requestedAs: 'Cyclobenzaprine 7.5 mg, retrospective (remaining #18 of #60)',
          urDecision: 'modified',
          urApproved: '#42',
          medication: drug('m1', { name: 'Cyclobenzaprine', strength: '7.5 mg', quantity: 60 }),
        }),
      ],
      edit: (draft) => {
        draft.treatment.medications = [
          drug('h1', { name: 'Cyclobenzaprine', strength: '7.5 mg', startDate: '2016-10-31' }),
          drug('h2', { name: 'Famotidine' }),
          drug('h3', { name: 'Ketoprofen' }),
          drug('h4', { name: 'LidoPro ointment', form: 'ointment' }),
        ];
      },
    }),
  },
  {
    fixtureId: 'dev-CM16-0234464-4',
    caseNumber: 'CM16-0234464',
    diagnoses: CM16_0234464_DIAGNOSES,
    letterDate: '2017-01-20',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs (non-steroidal anti-inflammatory drugs).',
    letterSections: ['NSAIDs (non-steroidal anti-inflammatory drugs)'],
    decisive: { 'nsaid-no-second-nsaid': 'not_met' },
    entry:
      'Current medications Ambien and Mobic entered in the treatment history; diclofenac is a new prescription, so efficacy does not apply. The indication judgment is left unanswered (the letter calls NSAIDs an option, then denies on the second NSAID).',
    draft: caseWith({
      id: 'CM16-0234464',
      dateOfInjury: '2016-10-14',
      requestDate: '2016-10-28',
      urDate: '2016-11-08',
      items: [
        disputedItem('nsaid', {
          requestedAs: 'Diclofenac ER 100 mg #60',
          urDecision: 'denied',
          medication: drug('m1', { name: 'Diclofenac ER', strength: '100 mg', quantity: 60 }),
        }),
      ],
      edit: (draft) => {
        draft.treatment.medications = [drug('h1', { name: 'Ambien' }), drug('h2', { name: 'Mobic' })];
      },
    }),
  },
  {
    fixtureId: 'dev-CM16-0234464-6',
    caseNumber: 'CM16-0234464',
    diagnoses: CM16_0234464_DIAGNOSES,
    letterDate: '2017-01-20',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics.',
    letterSections: ['Topical analgesics'],
    decisive: { 'tp-no-unrecommended-ingredient': 'not_met', 'tp-reason-over-oral': 'not_met' },
    entry:
      'Lidocaine 5% ointment: only the patch is endorsed. The letter found no reason for a topical over an oral drug: entered as "no" (advisory). Neuropathic pain and a first-line trial are not stated: left empty.',
    draft: caseWith({
      id: 'CM16-0234464',
      dateOfInjury: '2016-10-14',
      requestDate: '2016-10-28',
      urDate: '2016-11-08',
      items: [
        disputedItem('topical_analgesic', {
          requestedAs: 'Lidocaine 5% ointment 106.32 g',
          urDecision: 'denied',
          medication: drug('m1', { name: 'Lidocaine', strength: '5%', form: 'ointment', route: 'topical' }),
          facts: { topicalReasonDocumented: false },
        }),
      ],
      edit: (draft) => {
        draft.treatment.medications = [drug('h1', { name: 'Ambien' }), drug('h2', { name: 'Mobic' })];
      },
    }),
  },
  {
    fixtureId: 'dev-CM16-0248698-17',
    caseNumber: 'CM16-0248698',
    diagnoses: ['lumbar sprain'],
    letterDate: '2017-02-02',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): NSAIDs, GI symptoms & cardiovascular risk.',
    letterSections: ['NSAIDs, GI symptoms & cardiovascular risk'],
    decisive: { 'ppi-gi-risk': 'not_met', 'ppi-concurrent-nsaid': 'met' },
    entry:
      'The same request included celecoxib and a second PPI (pantoprazole): entered as disputed items 2 and 3, so the NSAID is concurrent and the second PPI a duplicate. The letter found no ulcer, bleeding or perforation history, no high-dose or multiple NSAIDs, and no NSAID dyspepsia: entered as "no"; age 39. No RFA date: the UR date chooses the edition.',
    draft: caseWith({
      id: 'CM16-0248698',
      dateOfInjury: '2016-10-26',
      urDate: '2016-12-23',
      items: [
        disputedItem('ppi_h2', {
          requestedAs: 'Prilosec (omeprazole) 20 mg #90',
          urDecision: 'denied',
          medication: drug('m1', { name: 'Prilosec', strength: '20 mg', quantity: 90 }),
          facts: { giRiskFactors: false, nsaidDyspepsia: false },
        }),
        disputedItem(
          'nsaid',
          { requestedAs: 'Celecoxib', medication: drug('m2', { name: 'Celecoxib' }) },
          'item-2',
        ),
        disputedItem(
          'ppi_h2',
          { requestedAs: 'Pantoprazole', medication: drug('m3', { name: 'Pantoprazole' }) },
          'item-3',
        ),
      ],
      edit: (draft) => {
        draft.patient.age = 39;
        draft.treatment.medications = [drug('h1', { name: 'Celecoxib' })];
      },
    }),
  },
  {
    fixtureId: 'dev-CM17-0007300-1',
    caseNumber: 'CM17-0007300',
    diagnoses: ['left ankle sprain'],
    letterDate: '2017-02-09',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics, compounded.',
    letterSections: ['Topical analgesics'],
    decisive: { 'tp-no-unrecommended-ingredient': 'not_met', 'tp-neuropathic-after-first-line': 'not_met' },
    entry:
      'Each ingredient entered with its strength; dextromethorphan is not in the reference (a warning), but flurbiprofen, cyclobenzaprine, gabapentin and lidocaine cream already make the compound not recommended. A left ankle sprain: neuropathic pain and a failed first-line trial entered as "no", as the letter found.',
    draft: caseWith({
      id: 'CM17-0007300',
      dateOfInjury: '2016-11-13',
      requestDate: '2016-12-29',
      urDate: '2017-01-05',
      items: [
        disputedItem('topical_analgesic', {
          requestedAs:
            'Compounded topical: flurbiprofen 10% / cyclobenzaprine 3% / gabapentin 6% / lidocaine 5% / dextromethorphan, 1 container',
          urDecision: 'denied',
          medication: drug('m1', {
            name: 'Compounded topical',
            form: 'cream',
            route: 'topical',
            quantity: 1,
            ingredients: [
              { id: 'i1', name: 'Flurbiprofen', strength: '10%' },
              { id: 'i2', name: 'Cyclobenzaprine', strength: '3%' },
              { id: 'i3', name: 'Gabapentin', strength: '6%' },
              { id: 'i4', name: 'Lidocaine', strength: '5%' },
              { id: 'i5', name: 'Dextromethorphan', strength: '' },
            ],
          }),
          facts: { neuropathicPain: false, firstLineNeuropathicTried: false },
        }),
      ],
      edit: (draft) => {
        draft.treatment.medications = ['Tramadol', 'Etodolac', 'Orphenadrine', 'Acetaminophen', 'Trezix'].map(
          (name, index) => drug(`h${index}`, { name }),
        );
      },
    }),
  },
  {
    fixtureId: 'dev-CM17-0013625-2',
    caseNumber: 'CM17-0013625',
    diagnoses: [
      'headaches',
      'cervical, thoracic and lumbar sprain',
      'upper and lower extremity radicular pain syndrome',
      'bilateral knee sprain/internal derangement',
      'anxiety disorder',
    ],
    letterDate: '2017-02-23',
    realDecision: 'upheld',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Gabapentin (Neurontin).',
    letterSections: ['Gabapentin (Neurontin)'],
    decisive: { 'aed-indication-2016': 'not_met', 'standard-form-reason': 'not_met' },
    entry:
      'Fanatrex is a compounded gabapentin suspension kit. The letter found none of the conditions AEDs are recommended for (radicular pain syndrome diagnosed, but no diabetic neuropathy, postherpetic neuralgia or fibromyalgia): neuropathic pain entered as "no", with that reading. No reason given for a suspension: entered as "no". Not taking any medication: a new prescription, so the response criteria do not apply. No RFA date: the UR date chooses the edition.',
    draft: caseWith({
      id: 'CM17-0013625',
      dateOfInjury: '2016-11-14',
      urDate: '2016-12-29',
      items: [
        disputedItem('anticonvulsant', {
          requestedAs: 'Fanatrex (gabapentin oral suspension) 25 mg/ml, 420 ml',
          urDecision: 'denied',
          medication: drug('m1', { name: 'Fanatrex', strength: '25 mg/ml', quantity: 420 }),
          facts: { neuropathicPain: false, standardFormNotUsable: false },
        }),
      ],
    }),
  },
  {
    fixtureId: 'dwc-imr-CM16-0239110-1',
    caseNumber: 'CM16-0239110',
    diagnoses: ['Rib fractures (T9-T10 level) after fall at work', 'Reported vertebral compression'],
    letterDate: '2017-01-20',
    realDecision: 'overturned',
    letterGuideline:
      'Decision based on MTUS Opioid Treatment 2016, Section(s): 1.3 Opioids for Acute Pain: Severe Acute Injuries.',
    letterSections: ['1.3 Opioids for Acute Pain: Severe Acute Injuries'],
    decisive: {
      'op16-acute-within-3-months': 'met',
      'op16-severe-acute-injury': 'met',
      'op16-cures': 'not_met',
    },
    entry:
      'Rib fractures 6 weeks before; on Percocet (in the treatment history), so the maintenance set, whose severe-acute-injury path the letter took. The judgment is answered "met" as the letter did. CURES check entered as "no" (not documented in the letter): the chronic path fails on it, the acute path does not need it. OxyContin 20 mg every 12 hours = 60 MME/day; Percocet as a fallback has no sig, so the regimen MED is not documented.',
    draft: caseWith({
      id: 'CM16-0239110',
      dateOfInjury: '2016-10-18',
      requestDate: '2016-12-15',
      urDate: '2016-11-29',
      items: [
        disputedItem('opioid', {
          requestedAs: 'Oxycodone HCl ER 20mg #60 (30-day supply)',
          urDecision: 'denied',
          medication: drug('m1', {
            name: 'Oxycodone ER',
            strength: '20 mg',
            dose: '1 tablet',
            frequency: 'every 12 hours',
            quantity: 60,
            daysSupply: 30,
          }),
          facts: { curesChecked: false },
          review: {
            criteria: {
              'op16-severe-acute-injury': answer(
                'met',
                'Multiple rib fractures with inadequate relief less than 3 months after the injury.',
              ),
            },
          },
        }),
      ],
      edit: (draft) => {
        draft.treatment.medications = [
          drug('h1', { name: 'Percocet', strength: '5/325 mg', startDate: '2016-10-18' }),
        ];
      },
    }),
  },
  {
    fixtureId: 'dwc-imr-CM16-0247624-2',
    caseNumber: 'CM16-0247624',
    diagnoses: ['Cervical and lumbar strain', 'Thoracic strain', 'Blunt head trauma', 'Right hand contusion'],
    letterDate: '2017-01-27',
    realDecision: 'overturned',
    letterGuideline:
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs (non-steroidal anti-inflammatory drugs).',
    letterSections: ['NSAIDs (non-steroidal anti-inflammatory drugs)'],
    decisive: { 'nsaid-efficacy': 'met', 'nsaid-no-second-nsaid': 'met', 'nsaid-indication': 'met' },
    entry:
      'Already on naproxen 550 twice a day, which improved the pain: pain relief entered as "yes". Ambien and Flexeril are not NSAIDs. The indication judgment is answered "met" as the letter did (lowest effective dose, one month for a subacute injury). Function on the drug is not stated: the advisory function criterion stays "not documented".',
    draft: caseWith({
      id: 'CM16-0247624',
      dateOfInjury: '2016-10-14',
      requestDate: '2016-11-30',
      urDate: '2016-12-16',
      items: [
        disputedItem('nsaid', {
          requestedAs: 'Naproxen 550mg #60',
          urDecision: 'denied',
          medication: drug('m1', {
            name: 'Naproxen',
            strength: '550 mg',
            dose: '1 tablet',
            frequency: 'twice daily',
            quantity: 60,
          }),
          facts: { analgesiaDocumented: true },
          review: {
            criteria: {
              'nsaid-indication': answer('met', 'Subacute strain; one month at the lowest effective dose.'),
            },
          },
        }),
      ],
      edit: (draft) => {
        draft.treatment.medications = [
          drug('h1', { name: 'Ambien' }),
          drug('h2', { name: 'Naproxen', strength: '550 mg' }),
          drug('h3', { name: 'Flexeril' }),
        ];
      },
    }),
  },
];
