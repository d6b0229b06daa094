/**
 * Evaluator bench: a large case (20 disputed items of mixed services, 100 reports, a long therapy
 * history) evaluated many times. Prints median and p95 per evaluation and per item.
 *
 *   npx tsx scripts/bench-evaluate.ts [runs]
 *
 * `measureEvaluate` is exported so `npm run bench` can fold it in. Target: well under 1 ms per item.
 */
import { pathToFileURL } from 'node:url';
import type { CaseDraft, ServiceType } from '../src/domain/case/case-schema';
import { emptyComplaint, emptyDisputedItem, emptyReport } from '../src/domain/case/empty-case';
import {
  answer,
  caseWith,
  disputedItem,
  freeCriterion,
  type ItemSpec,
  therapyCourse,
} from '../src/domain/evaluator/case-builders';
import { evaluate, evaluateItem } from '../src/domain/evaluator/evaluate';
import { GUIDELINE_LIBRARY } from '../src/domain/guidelines';

const AS_OF = '2026-01-15';

/** 20 items across the encoded services, both editions' dates, and the evidence-hierarchy path. */
export function buildBenchCase(): CaseDraft {
  const services: [ServiceType | '', ItemSpec][] = [
    ['work_hardening', { frequencyPerWeek: 2, durationWeeks: 6, facts: { screeningDone: false } }],
    ['work_conditioning', { frequencyPerWeek: 5, durationWeeks: 4, hoursPerDay: 4 }],
    [
      'physical_therapy',
      { frequencyPerWeek: 3, durationWeeks: 4, facts: { diagnosisCategory: 'radiculitis' } },
    ],
    ['physical_therapy', { quantity: 6, facts: { diagnosisCategory: 'CRPS', homeExerciseProgram: true } }],
    ['physical_therapy', { frequencyPerWeek: 2, durationWeeks: 4, facts: { modality: 'pulsed ultrasound' } }],
    [
      'occupational_therapy',
      { frequencyPerWeek: 2, durationWeeks: 3, facts: { diagnosisCategory: 'arthritis' } },
    ],
    [
      'chiropractic',
      { quantity: 6, bodyPart: 'low back', review: { criteria: { 'ch-plan-of-care': answer('met') } } },
    ],
    ['chiropractic', { frequencyPerWeek: 2, durationWeeks: 4, bodyPart: 'right elbow and right knee' }],
    ['chiropractic', { quantity: 8, bodyPart: 'cervical spine' }],
    ['acupuncture', { frequencyPerWeek: 3, durationWeeks: 2, facts: { adjunctToActiveTherapy: true } }],
    ['acupuncture', { quantity: 8 }],
    ['massage', { quantity: 6, facts: { adjunctToActiveTherapy: true } }],
    ['aquatic_therapy', { quantity: 8, frequencyPerWeek: 2, facts: { reducedWeightBearingNeeded: true } }],
    [
      'postsurgical_therapy',
      {
        frequencyPerWeek: 3,
        durationWeeks: 8,
        facts: { surgeryType: 'femur fracture', surgeryDate: '2016-11-16' },
      },
    ],
    [
      'postsurgical_therapy',
      { quantity: 6, facts: { surgeryType: 'meniscectomy', surgeryDate: '2016-10-01' } },
    ],
    [
      'work_hardening',
      { frequencyPerWeek: 3, durationWeeks: 4, hoursPerDay: 6, review: { decision: 'overturned' } },
    ],
    [
      'physical_therapy',
      { quantity: 30, facts: { diagnosisCategory: 'myalgia', employerWrittenAuthorization: false } },
    ],
    [
      'other',
      {
        quantity: 1,
        review: {
          evidenceSource: 'odg',
          evidenceCitation: 'ODG Low Back',
          freeCriteria: [
            freeCriterion('f1', 'Trial of 6 visits', 'met'),
            freeCriterion('f2', 'Deficits', 'not_met'),
          ],
        },
      },
    ],
    [
      'opioid',
      {
        quantity: 120,
        medication: {
          ...emptyDisputedItem('norco').medication,
          name: 'Norco',
          strength: '10/325 mg',
          dose: '1 tablet',
          frequency: 'every 6 hours',
        },
      },
    ],
    ['', {}],
  ];
  const draft = caseWith({
    id: 'bench',
    dateOfInjury: '2016-10-01',
    requestDate: '2016-12-13',
    urDate: '2016-12-20',
    courses: [
      therapyCourse('pt', 12, { startDate: '2016-10-10', functionalImprovementDocumented: true }),
      therapyCourse('pt', 6, { startDate: '2016-11-20', functionalImprovementDocumented: false }),
      therapyCourse('chiropractic', 6, { functionalImprovementDocumented: true }),
      therapyCourse('acupuncture', 4, {}),
      therapyCourse('ot', 8, { functionalImprovementDocumented: true }),
      therapyCourse('pt', 6, { postsurgical: true, functionalImprovementDocumented: true }),
      therapyCourse('aquatic', 4, {}),
      therapyCourse('massage', 2, {}),
    ],
    items: services.map(([service, spec], index) => disputedItem(service, spec, `item-${index + 1}`)),
  });
  draft.reports = Array.from({ length: 100 }, (_, index) => ({
    ...emptyReport(`report-${index + 1}`),
    date: `2016-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    type: 'progress_report' as const,
    complaints: [
      {
        ...emptyComplaint(`c-${index}`),
        bodyPart: 'low back',
        description: 'low back pain',
        painLow: 6,
        painHigh: 8,
      },
    ],
    examFindings: 'Tenderness over the lumbar paraspinals; reduced range of motion. '.repeat(5),
    treatmentPlan: 'Continue home exercise; physical therapy as requested.',
  }));
  return draft;
}

export interface Timing {
  medianMs: number;
  p95Ms: number;
}

export interface EvaluateBenchResult {
  runs: number;
  items: number;
  reports: number;
  perEvaluation: Timing;
  perItem: Timing;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95) };
}

/** Evaluates the bench case `runs` times (after a warm-up) and each item on its own as often. */
export function measureEvaluate({
  runs = 300,
  warmup = 30,
}: {
  runs?: number;
  warmup?: number;
} = {}): EvaluateBenchResult {
  const draft = buildBenchCase();
  const options = { asOf: AS_OF };
  for (let i = 0; i < warmup; i += 1) evaluate(draft, GUIDELINE_LIBRARY, options);

  const perEvaluation: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    evaluate(draft, GUIDELINE_LIBRARY, options);
    perEvaluation.push(performance.now() - start);
  }
  const perItem: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (let index = 0; index < draft.disputedItems.length; index += 1) {
      const start = performance.now();
      evaluateItem(draft, index, GUIDELINE_LIBRARY, options);
      perItem.push(performance.now() - start);
    }
  }
  return {
    runs,
    items: draft.disputedItems.length,
    reports: draft.reports.length,
    perEvaluation: timing(perEvaluation),
    perItem: timing(perItem),
  };
}

function main(): void {
  const runs = Number(process.argv[2]) || 300;
  const result = measureEvaluate({ runs });
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  console.log(`evaluate: ${result.items} items, ${result.reports} reports, ${result.runs} runs`);
  console.log(
    `  per evaluation  median ${ms(result.perEvaluation.medianMs)}  p95 ${ms(result.perEvaluation.p95Ms)}`,
  );
  console.log(`  per item        median ${ms(result.perItem.medianMs)}  p95 ${ms(result.perItem.p95Ms)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
