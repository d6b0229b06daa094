import { describe, expect, it } from 'vitest';
import { answer } from '../../evaluator/case-builders';
import { criterionResult, criterionStatus } from '../../evaluator/evaluation-queries';
import { evaluateFirst, type MedicationCaseSpec, med, medicationCase, udt } from './medications-test-support';

describe('topical analgesics and compounds', () => {
  const topical = (name: string, form: string, spec: Partial<MedicationCaseSpec> = {}) =>
    evaluateFirst(medicationCase({ service: 'topical_analgesic', medication: { name, form }, ...spec }));

  it('does not recommend a compound with one non-recommended ingredient', () => {
    const result = topical('Flurbiprofen/cyclobenzaprine/gabapentin cream', 'cream');
    expect(criterionStatus(result, 'tp-no-unrecommended-ingredient')).toBe('not_met');
    expect(criterionResult(result, 'tp-no-unrecommended-ingredient')?.evidence).toContain(
      'Flurbiprofen, cyclobenzaprine and gabapentin are not recommended as a topical',
    );
    expect(result.recommendation).toBe('uphold');
    const shown = result.computedFacts?.[0];
    expect(shown?.label).toBe('Topical ingredients');
    expect(shown?.value).toBe('not recommended');
    expect(shown?.detail).toContain(
      'cyclobenzaprine: not recommended (No evidence supports muscle relaxants',
    );
  });

  it('takes oral drugs ruled out or not tolerated as other treatments failed before capsaicin', () => {
    const capsaicin = (facts: MedicationCaseSpec['facts']) =>
      topical('Capsaicin cream', 'cream', {
        medication: { name: 'Capsaicin cream', strength: '0.025%', form: 'cream', quantity: 1 },
        facts,
      });
    const ruledOut = capsaicin({ topicalReasonDocumented: true, neuropathicPain: false });
    expect(criterionStatus(ruledOut, 'tp-capsaicin-after-other-treatments')).toBe('met');
    expect(ruledOut.recommendation).toBe('overturn');
    // Without it the question stays the reviewer's, and the request is not yet supported.
    const open = capsaicin({ neuropathicPain: false });
    expect(criterionStatus(open, 'tp-capsaicin-after-other-treatments')).toBe('not_documented');
    expect(open.recommendation).toBe('uphold');
  });

  it('endorses lidocaine only as the patch, after a first-line drug for neuropathic pain', () => {
    expect(
      criterionStatus(topical('Lidocaine 5% ointment', 'ointment'), 'tp-no-unrecommended-ingredient'),
    ).toBe('not_met');
    const patch = (facts: MedicationCaseSpec['facts']) =>
      topical('Lidoderm 5% patch', 'patch', { facts: { ...facts, topicalReasonDocumented: true } });
    expect(criterionStatus(patch({}), 'tp-no-unrecommended-ingredient')).toBe('met');
    expect(patch({ neuropathicPain: true, firstLineNeuropathicTried: true }).recommendation).toBe('overturn');
    const untried = patch({ neuropathicPain: true, firstLineNeuropathicTried: false });
    expect(criterionStatus(untried, 'tp-neuropathic-after-first-line')).toBe('not_met');
    expect(untried.recommendation).toBe('uphold');
  });

  it('says lidocaine is supported only as the dermal patch, not that it is not recommended as a topical', () => {
    // CM16-0234464: lidocaine 5% ointment.
    const ointment = topical('Lidocaine', 'ointment', {
      medication: { name: 'Lidocaine', strength: '5%', form: 'ointment' },
    });
    const evidence = criterionResult(ointment, 'tp-no-unrecommended-ingredient')?.evidence;
    expect(evidence).toBe(
      'Topical product: Lidocaine 5% ointment is not recommended as requested: only the lidocaine dermal patch (Lidoderm) is endorsed; lidocaine creams, lotions, gels and ointments are not indicated; the guideline requires no ingredient that is not recommended as a topical.',
    );
    expect(evidence).not.toMatch(/lidocaine is not recommended as a topical/i);
  });

  it('names every ingredient of a compound, one the reference does not know as not evaluated (CM17-0007300)', () => {
    const compound = topical('Compounded topical', 'cream', {
      medication: {
        name: 'Compounded topical',
        form: 'cream',
        ingredients: [
          { id: 'i1', name: 'Flurbiprofen', strength: '10%' },
          { id: 'i2', name: 'Cyclobenzaprine', strength: '3%' },
          { id: 'i3', name: 'Gabapentin', strength: '6%' },
          { id: 'i4', name: 'Lidocaine', strength: '5%' },
          { id: 'i5', name: 'Dextromethorphan', strength: '' },
        ],
      },
    });
    const evidence = criterionResult(compound, 'tp-no-unrecommended-ingredient')?.evidence;
    expect(evidence).toBe(
      'Topical product: Flurbiprofen, Cyclobenzaprine and Gabapentin are not recommended as a topical. Lidocaine 5% is not recommended as requested: only the lidocaine dermal patch (Lidoderm) is endorsed; lidocaine creams, lotions, gels and ointments are not indicated. Dextromethorphan is not in the drug reference and is not evaluated. A compound with any non-recommended ingredient is not recommended as a whole; the guideline requires no ingredient that is not recommended as a topical.',
    );
    for (const name of ['Flurbiprofen', 'Cyclobenzaprine', 'Gabapentin', 'Lidocaine', 'Dextromethorphan'])
      expect(evidence).toContain(name);
  });

  it('judges topical diclofenac by its own indication, not the neuropathic rule', () => {
    const gel = (indication: 'met' | 'not_met') =>
      topical('Voltaren gel 1%', 'gel', { criteria: { 'tp-topical-nsaid-indication': answer(indication) } });
    expect(criterionStatus(gel('met'), 'tp-neuropathic-after-first-line')).toBe('not_applicable');
    expect(gel('met').recommendation).toBe('overturn');
    expect(gel('not_met').recommendation).toBe('uphold');
  });

  describe("a topical NSAID's use is read from the diagnoses about the joint requested", () => {
    // Voltaren gel requested 12/01/2016.
    const voltaren = (
      diagnoses: string[],
      { bodyPart = '', dateOfInjury = '2016-06-01', requestDate = '2016-12-01' } = {},
    ) =>
      topical('Voltaren gel 1%', 'gel', {
        dateOfInjury,
        requestDate,
        edit: (draft) => {
          draft.injury.diagnoses = diagnoses.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
          draft.disputedItems[0]!.bodyPart = bodyPart;
        },
      });
    const indication = (result: ReturnType<typeof topical>) =>
      criterionResult(result, 'tp-topical-nsaid-indication');

    it.each([
      ['knee osteoarthritis, no site named', ['Left knee osteoarthritis (post-traumatic)'], {}, 'met'],
      [
        'lateral epicondylitis at the elbow requested',
        ['Right lateral epicondylitis of the elbow'],
        { bodyPart: 'right elbow' },
        'met',
      ],
      [
        // The 2016 edition adds acute sprains and strains (1-2 weeks): a sprain of a suited joint, recent.
        'an ankle sprain a week old',
        ['Right lateral ankle sprain, grade II'],
        { dateOfInjury: '2016-11-24' },
        'met',
      ],
      ['an ankle sprain six months old', ['Right lateral ankle sprain, grade II'], {}, 'not_documented'],
      [
        'a shoulder strain a week old',
        ['Right shoulder sprain/strain'],
        { dateOfInjury: '2016-11-24' },
        'not_documented',
      ],
      [
        'knee osteoarthritis, gel for the low back',
        ['Bilateral knee osteoarthritis'],
        { bodyPart: 'low back' },
        'not_documented',
      ],
      [
        'knee osteoarthritis, gel for the elbow',
        ['Right knee osteoarthritis'],
        { bodyPart: 'right elbow' },
        'not_documented',
      ],
      ['shoulder tendinitis', ['Right shoulder tendinitis'], {}, 'not_documented'],
      ['a lumbar strain', ['Lumbar sprain/strain'], { dateOfInjury: '2016-11-28' }, 'not_documented'],
    ] as const)('%s: %j, %j -> %s', (_case, diagnoses, options, status) => {
      const result = voltaren([...diagnoses], options);
      expect(indication(result)).toMatchObject({
        status,
        source: status === 'met' ? 'computed' : 'unanswered',
      });
    });

    it('settles a sprain only for a short course: no refills, and not already used past 2 weeks', () => {
      const sprain = (name: string, history: MedicationCaseSpec['history'] = []) =>
        indication(
          topical(name, 'gel', {
            dateOfInjury: '2016-11-24',
            history,
            edit: (draft) => {
              draft.injury.diagnoses = [{ id: 'dx-1', text: 'Left ankle sprain', icd10: '' }];
            },
          }),
        )?.status;
      expect(sprain('Voltaren gel 1% 100 g')).toBe('met');
      expect(sprain('Voltaren gel 1% 100 g with 2 refills')).toBe('not_documented');
      const since = (startDate: string) => [
        med('h1', { name: 'Voltaren gel 1%', route: 'topical', startDate }),
      ];
      expect(sprain('Voltaren gel 1% 100 g', since('2016-11-25'))).toBe('met');
      expect(sprain('Voltaren gel 1% 100 g', since('2016-11-10'))).toBe('not_documented');
    });

    it('reads the same in the 2009 edition', () => {
      const options = { dateOfInjury: '2013-06-01', requestDate: '2014-02-01' };
      expect(indication(voltaren(['Right knee osteoarthritis'], options))?.status).toBe('met');
      expect(indication(voltaren(['Right hip osteoarthritis'], options))?.status).toBe('not_documented');
      // The 2009 text lists no sprains: a recent ankle sprain stays with the reviewer there.
      const recent = { dateOfInjury: '2014-01-24', requestDate: '2014-02-01' };
      expect(indication(voltaren(['Right lateral ankle sprain'], recent))?.status).toBe('not_documented');
    });

    it("names the diagnosis it read, and the answer stays the reviewer's", () => {
      const arthritis = voltaren(['Left knee osteoarthritis']);
      expect(indication(arthritis)?.evidence).toContain('("Left knee osteoarthritis")');
      expect(arthritis.recommendation).toBe('overturn');
      const refused = topical('Voltaren gel 1%', 'gel', {
        criteria: { 'tp-topical-nsaid-indication': answer('not_met') },
        edit: (draft) => {
          draft.injury.diagnoses = [{ id: 'dx-1', text: 'Left knee osteoarthritis', icd10: '' }];
        },
      });
      expect(indication(refused)).toMatchObject({ status: 'not_met', source: 'reviewer' });
    });
  });

  it('keeps the reason for a topical over an oral drug advisory', () => {
    const result = topical('Voltaren gel', 'gel', {
      criteria: { 'tp-topical-nsaid-indication': answer('met') },
    });
    expect(criterionResult(result, 'tp-reason-over-oral')).toMatchObject({
      required: false,
      status: 'not_documented',
    });
    expect(result.recommendation).toBe('overturn');
  });

  it('is not documented for an ingredient the reference lacks, with a warning', () => {
    const result = topical('Zorbex cream', 'cream');
    expect(criterionStatus(result, 'tp-no-unrecommended-ingredient')).toBe('not_documented');
    expect(result.warnings).toContain(
      'Topical ingredient "Zorbex cream" is not in the drug reference: correct the name, or judge it with an override and a note.',
    );
  });

  it('cites pages in 2009 and the section in 2016', () => {
    expect(topical('Lidoderm', 'patch', { requestDate: '2014-02-01' }).guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Topical analgesics, Page(s): 111-113',
    );
    expect(topical('Lidoderm', 'patch').guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics',
    );
  });
});

describe('urine drug testing: frequency by risk', () => {
  const onOpioids = [med('h', { name: 'Norco 10/325', startDate: '2015-01-01' })];
  const testing = (risk: string, tests: number, spec: Partial<MedicationCaseSpec> = {}) =>
    evaluateFirst(
      medicationCase({
        service: 'urine_drug_test',
        history: onOpioids,
        facts: { udtRiskLevel: risk },
        udts: Array.from({ length: tests }, (_, index) =>
          udt(`2016-${String(index + 1).padStart(2, '0')}-01`, true, `u${index}`),
        ),
        ...spec,
      }),
    );

  it.each([
    ['low', 0, 'met'],
    ['low', 1, 'not_met'],
    ['moderate', 2, 'met'],
    ['moderate', 3, 'not_met'],
    ['high', 11, 'met'],
    ['high', 12, 'not_met'],
  ] as const)('%s risk, %d tests in the last 12 months + 1 requested -> %s', (risk, tests, status) => {
    expect(criterionStatus(testing(risk, tests), 'udt-frequency-by-risk')).toBe(status);
  });

  it('allows a second test in the first year of opioid treatment at low risk', () => {
    const firstYear = [med('h', { name: 'Norco 10/325', startDate: '2016-03-01' })];
    expect(criterionStatus(testing('low', 1, { history: firstYear }), 'udt-frequency-by-risk')).toBe('met');
    expect(criterionStatus(testing('low', 2, { history: firstYear }), 'udt-frequency-by-risk')).toBe(
      'not_met',
    );
  });

  it('counts the quantity requested', () => {
    expect(criterionStatus(testing('moderate', 1, { quantity: 2 }), 'udt-frequency-by-risk')).toBe('met');
    expect(criterionStatus(testing('moderate', 1, { quantity: 3 }), 'udt-frequency-by-risk')).toBe('not_met');
  });

  it('sends a screen to the laboratory only when its result surprised', () => {
    const confirm = (consistent: boolean | null, requestedAs: string) =>
      evaluateFirst(
        medicationCase({
          service: 'urine_drug_test',
          history: onOpioids,
          facts: { udtRiskLevel: 'moderate' },
          udts: [udt('2016-12-01', consistent, 'poc')],
          edit: (draft) => {
            const [item] = draft.disputedItems;
            if (item) item.requestedAs = requestedAs;
          },
        }),
      );
    const lab = 'Confirmatory quantitative urine drug testing (LC-MS/MS), DOS 12/1/2016';
    expect(criterionStatus(confirm(true, lab), 'udt-confirmation-for-unexpected')).toBe('not_met');
    expect(confirm(true, lab).recommendation).toBe('uphold');
    expect(criterionStatus(confirm(false, lab), 'udt-confirmation-for-unexpected')).toBe('met');
    expect(criterionStatus(confirm(null, lab), 'udt-confirmation-for-unexpected')).toBe('not_documented');
    // A screen asked for with its confirmation is judged by frequency alone.
    expect(
      criterionStatus(
        confirm(true, 'Urine drug screen (point-of-care with confirmatory testing)'),
        'udt-confirmation-for-unexpected',
      ),
    ).toBe('not_applicable');
  });

  it('needs the risk level only past one test a year, and needs opioid treatment to monitor', () => {
    // The first test in 12 months is within every risk level's number; a second needs the level.
    expect(criterionStatus(testing('', 0), 'udt-frequency-by-risk')).toBe('met');
    expect(criterionStatus(testing('', 1), 'udt-frequency-by-risk')).toBe('not_documented');
    expect(criterionStatus(testing('moderate', 1), 'udt-frequency-by-risk')).toBe('met');
    expect(criterionStatus(testing('low', 0), 'udt-opioid-monitoring')).toBe('met');
  });

  it.each([
    [null, 'not_documented'],
    [false, 'not_met'],
    [true, 'met'],
  ] as const)('with no opioid taken, an opioid being started answered %s -> %s', (starting, status) => {
    // A baseline screen before an opioid trial monitors the opioid to come.
    const noOpioid = testing('low', 0, {
      history: [med('h', { name: 'Naproxen' })],
      facts: { udtRiskLevel: 'low', opioidStarting: starting },
    });
    expect(criterionStatus(noOpioid, 'udt-opioid-monitoring')).toBe(status);
  });

  it('cites the 2016 opioid guideline section, with ODG for the frequency', () => {
    const result = testing('low', 0);
    expect(result.guidelineSet?.id).toBe('mtus-2016-urine-drug-testing');
    // The ODG frequency that carries the overturn is named as the letters name a non-MTUS source.
    expect(result.guidelineLine).toBe(
      'MTUS Opioid Treatment 2016, Section(s): 3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT). Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain, Urine drug testing (frequency by risk)',
    );
    expect(criterionResult(result, 'udt-frequency-by-risk')?.citation).toEqual({
      guideline: 'Official Disability Guidelines (ODG) Pain',
      edition: 'non-MTUS',
      section: 'Urine drug testing (frequency by risk)',
    });
  });
});
