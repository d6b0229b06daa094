import { describe, expect, it } from 'vitest';
import { answer, type ItemSpec } from '../../evaluator/case-builders';
import { criterionResult } from '../../evaluator/evaluation-queries';
import { draftRationale } from '../../letter/draft-rationale';
import { draftFor, failing, run, statusOf, withItem } from './procedure-test-support';

/** Suspected radiculopathy, equivocal exam, 4 weeks of failed care: needle EMG only. */
const RADICULOPATHY: ItemSpec['facts'] = {
  radicularSymptoms: true,
  neuroDeficit: false,
  conservativeCareWeeks: 4,
  conservativeCareFailed: true,
  includesNcs: false,
  priorStudySameRegion: false,
};

const edx = (bodyPart: string, facts: ItemSpec['facts'] = {}, rfa = '2016-12-01') =>
  run({
    service: 'emg_ncs',
    item: withItem({ bodyPart, quantity: 1, facts: RADICULOPATHY }, { facts }),
    doi: '2016-06-01',
    rfa,
  });

describe('electrodiagnostic sets by region and date', () => {
  it.each([
    ['lumbar spine, right lower extremity', '2016-12-01', 'acoem-2004-low-back-electrodiagnostics'],
    ['cervical', '2012-06-01', 'acoem-2004-neck-electrodiagnostics'],
    ['bilateral upper extremities', '2016-12-01', 'cpmtg-2016-electrodiagnostics'],
    ['bilateral upper extremities', '2016-07-29', 'cpmtg-2016-electrodiagnostics'],
    // The arms before the 2016 section: the neck chapter, for the cervical root the study seeks.
    ['bilateral upper extremities', '2016-07-28', 'acoem-2004-neck-electrodiagnostics-arms'],
    ['right arm', '2014-05-06', 'acoem-2004-neck-electrodiagnostics-arms'],
    ['cervical spine and right upper extremity', '2014-05-06', 'acoem-2004-neck-electrodiagnostics'],
    ['lumbar', '2017-12-01', null],
    // The legs before the 2016 section: the low back chapter, for the lumbar root the study seeks.
    ['bilateral lower extremities', '2016-04-12', 'acoem-2004-low-back-electrodiagnostics-legs'],
    ['right leg', '2015-06-01', 'acoem-2004-low-back-electrodiagnostics-legs'],
    ['bilateral lower extremities', '2016-07-29', 'cpmtg-2016-electrodiagnostics'],
    ['lumbar spine, right lower extremity', '2016-04-12', 'acoem-2004-low-back-electrodiagnostics'],
  ] as const)('%s requested %s -> %s', (bodyPart, rfa, setId) => {
    expect(edx(bodyPart, {}, rfa).guidelineSet?.id ?? null).toBe(setId);
  });

  it('judges leg studies before 07/29/2016 with the low back chapter: obvious radiculopathy needs none', () => {
    const obvious = edx('bilateral lower extremities', { neuroDeficit: true }, '2016-04-12');
    expect(obvious.guidelineLine).toBe('MTUS Low Back Complaints 2004, Section(s): Special Studies');
    expect(statusOf(obvious, 'edx-radiculopathy-not-obvious')).toBe('not_met');
    expect(obvious.recommendation).toBe('uphold');
    expect(edx('bilateral lower extremities', {}, '2016-04-12').recommendation).toBe('overturn');
  });

  it('judges arm studies before 07/29/2016 with the neck chapter, entrapment path included, as 2016 does', () => {
    const CARPAL_TUNNEL = {
      radicularSymptoms: false,
      entrapmentSuspected: true,
      surgeryConsidered: true,
      includesNcs: true,
    };
    const before = edx('bilateral upper extremities', CARPAL_TUNNEL, '2014-05-06');
    expect(before.guidelineLine).toBe(
      'MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies',
    );
    expect(statusOf(before, 'edx-entrapment-surgical-candidate')).toBe('met');
    // The EMG beside the nerve conduction study needs a suspected radiculopathy, in both periods.
    expect(failing(before)).toContain('edx-emg-not-for-entrapment-alone');
    expect(before.recommendation).toBe('uphold');
    expect(failing(edx('bilateral upper extremities', CARPAL_TUNNEL, '2016-12-01'))).toEqual(failing(before));
    const obvious = edx('bilateral upper extremities', { neuroDeficit: true }, '2014-05-06');
    expect(statusOf(obvious, 'edx-radiculopathy-not-obvious')).toBe('not_met');
    expect(edx('bilateral upper extremities', {}, '2014-05-06').recommendation).toBe('overturn');
  });

  it('prints the ACOEM chapter line for the spine and the 2016 CPMTG section otherwise', () => {
    expect(edx('low back').guidelineLine).toBe('MTUS Low Back Complaints 2004, Section(s): Special Studies');
    expect(edx('both arms').guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Electrodiagnostic testing (EMG/NCS)',
    );
  });
});

describe('EMG timing: 1 month of conservative care whichever way the body part is typed', () => {
  // Low back pain radiating to the right leg, equivocal exam, 3 weeks of failed PT and NSAIDs.
  it.each([
    ['lumbar spine, right lower extremity', 'acoem-2004-low-back-electrodiagnostics'],
    ['right lower extremity', 'cpmtg-2016-electrodiagnostics'],
    ['cervical spine', 'acoem-2004-neck-electrodiagnostics'],
  ] as const)('%s after 3 weeks of care -> upheld (%s)', (bodyPart, setId) => {
    const result = edx(bodyPart, { conservativeCareWeeks: 3 });
    expect(result.guidelineSet?.id).toBe(setId);
    expect(statusOf(result, 'edx-conservative-care-1-month')).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
    expect(edx(bodyPart, { conservativeCareWeeks: 4 }).recommendation).toBe('overturn');
  });

  it('cites the chapter for the spine, with the month the letters quote', () => {
    const criterion = criterionResult(edx('low back'), 'edx-conservative-care-1-month');
    expect(criterion?.citation).toEqual({
      guideline: 'MTUS Low Back Complaints',
      edition: '2004',
      section: 'Special Studies',
    });
    expect(criterion?.statement).toContain('more than 3-4 weeks');
  });
});

describe.each([
  ['low back (ACOEM)', 'lumbar'],
  ['extremities (2016 CPMTG)', 'right leg'],
] as const)('EMG for suspected radiculopathy: %s', (_label, bodyPart) => {
  const timingId = 'edx-conservative-care-1-month';
  const weeks = 4;
  it('is overturned on the radiculopathy path', () => {
    const result = edx(bodyPart);
    expect(result.recommendation).toBe('overturn');
    expect(result.decisionPaths?.find((p) => p.id === 'radiculopathy')?.satisfied).toBe(true);
  });

  it.each([
    [weeks, 'met'],
    [weeks - 1, 'not_met'],
  ])('%s weeks of care -> timing %s', (conservativeCareWeeks, expected) => {
    expect(statusOf(edx(bodyPart, { conservativeCareWeeks }), timingId)).toBe(expected);
  });

  it.each([
    [{ neuroDeficit: true }, 'not_met'],
    [{ radicularSymptoms: false }, 'not_met'],
    [{ neuroDeficit: null }, 'not_documented'],
  ] as const)('not needed when radiculopathy is obvious or not suspected: %j -> %s', (facts, expected) => {
    const result = edx(bodyPart, facts);
    expect(statusOf(result, 'edx-radiculopathy-not-obvious')).toBe(expected);
    expect(result.recommendation).toBe('uphold');
  });

  it('is upheld while conservative care is still working', () => {
    const result = edx(bodyPart, { conservativeCareFailed: false });
    expect(statusOf(result, 'edx-conservative-care-failed')).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
  });

  it.each([
    [{ includesNcs: true, entrapmentSuspected: false }, 'not_met', 'uphold'],
    [{ includesNcs: true }, 'not_documented', 'uphold'],
    [{ includesNcs: true, entrapmentSuspected: true }, 'met', 'overturn'],
    [{ includesNcs: false }, 'not_applicable', 'overturn'],
  ] as const)('nerve conduction studies %j -> %s, %s', (facts, status, recommendation) => {
    const result = edx(bodyPart, facts);
    expect(statusOf(result, 'edx-ncs-not-for-radiculopathy')).toBe(status);
    expect(result.recommendation).toBe(recommendation);
  });

  it.each([
    [true, 'not_met', 'uphold'],
    [false, 'met', 'overturn'],
    [null, 'met', 'overturn'],
  ] as const)(
    'imaging already showing the lesion %s -> %s, %s',
    (imagingShowsLesion, status, recommendation) => {
      const result = edx(bodyPart, { imagingShowsLesion });
      expect(statusOf(result, 'edx-lesion-not-shown-on-imaging')).toBe(status);
      expect(result.recommendation).toBe(recommendation);
    },
  );

  it('a repeat study needs a significant change', () => {
    expect(edx(bodyPart, { priorStudySameRegion: true, significantChange: false }).recommendation).toBe(
      'uphold',
    );
    expect(edx(bodyPart, { priorStudySameRegion: true, significantChange: true }).recommendation).toBe(
      'overturn',
    );
  });
});

describe('EDx is not needed when imaging already shows the lesion (CM17-0010006)', () => {
  const RULE = 'edx-lesion-not-shown-on-imaging';

  it.each([
    ['lumbar', { guideline: 'MTUS Low Back Complaints', edition: '2004', section: 'Special Studies' }],
    [
      'neck',
      { guideline: 'MTUS Neck and Upper Back Complaints', edition: '2004', section: 'Special Studies' },
    ],
    [
      'left arm',
      {
        guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
        edition: '2016',
        section: 'Electrodiagnostic testing (EMG/NCS)',
      },
    ],
  ] as const)('%s: a confirmed rule of both paths, cited as the set cites EDx', (bodyPart, citation) => {
    const result = edx(bodyPart, { imagingShowsLesion: true });
    const criterion = criterionResult(result, RULE);
    expect(criterion?.citation).toEqual(citation);
    expect(criterion?.confirmed).toBe(true);
    expect(result.decisionPaths?.find((p) => p.id === 'radiculopathy')?.criteria).toContain(RULE);
    expect(result.decisionPaths?.find((p) => p.id === 'entrapment')?.criteria).toContain(RULE);
    expect(failing(result)).toContain(RULE);
  });

  it('says what was found, and what would meet it', () => {
    const shown = criterionResult(edx('lumbar', { imagingShowsLesion: true }), RULE);
    expect(shown?.evidence).toContain('Imaging already shows the nerve root lesion that matches the exam');
    expect(shown?.wouldMeet).toBe(
      'Documentation that the imaging does not show a nerve root lesion matching the exam would meet this criterion.',
    );
    expect(criterionResult(edx('lumbar', { imagingShowsLesion: null }), RULE)?.evidence).toContain(
      'No imaging showing the nerve root lesion is recorded',
    );
    expect(criterionResult(edx('lumbar', { imagingShowsLesion: false }), RULE)?.evidence).toContain(
      'Imaging does not show a nerve root lesion that matches the exam',
    );
  });

  it('lets the reviewer set the finding aside with an override and a note', () => {
    const overridden = run({
      service: 'emg_ncs',
      item: withItem(
        { bodyPart: 'lumbar', quantity: 1, facts: { ...RADICULOPATHY, imagingShowsLesion: true } },
        { review: { criteria: { [RULE]: answer('met', 'MRI level does not match the exam.') } } },
      ),
      doi: '2016-06-01',
      rfa: '2016-12-01',
    });
    expect(overridden.recommendation).toBe('overturn');
  });
});

describe('nerve entrapment path', () => {
  // Numbness in the thumb and index finger, positive Phalen and Tinel, a possible surgical candidate.
  const CTS = { entrapmentSuspected: true, surgeryConsidered: true, includesNcs: true } as const;

  it.each([
    [{ entrapmentSuspected: true, surgeryConsidered: false }],
    [{ entrapmentSuspected: false, surgeryConsidered: true }],
  ] as const)('carpal tunnel signs %j, with NCS -> upheld on the entrapment rule', (facts) => {
    const result = edx('right wrist', { radicularSymptoms: false, includesNcs: true, ...facts });
    expect(result.recommendation).toBe('uphold');
    expect(failing(result)).toContain('edx-entrapment-surgical-candidate');
  });

  it('upholds EMG/NCS for carpal tunnel syndrome alone: the EMG is not needed and IMR decides the whole request', () => {
    const result = edx('right wrist', { ...CTS, radicularSymptoms: false });
    expect(statusOf(result, 'edx-entrapment-surgical-candidate')).toBe('met');
    expect(statusOf(result, 'edx-ncs-not-for-radiculopathy')).toBe('met');
    expect(statusOf(result, 'edx-emg-not-for-entrapment-alone')).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
    expect(criterionResult(result, 'edx-emg-not-for-entrapment-alone')?.wouldMeet).toBe(
      'A request limited to nerve conduction studies for the entrapment, or documentation of radiating symptoms for the EMG would meet this criterion.',
    );
  });

  it('overturns it when a radiculopathy is suspected as well (CM16-0248034)', () => {
    const result = edx('bilateral upper extremities', {
      ...CTS,
      radicularSymptoms: true,
      neuroDeficit: null,
    });
    expect(statusOf(result, 'edx-emg-not-for-entrapment-alone')).toBe('met');
    expect(result.decisionPaths?.find((p) => p.id === 'entrapment')?.satisfied).toBe(true);
    expect(result.recommendation).toBe('overturn');
  });

  it('upholds it when imaging already shows the root lesion the EMG would look for', () => {
    const result = edx('bilateral upper extremities', {
      ...CTS,
      radicularSymptoms: true,
      neuroDeficit: null,
      imagingShowsLesion: true,
    });
    expect(statusOf(result, 'edx-entrapment-surgical-candidate')).toBe('met');
    expect(statusOf(result, 'edx-lesion-not-shown-on-imaging')).toBe('not_met');
    expect(result.decisionPaths?.map((p) => p.satisfied)).toEqual([false, false]);
    expect(result.recommendation).toBe('uphold');
  });

  it('lets the reviewer record a request for NCS alone by an override with a note', () => {
    const ncsOnly = run({
      service: 'emg_ncs',
      item: withItem(
        {
          bodyPart: 'right wrist',
          quantity: 1,
          facts: { ...RADICULOPATHY, ...CTS, radicularSymptoms: false },
        },
        {
          review: {
            criteria: {
              'edx-emg-not-for-entrapment-alone': answer('met', 'Request is for NCS only, no EMG.'),
            },
          },
        },
      ),
      doi: '2016-06-01',
      rfa: '2016-12-01',
    });
    expect(ncsOnly.recommendation).toBe('overturn');
  });

  it.each([
    ['Nerve conduction studies, bilateral upper extremities', 'not_applicable', 'overturn'],
    ['NCV right upper extremity', 'not_applicable', 'overturn'],
    ['EMG/NCS bilateral upper extremities', 'not_met', 'uphold'],
    ['Electrodiagnostic studies of the right arm', 'not_met', 'uphold'],
    ['', 'not_met', 'uphold'],
  ] as const)(
    'reads a request for "%s" as needle EMG or not: the EMG rule %s, %s',
    (requestedAs, status, verdict) => {
      const result = run({
        service: 'emg_ncs',
        item: withItem({
          bodyPart: 'right wrist',
          requestedAs,
          quantity: 1,
          facts: { ...RADICULOPATHY, ...CTS, radicularSymptoms: false },
        }),
        doi: '2016-06-01',
        rfa: '2016-12-01',
      });
      expect(statusOf(result, 'edx-emg-not-for-entrapment-alone')).toBe(status);
      expect(result.recommendation).toBe(verdict);
    },
  );
});

describe('shoulder: ACOEM Ch. 9 Table 9-6 p. 213, with the ACOEM 3rd ed. p. 64 exception (CM17-0011543)', () => {
  /** A suspected brachial plexopathy with chronic paresthesias and an unclear diagnosis. */
  const PLEXOPATHY: ItemSpec['facts'] = {
    plexopathySuspected: true,
    paresthesiasPersistent: true,
    diagnosisUncertain: true,
    priorStudySameRegion: false,
  };
  const shoulder = (facts: ItemSpec['facts'] = {}, bodyPart = 'right shoulder', rfa = '2016-12-01') =>
    run({
      service: 'emg_ncs',
      item: withItem({ bodyPart, quantity: 1, facts: PLEXOPATHY }, { facts }),
      doi: '2016-06-01',
      rfa,
    });
  const SET = 'acoem-2004-shoulder-electrodiagnostics';
  const MTUS_LINE = 'MTUS Shoulder Complaints 2004, Section(s): Special Studies';
  const NON_MTUS =
    'Decision based on Non-MTUS Citation ACOEM Practice Guidelines, 3rd Edition, Shoulder Disorders';

  it.each([
    ['right shoulder', '2016-12-01', SET],
    // Before the 2016 CPMTG section the shoulder went to the evidence hierarchy; the chapter covers it.
    ['left shoulder', '2012-06-01', SET],
    ['rotator cuff, right', '2007-06-15', SET],
    ['right shoulder', '2007-06-14', null],
    ['right shoulder', '2017-12-01', null],
  ] as const)('%s requested %s -> %s', (bodyPart, rfa, setId) => {
    expect(shoulder({}, bodyPart, rfa).guidelineSet?.id ?? null).toBe(setId);
  });

  it('is overturned for a suspected plexopathy with chronic paresthesias and an unclear diagnosis, citing both sources', () => {
    const result = shoulder();
    expect(result.recommendation).toBe('overturn');
    expect(result.decisionRule).toMatch(/^All required criteria must be met/);
    expect(result.guidelineLine).toBe(`${MTUS_LINE}. ${NON_MTUS}`);
  });

  it.each([
    [{ plexopathySuspected: false }, 'shoulder-edx-nerve-cause-suspected', 'not_met'],
    [{ plexopathySuspected: null }, 'shoulder-edx-nerve-cause-suspected', 'not_documented'],
    [{ paresthesiasPersistent: false }, 'shoulder-edx-paresthesias-subacute-chronic', 'not_met'],
    [{ paresthesiasPersistent: null }, 'shoulder-edx-paresthesias-subacute-chronic', 'not_documented'],
    [{ diagnosisUncertain: false }, 'shoulder-edx-diagnosis-unclear', 'not_met'],
    [{ diagnosisUncertain: null }, 'shoulder-edx-diagnosis-unclear', 'not_documented'],
    [{ priorStudySameRegion: true, significantChange: false }, 'edx-repeat-needs-reason', 'not_met'],
  ] as const)('%j -> upheld on %s (%s) alone', (facts, id, status) => {
    const result = shoulder(facts);
    expect(statusOf(result, id)).toBe(status);
    expect(failing(result)).toEqual([id]);
    expect(result.recommendation).toBe('uphold');
  });

  it('upholds the usual shoulder diagnosis on the MTUS chapter alone, in the letter words of the rule', () => {
    const result = shoulder({ plexopathySuspected: false });
    expect(result.guidelineLine).toBe(MTUS_LINE);
    const criterion = criterionResult(result, 'shoulder-edx-nerve-cause-suspected');
    expect(criterion?.whenNotMet).toContain(
      'the guideline does not recommend electrodiagnostic studies for those diagnoses',
    );
    expect(criterion?.wouldMeet).toContain('suspected brachial plexopathy');
  });

  it('names an undocumented unclear diagnosis in the letter as a requirement, not as a second colon', () => {
    const scenario = {
      service: 'emg_ncs',
      item: withItem(
        { bodyPart: 'right shoulder', quantity: 1, facts: PLEXOPATHY },
        { facts: { diagnosisUncertain: null } },
      ),
      doi: '2016-06-01',
      rfa: '2016-12-01',
    } as const;
    const draft = draftFor(scenario);
    const [item] = draft.disputedItems;
    const rationale = draftRationale(draft, item!, 0, run(scenario), 'upheld');
    expect(rationale).toContain(
      'The records do not document that this criterion is met: the exam and the studies so far leave the diagnosis unclear.',
    );
    expect(rationale).not.toMatch(/unclear: the exam/);
  });

  it('no longer judges a shoulder study by the radiculopathy path of the 2016 CPMTG section', () => {
    // Radiating symptoms with an equivocal exam after a month of failed care: overturned as an arm study.
    expect(edx('right arm').recommendation).toBe('overturn');
    const result = edx('right shoulder');
    expect(result.guidelineSet?.id).toBe(SET);
    expect(result.recommendation).toBe('uphold');
    expect(failing(result)).toEqual([
      'shoulder-edx-nerve-cause-suspected',
      'shoulder-edx-paresthesias-subacute-chronic',
      'shoulder-edx-diagnosis-unclear',
    ]);
  });

  it('cites the chapter table page for the MTUS rule and the 3rd edition page outside the MTUS, all confirmed', () => {
    const result = shoulder();
    expect(criterionResult(result, 'shoulder-edx-nerve-cause-suspected')?.citation).toEqual({
      guideline: 'MTUS Shoulder Complaints',
      edition: '2004',
      section: 'Special Studies',
      pages: '213',
    });
    for (const id of ['shoulder-edx-paresthesias-subacute-chronic', 'shoulder-edx-diagnosis-unclear'])
      expect(criterionResult(result, id)?.citation, id).toEqual({
        guideline: 'ACOEM Practice Guidelines, 3rd Edition, Shoulder Disorders',
        edition: 'non-MTUS',
        pages: '64',
      });
    for (const criterion of result.criteria) {
      expect(criterion.confirmed, criterion.criterionId).toBe(true);
      expect(criterion.confirmationNote, criterion.criterionId).toMatch(/CM17-00(11543|03284)/);
    }
  });

  describe('a request that names the neck and the shoulder (ADR 012)', () => {
    const BOTH = 'cervical spine and right shoulder';
    const NECK_TITLE = 'MTUS Neck and Upper Back Complaints (ACOEM 2004): Electrodiagnostic studies';

    it('a suspected radiculopathy alone: the neck overturns on its own, the shoulder upholds the whole request', () => {
      const result = edx(BOTH);
      expect(result.guidelineSet?.id).toBe(SET);
      expect(result.recommendation).toBe('uphold');
      expect(result.warnings.join(' ')).toContain(`${NECK_TITLE} (Overturn on its own)`);
      expect(result.guidelineLine).toBe(
        `MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Shoulder Complaints 2004, Section(s): Special Studies. ${NON_MTUS}`,
      );
    });

    it('both rules met: overturned, citing both chapters', () => {
      const result = edx(BOTH, PLEXOPATHY);
      expect(result.recommendation).toBe('overturn');
      expect(result.warnings.join(' ')).toContain('covers more than one body region');
      expect(result.guidelineLine).toBe(
        `MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Shoulder Complaints 2004, Section(s): Special Studies. ${NON_MTUS}`,
      );
    });

    it('the shoulder rule met but no radiculopathy suspected: the neck chapter decides', () => {
      const result = edx(BOTH, { ...PLEXOPATHY, radicularSymptoms: false });
      expect(result.guidelineSet?.id).toBe('acoem-2004-neck-electrodiagnostics');
      expect(result.recommendation).toBe('uphold');
    });
  });

  it('leaves the other regions where they were: the wrist before 07/29/2016 stays on the evidence hierarchy', () => {
    const result = edx('right wrist', {}, '2012-06-01');
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain(
      'the low back and the legs, the neck and the arms, and the shoulder (ACOEM 2004) are',
    );
  });
});
