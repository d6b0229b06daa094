import { describe, expect, it } from 'vitest';
import type { CaseDraft, ServiceType } from '../case/case-schema';
import { caseWith, disputedItem, type ItemSpec, therapyCourse } from '../evaluator/case-builders';
import {
  FACTS,
  type FactContext,
  type FactName,
  formatFactValue,
  formatNumber,
  getFact,
  readAmount,
} from './facts';

function factOf(name: FactName, draft: CaseDraft, itemIndex = 0) {
  const context: FactContext = { draft, item: draft.disputedItems[itemIndex]!, asOf: '2026-01-15' };
  return FACTS[name].get(context);
}

const single = (
  service: ServiceType,
  spec: ItemSpec = {},
  courses = [] as ReturnType<typeof therapyCourse>[],
) => caseWith({ courses, items: [disputedItem(service, spec)] });

describe('value readers', () => {
  it.each([
    [3, 3],
    [0, 0],
    [2.5, 2.5],
    [-1, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [null, undefined],
  ])('readAmount(%s) = %s', (input, expected) => {
    expect(readAmount(input)).toBe(expected);
  });

  it('formats numbers without float noise', () => {
    expect(formatNumber(12)).toBe('12');
    expect(formatNumber(2.499999999)).toBe('2.5');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });

  it('formats values in words', () => {
    expect(formatFactValue(FACTS['item.facts.screeningDone'], false)).toBe('no');
    expect(formatFactValue(FACTS['case.dateOfInjury'], '2013-08-01')).toBe('08/01/2013');
    expect(formatFactValue(FACTS['item.diagnosisBucket'], 'crps')).toBe(
      'CRPS / reflex sympathetic dystrophy',
    );
    expect(formatFactValue(FACTS['item.bodyRegions'], ['elbow', 'knee'])).toBe('elbow, knee');
    expect(formatFactValue(FACTS['item.frequencyPerWeek'], 3, 'days/week')).toBe('3 days/week');
    expect(formatFactValue(FACTS['item.frequencyPerWeek'], 1, 'days/week')).toBe('1 day/week');
    expect(formatFactValue(FACTS['item.facts.weeksCompletedInProgram'], 1, 'weeks')).toBe('1 week');
  });

  it('finds facts by own name only', () => {
    expect(getFact('item.frequencyPerWeek')).toBe(FACTS['item.frequencyPerWeek']);
    expect(getFact('constructor')).toBeUndefined();
    expect(getFact('toString')).toBeUndefined();
  });
});

describe('the request', () => {
  it('counts visits as frequency x duration, else the quantity', () => {
    expect(
      factOf('item.requestedVisits', single('physical_therapy', { frequencyPerWeek: 3, durationWeeks: 4 })),
    ).toBe(12);
    expect(factOf('item.requestedVisits', single('physical_therapy', { quantity: 8 }))).toBe(8);
    expect(
      factOf('item.requestedVisits', single('physical_therapy', { frequencyPerWeek: 3, quantity: 8 })),
    ).toBe(8);
    expect(factOf('item.requestedVisits', single('physical_therapy'))).toBeUndefined();
  });

  it('reads the free-text fields through the vocabularies', () => {
    const draft = single('physical_therapy', {
      bodyPart: 'right elbow and right knee',
      facts: {
        diagnosisCategory: 'Lumbar radiculitis',
        surgeryType: 'Arthroscopic partial meniscectomy',
        modality: 'US',
      },
    });
    expect(factOf('item.bodyRegions', draft)).toEqual(['elbow', 'knee']);
    expect(factOf('item.diagnosisBucket', draft)).toBe('neuralgia_neuritis_radiculitis');
    expect(factOf('item.surgeryKey', draft)).toBe('meniscectomy');
    expect(factOf('item.modality', draft)).toBe('other');
  });
});

describe('the surgery a post-operative request follows', () => {
  it('is the one surgery requested in this review when none is recorded or named', () => {
    const draft = single('postsurgical_therapy', { requestedAs: 'Post-op OT 3x/week for 4 weeks' });
    draft.disputedItems.push({
      ...draft.disputedItems[0]!,
      id: 'item-2',
      serviceType: 'surgery',
      requestedAs: 'Right open carpal tunnel release',
    });
    expect(factOf('item.surgeryKey', draft)).toBe('carpal_tunnel_release');
    // Two surgeries requested: the reviewer names the one.
    draft.disputedItems.push({
      ...draft.disputedItems[1]!,
      id: 'item-3',
      requestedAs: 'Left trigger thumb release',
    });
    expect(factOf('item.surgeryKey', draft)).toBeUndefined();
  });
});

describe('a blank diagnosis category is read from the case diagnoses about the requested body part', () => {
  const withDiagnoses = (texts: string[], bodyPart: string, diagnosisCategory = '') => {
    const draft = single('physical_therapy', { bodyPart, facts: { diagnosisCategory } });
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
    return draft;
  };
  const describeFact = (name: FactName, draft: CaseDraft) => {
    const context: FactContext = { draft, item: draft.disputedItems[0]!, asOf: '2026-01-15' };
    const definition = getFact(name)!;
    return definition.describe?.(definition.get(context)!, context, '');
  };

  it.each<[string, string[], string, string | undefined]>([
    [
      'the one specific category',
      ['Lumbar strain', 'Muscle spasm', 'Cervical radiculopathy (right arm)'],
      'cervical, thoracic and lumbar spine',
      'neuralgia_neuritis_radiculitis',
    ],
    [
      '"other" when no diagnosis names a category',
      ['Lumbar strain', 'Muscle spasm'],
      'lumbar spine',
      'other',
    ],
    [
      'nothing when two categories compete',
      ['Lumbar radiculopathy', 'Myositis of the low back'],
      'low back',
      undefined,
    ],
    [
      'only the diagnoses about the requested region',
      ['Lumbar radiculopathy', 'Right knee arthritis'],
      'right knee',
      'arthritis',
    ],
    ['a diagnosis naming no region counts for any request', ['CRPS'], 'left wrist', 'crps'],
    ['nothing without diagnoses', [], 'lumbar spine', undefined],
  ])('%s', (_label, texts, bodyPart, expected) => {
    expect(factOf('item.diagnosisBucket', withDiagnoses(texts, bodyPart))).toBe(expected);
  });

  it("the request's own category wins over the diagnoses", () => {
    const draft = withDiagnoses(['Lumbar radiculopathy'], 'lumbar spine', 'myalgia');
    expect(factOf('item.diagnosisBucket', draft)).toBe('myalgia_myositis');
    expect(describeFact('item.diagnosisBucket', draft)).toBe('Diagnosis category: myalgia/myositis');
  });

  it('the evidence says which diagnoses the category was read from', () => {
    const draft = withDiagnoses(['Lumbar strain', 'Lumbar radiculopathy'], 'lumbar spine');
    expect(describeFact('item.diagnosisBucket', draft)).toBe(
      'Diagnosis category: neuralgia/neuritis/radiculitis (read from the diagnosis "Lumbar radiculopathy")',
    );
  });

  it('the ODG body-part entry reads the diagnoses the same way, region first', () => {
    expect(
      factOf(
        'item.odgVisitCondition',
        withDiagnoses(['Right shoulder sprain', 'Neck muscle strain'], 'right shoulder'),
      ),
    ).toBe('shoulder_sprain_strain');
    expect(
      factOf(
        'item.odgVisitCondition',
        withDiagnoses(['Right shoulder sprain', 'Neck muscle strain'], 'cervical spine'),
      ),
    ).toBe('other');
    expect(
      factOf('item.odgVisitCondition', withDiagnoses(['Left lateral epicondylitis'], 'left elbow')),
    ).toBe('lateral_epicondylitis');
  });

  it('a specific lesion outranks the sprain beside it (meniscus tear, frozen shoulder); other conflicts stay open', () => {
    const knee = withDiagnoses(
      ['Right knee medial meniscus tear, posterior horn', 'Right knee sprain'],
      'right knee',
    );
    expect(factOf('item.odgVisitCondition', knee)).toBe('knee_pain_derangement');
    expect(describeFact('item.odgVisitCondition', knee)).toContain(
      'read from the diagnosis "Right knee medial meniscus tear, posterior horn"',
    );
    expect(
      factOf(
        'item.odgVisitCondition',
        withDiagnoses(['Right knee sprain', 'Right lateral epicondylitis'], ''),
      ),
    ).toBeUndefined();
    expect(
      factOf(
        'item.odgVisitCondition',
        withDiagnoses(['Left shoulder adhesive capsulitis', 'Left shoulder strain'], 'left shoulder'),
      ),
    ).toBe('adhesive_capsulitis');
  });
});

describe('item.bodyPartStated: the request names its body part (cross-cutting rule 10)', () => {
  const stated = (bodyPart: string) =>
    factOf('item.bodyPartStated', single('physical_therapy', { bodyPart }));

  it.each(['lumbar spine', 'right elbow and right knee', ' neck '])('%j -> true', (bodyPart) => {
    expect(stated(bodyPart)).toBe(true);
  });

  it.each(['', '   ', 'unknown', 'Unspecified', 'not specified', 'N/A', '?'])(
    '%j -> not documented (never false)',
    (bodyPart) => {
      expect(stated(bodyPart)).toBeUndefined();
    },
  );

  it('quotes the part, is fed by the body part field only', () => {
    const draft = single('physical_therapy', { bodyPart: '  left knee ' });
    const context: FactContext = { draft, item: draft.disputedItems[0]!, asOf: '2026-01-15' };
    expect(FACTS['item.bodyPartStated'].describe(true, context)).toBe('Body part requested: left knee');
    expect(FACTS['item.bodyPartStated'].fieldPaths).toEqual(['bodyPart']);
  });
});

describe('therapy history', () => {
  const history = [
    therapyCourse('pt', 6, { startDate: '2016-01-01', functionalImprovementDocumented: false }),
    therapyCourse('pt', 4, { startDate: '2016-03-01', functionalImprovementDocumented: true }),
    therapyCourse('aquatic', 5, {}),
    therapyCourse('pt', 12, { postsurgical: true, functionalImprovementDocumented: false }),
    therapyCourse('chiropractic', 3, {}),
  ];
  const pt = single('physical_therapy', { frequencyPerWeek: 2, durationWeeks: 3 }, history);

  it('counts prior visits of the same discipline, outside post-surgical care', () => {
    expect(factOf('item.priorCoursesSameDiscipline', pt)).toBe(2);
    expect(factOf('item.priorVisitsSameDiscipline', pt)).toBe(10);
    expect(factOf('item.totalVisitsWithPrior', pt)).toBe(16);
  });

  it('counts PT and aquatic therapy together toward the 24-visit cap, without post-surgical visits', () => {
    expect(factOf('item.capVisitsWithPrior', pt)).toBe(6 + 4 + 5 + 6);
    const chiro = single('chiropractic', { quantity: 6 }, history);
    expect(factOf('item.capVisitsWithPrior', chiro)).toBe(9);
    expect(
      factOf('item.capVisitsWithPrior', single('acupuncture', { quantity: 6 }, history)),
    ).toBeUndefined();
  });

  it('takes functional improvement from the most recent course that records it', () => {
    expect(factOf('item.priorFunctionalImprovement', pt)).toBe(true);
    const reordered = single('physical_therapy', {}, [history[1]!, history[0]!]);
    expect(factOf('item.priorFunctionalImprovement', reordered)).toBe(true);
    const lastSaysNo = single('physical_therapy', {}, [
      therapyCourse('pt', 6, { startDate: '2016-01-01', functionalImprovementDocumented: true }),
      therapyCourse('pt', 4, { startDate: '2016-05-01', functionalImprovementDocumented: false }),
      therapyCourse('pt', 2, { startDate: '2016-06-01', functionalImprovementDocumented: null }),
    ]);
    expect(factOf('item.priorFunctionalImprovement', lastSaysNo)).toBe(false);
    expect(factOf('item.priorFunctionalImprovement', single('physical_therapy'))).toBeUndefined();
  });

  it('does not know the totals when a course of that discipline has no visit count', () => {
    const unknown = single('physical_therapy', { quantity: 6 }, [
      therapyCourse('pt', null),
      therapyCourse('pt', 4),
    ]);
    expect(factOf('item.priorVisitsSameDiscipline', unknown)).toBeUndefined();
    expect(factOf('item.totalVisitsWithPrior', unknown)).toBeUndefined();
    expect(factOf('case.completedVisits.pt', unknown)).toBeUndefined();
    // No course at all is a documented zero.
    expect(factOf('item.totalVisitsWithPrior', single('physical_therapy', { quantity: 6 }))).toBe(6);
  });

  it('keeps post-surgical history apart', () => {
    const post = single('postsurgical_therapy', { quantity: 10 }, history);
    expect(factOf('item.postsurgicalVisitsWithPrior', post)).toBe(22);
    expect(factOf('item.postsurgicalFunctionalImprovement', post)).toBe(false);
    expect(factOf('item.priorVisitsSameDiscipline', post)).toBeUndefined();
  });
});

describe('case facts', () => {
  it('uses the request date, else the UR date', () => {
    const draft = caseWith({
      dateOfInjury: '2013-08-01',
      urDate: '2014-11-24',
      items: [disputedItem('work_hardening')],
    });
    expect(factOf('case.requestDate', draft)).toBe('2014-11-24');
    expect(
      FACTS['case.requestDate'].describe('2014-11-24', { draft, item: draft.disputedItems[0]!, asOf: '' }),
    ).toBe('UR date 11/24/2014 (no request date entered)');
    expect(factOf('case.monthsFromInjuryToRequest', draft)).toBe(15);
    draft.imr.requestDate = '2014-11-11';
    expect(factOf('case.requestDate', draft)).toBe('2014-11-11');
  });

  it('reads enums and booleans as not documented when empty', () => {
    const draft = caseWith({ items: [disputedItem('work_hardening')] });
    expect(factOf('case.returnToWorkGoal', draft)).toBeUndefined();
    expect(factOf('case.fceDone', draft)).toBeUndefined();
    expect(factOf('case.jobPhysicalDemand', draft)).toBeUndefined();
    expect(factOf('case.completedRehabPrograms', draft)).toBe(0);
    draft.work.returnToWorkGoal = 'none';
    draft.treatment.fce.done = false;
    expect(factOf('case.returnToWorkGoal', draft)).toBe('none');
    expect(factOf('case.fceDone', draft)).toBe(false);
  });
});

describe('the NSAID use a diagnosis shows', () => {
  const withDiagnoses = (texts: string[]) => {
    const draft = single('nsaid');
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
    return draft;
  };
  it.each([
    [['Bilateral knee osteoarthritis'], 'osteoarthritis'],
    [['DJD right knee'], 'osteoarthritis'],
    [['Lumbar sprain/strain', 'Osteo-arthritis of the hip'], 'osteoarthritis'],
    [['Lumbar paraspinal muscle spasm'], 'back_pain'],
    [['Chronic LBP'], 'back_pain'],
    [['Lumbago'], 'back_pain'],
    [['Thoracic strain'], 'back_pain'],
    [['Lumbar disc herniation with radiculopathy'], 'none'],
    [['Degenerative disc disease, lumbar'], 'none'],
    [['Rheumatoid arthritis', 'Cervical strain'], 'soft_tissue_injury'],
    [['Left wrist sprain'], 'soft_tissue_injury'],
    [['Right lateral epicondylitis'], 'soft_tissue_injury'],
    [['Rheumatoid arthritis'], 'none'],
    [['Closed left distal radius fracture'], 'none'],
    [['   '], undefined],
    [[], undefined],
  ] as const)('%j -> %s', (texts, expected) => {
    expect(factOf('case.nsaidUseDiagnosis', withDiagnoses([...texts]))).toBe(expected);
  });
});

describe('the back spasm a diagnosis names', () => {
  it.each([
    [['Lumbar paraspinal muscle spasm'], 'spasm'],
    [['Lumbar myospasm'], 'spasm'],
    [['Paraspinal spasm'], 'spasm'],
    [['Acute lumbar strain with paraspinal muscle spasm'], 'acute_spasm'],
    [['Low back pain flare-up with spasm', 'Lumbar spasm'], 'acute_spasm'],
    // A neck spasm counts as a spasm (early on only, the rule decides), never as a back flare.
    [['Cervical paraspinal muscle spasm'], 'spasm'],
    [['Chronic neck pain, acute exacerbation', 'Cervical muscle spasm'], 'spasm'],
    [['Acute lumbar strain'], 'none'],
    // The flare named in another diagnosis of the back.
    [['Lumbar sprain/strain with acute exacerbation', 'Lumbar myospasm'], 'acute_spasm'],
    [['Cervical strain, acute exacerbation', 'Lumbar myospasm'], 'spasm'],
    [[], undefined],
  ] as const)('%j -> %s', (texts, expected) => {
    const draft = single('muscle_relaxant');
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
    expect(factOf('case.backSpasmDiagnosis', draft)).toBe(expected);
  });
});

describe('a lumbar fusion done before the request', () => {
  it.each([
    [[{ type: 'L4-5 posterior lumbar interbody fusion', date: '2016-09-08' }], [], true],
    [[{ type: 'L4-5 TLIF', date: '2017-03-01' }], [], false],
    [[], ['status post L5-S1 fusion (2014)'], true],
    [[{ type: 'C5-6 ACDF', date: '2015-01-10' }], [], false],
    [[], ['L4-5 spondylolisthesis, fusion recommended'], false],
  ] as const)('%j %j -> %s', (surgeries, diagnoses, expected) => {
    const draft = single('xray');
    draft.imr.requestDate = '2016-12-14';
    draft.treatment.surgeries = surgeries.map((surgery, index) => ({ id: `s-${index}`, ...surgery }));
    draft.injury.diagnoses = diagnoses.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
    expect(factOf('case.lumbarFusionDone', draft)).toBe(expected);
  });
});

describe('a fracture of this injury in the diagnoses', () => {
  it.each([
    [['Rib fractures (T9-T10 level) after fall at work'], true],
    [['Right distal radius fracture, status post ORIF'], true],
    [['Fx left ankle'], true],
    [['Lumbar strain', 'Closed fracture of the left fifth metatarsal'], true],
    [['No fracture on x-ray; lumbar strain'], false],
    [['History of wrist fracture (2009)', 'Lumbar strain'], false],
    [['R/O scaphoid fracture'], false],
    [['Scaphoid fracture ruled out'], false],
    [['Cervical strain'], false],
    [[], undefined],
  ] as const)('%j -> %s', (texts, expected) => {
    const draft = single('opioid');
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
    expect(factOf('case.fractureDiagnosed', draft)).toBe(expected);
  });

  it.each([
    [['acute traumatic T12 vertebral compression fracture'], true],
    [['L1 burst fracture'], true],
    [['L5-S1 grade 1 spondylolisthesis'], true],
    [['lumbar segmental instability at L4-5'], true],
    [['scaphoid fracture'], false],
    [['lumbar strain, no compression fracture'], false],
    [['rule out L1 compression fracture'], false],
  ] as const)('a lumbar support condition in %j -> %s', (texts, expected) => {
    const draft = single('brace');
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
    expect(factOf('case.spinalSupportCondition', draft)).toBe(expected);
  });
});

describe('cervical dystonia in the diagnoses', () => {
  it.each([
    [['Cervical dystonia'], true],
    [['Chronic neck pain', 'Spasmodic torticollis, right'], true],
    [['Cervical strain', 'Myofascial pain syndrome'], false],
    [['Chronic migraine without aura'], false],
    [['R/O cervical dystonia'], false],
    [['No cervical dystonia on exam; cervical strain'], false],
    [[], undefined],
  ] as const)('%j -> %s', (texts, expected) => {
    const draft = single('botulinum_toxin');
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
    expect(factOf('case.cervicalDystoniaDiagnosed', draft)).toBe(expected);
  });
});

describe('migraine in the diagnoses', () => {
  it.each([
    [['Migraine without aura'], true],
    [['Post-traumatic migraine', 'Cervical strain'], true],
    [['Post-traumatic headache with migrainous features'], true],
    [['Tension headache without migrainous features'], false],
    [['Tension-type headache'], false],
    [['R/O migraine'], false],
    [['History of migraine', 'Lumbar strain'], false],
    [[], undefined],
  ] as const)('%j -> %s', (texts, expected) => {
    const draft = single('triptan');
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
    expect(factOf('case.migraineDiagnosed', draft)).toBe(expected);
  });
});

describe('complex regional pain syndrome in the diagnoses', () => {
  it.each([
    [['CRPS type I, right hand'], true],
    [['Reflex sympathetic dystrophy of the left foot'], true],
    [['Complex regional pain syndrome'], true],
    [['R/O CRPS', 'Wrist sprain'], false],
    [['No evidence of complex regional pain syndrome'], false],
    [['Lumbar radiculopathy'], false],
    [[], undefined],
  ] as const)('%j -> %s', (texts, expected) => {
    const draft = single('sympathetic_block');
    draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
    expect(factOf('case.crpsDiagnosed', draft)).toBe(expected);
  });
});
