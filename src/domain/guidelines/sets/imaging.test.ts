import { describe, expect, it } from 'vitest';
import type { ServiceType } from '../../case/case-schema';
import type { ItemSpec } from '../../evaluator/case-builders';
import { criterionResult } from '../../evaluator/evaluation-queries';
import { failing, run, statusOf, withItem } from './procedure-test-support';

/** No red flags; everything for the elective path of every region. */
const ELECTIVE: ItemSpec['facts'] = {
  redFlags: false,
  neuroDeficit: true,
  conservativeCareWeeks: 6,
  conservativeCareFailed: true,
  surgeryConsidered: true,
  structuralLesionSuspected: true,
  priorStudySameRegion: false,
};

const study = (service: ServiceType, bodyPart: string, facts: ItemSpec['facts'] = {}, rfa = '2016-12-01') =>
  run({
    service,
    item: withItem({ bodyPart, quantity: 1, facts: ELECTIVE }, { facts }),
    doi: '2016-06-01',
    rfa,
  });

describe('imaging sets are chosen by body region', () => {
  it.each([
    [
      'mri',
      'lumbar spine',
      'acoem-2004-low-back-mri-ct',
      'MTUS Low Back Complaints 2004, Section(s): Special Studies',
    ],
    [
      'ct',
      'low back',
      'acoem-2004-low-back-mri-ct',
      'MTUS Low Back Complaints 2004, Section(s): Special Studies',
    ],
    [
      'xray',
      'lumbosacral spine',
      'acoem-2004-low-back-xray',
      'MTUS Low Back Complaints 2004, Section(s): Special Studies',
    ],
    [
      'mri',
      'cervical spine',
      'acoem-2004-neck-imaging',
      'MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies',
    ],
    [
      'xray',
      'thoracic spine',
      'acoem-2004-neck-imaging',
      'MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies',
    ],
    [
      'mri',
      'right shoulder',
      'acoem-2004-shoulder-mri-ct',
      'MTUS Shoulder Complaints 2004, Section(s): Special Studies, Summary',
    ],
    [
      'xray',
      'left shoulder',
      'acoem-2004-shoulder-xray',
      'MTUS Shoulder Complaints 2004, Section(s): Special Studies',
    ],
    ['mri', 'left knee', 'acoem-2004-knee-mri-ct', 'MTUS Knee Complaints 2004, Section(s): Special Studies'],
    ['xray', 'right knee', 'acoem-2004-knee-xray', 'MTUS Knee Complaints 2004, Section(s): Special Studies'],
    [
      'mri',
      'right wrist',
      'acoem-2004-wrist-hand-imaging',
      'MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies',
    ],
    [
      'xray',
      'left foot',
      'acoem-2004-ankle-foot-imaging',
      'MTUS Ankle and Foot Complaints 2004, Section(s): Special Studies',
    ],
  ] as const)('%s of the %s -> %s', (service, bodyPart, setId, line) => {
    const result = study(service, bodyPart);
    expect(result.guidelineSet?.id).toBe(setId);
    expect(result.guidelineLine).toBe(line);
  });

  it.each([
    ['xray', 'left elbow'],
    ['ct', 'right hip'],
    ['ct', 'left elbow'],
    // The abdomen itself, not a hernia of its wall (that is ODG Hernia, imaging-odg.test.ts).
    ['ct', 'abdomen'],
    ['mri', ''],
  ] as const)('%s of %j has no encoded set: evidence hierarchy with the reason', (service, bodyPart) => {
    const result = study(service, bodyPart);
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain(
      'No imaging criteria are encoded for this study of this body region',
    );
  });

  it.each([
    ['2007-06-14', null],
    ['2007-06-15', 'acoem-2004-low-back-mri-ct'],
    ['2017-11-30', 'acoem-2004-low-back-mri-ct'],
    ['2017-12-01', null],
  ])('lumbar MRI requested %s -> %s', (rfa, setId) => {
    const result = run({
      service: 'mri',
      item: { bodyPart: 'lumbar', facts: ELECTIVE },
      doi: '2005-01-01',
      rfa,
    });
    expect(result.guidelineSet?.id ?? null).toBe(setId);
  });
});

describe('lumbar MRI: red flags, or the nerve-compromise path', () => {
  it('states its decision rule and is overturned on the elective path', () => {
    const result = study('mri', 'lumbar');
    expect(result.decisionRule).toBe(
      'All required criteria must be met, and all criteria of one path: red flags, or nerve compromise after failed conservative care, surgery considered, or a CT of a fusion that plain films do not confirm.',
    );
    expect(result.recommendation).toBe('overturn');
    expect(result.decisionPaths?.map((p) => [p.id, p.satisfied])).toEqual([
      ['red-flags', false],
      ['nerve-compromise', true],
      ['fusion-unconfirmed', false],
    ]);
  });

  it('lumbar films after a fusion: a path of their own beside red flags (ODG Low Back)', () => {
    const films = (surgeries: { type: string; date: string }[]) =>
      run({
        service: 'xray',
        item: {
          bodyPart: 'lumbar spine',
          quantity: 1,
          facts: { redFlags: false, priorStudySameRegion: false },
        },
        doi: '2013-03-11',
        rfa: '2016-12-14',
        edit: (draft) => {
          draft.treatment.surgeries = surgeries.map((surgery, index) => ({ id: `s-${index}`, ...surgery }));
        },
      });
    const afterFusion = films([{ type: 'L4-5 PLIF with pedicle screws', date: '2016-09-08' }]);
    expect(statusOf(afterFusion, 'lb-xray-after-fusion')).toBe('met');
    expect(afterFusion.recommendation).toBe('overturn');
    const none = films([]);
    expect(statusOf(none, 'lb-xray-after-fusion')).toBe('not_applicable');
    expect(none.recommendation).toBe('uphold');
  });

  it('flexion-extension films when surgery is being considered: a path of their own (ODG Low Back)', () => {
    const films = (requestedAs: string, surgeryConsidered: boolean) =>
      run({
        service: 'xray',
        item: {
          requestedAs,
          bodyPart: 'lumbar spine',
          quantity: 1,
          facts: { redFlags: false, priorStudySameRegion: false, surgeryConsidered },
        },
        doi: '2016-03-11',
        rfa: '2017-01-24',
      });
    const dynamic = films('Lumbar spine x-rays with flexion-extension views', true);
    expect(statusOf(dynamic, 'lb-flexion-extension-before-surgery')).toBe('met');
    expect(dynamic.recommendation).toBe('overturn');
    expect(films('Lumbar spine x-rays with flexion-extension views', false).recommendation).toBe('uphold');
    // Plain films are judged on red flags alone.
    const plain = films('Lumbar spine x-rays', true);
    expect(statusOf(plain, 'lb-flexion-extension-before-surgery')).toBe('not_applicable');
    expect(plain.recommendation).toBe('uphold');
  });

  it('a CT after a fusion that plain films do not confirm: its own path (ODG Low Back), CT only', () => {
    const noElective = {
      neuroDeficit: false,
      conservativeCareFailed: null,
      surgeryConsidered: null,
      fusionUnconfirmedOnFilms: true,
    };
    const ct = study('ct', 'lumbar', noElective);
    expect(statusOf(ct, 'lb-ct-fusion-unconfirmed')).toBe('met');
    expect(ct.recommendation).toBe('overturn');
    expect(ct.guidelineLine).toBe(
      'MTUS Low Back Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, CT (computed tomography)',
    );
    expect(
      statusOf(
        study('ct', 'lumbar', { ...noElective, fusionUnconfirmedOnFilms: false }),
        'lb-ct-fusion-unconfirmed',
      ),
    ).toBe('not_met');
    // An MRI is not the study the rule names.
    const mri = study('mri', 'lumbar', noElective);
    expect(statusOf(mri, 'lb-ct-fusion-unconfirmed')).toBe('not_applicable');
    expect(mri.recommendation).toBe('uphold');
  });

  it('weeks of care not entered: a request made sooner after the injury than the rule allows fails on that', () => {
    // CM17-0003917: imaging 1 week after the injury. The care cannot exceed the time since the injury.
    const early = run({
      service: 'mri',
      item: withItem(
        { bodyPart: 'lumbar', quantity: 1, facts: ELECTIVE },
        { facts: { conservativeCareWeeks: null } },
      ),
      doi: '2016-11-24',
      rfa: '2016-12-01',
    });
    expect(statusOf(early, 'img-conservative-care-4-weeks')).toBe('not_met');
    expect(criterionResult(early, 'img-conservative-care-4-weeks')?.evidence).toContain(
      'Weeks of conservative care at most 1 week (range 0-1 week, the injury was 1 week before the request)',
    );
    // Six months after the injury, unentered weeks may be anything up to 26: not documented.
    expect(
      statusOf(study('mri', 'lumbar', { conservativeCareWeeks: null }), 'img-conservative-care-4-weeks'),
    ).toBe('not_documented');
  });

  it('red flags alone are enough, at any time', () => {
    const result = study('mri', 'lumbar', {
      redFlags: true,
      neuroDeficit: false,
      conservativeCareWeeks: 0,
      conservativeCareFailed: false,
      surgeryConsidered: false,
    });
    expect(result.recommendation).toBe('overturn');
  });

  it.each([
    ['img-nerve-compromise', { neuroDeficit: false }, 'not_met'],
    ['img-conservative-care-failed', { conservativeCareFailed: false }, 'not_met'],
    ['img-conservative-care-4-weeks', { conservativeCareWeeks: 3 }, 'not_met'],
    ['img-conservative-care-4-weeks', { conservativeCareWeeks: 4 }, 'met'],
    ['img-conservative-care-4-weeks', { conservativeCareWeeks: null }, 'not_documented'],
    ['img-surgery-considered', { surgeryConsidered: false }, 'not_met'],
  ] as const)('%s with %j -> %s (no red flags)', (id, facts, expected) => {
    const result = study('mri', 'lumbar', facts);
    expect(statusOf(result, id)).toBe(expected);
    expect(result.recommendation).toBe(expected === 'met' ? 'overturn' : 'uphold');
  });

  it.each([
    [false, null, 'not_applicable', 'overturn'],
    [true, true, 'met', 'overturn'],
    [true, false, 'not_met', 'uphold'],
    [true, null, 'not_documented', 'uphold'],
  ] as const)(
    'prior study %s, significant change %s -> repeat rule %s, %s',
    (prior, change, status, recommendation) => {
      const result = study('mri', 'lumbar', { priorStudySameRegion: prior, significantChange: change });
      expect(statusOf(result, 'img-repeat-needs-change')).toBe(status);
      expect(result.recommendation).toBe(recommendation);
    },
  );
});

describe('lumbar x-rays need red flags (or follow a fusion)', () => {
  it.each([
    [true, 'met', 'overturn'],
    [false, 'not_met', 'uphold'],
    [null, 'not_documented', 'uphold'],
  ] as const)('red flags %s -> %s, %s', (redFlags, status, recommendation) => {
    const result = study('xray', 'low back', { redFlags, conservativeCareWeeks: 8 });
    expect(result.decisionRule).toBe(
      'All required criteria must be met, and all criteria of one path: red flags, or films after a lumbar fusion, or flexion-extension views before a surgical decision.',
    );
    expect(statusOf(result, 'lb-xray-after-fusion')).toBe('not_applicable');
    expect(statusOf(result, 'lb-xray-red-flags')).toBe(status);
    expect(result.recommendation).toBe(recommendation);
  });
});

describe('neck and upper back: 3-4 weeks, neurologic dysfunction or care meant to avoid surgery', () => {
  it.each([
    [{ conservativeCareWeeks: 3 }, 'overturn'],
    [{ conservativeCareWeeks: 2 }, 'uphold'],
    [{ neuroDeficit: false }, 'overturn'],
    [{ neuroDeficit: false, surgeryConsidered: false }, 'uphold'],
    [{ neuroDeficit: false, conservativeCareFailed: false }, 'uphold'],
    [{ conservativeCareWeeks: 0, redFlags: true }, 'overturn'],
  ] as const)('%j -> %s', (facts, expected) => {
    expect(study('mri', 'neck', facts).recommendation).toBe(expected);
  });
});

describe('shoulder, knee and wrist: 4-6 weeks of conservative care first', () => {
  it.each([
    ['mri', 'shoulder', { conservativeCareWeeks: 4 }, 'overturn'],
    ['mri', 'shoulder', { conservativeCareWeeks: 3 }, 'uphold'],
    ['mri', 'shoulder', { neuroDeficit: false, surgeryConsidered: false }, 'uphold'],
    ['mri', 'shoulder', { surgeryConsidered: false }, 'overturn'],
    ['xray', 'shoulder', { conservativeCareWeeks: 3 }, 'uphold'],
    ['xray', 'shoulder', { conservativeCareWeeks: 4, conservativeCareFailed: false }, 'overturn'],
    ['mri', 'knee', { structuralLesionSuspected: false }, 'uphold'],
    ['mri', 'knee', { surgeryConsidered: null }, 'uphold'],
    ['mri', 'knee', { conservativeCareWeeks: 4 }, 'overturn'],
    ['xray', 'knee', { conservativeCareFailed: false }, 'uphold'],
    ['xray', 'knee', { redFlags: true, conservativeCareWeeks: 0 }, 'overturn'],
    ['mri', 'hand', { conservativeCareWeeks: 3 }, 'uphold'],
    ['xray', 'wrist', { redFlags: true, conservativeCareWeeks: 0 }, 'overturn'],
  ] as const)('%s of the %s with %j -> %s', (service, bodyPart, facts, expected) => {
    const result = study(service, bodyPart, facts);
    expect(result.recommendation).toBe(expected);
    if (expected === 'uphold') expect(failing(result).length).toBeGreaterThan(0);
  });
});

describe("each region's red flags, from its own ACOEM chapter", () => {
  it.each([
    // [service, body part, chapter cited, a red flag of the region, examples in the would-meet text]
    ['mri', 'right shoulder', 'MTUS Shoulder Complaints', 'dislocation', 'referred cardiac pain'],
    ['xray', 'left shoulder', 'MTUS Shoulder Complaints', 'dislocation', 'referred cardiac pain'],
    ['mri', 'left knee', 'MTUS Knee Complaints', 'hemarthrosis after acute trauma', 'septic joint'],
    ['xray', 'right knee', 'MTUS Knee Complaints', 'hemarthrosis after acute trauma', 'septic joint'],
    ['mri', 'cervical spine', 'MTUS Neck and Upper Back Complaints', 'myelopathy', 'myelopathy'],
    ['mri', 'right hand', 'MTUS Forearm, Wrist, and Hand Complaints', 'foreign body', 'foreign body'],
  ] as const)(
    '%s of the %s: %s red flags, never the low back cauda equina',
    (service, bodyPart, chapter, flag, example) => {
      // A worker a week after a fall, no red flags recorded: the red-flag criterion fails and says so.
      const result = study(service, bodyPart, { redFlags: false, conservativeCareWeeks: 1 });
      const redFlags = result.criteria.find((c) => c.criterionId === 'img-red-flags');
      expect(redFlags?.citation).toEqual({ guideline: chapter, edition: '2004', section: 'Special Studies' });
      expect(redFlags?.statement).toContain(flag);
      expect(redFlags?.statement).not.toMatch(/cauda equina/i);
      expect(redFlags?.wouldMeet).toContain(example);
      expect(redFlags?.wouldMeet).not.toMatch(/cauda equina/i);
      expect(redFlags?.status).toBe('not_met');
    },
  );

  it('keeps the low back wording, with cauda equina, for the lumbar spine', () => {
    const result = study('mri', 'lumbar spine', { redFlags: true });
    const redFlags = result.criteria.find((c) => c.criterionId === 'img-red-flags');
    expect(redFlags?.statement).toBe(
      'Red flags for serious pathology are present: cauda equina syndrome, fracture, tumor, infection, a dissecting or ruptured aneurysm, suspected spinal stenosis, or a progressive neurologic deficit.',
    );
    expect(redFlags?.citation.guideline).toBe('MTUS Low Back Complaints');
    expect(redFlags?.status).toBe('met');
  });

  it('a suspected shoulder dislocation after a fall opens the red-flag path at once', () => {
    const result = study('mri', 'right shoulder', { redFlags: true, conservativeCareWeeks: 0 });
    expect(statusOf(result, 'img-red-flags')).toBe('met');
    expect(result.recommendation).toBe('overturn');
    expect(result.drivingCriteria).toEqual(['img-red-flags']);
  });
});

describe('ankle and foot: red flags, or after failed conservative care (ACOEM Ch. 14)', () => {
  it.each([
    [{}, 'overturn'],
    [{ conservativeCareWeeks: 2 }, 'uphold'],
    [{ conservativeCareFailed: false }, 'uphold'],
    [{ conservativeCareWeeks: 1, redFlags: true }, 'overturn'],
  ] as const)('MRI of the right ankle with %j -> %s', (facts, recommendation) => {
    expect(study('mri', 'right ankle', facts).recommendation).toBe(recommendation);
  });

  it('marks the weeks of care as unconfirmed for this chapter, and the red flags as confirmed', () => {
    const result = study('xray', 'right foot');
    expect(criterionResult(result, 'img-conservative-care-4-weeks')?.confirmed).toBe(false);
    expect(criterionResult(result, 'img-red-flags')?.confirmed).toBe(true);
    expect(criterionResult(result, 'img-red-flags')?.statement).toContain('stress fracture');
  });
});

describe('a request that spans regions with their own sets is judged against each', () => {
  const MULTI = 'The request covers more than one body region.';

  it('the set that supports it least decides, and the warning says what the other recommends', () => {
    // Neck: a deficit after 3 weeks is enough; low back: surgery is not being considered.
    const result = study('mri', 'cervical and lumbar spine', {
      surgeryConsidered: false,
      conservativeCareWeeks: 3,
    });
    expect(result.guidelineSet?.id).toBe('acoem-2004-low-back-mri-ct');
    expect(result.recommendation).toBe('uphold');
    const warning = result.warnings.find((text) => text.startsWith(MULTI));
    expect(warning).toContain('MTUS Low Back Complaints (ACOEM 2004): MRI and CT decides');
    expect(warning).toContain(
      'MTUS Neck and Upper Back Complaints (ACOEM 2004): MRI, CT and x-rays (Overturn on its own)',
    );
  });

  it('the order of the regions in the text does not matter', () => {
    const facts = { surgeryConsidered: false, conservativeCareWeeks: 3 };
    expect(study('mri', 'lumbar and cervical spine', facts).guidelineSet?.id).toBe(
      'acoem-2004-low-back-mri-ct',
    );
    expect(study('mri', 'neck, low back', facts).recommendation).toBe('uphold');
  });

  it('when every region supports it, it is overturned and the warning says the others agree', () => {
    const result = study('mri', 'right shoulder and right knee');
    expect(result.recommendation).toBe('overturn');
    expect(result.warnings.find((text) => text.startsWith(MULTI))).toContain('(Overturn on its own)');
  });

  it('a region that cannot decide yet keeps the request from being overturned', () => {
    const result = study('mri', 'right shoulder and right knee', { structuralLesionSuspected: null });
    expect(result.guidelineSet?.id).toBe('acoem-2004-knee-mri-ct');
    expect(result.recommendation).toBe('uphold');
  });

  it('one region, or regions sharing one set, gives no such warning', () => {
    for (const bodyPart of ['lumbar spine', 'cervical and thoracic spine'])
      expect(study('mri', bodyPart).warnings.some((text) => text.startsWith(MULTI))).toBe(false);
  });
});

describe('the guideline line of a request spanning regions cites every chapter, as the letters join them', () => {
  it('CM16-0230548: neck and right hand', () => {
    expect(study('mri', 'neck and right hand').guidelineLine).toBe(
      'MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies',
    );
  });

  it('a source outside the MTUS follows as its own sentence', () => {
    expect(study('mri', 'right knee and right hip').guidelineLine).toBe(
      'MTUS Knee Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Hip & Pelvis, MRI',
    );
  });
});

describe('an MR arthrogram of the shoulder (ODG Shoulder, MR arthrogram; CM17-0008177)', () => {
  const RULE = 'shoulder-mr-arthrogram-indication';
  const arthrogram = (
    facts: ItemSpec['facts'],
    service: ServiceType = 'mri',
    requestedAs = 'MR arthrogram right shoulder',
  ) =>
    run({
      service,
      item: withItem({ requestedAs, bodyPart: 'right shoulder', quantity: 1, facts: ELECTIVE }, { facts }),
      doi: '2016-06-01',
      rfa: '2016-12-01',
    });

  it('needs a suspected labral tear or re-tear, even where the chapter would allow the study', () => {
    const result = arthrogram({ labralTearOrRetearSuspected: false });
    expect(statusOf(result, RULE)).toBe('not_met');
    // The chapter's own path is met: the ODG indication alone turns the study down.
    expect(result.decisionPaths?.some((path) => path.satisfied)).toBe(true);
    expect(failing(result)).toContain(RULE);
    expect(result.recommendation).toBe('uphold');
    // The ODG rule decides, so the line cites it after the chapter, as the letters do.
    expect(result.guidelineLine).toBe(
      'MTUS Shoulder Complaints 2004, Section(s): Special Studies, Summary. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Shoulder, MR arthrogram',
    );
    expect(criterionResult(result, RULE)?.evidence).toContain(
      'A suspected labral tear, or re-tear after a rotator cuff repair: no',
    );
  });

  it('is supported with the indication, and left undecided while it is not recorded', () => {
    expect(arthrogram({ labralTearOrRetearSuspected: true }).recommendation).toBe('overturn');
    expect(statusOf(arthrogram({ labralTearOrRetearSuspected: null }), RULE)).toBe('not_documented');
  });

  it.each([
    ['mri', 'MRI right shoulder without contrast'],
    ['ct', 'CT arthrogram right shoulder'],
  ] as const)('does not apply to a %s requested as "%s"', (service, requestedAs) => {
    const result = arthrogram({ labralTearOrRetearSuspected: false }, service, requestedAs);
    expect(statusOf(result, RULE)).toBe('not_applicable');
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).not.toContain('MR arthrogram');
  });
});

describe('a repeat knee MRI (ODG Knee & Leg, MRI; CM17-0008633)', () => {
  const RULE = 'knee-repeat-mri-cartilage-repair';
  const REPEAT = { priorStudySameRegion: true, significantChange: true } as const;

  it('is reserved for assessing a cartilage repair, beyond the chapter rule that a change is needed', () => {
    const result = study('mri', 'left knee', { ...REPEAT, cartilageRepairAssessment: false });
    expect(statusOf(result, 'img-repeat-needs-change')).toBe('met');
    expect(statusOf(result, RULE)).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toContain(
      'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg, MRI',
    );
    expect(study('mri', 'left knee', { ...REPEAT, cartilageRepairAssessment: true }).recommendation).toBe(
      'overturn',
    );
  });

  it.each([
    ['mri', {}],
    ['ct', REPEAT],
  ] as const)('does not apply to a %s with %j', (service, facts) => {
    const result = study(service, 'left knee', facts);
    expect(statusOf(result, RULE)).toBe('not_applicable');
    expect(result.recommendation).toBe('overturn');
  });
});
