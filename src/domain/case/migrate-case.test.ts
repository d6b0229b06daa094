import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION } from './case-schema';
import { buildDemoCase } from './demo-case';
import { emptyCaseDraft, emptyMedication } from './empty-case';
import { CASE_MIGRATIONS, migrateCaseRecord, OLDEST_READABLE_SCHEMA_VERSION } from './migrate-case';

/**
 * A record exactly as the pre-release workbench (schema version 0) stored it. Written out by hand on
 * purpose: it must stay the old shape even when the current schema moves on.
 */
function versionZeroRecord() {
  return {
    schemaVersion: 0,
    id: 'case-v0',
    imr: {
      caseNumber: 'CM14-0000001',
      priority: 'standard',
      requestDate: '2014-11-11',
      urDeterminationDate: '2014-11-24',
      applicationDate: '',
      assignmentDate: '',
      recordsReceivedDate: '',
      decisionDate: '',
    },
    reviewer: {
      licensureStates: ['California'],
      specialty: 'Physical Medicine & Rehabilitation',
      boardCertification: '',
      yearsInPractice: null,
    },
    patient: {
      age: 36,
      dateOfBirth: '',
      sex: 'female',
      occupation: 'Warehouse clerk',
      jobPhysicalDemand: '',
    },
    injury: {
      dateOfInjury: '2013-08-01',
      mechanism: 'Lifting boxes',
      bodyParts: ['low back'],
      diagnoses: [],
    },
    reports: [],
    work: {
      status: 'ttd',
      restrictions: {
        liftLimitLbs: 10,
        pushPullLimitLbs: null,
        sittingLimitMinutes: null,
        standingLimitMinutes: null,
        noBendingStooping: null,
        noRepetitiveUse: null,
        other: '',
      },
      employerCanAccommodate: false,
      returnToWorkGoal: '',
      rtwGoalAgreedByEmployer: null,
    },
    treatment: {
      therapyCourses: [],
      injections: [],
      surgeries: [],
      rehabPrograms: [],
      fce: { done: null, date: '', validEffort: null, belowJobDemands: null },
      medications: [
        { id: 'med-1', name: 'Norco 10/325', dose: '1 tab', frequency: 'q6h prn', startDate: '2014-01-02' },
      ],
    },
    disputedItems: [
      {
        id: 'item-1',
        requestedAs: 'Work hardening x 10 sessions',
        serviceType: 'work_hardening',
        frequencyPerWeek: null,
        durationWeeks: null,
        hoursPerDay: null,
        quantity: 10,
        bodyPart: 'low back',
        urDecision: 'denied',
        urApproved: '',
        claimsAdministratorGuideline: '',
        facts: buildDemoCase('x').disputedItems[0]!.facts,
        review: {
          criteria: {},
          decision: 'upheld',
          decisionReason: '',
          evidenceSource: '',
          evidenceCitation: '',
          mtusNotApplicableReason: '',
          freeCriteria: [],
        },
      },
    ],
  };
}

describe('migrateCaseRecord', () => {
  it('reads a current record unchanged, without migratedFrom', () => {
    const draft = buildDemoCase('demo-1');
    const result = migrateCaseRecord(draft);
    expect(result).toEqual({ ok: true, draft });
  });

  it('reads a current record saved before the EMG/NCS imaging field, with it not documented', () => {
    const saved = structuredClone(buildDemoCase('demo-before-imaging')) as unknown as {
      disputedItems: { facts: Record<string, unknown> }[];
    };
    for (const item of saved.disputedItems) delete item.facts.imagingShowsLesion;
    const result = migrateCaseRecord(saved);
    if (!result.ok) throw new Error(result.reason);
    expect(result.migratedFrom).toBeUndefined();
    expect(result.draft.disputedItems.length).toBeGreaterThan(0);
    for (const item of result.draft.disputedItems) expect(item.facts.imagingShowsLesion).toBeNull();
  });

  it('migrates a version 0 record to the current version, keeping every entered value', () => {
    const result = migrateCaseRecord(versionZeroRecord());
    if (!result.ok) throw new Error(result.reason);
    expect(result.migratedFrom).toBe(0);
    const { draft } = result;
    expect(draft.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(draft.letter).toEqual({ edits: {} });
    expect(draft.treatment.urineDrugTests).toEqual([]);
    expect(draft.treatment.medications).toEqual([
      {
        ...emptyMedication('med-1'),
        name: 'Norco 10/325',
        dose: '1 tab',
        frequency: 'q6h prn',
        startDate: '2014-01-02',
      },
    ]);
    expect(draft.disputedItems[0]!.medication).toEqual(emptyMedication('item-1-medication'));
    // Untouched parts come through as they were.
    expect(draft.imr.caseNumber).toBe('CM14-0000001');
    expect(draft.patient.occupation).toBe('Warehouse clerk');
    expect(draft.work.restrictions.liftLimitLbs).toBe(10);
    expect(draft.disputedItems[0]!.review.decision).toBe('upheld');
  });

  it('does not modify the record it was given', () => {
    const record = versionZeroRecord();
    const before = structuredClone(record);
    migrateCaseRecord(record);
    expect(record).toEqual(before);
  });

  it('keeps v0 records that already carried a later field (no overwrite with defaults)', () => {
    const record = {
      ...versionZeroRecord(),
      letter: { edits: { rationale: { text: 'Edited', basedOn: 'h1' } } },
    };
    const result = migrateCaseRecord(record);
    expect(result.ok && result.draft.letter.edits.rationale?.text).toBe('Edited');
  });

  it.each([[CASE_SCHEMA_VERSION + 1], [CASE_SCHEMA_VERSION + 40]])(
    'refuses a record of newer schema version %i and says why',
    (version) => {
      const record = { ...emptyCaseDraft('new'), schemaVersion: version, futureField: 'kept as is' };
      const result = migrateCaseRecord(record);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason).toContain('made by a newer version of the workbench');
      expect(result.reason).toContain(String(version));
      expect(result.issues).toEqual([{ path: 'schemaVersion', message: expect.any(String) }]);
      expect(record.futureField).toBe('kept as is');
    },
  );

  it.each([
    ['null', null, 'found null'],
    ['a string', 'hello', 'found a string'],
    ['a list', [1, 2], 'found a list'],
    ['a number', 42, 'found a number'],
  ])('refuses %s as not a case', (_label, raw, expected) => {
    const result = migrateCaseRecord(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(expected);
  });

  it.each([
    ['missing', undefined],
    ['a string', '1'],
    ['a fraction', 0.5],
  ])('refuses a schemaVersion that is %s', (_label, schemaVersion) => {
    const result = migrateCaseRecord({ ...emptyCaseDraft('x'), schemaVersion });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain('schemaVersion');
      expect(result.issues[0]?.path).toBe('schemaVersion');
    }
  });

  it('refuses a negative schema version', () => {
    const result = migrateCaseRecord({ ...emptyCaseDraft('x'), schemaVersion: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('unknown schema version');
  });

  it('refuses a record of the right version but wrong shape, with the path of every problem', () => {
    const draft = emptyCaseDraft('bad');
    const garbage = {
      ...draft,
      patient: { ...draft.patient, age: 'thirty-six' },
      disputedItems: [{ id: 'item-1' }],
      reports: 'none',
    };
    const result = migrateCaseRecord(garbage);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toContain('patient.age');
    expect(paths).toContain('reports');
    expect(paths).toContain('disputedItems.0.requestedAs');
    expect(result.reason).toMatch(/does not have the expected shape \(\d+ problems; first at /);
  });

  it('reports shape problems of a migrated v0 record against the current shape', () => {
    const record = versionZeroRecord();
    (record.treatment as { medications: unknown }).medications = [{ id: 'm', name: 7 }];
    const result = migrateCaseRecord(record);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => issue.path)).toContain('treatment.medications.0.name');
  });

  describe('version 1 to 2: the chiropractic plan of care becomes a fact', () => {
    /** A version 1 record: the demo case as then saved, plus a chiropractic item with the judgment. */
    function versionOneRecord(planOfCare: { answer: string; note: string } | undefined) {
      const draft = structuredClone(buildDemoCase('case-v1')) as unknown as {
        schemaVersion: number;
        disputedItems: {
          id: string;
          serviceType: string;
          facts: Record<string, unknown>;
          review: { criteria: Record<string, unknown> };
        }[];
      };
      draft.schemaVersion = 1;
      const chiropractic = structuredClone(draft.disputedItems[0]!);
      chiropractic.id = 'item-chiro';
      chiropractic.serviceType = 'chiropractic';
      // The fact did not exist in version 1.
      delete chiropractic.facts.manipulationPlanOfCare;
      chiropractic.review.criteria = {
        'ch-trial-visits': { answer: 'met', note: 'Six visits is the trial.' },
        ...(planOfCare ? { 'ch-plan-of-care': planOfCare } : {}),
      };
      draft.disputedItems.push(chiropractic);
      return draft;
    }

    function migratedChiropractic(record: unknown) {
      const result = migrateCaseRecord(record);
      if (!result.ok) throw new Error(result.reason);
      expect(result.migratedFrom).toBe(1);
      expect(result.draft.schemaVersion).toBe(2);
      return result.draft.disputedItems.find((item) => item.id === 'item-chiro')!;
    }

    it.each([
      ['met', true],
      ['not_met', false],
    ])('moves a judgment of %s without a note to the fact, leaving no override behind', (answer, fact) => {
      const item = migratedChiropractic(versionOneRecord({ answer, note: '' }));
      expect(item.facts.manipulationPlanOfCare).toBe(fact);
      expect(item.review.criteria).toEqual({
        'ch-trial-visits': { answer: 'met', note: 'Six visits is the trial.' },
      });
    });

    it("keeps a judgment's note where it was, as an override with the same answer", () => {
      const planOfCare = { answer: 'not_met', note: 'The plan names only modalities.' };
      const item = migratedChiropractic(versionOneRecord(planOfCare));
      expect(item.facts.manipulationPlanOfCare).toBe(false);
      expect(item.review.criteria['ch-plan-of-care']).toEqual(planOfCare);
    });

    it.each([
      ['no judgment', undefined],
      ['a judgment left blank', { answer: '', note: 'To check.' }],
    ])('leaves the fact not documented for %s', (_label, planOfCare) => {
      const item = migratedChiropractic(versionOneRecord(planOfCare));
      expect(item.facts.manipulationPlanOfCare).toBeNull();
      expect(item.review.criteria['ch-plan-of-care']).toEqual(planOfCare);
    });

    it('migrates a version 0 record through version 1 to the fact', () => {
      const record = versionZeroRecord();
      record.disputedItems[0]!.review.criteria = { 'ch-plan-of-care': { answer: 'met', note: '' } } as never;
      const result = migrateCaseRecord(record);
      if (!result.ok) throw new Error(result.reason);
      expect(result.draft.disputedItems[0]!.facts.manipulationPlanOfCare).toBe(true);
      expect(result.draft.disputedItems[0]!.review.criteria).toEqual({});
    });
  });

  it('has one step for every version from the oldest readable to the current one', () => {
    const fromVersions = CASE_MIGRATIONS.map((step) => step.fromVersion);
    const expected = Array.from(
      { length: CASE_SCHEMA_VERSION - OLDEST_READABLE_SCHEMA_VERSION },
      (_, index) => OLDEST_READABLE_SCHEMA_VERSION + index,
    );
    expect(fromVersions).toEqual(expected);
    expect(new Set(CASE_MIGRATIONS.map((step) => step.id)).size).toBe(CASE_MIGRATIONS.length);
  });
});
