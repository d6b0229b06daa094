import { describe, expect, it } from 'vitest';
import type { ServiceType } from '../../case/case-schema';
import { disputedItem, type ItemSpec } from '../../evaluator/case-builders';
import { evaluate } from '../../evaluator/evaluate';
import { criterionResult } from '../../evaluator/evaluation-queries';
import { imrGuidelineLine } from '../../letter/draft-rationale';
import { GUIDELINE_LIBRARY } from '../index';
import { readBodyRegions } from '../vocabularies';
import { AS_OF, draftFor, failing, run, statusOf, withItem } from './procedure-test-support';

/** Nothing that qualifies: no red flags, no listed lesion, films not taken, not worse. */
const NOTHING: ItemSpec['facts'] = {
  redFlags: false,
  structuralLesionSuspected: false,
  plainFilmsNondiagnostic: false,
  symptomsWorsening: false,
  priorStudySameRegion: false,
};

const study = (
  service: ServiceType,
  bodyPart: string,
  facts: ItemSpec['facts'] = {},
  dates: { doi?: string; rfa?: string } = {},
) =>
  run({
    service,
    item: withItem({ bodyPart, quantity: 1, facts: NOTHING }, { facts }),
    doi: dates.doi ?? '2016-06-01',
    rfa: dates.rfa ?? '2016-12-01',
  });

describe('ODG imaging sets for the regions the ACOEM 2004 chapters leave out', () => {
  it.each([
    [
      'mri',
      'right hip',
      'odg-hip-mri',
      'Non-MTUS Citation Official Disability Guidelines (ODG) Hip & Pelvis, MRI',
    ],
    [
      'xray',
      'left hip',
      'odg-hip-xray',
      'Non-MTUS Citation Official Disability Guidelines (ODG) Hip & Pelvis, X-ray',
    ],
    [
      'mri',
      'right elbow',
      'odg-elbow-mri',
      'Non-MTUS Citation Official Disability Guidelines (ODG) Elbow, MRI',
    ],
    ['ct', 'head', 'odg-head-ct', 'Non-MTUS Citation Official Disability Guidelines (ODG) Head, CT'],
    ['mri', 'brain', 'odg-head-mri', 'Non-MTUS Citation Official Disability Guidelines (ODG) Head, MRI'],
    ['xray', 'skull', 'odg-head-xray', 'Non-MTUS Citation Official Disability Guidelines (ODG) Head, X-ray'],
  ] as const)('%s of the %s -> %s, printed as the letters print ODG', (service, bodyPart, setId, line) => {
    const result = study(service, bodyPart);
    expect(result.guidelineSet?.id).toBe(setId);
    expect(result.guidelineLine).toBe(line);
    expect(result.recommendation).toBe('uphold');
  });

  it('are not applied from 12/01/2017, when the newer ACOEM guidelines became the MTUS', () => {
    const result = study('mri', 'right hip', { structuralLesionSuspected: true }, { rfa: '2017-12-01' });
    expect(result.guidelineSet ?? null).toBeNull();
  });
});

describe('hip: MRI for a listed condition, films after a severe injury or for joint disease', () => {
  it.each([
    [{ structuralLesionSuspected: true }, 'overturn', 'hip-mri-listed-condition', 'met'],
    [{ redFlags: true }, 'overturn', 'img-red-flags', 'met'],
    [{}, 'uphold', 'hip-mri-listed-condition', 'not_met'],
    [
      { structuralLesionSuspected: null, redFlags: null },
      'uphold',
      'hip-mri-listed-condition',
      'not_documented',
    ],
  ] as const)('MRI with %j -> %s (%s %s)', (facts, recommendation, id, status) => {
    const result = study('mri', 'right hip', facts);
    expect(result.recommendation).toBe(recommendation);
    expect(statusOf(result, id)).toBe(status);
  });

  it('names the listed conditions when none is documented', () => {
    const result = study('mri', 'right hip');
    expect(result.decisionRule).toBe(
      'All required criteria must be met, and all criteria of one path: red flags, or a condition ODG lists for hip MRI.',
    );
    expect(criterionResult(result, 'hip-mri-listed-condition')?.statement).toContain(
      'osteonecrosis (avascular necrosis), an occult or stress fracture',
    );
  });

  it.each([
    [{ redFlags: true }, 'overturn'],
    [{ structuralLesionSuspected: true }, 'overturn'],
    [{}, 'uphold'],
  ] as const)('films with %j -> %s', (facts, recommendation) => {
    expect(study('xray', 'left hip', facts).recommendation).toBe(recommendation);
  });

  it('a repeat MRI of the hip needs a significant change', () => {
    const repeat = { structuralLesionSuspected: true, priorStudySameRegion: true };
    expect(study('mri', 'right hip', { ...repeat, significantChange: false }).recommendation).toBe('uphold');
    expect(study('mri', 'right hip', { ...repeat, significantChange: true }).recommendation).toBe('overturn');
  });
});

describe('elbow MRI: non-diagnostic films and a listed lesion, both', () => {
  it.each([
    [{ plainFilmsNondiagnostic: true, structuralLesionSuspected: true }, 'overturn'],
    [{ plainFilmsNondiagnostic: false, structuralLesionSuspected: true }, 'uphold'],
    [{ plainFilmsNondiagnostic: true, structuralLesionSuspected: false }, 'uphold'],
    [{ plainFilmsNondiagnostic: null, structuralLesionSuspected: true }, 'uphold'],
    [{ redFlags: true }, 'overturn'],
  ] as const)('%j -> %s', (facts, recommendation) => {
    expect(study('mri', 'left elbow', facts).recommendation).toBe(recommendation);
  });

  it('epicondylitis without films: upheld, and the letter-ready reason says why', () => {
    const result = study('mri', 'right elbow (lateral epicondylitis)', { structuralLesionSuspected: false });
    expect(statusOf(result, 'elbow-mri-films-nondiagnostic')).toBe('not_met');
    expect(criterionResult(result, 'elbow-mri-listed-lesion')?.statement).toContain(
      'Epicondylitis usually does not need MRI',
    );
  });
});

describe('head CT and MRI: the 72-hour acute phase, then only worse or red flags', () => {
  it.each([
    ['2016-12-01', 'met', 'overturn'],
    ['2016-12-04', 'met', 'overturn'],
    ['2016-12-05', 'not_met', 'uphold'],
    ['2017-01-20', 'not_met', 'uphold'],
  ] as const)('injury 12/01/2016, request %s: within 72 hours %s -> %s', (rfa, status, recommendation) => {
    const result = study('ct', 'head', {}, { doi: '2016-12-01', rfa });
    expect(statusOf(result, 'head-imaging-within-72-hours')).toBe(status);
    expect(result.recommendation).toBe(recommendation);
  });

  it('states the days from the injury in the evidence', () => {
    const result = study('ct', 'head', {}, { doi: '2016-12-01', rfa: '2016-12-15' });
    expect(criterionResult(result, 'head-imaging-within-72-hours')?.evidence).toContain('14 days');
  });

  it.each([
    [{ symptomsWorsening: true }, 'head-imaging-worsening'],
    [{ redFlags: true }, 'img-red-flags'],
  ] as const)('weeks later with %j: overturn on %s', (facts, id) => {
    const result = study('mri', 'head', facts, { doi: '2016-10-01', rfa: '2016-12-01' });
    expect(result.recommendation).toBe('overturn');
    expect(result.drivingCriteria).toContain(id);
  });

  it.each([
    [{ ctUnavailable: true }, '2016-12-02', 'overturn'],
    // Within 72 hours, CT would do: films only where it cannot be done.
    [{ ctUnavailable: false }, '2016-12-02', 'uphold'],
    [{ ctUnavailable: null }, '2016-12-02', 'uphold'],
    // CT unavailable, but past the acute phase with nothing worse: no study at all.
    [{ ctUnavailable: true }, '2017-01-20', 'uphold'],
  ] as const)('skull films with %j, requested %s -> %s', (facts, rfa, recommendation) => {
    const result = study('xray', 'head', facts, { doi: '2016-12-01', rfa });
    expect(result.recommendation).toBe(recommendation);
    const expected =
      facts.ctUnavailable === true ? 'met' : facts.ctUnavailable === false ? 'not_met' : 'not_documented';
    expect(statusOf(result, 'head-xray-ct-unavailable')).toBe(expected);
  });

  it('a request dated before the injury is not read as within 72 hours', () => {
    const result = study('ct', 'head', {}, { doi: '2016-12-10', rfa: '2016-12-01' });
    expect(statusOf(result, 'head-imaging-within-72-hours')).toBe('not_documented');
  });
});

describe('the head as a body region', () => {
  it.each([
    ['head', ['head']],
    ['brain MRI', ['head']],
    ['skull', ['head']],
    ['post-concussion syndrome', ['head']],
    ['head and neck', ['neck', 'head']],
    ['radial head fracture, right elbow', ['elbow']],
    ['femoral head', ['hip']],
    ['headaches', ['other']],
  ] as const)('%j -> %j', (text, regions) => {
    expect(readBodyRegions(text)).toEqual(regions);
  });
});

describe('bone scan of the ankle and foot (ODG Ankle & Foot, CM17-0006838)', () => {
  it('is upheld without red flags or non-diagnostic films with a suspected stress fracture or CRPS', () => {
    const result = study('bone_scan', 'left foot');
    expect(result.guidelineSet?.id).toBe('odg-ankle-foot-bone-scan');
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Ankle & Foot, Bone scan',
    );
  });

  it.each([
    [{ redFlags: true }, 'overturn'],
    [{ plainFilmsNondiagnostic: true, structuralLesionSuspected: true }, 'overturn'],
    // Films alone, or a suspicion without films first, are not enough.
    [{ plainFilmsNondiagnostic: true }, 'uphold'],
    [{ structuralLesionSuspected: true }, 'uphold'],
    // A repeat of a study already done needs a significant change, whatever the path.
    [{ redFlags: true, priorStudySameRegion: true, significantChange: false }, 'uphold'],
  ] as const)('%j -> %s', (facts, recommendation) => {
    expect(study('bone_scan', 'right ankle', facts).recommendation).toBe(recommendation);
  });

  it('sends a bone scan of another region to the evidence hierarchy with the reason', () => {
    const result = study('bone_scan', 'right hip');
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain('for the ankle and foot');
  });
});

describe('bone scan of the spine (ACOEM 2004 Ch. 12 and Ch. 8: red flags only)', () => {
  it.each([
    ['lumbar spine', 'acoem-2004-low-back-bone-scan', 'MTUS Low Back Complaints 2004'],
    ['cervical spine', 'acoem-2004-neck-bone-scan', 'MTUS Neck and Upper Back Complaints 2004'],
    ['thoracic spine', 'acoem-2004-neck-bone-scan', 'MTUS Neck and Upper Back Complaints 2004'],
  ])('%s: upheld without red flags, overturned with them (%s)', (bodyPart, setId, line) => {
    const without = study('bone_scan', bodyPart, { redFlags: false });
    expect(without.guidelineSet?.id).toBe(setId);
    expect(without.guidelineLine).toContain(line);
    expect(without.recommendation).toBe('uphold');
    expect(statusOf(without, 'spine-bone-scan-red-flags')).toBe('not_met');
    expect(study('bone_scan', bodyPart, { redFlags: true }).recommendation).toBe('overturn');
    expect(study('bone_scan', bodyPart, { redFlags: null }).recommendation).toBe('uphold');
  });

  it('a repeat scan still needs a significant change', () => {
    const repeat = { redFlags: true, priorStudySameRegion: true, significantChange: false };
    expect(study('bone_scan', 'low back', repeat).recommendation).toBe('uphold');
  });
});

describe('diagnostic ultrasound of the shoulder (ACOEM 2004 Ch. 9 special studies)', () => {
  it('follows the shoulder rule for special studies: upheld without red flags or a surgical indication', () => {
    const result = study('diagnostic_ultrasound', 'right shoulder');
    expect(result.guidelineSet?.id).toBe('acoem-2004-shoulder-ultrasound');
    expect(result.recommendation).toBe('uphold');
    // The letters confirm these rules for MRI only.
    expect(result.criteria.every((criterion) => !criterion.confirmed)).toBe(true);
  });

  it('is overturned after 4-6 weeks of failed care with surgery considered, as an MRI would be', () => {
    const facts = { conservativeCareWeeks: 8, conservativeCareFailed: true, surgeryConsidered: true };
    expect(study('diagnostic_ultrasound', 'left shoulder', facts).recommendation).toBe('overturn');
    expect(study('mri', 'left shoulder', facts).recommendation).toBe('overturn');
  });

  it('is upheld beside an MRI of the same shoulder that this review supports, and judged alone otherwise', () => {
    const facts = { conservativeCareWeeks: 8, conservativeCareFailed: true, surgeryConsidered: true };
    const review = (mriFacts: ItemSpec['facts']) =>
      evaluate(
        draftFor({
          service: 'diagnostic_ultrasound',
          item: withItem({ bodyPart: 'right shoulder', quantity: 1, facts: NOTHING }, { facts }),
          doi: '2016-06-01',
          edit: (draft) => {
            draft.disputedItems.push(
              disputedItem(
                'mri',
                withItem({ bodyPart: 'right shoulder', quantity: 1, facts: NOTHING }, { facts: mriFacts }),
                'item-2',
              ),
            );
          },
        }),
        GUIDELINE_LIBRARY,
        { asOf: AS_OF },
      ).items;
    const [beside, mri] = review(facts);
    expect(mri?.recommendation).toBe('overturn');
    expect(beside?.recommendation).toBe('uphold');
    expect(statusOf(beside as NonNullable<typeof beside>, 'us-not-beside-mri')).toBe('not_met');
    // The MRI upheld: the ultrasound stands on its own rule.
    const [alone] = review({ conservativeCareWeeks: 1 });
    expect(alone?.recommendation).toBe('overturn');
    expect(statusOf(alone as NonNullable<typeof alone>, 'us-not-beside-mri')).toBe('met');
  });

  it('an ultrasound of another region (not a hernia) still goes to the evidence hierarchy', () => {
    const result = study('diagnostic_ultrasound', 'right knee');
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain('for the shoulder');
  });
});

describe('diagnostic ultrasound of the spine (ODG Low Back and Neck: not recommended)', () => {
  it.each(['lumbar paraspinal muscles', 'cervical spine', 'thoracic spine'])(
    'upholds the denial of an ultrasound of the %s, whatever the records show',
    (bodyPart) => {
      const facts = { redFlags: true, conservativeCareWeeks: 12, conservativeCareFailed: true };
      const result = study('diagnostic_ultrasound', bodyPart, facts);
      expect(result.guidelineSet?.id).toBe('odg-spine-diagnostic-ultrasound');
      expect(result.recommendation).toBe('uphold');
      expect(statusOf(result, 'spine-ultrasound-not-recommended')).toBe('not_met');
      expect(result.criteria.every((criterion) => !criterion.confirmed)).toBe(true);
    },
  );

  it('leaves the shoulder to its own rule', () => {
    expect(study('diagnostic_ultrasound', 'right shoulder').guidelineSet?.id).toBe(
      'acoem-2004-shoulder-ultrasound',
    );
  });
});

describe('hernia imaging (ODG Hernia, Imaging; confirmed catalogue 6.5, CM17-0014944)', () => {
  /** An exam that shows or excludes the hernia, no ultrasound yet, a simple hernia, no prior study. */
  const CLEAR_EXAM: ItemSpec['facts'] = {
    examEquivocal: false,
    ultrasoundNondiagnostic: false,
    complexHerniaInObesity: false,
    priorStudySameRegion: false,
  };
  const hernia = (
    service: ServiceType,
    bodyPart: string,
    facts: ItemSpec['facts'] = {},
    rfa = '2016-12-01',
  ) =>
    run({
      service,
      item: withItem({ bodyPart, quantity: 1, facts: CLEAR_EXAM }, { facts }),
      doi: '2016-06-01',
      rfa,
    });
  const LINE = 'Non-MTUS Citation Official Disability Guidelines (ODG) Hernia, Imaging';

  it.each([
    ['diagnostic_ultrasound', 'right inguinal hernia', 'odg-hernia-diagnostic-ultrasound'],
    ['ct', 'ventral hernia', 'odg-hernia-ct'],
    ['mri', 'left groin hernia', 'odg-hernia-mri'],
    ['xray', 'umbilical hernia', 'odg-hernia-xray'],
    ['ct', 'abdominal wall (incisional hernia)', 'odg-hernia-ct'],
  ] as const)('%s of a %j -> %s, printed as the letters print ODG', (service, bodyPart, setId) => {
    const result = hernia(service, bodyPart);
    expect(result.guidelineSet?.id).toBe(setId);
    expect(result.guidelineLine).toBe(LINE);
    expect(result.recommendation).toBe('uphold');
  });

  it('prints the letter line that cites no MTUS text, as the other ODG sets do', () => {
    const draft = draftFor({
      service: 'diagnostic_ultrasound',
      item: { bodyPart: 'right inguinal hernia', quantity: 1, facts: { examEquivocal: true } },
      doi: '2016-06-01',
      rfa: '2016-12-01',
    });
    const [evaluation] = evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF }).items;
    expect(evaluation?.recommendation).toBe('overturn');
    expect(imrGuidelineLine(draft.disputedItems[0]!, evaluation)).toBe(
      'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Hernia, Imaging.',
    );
  });

  it('keeps a plain groin with the hip: only a hernia named goes to the hernia sets', () => {
    expect(hernia('mri', 'right groin').guidelineSet?.id).toBe('odg-hip-mri');
    expect(hernia('mri', 'right inguinal hernia').guidelineSet?.id).toBe('odg-hernia-mri');
  });

  describe('diagnostic ultrasound: the first study, when the exam is equivocal', () => {
    it.each([
      [{ examEquivocal: true }, 'met', 'overturn'],
      [{ examEquivocal: false }, 'not_met', 'uphold'],
      [{ examEquivocal: null }, 'not_documented', 'uphold'],
    ] as const)('%j -> %s, %s', (facts, status, recommendation) => {
      const result = hernia('diagnostic_ultrasound', 'right inguinal hernia', facts);
      expect(statusOf(result, 'hernia-imaging-exam-equivocal')).toBe(status);
      expect(result.recommendation).toBe(recommendation);
    });

    it('says why a hernia the exam shows needs no study', () => {
      const criterion = criterionResult(
        hernia('diagnostic_ultrasound', 'umbilical hernia'),
        'hernia-imaging-exam-equivocal',
      );
      expect(criterion?.whenNotMet).toContain('a hernia is diagnosed by physical exam');
      expect(criterion?.confirmed).toBe(true);
      expect(criterion?.citation).toEqual({
        guideline: 'Official Disability Guidelines (ODG) Hernia',
        edition: 'non-MTUS',
        section: 'Imaging',
      });
    });

    it('a repeat study needs a significant change', () => {
      const repeat = { examEquivocal: true, priorStudySameRegion: true };
      expect(
        hernia('diagnostic_ultrasound', 'groin hernia', { ...repeat, significantChange: false })
          .recommendation,
      ).toBe('uphold');
      expect(
        hernia('diagnostic_ultrasound', 'groin hernia', { ...repeat, significantChange: true })
          .recommendation,
      ).toBe('overturn');
    });
  });

  describe('CT: only for a complex hernia in an obese patient', () => {
    it.each([
      [{ complexHerniaInObesity: true }, 'met', 'overturn'],
      [{ complexHerniaInObesity: false }, 'not_met', 'uphold'],
      [{ complexHerniaInObesity: null }, 'not_documented', 'uphold'],
      // An equivocal exam calls for ultrasound, not CT.
      [{ examEquivocal: true, ultrasoundNondiagnostic: true }, 'not_met', 'uphold'],
    ] as const)('%j -> %s, %s', (facts, status, recommendation) => {
      const result = hernia('ct', 'ventral hernia', facts);
      expect(statusOf(result, 'hernia-ct-complex-hernia-obesity')).toBe(status);
      expect(result.recommendation).toBe(recommendation);
    });
  });

  describe.each(['mri', 'xray'] as const)(
    '%s: after an ultrasound that left an equivocal exam unsettled',
    (service) => {
      it.each([
        [{ examEquivocal: true, ultrasoundNondiagnostic: true }, [], 'overturn'],
        [{ examEquivocal: true }, ['hernia-imaging-ultrasound-first'], 'uphold'],
        [
          { examEquivocal: true, ultrasoundNondiagnostic: null },
          ['hernia-imaging-ultrasound-first'],
          'uphold',
        ],
        [{ ultrasoundNondiagnostic: true }, ['hernia-imaging-exam-equivocal'], 'uphold'],
      ] as const)('%j -> failing %j, %s', (facts, failingIds, recommendation) => {
        const result = hernia(service, 'right inguinal hernia', facts);
        expect(failing(result)).toEqual(failingIds);
        expect(result.recommendation).toBe(recommendation);
      });

      it('tags the ultrasound-first reading unconfirmed, with its source note', () => {
        const criterion = criterionResult(
          hernia(service, 'inguinal hernia'),
          'hernia-imaging-ultrasound-first',
        );
        expect(criterion?.confirmed).toBe(false);
        expect(criterion?.confirmationNote).toContain('our reading');
      });
    },
  );

  it('judges a request that also names the hip against both sets (ADR 012)', () => {
    const result = hernia('mri', 'right hip and left inguinal hernia', { structuralLesionSuspected: true });
    expect(result.guidelineSet?.id).toBe('odg-hernia-mri');
    expect(result.recommendation).toBe('uphold');
    expect(result.warnings.join(' ')).toContain('Hip & Pelvis, MRI (Overturn on its own)');
    expect(result.guidelineLine).toBe(
      `Non-MTUS Citation Official Disability Guidelines (ODG) Hip & Pelvis, MRI. Decision based on ${LINE}`,
    );
  });

  it.each([
    ['diagnostic_ultrasound', 'right elbow', '2016-12-01', 'a groin or abdominal wall hernia'],
    ['diagnostic_ultrasound', '', '2016-12-01', 'a groin or abdominal wall hernia'],
    ['ct', 'abdomen', '2016-12-01', 'No imaging criteria are encoded'],
    ['ct', 'hiatal hernia', '2016-12-01', 'No imaging criteria are encoded'],
    ['ct', 'right inguinal hernia', '2017-12-01', 'newer ACOEM guidelines'],
    ['diagnostic_ultrasound', 'right inguinal hernia', '2007-06-14', 'had not adopted the ACOEM chapters'],
  ] as const)('%s of %j requested %s stays on the evidence hierarchy', (service, bodyPart, rfa, reason) => {
    const result = hernia(service, bodyPart, { examEquivocal: true, complexHerniaInObesity: true }, rfa);
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain(reason);
  });
});

describe('a hernia as a body region', () => {
  it.each([
    ['groin', ['hip']],
    ['right groin pain', ['hip']],
    ['right inguinal hernia', ['abdominal_wall']],
    ['groin hernia', ['abdominal_wall']],
    ['umbilical hernia', ['abdominal_wall']],
    ['ventral hernia repair', ['abdominal_wall']],
    ['incisional hernias', ['abdominal_wall']],
    ['abdominal wall', ['abdominal_wall']],
    ['left groin hernia and right hip', ['abdominal_wall', 'hip']],
    // Not a hernia of the abdominal wall.
    ['lumbar disc herniation', ['low_back']],
    ['herniated nucleus pulposus, cervical', ['neck']],
    ['L4-5 disc hernia', ['other']],
    ['hiatal hernia', ['other']],
    ['sports hernia', ['other']],
  ] as const)('%j -> %j', (text, regions) => {
    expect(readBodyRegions(text)).toEqual(regions);
  });
});
