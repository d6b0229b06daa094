import { describe, expect, it } from 'vitest';
import type { ServiceType } from '../../case/case-schema';
import type { ItemSpec } from '../../evaluator/case-builders';
import { criterionResult } from '../../evaluator/evaluation-queries';
import { readBodyRegions } from '../vocabularies';
import { run, statusOf, withItem } from './procedure-test-support';

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
    const result = study('bone_scan', 'lumbar spine');
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain('encoded for the ankle and foot');
  });
});
