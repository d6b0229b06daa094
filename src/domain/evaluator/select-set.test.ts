import { describe, expect, it } from 'vitest';
import type { ServiceType } from '../case/case-schema';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { caseWith, disputedItem, type ItemSpec } from './case-builders';
import { evaluate } from './evaluate';
import {
  editionBoundaries,
  isInForce,
  selectGuidelineSet,
  selectionDate,
  straddleWarning,
} from './select-set';

const AS_OF = '2026-01-15';

function chosen(service: ServiceType, requestDate: string, spec: ItemSpec = {}, urDate = '') {
  const draft = caseWith({ requestDate, urDate, items: [disputedItem(service, spec)] });
  return evaluate(draft, GUIDELINE_LIBRARY, { asOf: AS_OF }).items[0]!;
}

describe('choosing the set by service and request date', () => {
  it.each([
    // [service, request date, expected set (null = evidence hierarchy)]
    ['work_hardening', '2009-07-17', null],
    ['work_hardening', '2009-07-18', 'cpmtg-2009-work-hardening'],
    ['work_hardening', '2016-07-28', 'cpmtg-2009-work-hardening'],
    ['work_hardening', '2016-07-29', 'cpmtg-2016-work-hardening'],
    ['work_conditioning', '2016-07-29', 'cpmtg-2016-work-hardening'],
    ['work_hardening', '2017-11-30', 'cpmtg-2016-work-hardening'],
    ['work_hardening', '2017-12-01', null],
    ['physical_therapy', '2016-07-28', 'cpmtg-2009-physical-medicine'],
    ['physical_therapy', '2016-07-29', 'cpmtg-2016-physical-medicine'],
    ['occupational_therapy', '2017-11-30', 'cpmtg-2016-physical-medicine'],
    ['physical_therapy', '2017-12-01', null],
    ['aquatic_therapy', '2016-07-28', 'cpmtg-2009-aquatic-therapy'],
    ['aquatic_therapy', '2016-07-29', 'cpmtg-2016-aquatic-therapy'],
    ['massage', '2016-07-28', 'cpmtg-2009-massage'],
    ['massage', '2016-07-29', 'cpmtg-2016-massage'],
    ['chiropractic', '2016-07-28', 'cpmtg-2009-manual-therapy'],
    ['chiropractic', '2016-07-29', 'cpmtg-2016-manual-therapy'],
    ['chiropractic', '2017-12-01', null],
    ['acupuncture', '2007-06-14', null],
    ['acupuncture', '2007-06-15', 'mtus-acupuncture-2007'],
    ['acupuncture', '2017-12-01', 'mtus-acupuncture-2007'],
    ['postsurgical_therapy', '2009-07-17', null],
    ['postsurgical_therapy', '2009-07-18', 'mtus-postsurgical-2009'],
    ['postsurgical_therapy', '2020-01-02', 'mtus-postsurgical-2009'],
    ['other', '2016-12-01', null],
    // No opioid before the request: the initiation set; medication sets stop where ACOEM starts.
    ['opioid', '2016-12-01', 'mtus-2016-opioids-initiation'],
    ['opioid', '2016-07-28', 'cpmtg-2009-opioids-initiation'],
    ['opioid', '2017-12-01', null],
    ['opioid', '2009-07-17', null],
  ] as const)('%s requested %s -> %s', (service, date, expected) => {
    const result = chosen(service, date);
    expect(result.guidelineSet?.id ?? null).toBe(expected);
    expect(result.path).toBe(expected ? 'mtus' : 'evidence_hierarchy');
  });

  it('explains why no set applies with the coverage note for that period', () => {
    expect(chosen('physical_therapy', '2017-12-01').evidencePathReason).toContain(
      'incorporates the ACOEM guidelines',
    );
    expect(chosen('physical_therapy', '2009-07-17').evidencePathReason).toContain('ACOEM 2nd edition (2004)');
    expect(chosen('postsurgical_therapy', '2009-07-17').evidencePathReason).toContain('from 07/18/2009');
    expect(chosen('acupuncture', '2007-06-14').evidencePathReason).toContain('from 06/15/2007');
  });

  it('prefers a specific set (therapeutic ultrasound) over the general one', () => {
    expect(
      chosen('physical_therapy', '2016-12-19', { facts: { modality: 'Pulsed ultrasound' } }).guidelineSet?.id,
    ).toBe('cpmtg-2016-ultrasound');
    expect(
      chosen('chiropractic', '2015-01-05', { facts: { modality: 'therapeutic_ultrasound' } }).guidelineSet
        ?.id,
    ).toBe('cpmtg-2009-ultrasound');
    // Another modality stays with the general set.
    expect(
      chosen('physical_therapy', '2016-12-19', { facts: { modality: 'hot packs' } }).guidelineSet?.id,
    ).toBe('cpmtg-2016-physical-medicine');
    // Aquatic therapy has no ultrasound set.
    expect(
      chosen('aquatic_therapy', '2016-12-19', { facts: { modality: 'ultrasound' } }).guidelineSet?.id,
    ).toBe('cpmtg-2016-aquatic-therapy');
  });

  it('takes neck-only manipulation from ODG (the CPMTG is silent), but not a neck and low back request', () => {
    const neck = chosen('chiropractic', '2016-11-09', { bodyPart: 'cervical spine', quantity: 8 });
    expect(neck.guidelineSet?.id).toBe('odg-neck-manipulation-2016');
    expect(chosen('chiropractic', '2015-11-09', { bodyPart: 'upper back' }).guidelineSet?.id).toBe(
      'odg-neck-manipulation-2009',
    );
    expect(chosen('chiropractic', '2016-11-09', { bodyPart: 'neck and low back' }).guidelineSet?.id).toBe(
      'cpmtg-2016-manual-therapy',
    );
    // No body part: the set applies and its region criterion says "not documented".
    expect(chosen('chiropractic', '2016-11-09', { bodyPart: '' }).guidelineSet?.id).toBe(
      'cpmtg-2016-manual-therapy',
    );
  });
});

describe('the date the set is chosen by', () => {
  it('uses the RFA date, then the UR date, then asOf, and says so', () => {
    const draft = caseWith({ items: [] });
    expect(selectionDate(draft, AS_OF)).toMatchObject({ date: AS_OF, source: 'as_of' });
    expect(selectionDate(draft, AS_OF).warning).toContain("today's date (01/15/2026)");
    draft.imr.urDeterminationDate = '2016-12-20';
    expect(selectionDate(draft, AS_OF)).toMatchObject({ date: '2016-12-20', source: 'ur' });
    expect(selectionDate(draft, AS_OF).warning).toContain('UR date (12/20/2016)');
    draft.imr.requestDate = '2016-12-08';
    expect(selectionDate(draft, AS_OF)).toEqual({ date: '2016-12-08', source: 'request' });
    draft.imr.requestDate = '2016-02-30';
    expect(selectionDate(draft, AS_OF).source).toBe('ur');
    expect(selectionDate(caseWith({ items: [] }), 'not a date')).toMatchObject({
      date: null,
      source: 'none',
    });
  });

  it('falls back to the UR date in the evaluation, with the warning', () => {
    const result = chosen('physical_therapy', '', {}, '2016-07-29');
    expect(result.guidelineSet?.id).toBe('cpmtg-2016-physical-medicine');
    expect(result.asOfDate).toBe('2016-07-29');
    expect(result.warnings[0]).toContain('chosen by the UR date');
  });

  it('evaluates to the evidence hierarchy when no date at all is valid', () => {
    const draft = caseWith({ items: [disputedItem('physical_therapy')] });
    const result = evaluate(draft, GUIDELINE_LIBRARY, { asOf: 'yesterday' }).items[0]!;
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.asOfDate).toBeNull();
    expect(result.warnings[0]).toContain('no guideline edition can be chosen');
  });
});

describe('edition changes between the request and UR dates', () => {
  it.each([
    ['2016-07-28', '2016-07-29', true],
    ['2016-07-20', '2016-08-02', true],
    ['2016-07-29', '2016-08-02', false],
    ['2017-11-30', '2017-12-01', true],
    ['2016-08-01', '2017-11-30', false],
    // UR before the request (data entry error) still straddles.
    ['2016-08-02', '2016-07-20', true],
  ])('request %s, UR %s -> warning %s', (requestDate, urDate, warns) => {
    const draft = caseWith({ requestDate, urDate, items: [disputedItem('physical_therapy')] });
    const warning = straddleWarning(GUIDELINE_LIBRARY, draft, 'physical_therapy');
    expect(warning !== null).toBe(warns);
    if (warning) expect(warning).toContain('edition in force on the request date');
  });

  it('knows the boundaries of each service from the data', () => {
    // 2007-06-15: the ACOEM 2004 low back chapter's traction and heat-or-cold sets start then.
    expect(editionBoundaries(GUIDELINE_LIBRARY, 'physical_therapy')).toEqual([
      '2007-06-15',
      '2009-07-18',
      '2016-07-29',
      '2017-12-01',
    ]);
    expect(editionBoundaries(GUIDELINE_LIBRARY, 'acupuncture')).toEqual(['2007-06-15']);
    expect(editionBoundaries(GUIDELINE_LIBRARY, 'other')).toEqual([]);
  });

  it('adds the straddle warning to the item', () => {
    const result = chosen('work_hardening', '2016-07-20', {}, '2016-08-02');
    expect(result.guidelineSet?.id).toBe('cpmtg-2009-work-hardening');
    expect(result.warnings.some((w) => w.includes('07/29/2016'))).toBe(true);
  });
});

describe('selectGuidelineSet and isInForce', () => {
  it('treats effectiveTo as exclusive and open ends as unbounded', () => {
    const entry = { effectiveFrom: '2016-07-29', effectiveTo: '2017-12-01' };
    expect(isInForce(entry, '2016-07-28')).toBe(false);
    expect(isInForce(entry, '2016-07-29')).toBe(true);
    expect(isInForce(entry, '2017-11-30')).toBe(true);
    expect(isInForce(entry, '2017-12-01')).toBe(false);
    expect(isInForce({ effectiveFrom: '2007-06-15' }, '2999-01-01')).toBe(true);
    expect(isInForce({ effectiveTo: '2009-07-18' }, '1990-01-01')).toBe(true);
  });

  it('speaks of "this service" when nothing is encoded for a service of type Other, never of "Other service"', () => {
    const draft = caseWith({ items: [disputedItem('other')] });
    const selection = selectGuidelineSet(
      GUIDELINE_LIBRARY,
      draft,
      draft.disputedItems[0]!,
      '2016-12-01',
      AS_OF,
    );
    expect(selection).toEqual({
      set: null,
      reason: 'No encoded MTUS guideline addresses this service for a request dated 12/01/2016.',
    });
  });

  it.each([
    ['preoperative_testing', 'pre-operative tests'],
    ['mri', 'MRI'],
    ['nsaid', 'NSAID'],
    ['xray', 'x-ray'],
    ['other', 'this service'],
  ] as const)('names %s as "%s" mid-sentence when no date can choose the edition', (service, named) => {
    const draft = caseWith({ items: [disputedItem(service)] });
    const selection = selectGuidelineSet(GUIDELINE_LIBRARY, draft, draft.disputedItems[0]!, null, AS_OF);
    expect(selection.reason).toBe(`No date to choose the guideline edition for ${named}.`);
  });
});
