/**
 * Property tests over generated drafts: any values the draft types allow (nulls, empty and
 * malformed dates, NaN, infinities, huge and negative numbers, odd review keys). evaluate never
 * throws, is deterministic, and every criterion has a status and a citation.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CaseDraft,
  CRITERION_ANSWERS,
  type DisputedItem,
  EVIDENCE_SOURCES,
  PHYSICAL_DEMAND_LEVELS,
  REVIEWER_DECISIONS,
  RTW_GOALS,
  SERVICE_TYPES,
  THERAPY_DISCIPLINES,
  type TherapyCourse,
  WORK_STATUSES,
} from '../case/case-schema';
import { emptyCaseDraft, emptyDisputedItem, emptyServiceFacts, emptyTherapyCourse } from '../case/empty-case';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { evaluate } from './evaluate';
import type { CriterionStatus } from './evaluation-types';

const STATUSES: CriterionStatus[] = ['met', 'not_met', 'not_documented', 'not_applicable'];
const KNOWN_CRITERIA = [...new Set(GUIDELINE_LIBRARY.sets.flatMap((set) => set.criteria.map((c) => c.id)))];

const isoDate = fc
  .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const boundaryDate = fc.constantFrom(
  '2007-06-15',
  '2009-07-18',
  '2016-07-28',
  '2016-07-29',
  '2017-11-30',
  '2017-12-01',
);
const malformedDate = fc.constantFrom('2014-02-30', '13/45/2020', '2016-7-1', 'yesterday', ' ', '0000-00-00');
const dateText = fc.oneof(
  fc.constant(''),
  isoDate,
  boundaryDate,
  malformedDate,
  fc.string({ maxLength: 12 }),
);

const amount = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 40 }),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    -0,
    Number.MAX_SAFE_INTEGER,
  ),
);
const bool = fc.constantFrom(null, true, false);
const enumOrEmpty = <T extends string>(values: readonly T[]) => fc.constantFrom<T | ''>('', ...values);
const freeText = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    'low back',
    'cervical spine',
    'right elbow and right knee',
    'myalgia',
    'CRPS',
    'radiculitis',
    'femur fracture',
    'meniscectomy',
    'pulsed ultrasound',
    'other',
  ),
);

const review = fc.record({
  criteria: fc.dictionary(
    fc.oneof(
      fc.constantFrom(...KNOWN_CRITERIA),
      fc.constantFrom('__proto__', 'constructor', 'toString'),
      fc.string(),
    ),
    fc.record({
      answer: enumOrEmpty(CRITERION_ANSWERS),
      note: fc.oneof(fc.constant(''), fc.string({ maxLength: 10 })),
    }),
    { maxKeys: 5 },
  ),
  decision: enumOrEmpty(REVIEWER_DECISIONS),
  decisionReason: fc.oneof(fc.constant(''), fc.string({ maxLength: 10 })),
  evidenceSource: enumOrEmpty(EVIDENCE_SOURCES),
  evidenceCitation: fc.oneof(fc.constant(''), fc.string({ maxLength: 20 })),
  mtusNotApplicableReason: fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 10 })),
  freeCriteria: fc.array(
    fc.record({
      id: fc.string({ maxLength: 6 }),
      text: fc.string({ maxLength: 20 }),
      answer: enumOrEmpty(CRITERION_ANSWERS),
      note: fc.string({ maxLength: 10 }),
    }),
    { maxLength: 3 },
  ),
});

const item = fc
  .record({
    serviceType: enumOrEmpty(SERVICE_TYPES),
    frequencyPerWeek: amount,
    durationWeeks: amount,
    hoursPerDay: amount,
    quantity: amount,
    bodyPart: freeText,
    facts: fc.record({
      screeningDone: bool,
      jobDemandsExceedAbilities: bool,
      functionalLimitsPreventJob: bool,
      priorTherapyPlateau: bool,
      surgicalCandidate: bool,
      likelyToBenefit: bool,
      weeksCompletedInProgram: amount,
      measurableGainsDocumented: bool,
      diagnosisCategory: freeText,
      homeExerciseProgram: bool,
      employerWrittenAuthorization: bool,
      surgeryType: freeText,
      surgeryDate: dateText,
      flareUp: bool,
      maintenanceCare: bool,
      reducedWeightBearingNeeded: bool,
      adjunctToActiveTherapy: bool,
      medicationReducedOrNotTolerated: bool,
      modality: freeText,
    }),
    review,
  })
  .map(
    ({ facts, ...rest }): DisputedItem => ({
      ...emptyDisputedItem('item'),
      ...rest,
      facts: { ...emptyServiceFacts(), ...facts },
    }),
  );

const course = fc
  .record({
    discipline: enumOrEmpty(THERAPY_DISCIPLINES),
    visitsCompleted: amount,
    startDate: dateText,
    functionalImprovementDocumented: bool,
    postsurgical: bool,
  })
  .map((fields): TherapyCourse => ({ ...emptyTherapyCourse('course'), ...fields }));

const draft = fc
  .record({
    requestDate: dateText,
    urDate: dateText,
    dateOfInjury: dateText,
    items: fc.array(item, { maxLength: 4 }),
    courses: fc.array(course, { maxLength: 4 }),
    rehabPrograms: fc.nat({ max: 2 }),
    fce: fc.record({ done: bool, date: dateText, validEffort: bool, belowJobDemands: bool }),
    workStatus: enumOrEmpty(WORK_STATUSES),
    goal: enumOrEmpty(RTW_GOALS),
    agreed: bool,
    demand: enumOrEmpty(PHYSICAL_DEMAND_LEVELS),
  })
  .map((spec): CaseDraft => {
    const result = emptyCaseDraft('property');
    result.imr.requestDate = spec.requestDate;
    result.imr.urDeterminationDate = spec.urDate;
    result.injury.dateOfInjury = spec.dateOfInjury;
    result.disputedItems = spec.items.map((entry, index) => ({ ...entry, id: `item-${index}` }));
    result.treatment.therapyCourses = spec.courses;
    result.treatment.rehabPrograms = Array.from({ length: spec.rehabPrograms }, (_, i) => ({
      id: `p${i}`,
      type: 'work conditioning',
      startDate: '',
      endDate: '',
    }));
    result.treatment.fce = spec.fce;
    result.work.status = spec.workStatus;
    result.work.returnToWorkGoal = spec.goal;
    result.work.rtwGoalAgreedByEmployer = spec.agreed;
    result.patient.jobPhysicalDemand = spec.demand;
    return result;
  });

const asOf = fc.oneof(isoDate, boundaryDate, malformedDate);

describe('evaluate over generated drafts', () => {
  it('never throws, is deterministic, and gives every criterion a status and a citation', () => {
    fc.assert(
      fc.property(draft, asOf, (generated, today) => {
        const first = evaluate(generated, GUIDELINE_LIBRARY, { asOf: today });
        const second = evaluate(structuredClone(generated), GUIDELINE_LIBRARY, { asOf: today });
        expect(second).toEqual(first);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        expect(first.items).toHaveLength(generated.disputedItems.length);
        for (const result of first.items) {
          expect(result.criteria.length).toBeGreaterThan(0);
          for (const criterion of result.criteria) {
            expect(STATUSES).toContain(criterion.status);
            expect(STATUSES).toContain(criterion.computedStatus);
            expect(criterion.citation.guideline.length).toBeGreaterThan(0);
            expect(typeof criterion.citation.edition).toBe('string');
            expect(criterion.evidence.length).toBeGreaterThan(0);
          }
          const counted = Object.values(result.counts).reduce((a, b) => a + b, 0);
          expect(counted).toBe(result.criteria.length);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('keeps the recommendation consistent with its driving criteria', () => {
    fc.assert(
      fc.property(draft, (generated) => {
        for (const result of evaluate(generated, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items) {
          const byId = new Map(result.criteria.map((c) => [c.criterionId, c.status]));
          const driving = result.drivingCriteria.map((id) => byId.get(id));
          if (result.recommendation === 'overturn') expect(driving.every((s) => s === 'met')).toBe(true);
          if (result.recommendation === 'uphold') {
            expect(driving.length).toBeGreaterThan(0);
            expect(driving.every((s) => s === 'not_met' || s === 'not_documented')).toBe(true);
          }
          if (result.recommendation === null) {
            // Only the evidence-hierarchy path waits, and only while no criterion is answered.
            expect(result.path).toBe('evidence_hierarchy');
            expect(result.criteria.some((c) => c.source === 'reviewer')).toBe(false);
          }
          if (result.decisionContradicts) expect(result.decisionSource).toBe('reviewer');
        }
      }),
      { numRuns: 250 },
    );
  });

  it('never meets a numeric criterion from a malformed number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1),
        fc.constantFrom('work_hardening', 'physical_therapy', 'acupuncture', 'massage') as fc.Arbitrary<
          DisputedItem['serviceType']
        >,
        (bad, serviceType) => {
          const generated = emptyCaseDraft('bad-numbers');
          generated.imr.requestDate = '2016-12-01';
          generated.disputedItems = [
            {
              ...emptyDisputedItem('i'),
              serviceType,
              frequencyPerWeek: bad,
              durationWeeks: bad,
              hoursPerDay: bad,
              quantity: bad,
            },
          ];
          const result = evaluate(generated, GUIDELINE_LIBRARY, { asOf: '2026-01-15' }).items[0]!;
          const numeric = result.criteria.filter((c) =>
            c.fieldPaths.some((p) => /\.(frequencyPerWeek|durationWeeks|hoursPerDay|quantity)$/.test(p)),
          );
          expect(numeric.length).toBeGreaterThan(0);
          for (const criterion of numeric) expect(criterion.status).not.toBe('met');
        },
      ),
    );
  });
});
