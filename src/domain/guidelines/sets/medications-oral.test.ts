import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '../../case/case-schema';
import { addDays } from '../../dates/dates';
import { answer } from '../../evaluator/case-builders';
import { criterionResult, criterionStatus } from '../../evaluator/evaluation-queries';
import {
  evaluateFirst,
  type MedicationCaseSpec,
  med,
  medicationCase,
  otherDrugItem,
} from './medications-test-support';

/** A judgment the records settle is met and computed; otherwise it awaits the reviewer's answer. */
function expectSettledOrAwaited(
  result: ReturnType<typeof evaluateFirst>,
  criterionId: string,
  status: 'met' | 'not_documented',
) {
  expect(criterionStatus(result, criterionId)).toBe(status);
  expect(criterionResult(result, criterionId)?.source).toBe(status === 'met' ? 'computed' : 'unanswered');
}

/** The case's diagnoses, as the reviewer typed them. */
const withDiagnoses = (texts: string[]) => (draft: CaseDraft) => {
  draft.injury.diagnoses = texts.map((text, index) => ({ id: `dx-${index}`, text, icd10: '' }));
};

const CYCLOBENZAPRINE_TID = {
  name: 'Cyclobenzaprine',
  strength: '7.5 mg',
  dose: '1 tablet',
  frequency: 'three times a day',
};

describe('muscle relaxants: short-term only (cyclobenzaprine up to 3 weeks, others less than 3 weeks)', () => {
  // Request 12/01/2016; 1 tablet three times a day.
  const course = (daysSoFar: number, quantity: number, spec: Partial<MedicationCaseSpec> = {}) => {
    const start = addDays('2016-12-01', -daysSoFar) ?? '';
    return evaluateFirst(
      medicationCase({
        service: 'muscle_relaxant',
        medication: {
          ...CYCLOBENZAPRINE_TID,
          quantity,
          startDate: start,
        },
        ...spec,
      }),
    );
  };

  it.each([
    [0, 42, 'met'], // 2 weeks requested
    [0, 63, 'met'], // 3 weeks
    [0, 66, 'not_met'], // 22 days
    [7, 42, 'met'], // 7 + 14 = 3 weeks
    [14, 24, 'not_met'], // 14 + 8 = 22 days
    [21, 0, 'met'], // 3 weeks so far, nothing more
    [22, 3, 'not_met'], // already past 3 weeks
  ] as const)('cyclobenzaprine: %d days so far + #%d (three a day) -> %s', (soFar, quantity, status) => {
    const result = course(soFar, quantity);
    expect(criterionStatus(result, 'mr-short-term-2016')).toBe(status);
  });

  it('allows cyclobenzaprine "no longer than 2-3 weeks" but other relaxants "less than 3 weeks"', () => {
    // Acute low back spasm: 7.5 mg three times a day, #63, a 3-week supply with no earlier use.
    const threeWeeks = course(0, 63);
    expect(criterionStatus(threeWeeks, 'mr-short-term-2016')).toBe('met');
    expect(criterionResult(threeWeeks, 'mr-short-term-2016')?.citation.section).toBe(
      'Cyclobenzaprine (Flexeril)',
    );
    const methocarbamol = evaluateFirst(
      medicationCase({
        service: 'muscle_relaxant',
        medication: {
          name: 'Methocarbamol',
          strength: '750 mg',
          dose: '1 tablet',
          frequency: 'three times a day',
          quantity: 63,
          startDate: '2016-12-01',
        },
      }),
    );
    expect(criterionStatus(methocarbamol, 'mr-short-term-2016')).toBe('not_met');
  });

  it('is not met when the time already taken exceeds the limit, even without a quantity', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'muscle_relaxant',
        medication: { name: 'Flexeril', strength: '10 mg', startDate: '2016-10-31' },
      }),
    );
    expect(criterionStatus(result, 'mr-short-term-2016')).toBe('not_met');
    expect(criterionResult(result, 'mr-short-term-2016')?.evidence).toContain(
      'On the drug 31 days (4.4 weeks) from 10/31/2016 to 12/01/2016',
    );
  });

  it('is not documented when the supply is unknown and the time so far is within the limit', () => {
    const result = evaluateFirst(
      medicationCase({ service: 'muscle_relaxant', medication: { name: 'Methocarbamol 750 mg' } }),
    );
    expect(criterionStatus(result, 'mr-short-term-2016')).toBe('not_documented');
  });

  it('cites the cyclobenzaprine section for cyclobenzaprine and the general section otherwise', () => {
    expect(criterionResult(course(0, 42), 'mr-short-term-2016')?.citation.section).toBe(
      'Cyclobenzaprine (Flexeril)',
    );
    const other = evaluateFirst(
      medicationCase({
        service: 'muscle_relaxant',
        medication: { name: 'Robaxin', quantity: 30, daysSupply: 10 },
      }),
    );
    expect(criterionResult(other, 'mr-short-term-2016')?.citation.section).toBe(
      'Muscle relaxants (for pain)',
    );
    expect(course(0, 42, { requestDate: '2015-06-01' }).guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Muscle relaxants (for pain), Cyclobenzaprine (Flexeril), Page(s): 63-66, 41-42',
    );
  });

  it('does not recommend carisoprodol, and asks a reason for a compounded kit', () => {
    const soma = evaluateFirst(
      medicationCase({ service: 'muscle_relaxant', medication: { name: 'Soma 350 mg' } }),
    );
    expect(criterionStatus(soma, 'mr-carisoprodol-not-recommended')).toBe('not_met');
    const flexeril = evaluateFirst(
      medicationCase({ service: 'muscle_relaxant', medication: { name: 'Flexeril' } }),
    );
    expect(criterionStatus(flexeril, 'mr-carisoprodol-not-recommended')).toBe('not_applicable');
    expect(criterionStatus(flexeril, 'standard-form-reason')).toBe('not_applicable');
    const kit = evaluateFirst(
      medicationCase({ service: 'muscle_relaxant', medication: { name: 'Tabradol' } }),
    );
    expect(criterionStatus(kit, 'standard-form-reason')).toBe('not_documented');
  });

  it('judges baclofen on spasticity, not on a short course for an acute back (CM16-0233904)', () => {
    const baclofen = (criteria = {}, startDate = '2016-01-04') =>
      evaluateFirst(
        medicationCase({
          service: 'muscle_relaxant',
          medication: { name: 'Baclofen', strength: '10 mg', dose: '1 tab', frequency: 'TID', quantity: 90 },
          history: [med('h-baclofen', { name: 'Baclofen', strength: '10 mg', startDate })],
          criteria,
        }),
      );
    const unanswered = baclofen();
    expect(criterionStatus(unanswered, 'mr-baclofen-spasticity')).toBe('not_documented');
    expect(criterionStatus(unanswered, 'mr-second-line-acute')).toBe('not_applicable');
    expect(criterionStatus(unanswered, 'mr-short-term-2016')).toBe('not_applicable');
    expect(unanswered.recommendation).toBe('uphold');
    const spasticity = baclofen({ 'mr-baclofen-spasticity': answer('met') });
    expect(spasticity.recommendation).toBe('overturn');
    expect(baclofen({ 'mr-baclofen-spasticity': answer('not_met') }).drivingCriteria).toEqual([
      'mr-baclofen-spasticity',
    ]);
    // A spinal cord injury, multiple sclerosis or trigeminal neuralgia in the diagnoses settles it;
    // the reviewer can still say no.
    const withCause = (diagnoses: string[], criteria = {}) =>
      evaluateFirst(
        medicationCase({
          service: 'muscle_relaxant',
          medication: { name: 'Baclofen', strength: '10 mg', dose: '1 tab', frequency: 'TID', quantity: 90 },
          history: [med('h-baclofen', { name: 'Baclofen', strength: '10 mg', startDate: '2016-01-04' })],
          criteria,
          edit: withDiagnoses(diagnoses),
        }),
      );
    const cord = withCause(['Incomplete T10 spinal cord injury (ASIA D)', 'Spasticity of both legs']);
    expect(criterionStatus(cord, 'mr-baclofen-spasticity')).toBe('met');
    expect(cord.recommendation).toBe('overturn');
    expect(criterionStatus(withCause(['Multiple sclerosis']), 'mr-baclofen-spasticity')).toBe('met');
    expect(
      criterionStatus(withCause(['Lumbar strain', 'No spinal cord injury']), 'mr-baclofen-spasticity'),
    ).toBe('not_documented');
    expect(withCause(['Paraplegia'], { 'mr-baclofen-spasticity': answer('not_met') }).recommendation).toBe(
      'uphold',
    );
    // Any other muscle relaxant, or one the reference does not know, keeps the back-pain rules.
    for (const name of ['Flexeril', 'Zyxolax']) {
      const other = evaluateFirst(medicationCase({ service: 'muscle_relaxant', medication: { name } }));
      expect(criterionStatus(other, 'mr-baclofen-spasticity'), name).toBe('not_applicable');
      expect(criterionStatus(other, 'mr-second-line-acute'), name).toBe('not_documented');
    }
  });
});

describe('muscle relaxants: an acute back spasm in the diagnoses settles the indication', () => {
  // Cyclobenzaprine 7.5 mg three times a day, #30 (10 days), requested 12/01/2016.
  const cyclobenzaprine = (diagnoses: string[], dateOfInjury: string, criteria = {}) =>
    evaluateFirst(
      medicationCase({
        service: 'muscle_relaxant',
        medication: { ...CYCLOBENZAPRINE_TID, quantity: 30 },
        dateOfInjury,
        criteria,
        history: [med('h1', { name: 'Naproxen 550 mg' })],
        edit: withDiagnoses(diagnoses),
      }),
    );

  it.each([
    [
      'a back spasm 4 weeks after the injury',
      ['Lumbar sprain/strain', 'Lumbar paraspinal muscle spasm'],
      '2016-11-03',
      'met',
    ],
    [
      '"acute lumbar strain with paraspinal muscle spasm"',
      ['Acute lumbar strain with paraspinal muscle spasm'],
      '2016-11-25',
      'met',
    ],
    [
      'a flare with spasm years after the injury',
      ['Chronic low back pain; acute exacerbation with lumbar paraspinal muscle spasm'],
      '2015-02-03',
      'met',
    ],
    [
      'a back spasm named in a chronic case',
      ['Chronic lumbar strain', 'Lumbar muscle spasm'],
      '2014-03-11',
      'not_documented',
    ],
    ['a strain without a spasm', ['Acute lumbar strain'], '2016-11-25', 'not_documented'],
    ['a spasm of the neck early on', ['Cervical paraspinal muscle spasm'], '2016-11-25', 'met'],
    ['a spasm of the neck years on', ['Cervical paraspinal muscle spasm'], '2014-03-11', 'not_documented'],
    ['a hip strain', ['Left hip strain'], '2016-11-25', 'not_documented'],
  ] as const)('%s: %j, injured %s -> %s', (_case, diagnoses, dateOfInjury, status) => {
    expectSettledOrAwaited(cyclobenzaprine([...diagnoses], dateOfInjury), 'mr-second-line-acute', status);
  });

  it('overturns a short course for an acute back spasm, and the reviewer can still say no', () => {
    const spasm = ['Lumbar paraspinal muscle spasm'];
    expect(cyclobenzaprine(spasm, '2016-11-03').recommendation).toBe('overturn');
    const answered = cyclobenzaprine(spasm, '2016-11-03', { 'mr-second-line-acute': answer('not_met') });
    expect(criterionResult(answered, 'mr-second-line-acute')?.source).toBe('reviewer');
    expect(answered.recommendation).toBe('uphold');
  });
});

describe('benzodiazepines: no more than 4 weeks', () => {
  const course = (startDate: string, quantity: number, requestDate = '2016-12-01') =>
    evaluateFirst(
      medicationCase({
        service: 'benzodiazepine',
        requestDate,
        medication: {
          name: 'Alprazolam',
          strength: '0.5 mg',
          dose: '1 tablet',
          frequency: 'daily',
          quantity,
          startDate,
        },
      }),
    );

  it.each([
    ['2016-12-01', 28, 'met'], // 4 weeks
    ['2016-12-01', 35, 'not_met'], // 5 weeks
    ['2016-11-03', 0, 'met'], // 28 days so far, nothing more
    ['2016-11-24', 21, 'met'], // 7 + 21
    ['2016-11-24', 22, 'not_met'],
  ] as const)('start %s, #%d once a day -> %s', (start, quantity, status) => {
    const id = 'bz-short-term';
    expect(criterionStatus(course(start, quantity), id)).toBe(status);
  });

  it('applies the same rule in the 2009 edition, cited by page', () => {
    const result = course('2015-05-01', 35, '2015-05-01');
    expect(result.guidelineSet?.id).toBe('cpmtg-2009-benzodiazepines');
    expect(criterionStatus(result, 'bz-short-term')).toBe('not_met');
    // Neither path met: the line cites both, the short course and the taper (Weaning of medications).
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Benzodiazepines, Weaning of medications, Page(s): 24, 124',
    );
  });

  it('a step of a documented taper after long-term use is the other path', () => {
    const taper = evaluateFirst(
      medicationCase({
        service: 'benzodiazepine',
        medication: { name: 'Lorazepam', strength: '0.5 mg', quantity: 30, startDate: '2014-01-01' },
        facts: { taperStepRequested: true },
      }),
    );
    expect(criterionStatus(taper, 'bz-short-term')).toBe('not_met');
    expect(criterionStatus(taper, 'bz-taper-step')).toBe('met');
    expect(taper.recommendation).toBe('overturn');
  });
});

describe('NSAIDs', () => {
  it('upholds a second NSAID on top of a current one', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'nsaid',
        medication: { name: 'Diclofenac ER', strength: '100 mg', quantity: 60 },
        history: [med('h1', { name: 'Mobic' })],
        criteria: { 'nsaid-indication': answer('met') },
      }),
    );
    expect(criterionStatus(result, 'nsaid-no-second-nsaid')).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
  });

  it('needs documented pain relief to continue, and counts function as advisory', () => {
    const spec = (analgesia: boolean | null) =>
      medicationCase({
        service: 'nsaid',
        medication: { name: 'Naproxen', strength: '550 mg', dose: '1 tablet', frequency: 'twice a day' },
        history: [med('h1', { name: 'Naproxen 550 mg' }), med('h2', { name: 'Ambien' })],
        facts: { analgesiaDocumented: analgesia },
        criteria: { 'nsaid-indication': answer('met') },
      });
    const relieved = evaluateFirst(spec(true));
    expect(criterionStatus(relieved, 'nsaid-function')).toBe('not_documented');
    expect(relieved.recommendation).toBe('overturn');
    expect(evaluateFirst(spec(null)).recommendation).toBe('uphold');
  });

  describe('the indication is read from the diagnoses where they show a use, else left to the reviewer', () => {
    // A new naproxen prescription requested 12/01/2016.
    const naproxen = (diagnoses: string[], dateOfInjury: string, criteria = {}) =>
      evaluateFirst(
        medicationCase({
          service: 'nsaid',
          medication: { name: 'Naproxen', strength: '550 mg', dose: '1 tablet', frequency: 'twice a day' },
          dateOfInjury,
          criteria,
          // Current medications listed (no other NSAID), so only the indication can stand in the way.
          history: [med('h1', { name: 'Ambien' })],
          edit: withDiagnoses(diagnoses),
        }),
      );

    it.each([
      ['knee osteoarthritis, years after the injury', ['Right knee osteoarthritis'], '2012-05-01', 'met'],
      [
        'a lumbar strain 7 weeks after the injury',
        ['Lumbar strain', 'Blunt head trauma'],
        '2016-10-14',
        'met',
      ],
      ['a lumbar strain 2 months and 30 days after it', ['Lumbar sprain/strain'], '2016-09-02', 'met'],
      [
        'a lumbar strain 3 months after it (chronic)',
        ['Lumbar sprain/strain'],
        '2016-09-01',
        'not_documented',
      ],
      ['a radiculopathy, not mechanical back pain', ['Lumbar radiculopathy'], '2016-10-14', 'not_documented'],
      // A sprain or strain elsewhere: anti-inflammatories are first line to let activity resume, short term.
      ['a neck strain 7 weeks after the injury', ['Cervical strain'], '2016-10-14', 'met'],
      ['a wrist sprain 3 months after it', ['Left wrist sprain'], '2016-09-01', 'not_documented'],
      [
        'a wrist fracture, not a soft-tissue injury',
        ['Left distal radius fracture'],
        '2016-10-14',
        'not_documented',
      ],
      ['no diagnosis entered', [], '2016-10-14', 'not_documented'],
    ] as const)('%s: %j, injured %s -> %s', (_case, diagnoses, dateOfInjury, status) => {
      expectSettledOrAwaited(naproxen([...diagnoses], dateOfInjury), 'nsaid-indication', status);
    });

    it("says which diagnosis settled it, and that the answer is still the reviewer's", () => {
      const evidence = criterionResult(
        naproxen(['Lumbar strain'], '2016-10-14'),
        'nsaid-indication',
      )?.evidence;
      expect(evidence).toContain('back pain (a strain, sprain or pain of the back) ("Lumbar strain")');
      expect(evidence).toContain('Read from the records until the reviewer answers.');
    });

    it("the reviewer's answer replaces the reading either way", () => {
      const arthritis = ['Right knee osteoarthritis'];
      const notMet = naproxen(arthritis, '2012-05-01', { 'nsaid-indication': answer('not_met') });
      expect(criterionStatus(notMet, 'nsaid-indication')).toBe('not_met');
      expect(criterionResult(notMet, 'nsaid-indication')?.source).toBe('reviewer');
      expect(notMet.recommendation).toBe('uphold');
      const chronic = naproxen(['Lumbar strain'], '2015-01-01', { 'nsaid-indication': answer('met') });
      expect(criterionStatus(chronic, 'nsaid-indication')).toBe('met');
      expect(criterionResult(chronic, 'nsaid-indication')?.source).toBe('reviewer');
    });

    it('chronic back pain is settled by the records only with relief and better function on the drug', () => {
      const refill = (facts: Record<string, boolean>) =>
        evaluateFirst(
          medicationCase({
            service: 'nsaid',
            medication: { name: 'Naproxen', strength: '550 mg', dose: '1 tablet', frequency: 'twice a day' },
            dateOfInjury: '2014-01-01',
            facts,
            history: [med('h1', { name: 'Ambien' })],
            edit: withDiagnoses(['Lumbar sprain/strain']),
          }),
        );
      const working = refill({ analgesiaDocumented: true, adlsDocumented: true });
      expect(criterionStatus(working, 'nsaid-indication')).toBe('met');
      expect(criterionResult(working, 'nsaid-indication')?.evidence).toContain(
        'Read from the records until the reviewer answers.',
      );
      expect(working.recommendation).toBe('overturn');
      expect(criterionStatus(refill({ analgesiaDocumented: true }), 'nsaid-indication')).toBe(
        'not_documented',
      );
      expect(criterionStatus(refill({ adlsDocumented: true }), 'nsaid-indication')).toBe('not_documented');
    });

    it('a new prescription for an acute lumbar strain is overturned with no answer needed', () => {
      expect(naproxen(['Lumbar strain'], '2016-10-14').recommendation).toBe('overturn');
      expect(naproxen(['Lumbar strain'], '2016-01-04').recommendation).toBe('uphold');
    });
  });

  it('does not ask for efficacy on a new prescription', () => {
    const result = evaluateFirst(
      medicationCase({ service: 'nsaid', medication: { name: 'Ibuprofen 800 mg' } }),
    );
    expect(criterionStatus(result, 'nsaid-efficacy')).toBe('not_applicable');
  });
});

describe('PPIs and H2 blockers with NSAIDs', () => {
  const ppi = (spec: Partial<MedicationCaseSpec>) =>
    evaluateFirst(medicationCase({ service: 'ppi_h2', medication: { name: 'Omeprazole 20 mg' }, ...spec }));

  it('needs an NSAID taken with it', () => {
    expect(criterionStatus(ppi({ history: [med('h', { name: 'Ambien' })] }), 'ppi-concurrent-nsaid')).toBe(
      'not_met',
    );
    expect(criterionStatus(ppi({}), 'ppi-concurrent-nsaid')).toBe('not_documented');
    expect(
      criterionStatus(
        ppi({ otherItems: [otherDrugItem('nsaid', { name: 'Meloxicam', strength: '15 mg' })] }),
        'ppi-concurrent-nsaid',
      ),
    ).toBe('met');
  });

  it('has no concurrent NSAID in one requested with no strength: this review upholds it as incomplete', () => {
    // Cross-cutting rule 10 (CM17-0012593) upholds the NSAID; an NSAID this review upholds is not one
    // the worker takes, so the PPI falls with it (CM16-0249170).
    const result = ppi({ otherItems: [otherDrugItem('nsaid', { name: 'Celebrex' })] });
    expect(criterionStatus(result, 'ppi-concurrent-nsaid')).toBe('not_met');
  });

  it.each([
    [65, 'not_met'],
    [66, 'met'],
  ] as const)('age %d with no other GI risk -> %s', (age, status) => {
    const result = ppi({
      history: [med('h', { name: 'Naproxen' })],
      facts: { giRiskFactors: false, nsaidDyspepsia: false },
      edit: (draft) => {
        draft.patient.age = age;
      },
    });
    expect(criterionStatus(result, 'ppi-gi-risk')).toBe(status);
  });

  it('states the GI risk alternatives once, with the age found, never as if each were required (CM16-0248698)', () => {
    const result = ppi({
      history: [med('h', { name: 'Naproxen' })],
      facts: { giRiskFactors: false, nsaidDyspepsia: false },
      edit: (draft) => {
        draft.patient.age = 39;
      },
    });
    const evidence = criterionResult(result, 'ppi-gi-risk')?.evidence;
    expect(evidence).toBe(
      'Age 39; GI risk factor (ulcer, bleeding or perforation history; aspirin, corticosteroid or anticoagulant; high-dose NSAID): no; no aspirin, corticosteroid or anticoagulant in the medications; one NSAID or none; dyspepsia or GI symptoms from the NSAID: no; none of the alternatives the guideline accepts is documented (an age over 65; a GI risk factor (ulcer, bleeding, aspirin, steroid, anticoagulant); aspirin, a corticosteroid or an anticoagulant taken; more than one NSAID; dyspepsia from the NSAID).',
    );
    expect(evidence).not.toContain('the guideline requires');
  });

  it('counts two NSAIDs or NSAID dyspepsia as GI risk, and is not documented when nothing is recorded', () => {
    const two = ppi({ history: [med('a', { name: 'Naproxen' }), med('b', { name: 'Mobic' })] });
    expect(criterionStatus(two, 'ppi-gi-risk')).toBe('met');
    const dyspepsia = ppi({ history: [med('a', { name: 'Naproxen' })], facts: { nsaidDyspepsia: true } });
    expect(criterionStatus(dyspepsia, 'ppi-gi-risk')).toBe('met');
    expect(criterionStatus(ppi({ history: [med('a', { name: 'Naproxen' })] }), 'ppi-gi-risk')).toBe(
      'not_documented',
    );
  });

  it('reads aspirin, a corticosteroid or an anticoagulant in the medications as GI risk, without the reviewer answering', () => {
    const onWarfarin = ppi({ history: [med('a', { name: 'Naproxen' }), med('w', { name: 'Coumadin' })] });
    expect(criterionStatus(onWarfarin, 'ppi-gi-risk')).toBe('met');
    expect(criterionResult(onWarfarin, 'ppi-gi-risk')?.evidence).toContain(
      'Taken with it: Coumadin (treatment history)',
    );
    for (const name of ['Aspirin 81 mg', 'Medrol Dosepak', 'Eliquis', 'Plavix'])
      expect(
        criterionStatus(
          ppi({ history: [med('a', { name: 'Naproxen' }), med('x', { name })] }),
          'ppi-gi-risk',
        ),
        name,
      ).toBe('met');
    // Stopped before the request: not taken with the NSAID.
    const stopped = ppi({
      history: [med('a', { name: 'Naproxen' }), med('p', { name: 'Prednisone', stopDate: '2016-01-01' })],
    });
    expect(criterionStatus(stopped, 'ppi-gi-risk')).toBe('not_documented');
  });

  it('counts one NSAID once when it is both in the history and requested (not "more than one NSAID")', () => {
    const result = ppi({
      history: [med('h', { name: 'Naproxen 550 mg' })],
      otherItems: [otherDrugItem('nsaid', { name: 'Naproxen 550 mg' })],
      facts: { giRiskFactors: false, nsaidDyspepsia: false },
      edit: (draft) => {
        draft.patient.age = 40;
      },
    });
    expect(criterionStatus(result, 'ppi-gi-risk')).toBe('not_met');
    expect(criterionResult(result, 'ppi-gi-risk')?.evidence).toContain('one NSAID or none');
  });

  it('overturns an NSAID user at GI risk, and upholds a second PPI', () => {
    const atRisk = ppi({ history: [med('a', { name: 'Naproxen' })], facts: { giRiskFactors: true } });
    expect(atRisk.recommendation).toBe('overturn');
    expect(atRisk.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs, GI symptoms & cardiovascular risk',
    );
    const second = ppi({
      history: [med('a', { name: 'Naproxen' }), med('b', { name: 'Protonix' })],
      facts: { giRiskFactors: true },
    });
    expect(criterionStatus(second, 'ppi-no-duplicate')).toBe('not_met');
  });
});

describe('antiepilepsy drugs for neuropathic pain', () => {
  const aed = (spec: Partial<MedicationCaseSpec>) =>
    evaluateFirst(
      medicationCase({ service: 'anticonvulsant', medication: { name: 'Gabapentin 300 mg' }, ...spec }),
    );
  const continuing = [med('h', { name: 'Neurontin', startDate: '2016-08-01' })];

  it.each([
    [29, 'not_met'],
    [30, 'met'],
    [50, 'met'],
  ] as const)('continued use with %d%% less pain -> %s', (percent, status) => {
    const result = aed({ history: continuing, facts: { neuropathicPain: true, painReliefPercent: percent } });
    expect(criterionStatus(result, 'aed-response-30')).toBe(status);
  });

  it('does not ask for a response on a first prescription, and needs neuropathic pain', () => {
    const first = aed({ facts: { neuropathicPain: true } });
    expect(criterionStatus(first, 'aed-response-30')).toBe('not_applicable');
    expect(first.recommendation).toBe('overturn');
    expect(aed({ facts: { neuropathicPain: false } }).recommendation).toBe('uphold');
  });

  it('judges another anti-epilepsy drug by the class rule: neuropathic pain', () => {
    const tegretol = (neuropathicPain: boolean) =>
      aed({ medication: { name: 'Tegretol', strength: '200 mg' }, facts: { neuropathicPain } });
    expect(tegretol(true).guidelineSet?.id).toBe('cpmtg-2016-antiepilepsy-drugs');
    expect(criterionResult(tegretol(true), 'aed-indication-2016')?.citation.section).not.toBe(
      'Gabapentin (Neurontin)',
    );
    expect(tegretol(true).recommendation).toBe('overturn');
    expect(tegretol(false).recommendation).toBe('uphold');
  });

  it('cites the gabapentin section for gabapentin and needs a reason for a suspension kit', () => {
    const kit = aed({
      medication: { name: 'Fanatrex', strength: '25 mg/ml' },
      facts: { neuropathicPain: true },
    });
    expect(criterionResult(kit, 'aed-indication-2016')?.citation.section).toBe('Gabapentin (Neurontin)');
    expect(criterionStatus(kit, 'standard-form-reason')).toBe('not_documented');
    expect(kit.recommendation).toBe('uphold');
  });
});

describe('antidepressants in both editions; sleep aids by the 2016 section, and by ODG Pain before it', () => {
  it('antidepressants: benefit documented for continued use', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'antidepressant',
        medication: { name: 'Cymbalta 60 mg' },
        history: [med('h', { name: 'Duloxetine', startDate: '2016-05-01' })],
        facts: { adlsDocumented: true },
        criteria: { 'ad-chronic-pain-use': answer('met') },
      }),
    );
    expect(criterionStatus(result, 'ad-benefit')).toBe('met');
    expect(result.recommendation).toBe('overturn');
  });

  it('antidepressants: neuropathic pain, where they are first-line, settles the use until the reviewer answers', () => {
    const refill = (facts: Record<string, boolean>, criteria = {}, diagnoses: string[] = []) =>
      evaluateFirst(
        medicationCase({
          service: 'antidepressant',
          medication: { name: 'Cymbalta 60 mg' },
          history: [med('h', { name: 'Duloxetine', startDate: '2017-02-01' })],
          facts,
          criteria,
          edit: withDiagnoses(diagnoses),
        }),
      );
    const neuropathic = refill({ neuropathicPain: true, analgesiaDocumented: true });
    expect(criterionStatus(neuropathic, 'ad-chronic-pain-use')).toBe('met');
    expect(neuropathic.recommendation).toBe('overturn');
    expect(
      criterionStatus(refill({ neuropathicPain: false, analgesiaDocumented: true }), 'ad-chronic-pain-use'),
    ).toBe('not_documented');
    // A depressive or anxiety disorder diagnosed beside the pain settles it too.
    const depressed = refill({ neuropathicPain: false, analgesiaDocumented: true }, {}, [
      'Chronic low back pain',
      'Depressive disorder secondary to chronic pain',
    ]);
    expect(criterionStatus(depressed, 'ad-chronic-pain-use')).toBe('met');
    expect(
      criterionStatus(
        refill(
          { neuropathicPain: true, analgesiaDocumented: true },
          { 'ad-chronic-pain-use': answer('not_met') },
        ),
        'ad-chronic-pain-use',
      ),
    ).toBe('not_met');
  });

  it('sleep aids: sleep hygiene first, short-term', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'sleep_aid',
        medication: { name: 'Ambien 10 mg' },
        facts: { sleepHygieneTried: false },
      }),
    );
    expect(criterionStatus(result, 'sl-sleep-hygiene-first')).toBe('not_met');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Insomnia treatment',
    );
  });

  it('sleep aids: a whole course of 6 weeks or less settles short-term use; a longer one waits', () => {
    const zolpidem = (quantity: number, history: ReturnType<typeof med>[] = [], criteria = {}) =>
      evaluateFirst(
        medicationCase({
          service: 'sleep_aid',
          medication: {
            name: 'Zolpidem',
            strength: '5 mg',
            dose: '1 tab',
            frequency: 'at bedtime',
            quantity,
          },
          facts: { sleepHygieneTried: true },
          history,
          criteria,
        }),
      );
    const first = zolpidem(10);
    expect(criterionStatus(first, 'sl-short-term')).toBe('met');
    expect(first.recommendation).toBe('overturn');
    // Taken since the summer: the course is long, the reviewer decides.
    const chronic = zolpidem(30, [med('h-zolpidem', { name: 'Zolpidem 5 mg', startDate: '2016-06-01' })]);
    expect(criterionStatus(chronic, 'sl-short-term')).toBe('not_documented');
    expect(chronic.recommendation).toBe('uphold');
    expect(zolpidem(10, [], { 'sl-short-term': answer('not_met') }).recommendation).toBe('uphold');
  });

  it('a sedating antidepressant for sleep: an option where depression or anxiety coexists (ODG)', () => {
    const trazodone = (diagnosis: string) =>
      evaluateFirst(
        medicationCase({
          service: 'sleep_aid',
          medication: { name: 'Trazodone 50 mg' },
          quantity: 30,
          edit: (draft) => {
            draft.injury.diagnoses = [{ id: 'd1', text: diagnosis, icd10: '' }];
          },
        }),
      );
    const depressed = trazodone('major depressive disorder, single episode, moderate');
    expect(criterionStatus(depressed, 'sl-coexisting-mood-disorder')).toBe('met');
    expect(depressed.recommendation).toBe('overturn');
    expect(depressed.guidelineLine).toMatch(
      /Insomnia treatment\. Decision based on Non-MTUS Citation Official Disability Guidelines \(ODG\) Pain \(Chronic\), Insomnia treatment$/,
    );
    const insomniaOnly = trazodone('insomnia secondary to pain');
    expect(criterionStatus(insomniaOnly, 'sl-coexisting-mood-disorder')).toBe('not_met');
    expect(insomniaOnly.recommendation).toBe('uphold');
    // A hypnotic is not judged on it: the path does not apply.
    const ambien = evaluateFirst(
      medicationCase({ service: 'sleep_aid', medication: { name: 'Ambien 10 mg' }, quantity: 30 }),
    );
    expect(criterionStatus(ambien, 'sl-coexisting-mood-disorder')).toBe('not_applicable');
    expect(ambien.drivingCriteria).not.toContain('sl-coexisting-mood-disorder');
  });

  it('a sleep aid requested in 2015: ODG Pain, Insomnia treatment (the 2009 CPMTG has no section), same rules', () => {
    const ambien = (facts: Record<string, boolean>) =>
      evaluateFirst(
        medicationCase({
          service: 'sleep_aid',
          requestDate: '2015-03-01',
          medication: { name: 'Ambien 10 mg' },
          facts,
          criteria: { 'sl-short-term': answer('met') },
        }),
      );
    const untried = ambien({ sleepHygieneTried: false });
    expect(untried.guidelineSet?.id).toBe('odg-pain-insomnia-2009');
    expect(untried.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Pain (Chronic), Insomnia treatment',
    );
    expect(criterionStatus(untried, 'sl-sleep-hygiene-first')).toBe('not_met');
    expect(untried.recommendation).toBe('uphold');
    expect(ambien({ sleepHygieneTried: true }).recommendation).toBe('overturn');
    // The 2016 section takes over on its effective date.
    expect(
      evaluateFirst(
        medicationCase({
          service: 'sleep_aid',
          requestDate: '2016-07-29',
          medication: { name: 'Ambien 10 mg' },
        }),
      ).guidelineSet?.id,
    ).toBe('cpmtg-2016-sleep-aids');
  });

  it('an antidepressant requested in 2015: the 2009 section (pp. 13-16), unconfirmed, same rules', () => {
    const continued = (facts: Record<string, boolean>) =>
      evaluateFirst(
        medicationCase({
          service: 'antidepressant',
          requestDate: '2015-05-20',
          medication: { name: 'Cymbalta 60 mg' },
          history: [med('h', { name: 'Duloxetine', startDate: '2014-11-01' })],
          facts,
          criteria: { 'ad-chronic-pain-use': answer('met') },
        }),
      );
    const helped = continued({ adlsDocumented: true });
    expect(helped.guidelineSet?.id).toBe('cpmtg-2009-antidepressants');
    expect(helped.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Antidepressants for chronic pain, Page(s): 13-16',
    );
    expect(helped.recommendation).toBe('overturn');
    expect(criterionResult(helped, 'ad-benefit')?.confirmed).toBe(false);
    // Six months on the drug with no benefit in pain or function: upheld.
    const noBenefit = continued({ adlsDocumented: false, analgesiaDocumented: false });
    expect(criterionStatus(noBenefit, 'ad-benefit')).toBe('not_met');
    expect(noBenefit.recommendation).toBe('uphold');
  });
});

describe('the strength requested (cross-cutting rule 10: an incomplete request is upheld)', () => {
  const STRENGTH = 'request-strength-stated';

  it.each([
    ['nsaid', 'Ibuprofen', '800 mg', '2016-12-01'],
    ['nsaid', 'Ibuprofen', '800 mg', '2015-03-02'],
    ['ppi_h2', 'Omeprazole', '20 mg', '2016-12-01'],
    ['ppi_h2', 'Omeprazole', '20 mg', '2015-03-02'],
    ['muscle_relaxant', 'Cyclobenzaprine', '7.5 mg', '2016-12-01'],
    ['muscle_relaxant', 'Cyclobenzaprine', '7.5 mg', '2015-03-02'],
    ['anticonvulsant', 'Gabapentin', '300 mg', '2016-12-01'],
    ['anticonvulsant', 'Gabapentin', '300 mg', '2015-03-02'],
    ['benzodiazepine', 'Alprazolam', '0.5 mg', '2016-12-01'],
    ['benzodiazepine', 'Alprazolam', '0.5 mg', '2015-03-02'],
    ['antidepressant', 'Duloxetine', '60 mg', '2016-12-01'],
    ['sleep_aid', 'Zolpidem', '10 mg', '2016-12-01'],
  ] as const)(
    '%s: %s %s (request %s) is required, and not documented without the strength',
    (service, name, strength, rfa) => {
      // CM17-0012593: a request missing its strength is upheld; IMR cannot complete it (CM16-0237844).
      const blank = evaluateFirst(
        medicationCase({ service, requestDate: rfa, dateOfInjury: '2014-06-02', medication: { name } }),
      );
      expect(blank.path).toBe('mtus');
      expect(criterionResult(blank, STRENGTH)).toMatchObject({
        status: 'not_documented',
        required: true,
        fieldPaths: ['disputedItems.0.medication'],
        wouldMeet: 'A request that states the strength of the drug would meet this criterion.',
      });
      expect(blank.recommendation).toBe('uphold');
      expect(blank.drivingCriteria).toContain(STRENGTH);
      const stated = evaluateFirst(
        medicationCase({
          service,
          requestDate: rfa,
          dateOfInjury: '2014-06-02',
          medication: { name, strength },
        }),
      );
      expect(criterionResult(stated, STRENGTH)).toMatchObject({
        status: 'met',
        evidence: `Strength: ${strength}; the guideline requires a request that states the strength of the drug.`,
      });
    },
  );

  it('reads a strength written in the name, but not a bare number there', () => {
    const named = (name: string) =>
      criterionStatus(evaluateFirst(medicationCase({ service: 'nsaid', medication: { name } })), STRENGTH);
    expect(named('Naproxen 550 mg')).toBe('met');
    expect(named('Naproxen sodium 550mg tablets #60')).toBe('met');
    // "550" alone may be a product number or a count: the reviewer enters the strength.
    expect(named('Naproxen 550')).toBe('not_documented');
    expect(named('Naproxen #60')).toBe('not_documented');
  });

  it('does not count "unknown" in the strength field as a strength', () => {
    const result = evaluateFirst(
      medicationCase({ service: 'nsaid', medication: { name: 'Naproxen', strength: 'unknown' } }),
    );
    expect(criterionStatus(result, STRENGTH)).toBe('not_documented');
  });
});
