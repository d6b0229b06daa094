import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { DATES, failing, run, type Scenario, statusOf, withItem } from './procedure-test-support';

/** A one-month rental trial for chronic neuropathic low back pain, meeting every criterion. */
const TENS_TRIAL: ItemSpec = {
  bodyPart: 'low back',
  quantity: 1,
  facts: {
    rentalOrPurchase: 'rental',
    rentalDays: 30,
    adjunctToActiveTherapy: true,
    conservativeCareFailed: true,
    neuropathicCondition: true,
    treatmentGoalsStated: true,
  },
};

describe.each([
  ['2009', DATES.cpmtg2009, 'cpmtg-2009-tens'],
  ['2016', DATES.cpmtg2016, 'cpmtg-2016-tens'],
] as const)('TENS, %s edition', (_edition, dates, setId) => {
  const tens = (change: ItemSpec = {}, rest: Partial<Scenario> = {}) =>
    run({ service: 'tens', item: withItem(TENS_TRIAL, change), ...dates, ...rest });

  it('a one-month rental trial is overturned on the chronic pain path; the purchase rules do not apply', () => {
    const result = tens();
    expect(result.guidelineSet?.id).toBe(setId);
    expect(result.recommendation).toBe('overturn');
    expect(result.decisionPaths?.map((p) => [p.id, p.satisfied])).toEqual([
      ['chronic-pain', true],
      ['postoperative', false],
    ]);
    expect(statusOf(result, 'tens-purchase-after-trial')).toBe('not_applicable');
    expect(statusOf(result, 'tens-concurrent-treatment')).toBe('not_applicable');
  });

  it.each([
    ['rental', 'met', 'met'],
    ['purchase', 'met', 'not_applicable'],
    ['lease', 'not_met', 'not_applicable'],
    ['', 'not_documented', 'not_applicable'],
  ] as const)('rental or purchase %j -> stated %s, rental trial %s', (rentalOrPurchase, stated, trial) => {
    const result = tens({ facts: { rentalOrPurchase } });
    expect(statusOf(result, 'tens-rental-or-purchase')).toBe(stated);
    expect(statusOf(result, 'tens-rental-trial')).toBe(trial);
  });

  it.each([
    [30, 'met'],
    [31, 'not_met'],
    [null, 'not_documented'],
  ] as const)('a rental of %s days -> trial %s', (rentalDays, expected) => {
    expect(statusOf(tens({ facts: { rentalDays } }), 'tens-rental-trial')).toBe(expected);
  });

  it.each([
    ['tens-adjunct-to-restoration', { adjunctToActiveTherapy: false }],
    ['tens-other-modalities-failed', { conservativeCareFailed: false }],
    ['tens-listed-condition', { neuropathicCondition: false }],
    ['tens-goals', { treatmentGoalsStated: false }],
  ] as const)('%s fails with %j and the trial is upheld', (id, facts) => {
    const result = tens({ facts });
    expect(statusOf(result, id)).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
  });

  it('pain of at least 3 months, counted from the injury', () => {
    const threeMonths = `${dates.rfa.slice(0, 5)}${String(Number(dates.rfa.slice(5, 7)) - 3).padStart(2, '0')}-01`;
    expect(statusOf(tens({}, { doi: threeMonths }), 'tens-pain-3-months')).toBe('met');
    expect(statusOf(tens({}, { doi: `${threeMonths.slice(0, 8)}02` }), 'tens-pain-3-months')).toBe('not_met');
  });

  it.each([
    [
      { tensTrialCompleted: true, tensBenefitDocumented: true, concurrentTreatmentDocumented: true },
      'overturn',
    ],
    [
      { tensTrialCompleted: true, tensBenefitDocumented: false, concurrentTreatmentDocumented: true },
      'uphold',
    ],
    [
      { tensTrialCompleted: false, tensBenefitDocumented: true, concurrentTreatmentDocumented: true },
      'uphold',
    ],
    [
      { tensTrialCompleted: true, tensBenefitDocumented: true, concurrentTreatmentDocumented: null },
      'uphold',
    ],
  ] as const)('a purchase with %j -> %s', (facts, expected) => {
    const result = tens({ facts: { rentalOrPurchase: 'purchase', rentalDays: null, ...facts } });
    expect(result.recommendation).toBe(expected);
  });

  it('post-operative use in the first 30 days needs the surgery authorized', () => {
    const postOp = (facts: ItemSpec['facts']) =>
      tens({
        facts: {
          postoperative: true,
          rentalDays: 30,
          adjunctToActiveTherapy: null,
          neuropathicCondition: null,
          ...facts,
        },
      });
    expect(postOp({ associatedSurgeryAuthorized: true }).recommendation).toBe('overturn');
    const denied = postOp({ associatedSurgeryAuthorized: false });
    expect(statusOf(denied, 'surgery-authorized-if-postoperative')).toBe('not_met');
    expect(denied.recommendation).toBe('uphold');
    expect(
      statusOf(postOp({ associatedSurgeryAuthorized: true, rentalDays: 31 }), 'tens-postoperative-30-days'),
    ).toBe('not_met');
  });
});

describe('TENS for the neck in the first months: ACOEM Ch. 8 does not recommend it', () => {
  const neck = (doi: string) =>
    run({
      service: 'tens',
      item: withItem(TENS_TRIAL, { bodyPart: 'cervical and thoracic spine' }),
      doi,
      rfa: '2016-12-16',
    });

  it.each([
    ['2016-10-31', 'acoem-2004-neck-tens'],
    ['2016-09-17', 'acoem-2004-neck-tens'],
    ['2016-09-16', 'cpmtg-2016-tens'],
  ])('injury %s, request 12/16/2016 -> %s', (doi, setId) => {
    expect(neck(doi).guidelineSet?.id).toBe(setId);
  });

  it('is upheld whatever the facts, and cites Table 8-8 p. 181', () => {
    const result = neck('2016-10-31');
    expect(statusOf(result, 'tens-neck-not-recommended')).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
    expect(result.criteria[0]?.citation).toEqual({
      guideline: 'MTUS Neck and Upper Back Complaints',
      edition: '2004',
      section: 'Summary',
      pages: '181',
    });
  });
});

describe('cold therapy units: after an authorized surgery, up to 7 days', () => {
  const cold = (facts: ItemSpec['facts']) =>
    run({
      service: 'cold_therapy_unit',
      item: withItem(
        {
          quantity: 1,
          facts: {
            postoperative: true,
            associatedSurgeryAuthorized: true,
            rentalOrPurchase: '7-day rental',
            rentalDays: 7,
          },
        },
        { facts },
      ),
      ...DATES.cpmtg2016,
    });

  it.each([
    [{}, 'overturn'],
    [{ rentalDays: 8 }, 'uphold'],
    [{ rentalOrPurchase: 'purchase' }, 'uphold'],
    [{ associatedSurgeryAuthorized: false }, 'uphold'],
    [{ postoperative: false }, 'uphold'],
  ] as const)('%j -> %s', (facts, expected) => {
    expect(cold(facts).recommendation).toBe(expected);
  });
});

describe('braces and other DME', () => {
  const DME_ITEM: ItemSpec = {
    quantity: 1,
    facts: { meetsDmeDefinition: true, rationaleStated: true, postoperative: false },
  };
  const dme = (service: 'brace' | 'dme_other', change: ItemSpec = {}) =>
    run({ service, item: withItem(DME_ITEM, change), ...DATES.cpmtg2016 });

  it.each(['brace', 'dme_other'] as const)(
    '%s: DME definition, quantity and rationale (all required)',
    (service) => {
      expect(dme(service, { bodyPart: 'ankle' }).recommendation).toBe('overturn');
      expect(statusOf(dme(service, { facts: { meetsDmeDefinition: false } }), 'dme-definition')).toBe(
        'not_met',
      );
      expect(statusOf(dme(service, { quantity: null }), 'quantity-stated')).toBe('not_documented');
      expect(statusOf(dme(service, { quantity: 0 }), 'quantity-stated')).toBe('not_met');
      expect(statusOf(dme(service, { facts: { rationaleStated: false } }), 'rationale-stated')).toBe(
        'not_met',
      );
    },
  );

  it('a neck support pillow goes with a daily exercise program (ODG Neck, Pillow), not on its own', () => {
    const pillow = (facts: ItemSpec['facts']) =>
      dme('dme_other', { requestedAs: 'Cervical support pillow (purchase)', bodyPart: 'neck', facts });
    const withExercise = pillow({
      homeExerciseProgram: true,
      meetsDmeDefinition: null,
      rationaleStated: null,
    });
    expect(withExercise.guidelineSet?.id).toBe('odg-neck-pillow');
    expect(withExercise.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back, Pillow',
    );
    expect(withExercise.recommendation).toBe('overturn');
    expect(statusOf(pillow({ homeExerciseProgram: false }), 'pillow-with-daily-exercise')).toBe('not_met');
    expect(statusOf(pillow({ homeExerciseProgram: null }), 'pillow-with-daily-exercise')).toBe(
      'not_documented',
    );
    // Other equipment keeps the DME rules.
    expect(dme('dme_other', { requestedAs: 'Shower chair' }).guidelineSet?.id).toBe(
      'odg-durable-medical-equipment',
    );
  });

  it('foot orthotics treat plantar fasciitis or metatarsalgia (ACOEM Ch. 14), without the DME checks', () => {
    const orthotics = (requestedAs: string, facts: ItemSpec['facts']) =>
      dme('brace', {
        requestedAs,
        facts: { meetsDmeDefinition: null, rationaleStated: null, ...facts },
      });
    const indicated = orthotics('Custom molded rigid orthotics, bilateral', { footOrthoticCondition: true });
    expect(indicated.guidelineSet?.id).toBe('acoem-2004-foot-orthotics');
    expect(indicated.guidelineLine).toBe('MTUS Ankle and Foot Complaints 2004, Section(s): Initial Care');
    expect(indicated.recommendation).toBe('overturn');
    expect(
      statusOf(
        orthotics('Shoe inserts, bilateral', { footOrthoticCondition: false }),
        'foot-orthotics-indication',
      ),
    ).toBe('not_met');
    expect(orthotics('Shoe inserts, bilateral', { footOrthoticCondition: null }).recommendation).toBe(
      'uphold',
    );
    // A knee or back "orthosis" is a brace, under its own rules.
    expect(orthotics('Knee orthotic brace, hinged', {}).guidelineSet?.id).not.toBe(
      'acoem-2004-foot-orthotics',
    );
    // An oral orthotic for the jaw is no foot orthotic.
    expect(
      orthotics('Occlusal stabilization splint (oral orthotic), maxillary', {}).guidelineSet?.id,
    ).not.toBe('acoem-2004-foot-orthotics');
  });

  it('home cervical traction goes with radicular symptoms and home exercise (ODG Neck, Traction)', () => {
    const traction = (facts: ItemSpec['facts'], bodyPart = 'neck') =>
      dme('dme_other', {
        requestedAs: 'Home cervical traction unit, over-the-door (purchase)',
        bodyPart,
        facts: { meetsDmeDefinition: null, rationaleStated: null, ...facts },
      });
    const indicated = traction({ radicularSymptoms: true, homeExerciseProgram: true });
    expect(indicated.guidelineSet?.id).toBe('odg-neck-traction');
    expect(indicated.recommendation).toBe('overturn');
    expect(
      statusOf(
        traction({ radicularSymptoms: false, homeExerciseProgram: true }),
        'traction-radicular-symptoms',
      ),
    ).toBe('not_met');
    expect(
      statusOf(
        traction({ radicularSymptoms: true, homeExerciseProgram: null }),
        'traction-with-home-exercise',
      ),
    ).toBe('not_documented');
    // Lumbar traction is equipment under the DME rules.
    expect(traction({ radicularSymptoms: true }, 'lumbar').guidelineSet?.id).toBe(
      'odg-durable-medical-equipment',
    );
  });

  it('hot or cold packs for home use are an option for acute pain (ODG, Cold/heat packs)', () => {
    const packs = (requestedAs: string, doi: string) =>
      run({
        service: 'dme_other',
        item: { requestedAs, bodyPart: 'chest wall', quantity: 2 },
        doi,
        rfa: '2016-12-12',
      });
    const acute = packs('Hot/cold gel packs, reusable, #2', '2016-12-05');
    expect(acute.guidelineSet?.id).toBe('odg-hot-cold-packs');
    expect(acute.recommendation).toBe('overturn');
    expect(statusOf(packs('Heating pad for home use', '2014-05-01'), 'packs-acute-pain')).toBe('not_met');
    // Packs applied in the office, in sessions, are a modality, not the packs this set judges.
    expect(packs('Hot/cold pack therapy in office, 6 sessions', '2016-12-05').guidelineSet?.id).not.toBe(
      'odg-hot-cold-packs',
    );
  });

  it('a home exercise kit for the shoulder carries out a home program (ODG Shoulder, Home exercise kits)', () => {
    const kit = (bodyPart: string, homeExerciseProgram: boolean | null) =>
      dme('dme_other', {
        requestedAs: 'Home exercise kit (resistance bands, over-door pulley)',
        bodyPart,
        facts: { homeExerciseProgram, meetsDmeDefinition: null, rationaleStated: null },
      });
    const withProgram = kit('left shoulder', true);
    expect(withProgram.guidelineSet?.id).toBe('odg-shoulder-home-exercise-kit');
    expect(withProgram.recommendation).toBe('overturn');
    expect(statusOf(kit('left shoulder', null), 'exercise-kit-home-program')).toBe('not_documented');
    // Another region's kit is judged as equipment.
    expect(kit('lumbar spine', true).guidelineSet?.id).toBe('odg-durable-medical-equipment');
  });

  it('a lumbar support for a vertebral compression fracture, spondylolisthesis or instability is an option (ODG)', () => {
    const support = (diagnosis: string) =>
      run({
        service: 'brace',
        item: { requestedAs: 'Thoracolumbosacral orthosis', bodyPart: 'thoracolumbar spine', quantity: 1 },
        ...DATES.cpmtg2016,
        edit: (draft) => {
          draft.injury.diagnoses = [{ id: 'dx-0', text: diagnosis, icd10: '' }];
        },
      });
    expect(support('acute traumatic T12 vertebral compression fracture').recommendation).toBe('overturn');
    expect(support('L4-5 grade 1 spondylolisthesis').recommendation).toBe('overturn');
    const strain = support('lumbar strain');
    expect(strain.guidelineSet?.id).toBe('acoem-2004-lumbar-support');
    expect(statusOf(strain, 'lumbar-support-not-beyond-acute')).toBe('not_met');
    expect(support('lumbar strain, no fracture').recommendation).toBe('uphold');
  });

  it('a custom-made knee brace or wrist splint needs a reason a prefabricated one will not do (ODG)', () => {
    const brace = (requestedAs: string, bodyPart: string, facts: ItemSpec['facts']) =>
      run({ service: 'brace', item: { requestedAs, bodyPart, quantity: 1, facts }, ...DATES.cpmtg2016 });
    const custom = brace('Custom-fabricated functional knee brace', 'left knee', { kneeInstability: true });
    expect(statusOf(custom, 'custom-device-reason')).toBe('not_documented');
    expect(custom.recommendation).toBe('uphold');
    expect(
      brace('Custom-fabricated functional knee brace', 'left knee', {
        kneeInstability: true,
        customDeviceReason: true,
      }).recommendation,
    ).toBe('overturn');
    const prefabricated = brace('Hinged knee brace', 'left knee', { kneeInstability: true });
    expect(statusOf(prefabricated, 'custom-device-reason')).toBe('not_applicable');
    expect(
      statusOf(
        brace('Custom-molded wrist orthosis', 'right wrist', {
          handInjectionCondition: true,
          customDeviceReason: false,
        }),
        'custom-device-reason',
      ),
    ).toBe('not_met');
  });

  it('a post-operative item follows its surgery', () => {
    const denied = dme('dme_other', { facts: { postoperative: true, associatedSurgeryAuthorized: false } });
    expect(failing(denied)).toEqual(['surgery-authorized-if-postoperative']);
    expect(statusOf(dme('dme_other'), 'surgery-authorized-if-postoperative')).toBe('not_applicable');
  });

  it.each([
    ['lumbar', 'acoem-2004-lumbar-support', {}, 'uphold'],
    [
      'lumbar',
      'acoem-2004-lumbar-support',
      { postoperative: true, associatedSurgeryAuthorized: true },
      'overturn',
    ],
    ['neck', 'acoem-2004-cervical-collar', {}, 'uphold'],
    [
      'neck',
      'acoem-2004-cervical-collar',
      { postoperative: true, associatedSurgeryAuthorized: true },
      'overturn',
    ],
    ['left knee', 'acoem-2004-knee-brace', { kneeInstability: true }, 'overturn'],
    ['left knee', 'acoem-2004-knee-brace', { kneeInstability: false }, 'uphold'],
    // A knee that locks has a structural lesion, not the instability a brace is for.
    ['left knee', 'acoem-2004-knee-brace', { structuralLesionSuspected: true }, 'uphold'],
    [
      'left knee',
      'acoem-2004-knee-brace',
      { kneeInstability: false, postoperative: true, associatedSurgeryAuthorized: true },
      'overturn',
    ],
    ['right ankle', 'odg-brace', {}, 'overturn'],
    // The region's chapter speaks to it: its indication, not ODG's DME checks, decides.
    [
      'right wrist',
      'acoem-2004-wrist-splint',
      { handInjectionCondition: true, meetsDmeDefinition: null, rationaleStated: null },
      'overturn',
    ],
    ['right wrist', 'acoem-2004-wrist-splint', { handInjectionCondition: null }, 'uphold'],
    [
      'right wrist',
      'acoem-2004-wrist-splint',
      { handInjectionCondition: false, postoperative: true, associatedSurgeryAuthorized: true },
      'overturn',
    ],
    [
      'left knee',
      'acoem-2004-knee-brace',
      { kneeInstability: true, meetsDmeDefinition: null, rationaleStated: null },
      'overturn',
    ],
  ] as const)('a brace for the %s -> %s with %j: %s', (bodyPart, setId, facts, expected) => {
    const result = dme('brace', { bodyPart, facts });
    expect(result.guidelineSet?.id).toBe(setId);
    expect(result.recommendation).toBe(expected);
  });
});

describe('equipment after an operation: which operation decides (ODG)', () => {
  const POST_OP = { postoperative: true, associatedSurgeryAuthorized: true };
  const item = (
    service: 'brace' | 'dme_other',
    requestedAs: string,
    bodyPart: string,
    facts: ItemSpec['facts'],
  ) => run({ service, item: { requestedAs, bodyPart, quantity: 1, facts }, ...DATES.cpmtg2016 });

  it('a hinged knee brace: not after an arthroscopy that repairs nothing, yes after a repair', () => {
    const brace = (surgeryType: string) =>
      item('brace', 'Hinged post-operative knee brace', 'left knee', {
        ...POST_OP,
        surgeryType,
        kneeInstability: false,
      });
    const meniscectomy = brace('left knee arthroscopic partial lateral meniscectomy');
    expect(meniscectomy.guidelineSet?.id).toBe('acoem-2004-knee-brace');
    expect(statusOf(meniscectomy, 'knee-brace-indication')).toBe('not_met');
    expect(meniscectomy.recommendation).toBe('uphold');
    expect(brace('arthroscopic medial meniscus repair').recommendation).toBe('overturn');
    expect(brace('ACL reconstruction').recommendation).toBe('overturn');
    // No operation named: the authorized surgery alone still carries it, as before.
    expect(brace('').recommendation).toBe('overturn');
    // Instability is its own indication, whatever the operation.
    expect(
      item('brace', 'Hinged knee brace', 'left knee', {
        ...POST_OP,
        surgeryType: 'partial meniscectomy',
        kneeInstability: true,
      }).recommendation,
    ).toBe('overturn');
  });

  it('a cervical collar: not after a single-level anterior fusion with a plate', () => {
    const collar = (surgeryType: string) =>
      item('brace', 'Cervical collar (Miami J), post-operative', 'neck', { ...POST_OP, surgeryType });
    const single = collar('single-level C5-6 anterior cervical discectomy and fusion with an anterior plate');
    expect(statusOf(single, 'cervical-collar-not-beyond-acute')).toBe('not_met');
    expect(collar('C5-6 ACDF').recommendation).toBe('uphold');
    expect(collar('two-level C4-5 and C5-6 anterior cervical discectomy and fusion').recommendation).toBe(
      'overturn',
    );
    expect(collar('C4-C6 posterior cervical laminectomy and fusion').recommendation).toBe('overturn');
  });

  it('an abduction pillow sling: after an open or large rotator cuff repair only', () => {
    const sling = (surgeryType: string) =>
      item('brace', 'Abduction pillow sling (UltraSling type), right shoulder', 'right shoulder', {
        ...POST_OP,
        surgeryType,
      });
    const arthroscopic = sling('arthroscopic rotator cuff repair with subacromial decompression');
    expect(arthroscopic.guidelineSet?.id).toBe('odg-abduction-pillow-sling');
    expect(statusOf(arthroscopic, 'abduction-sling-large-cuff-repair')).toBe('not_met');
    expect(arthroscopic.recommendation).toBe('uphold');
    expect(sling('open rotator cuff repair').recommendation).toBe('overturn');
    expect(sling('arthroscopic repair of a massive rotator cuff tear').recommendation).toBe('overturn');
    // Filed as other equipment, it is still the sling's rule, never the neck pillow's.
    expect(
      item('dme_other', 'Abduction pillow', 'right shoulder', {
        ...POST_OP,
        surgeryType: 'open rotator cuff repair',
      }).guidelineSet?.id,
    ).toBe('odg-abduction-pillow-sling');
  });

  it('a bone growth stimulator: after a spinal fusion, with a risk factor for its failing', () => {
    const stimulator = (facts: ItemSpec['facts'], bodyPart = 'lumbar') =>
      item('dme_other', 'External bone growth stimulator, post-operative', bodyPart, {
        ...POST_OP,
        surgeryType: 'L4-5 instrumented posterolateral fusion',
        ...facts,
      });
    const atRisk = stimulator({ fusionRiskFactor: true });
    expect(atRisk.guidelineSet?.id).toBe('odg-bone-growth-stimulator');
    expect(atRisk.recommendation).toBe('overturn');
    expect(statusOf(stimulator({ fusionRiskFactor: null }), 'bgs-fusion-risk-factor')).toBe('not_documented');
    expect(stimulator({ fusionRiskFactor: false }).recommendation).toBe('uphold');
    expect(
      statusOf(
        stimulator({ fusionRiskFactor: true, surgeryType: 'L4-5 microdiscectomy' }),
        'bgs-after-spinal-fusion',
      ),
    ).toBe('not_met');
    // A stimulator for a limb is not this set's.
    expect(stimulator({ fusionRiskFactor: true }, 'left tibia').guidelineSet?.id).not.toBe(
      'odg-bone-growth-stimulator',
    );
  });

  it('a custom lumbar brace after a fusion needs a reason a standard one will not do; a braced fracture does not', () => {
    const custom = (facts: ItemSpec['facts']) =>
      item('brace', 'Custom-molded lumbosacral orthosis (LSO)', 'lumbar', facts);
    const afterFusion = custom({ ...POST_OP, surgeryType: 'L4-S1 fusion' });
    expect(statusOf(afterFusion, 'custom-post-op-brace-reason')).toBe('not_documented');
    expect(afterFusion.recommendation).toBe('uphold');
    expect(custom({ ...POST_OP, surgeryType: 'L4-S1 fusion', customDeviceReason: true }).recommendation).toBe(
      'overturn',
    );
    expect(statusOf(custom({}), 'custom-post-op-brace-reason')).toBe('not_applicable');
  });
});

describe('continuous passive motion at home (ODG Knee and Shoulder)', () => {
  const cpm = (bodyPart: string, facts: ItemSpec['facts'], edit?: Scenario['edit']) =>
    run({
      service: 'dme_other',
      item: { requestedAs: 'Continuous passive motion (CPM) unit, home use', bodyPart, quantity: 1, facts },
      ...DATES.cpmtg2016,
      ...(edit ? { edit } : {}),
    });
  const AFTER_TKA = {
    postoperative: true,
    associatedSurgeryAuthorized: true,
    surgeryType: 'left total knee arthroplasty',
  };

  it('knee: up to 17 days after a knee replacement, for a knee at risk of stiffness', () => {
    const atRisk = cpm('left knee', { ...AFTER_TKA, stiffKneeRisk: true, rentalDays: 14 });
    expect(atRisk.guidelineSet?.id).toBe('odg-continuous-passive-motion');
    expect(atRisk.recommendation).toBe('overturn');
    expect(statusOf(atRisk, 'cpm-shoulder-adhesive-capsulitis')).toBe('not_applicable');
    expect(failing(cpm('left knee', { ...AFTER_TKA, stiffKneeRisk: true, rentalDays: 21 }))).toEqual([
      'cpm-knee-17-days',
    ]);
    expect(failing(cpm('left knee', { ...AFTER_TKA, stiffKneeRisk: false, rentalDays: 14 }))).toEqual([
      'cpm-knee-stiffness-risk',
    ]);
    expect(
      statusOf(
        cpm('left knee', {
          ...AFTER_TKA,
          surgeryType: 'ACL reconstruction',
          stiffKneeRisk: true,
          rentalDays: 14,
        }),
        'cpm-knee-after-replacement',
      ),
    ).toBe('not_met');
  });

  it('shoulder: for adhesive capsulitis, up to 4 weeks; not for a rotator cuff repair', () => {
    const frozen = (draft: Parameters<NonNullable<Scenario['edit']>>[0]) => {
      draft.injury.diagnoses = [
        { ...draft.injury.diagnoses[0]!, text: 'Adhesive capsulitis, right shoulder' },
      ];
    };
    expect(cpm('right shoulder', { rentalDays: 28 }, frozen).recommendation).toBe('overturn');
    expect(failing(cpm('right shoulder', { rentalDays: 30 }, frozen))).toEqual(['cpm-shoulder-4-weeks']);
    const cuff = cpm('right shoulder', {
      rentalDays: 21,
      postoperative: true,
      associatedSurgeryAuthorized: true,
      surgeryType: 'arthroscopic rotator cuff repair',
    });
    expect(failing(cuff)).toEqual(['cpm-shoulder-adhesive-capsulitis']);
    expect(statusOf(cuff, 'cpm-knee-17-days')).toBe('not_applicable');
  });
});
