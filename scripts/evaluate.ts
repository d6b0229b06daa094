/**
 * Batch CLI: evaluates case files with the same domain code as the app.
 *
 *   npm run evaluate -- [--letter] [--as-of YYYY-MM-DD] FILE...
 *
 * Without --letter, stdout is one JSON array with one entry per readable case: each disputed item's
 * guideline set, every criterion's status, the recommendation and the reviewer's decision. With
 * --letter, each case prints as a block: its JSON entry, then the letter as plain text, then the
 * pre-issue check. Files that cannot be read get the import screen's messages on stderr; the exit
 * code is 1 when any file was refused, 2 for a usage error, 0 otherwise. "Today" (the default
 * --as-of) is read here, never in domain code.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CaseDraft } from '../src/domain/case/case-schema';
import {
  checkCaseFileSize,
  DEFAULT_MAX_CASE_FILE_BYTES,
  type FileProblem,
  formatFileProblem,
  parseCaseFile,
} from '../src/domain/case-file/parse-case-file';
import { isValidIsoDate } from '../src/domain/dates/dates';
import { evaluate } from '../src/domain/evaluator/evaluate';
import type { Evaluation } from '../src/domain/evaluator/evaluation-types';
import { GUIDELINE_LIBRARY } from '../src/domain/guidelines';
import { buildLetterModel } from '../src/domain/letter/build-letter-model';
import { letterHash } from '../src/domain/letter/letter-hash';
import { checkLetter } from '../src/domain/letter/pre-issue-check';
import { renderLetterText } from '../src/domain/letter/render-letter-text';

const USAGE = `Usage: npm run evaluate -- [--letter] [--as-of YYYY-MM-DD] FILE...

Evaluates IMR workbench case files (exported from the workbench) against the encoded guidelines.
  --letter              also print each case's Final Determination Letter as plain text,
                        followed by the pre-issue check
  --as-of YYYY-MM-DD    the date used where the request date is unknown (default: today)
  --help                show this help

Exit code: 0 all files read, 1 a file was refused (messages on stderr), 2 usage error.`;

export interface CaseReport {
  file: string;
  caseNumber: string;
  asOf: string;
  items: ItemReport[];
}

interface ItemReport {
  itemId: string;
  requestedAs: string;
  serviceType: string;
  guidelineSet: { id: string; title: string; edition: string } | null;
  path: 'mtus' | 'evidence_hierarchy';
  guidelineLine: string;
  criteria: {
    id: string;
    statement: string;
    status: string;
    source: string;
    required: boolean;
    evidence: string;
  }[];
  counts: Record<string, number>;
  recommendation: 'overturn' | 'uphold' | null;
  /** What the reviewer chose ('' in the case means "follow the recommendation": null here). */
  reviewerDecision: 'upheld' | 'overturned' | null;
  /** The decision the letter prints (the reviewer's, else the recommendation's). */
  decision: 'upheld' | 'overturned' | null;
  decisionSource: string;
  decisionContradicts: boolean;
  warnings: string[];
}

export function caseReport(file: string, draft: CaseDraft, evaluation: Evaluation): CaseReport {
  return {
    file,
    caseNumber: draft.imr.caseNumber,
    asOf: evaluation.asOf,
    items: evaluation.items.map((item) => {
      const source = draft.disputedItems.find((entry) => entry.id === item.itemId);
      return {
        itemId: item.itemId,
        requestedAs: source?.requestedAs ?? '',
        serviceType: item.serviceType,
        guidelineSet: item.guidelineSet
          ? { id: item.guidelineSet.id, title: item.guidelineSet.title, edition: item.guidelineSet.edition }
          : null,
        path: item.path,
        guidelineLine: item.guidelineLine,
        criteria: item.criteria.map((criterion) => ({
          id: criterion.criterionId,
          statement: criterion.statement,
          status: criterion.status,
          source: criterion.source,
          required: criterion.required,
          evidence: criterion.evidence,
        })),
        counts: item.counts,
        recommendation: item.recommendation,
        reviewerDecision: source?.review.decision === '' ? null : (source?.review.decision ?? null),
        decision: item.decision,
        decisionSource: item.decisionSource,
        decisionContradicts: item.decisionContradicts,
        warnings: item.warnings,
      };
    }),
  };
}

/** Today's date on this machine, YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type ReadResult =
  | { ok: true; draft: CaseDraft; warnings: FileProblem[] }
  | { ok: false; problems: FileProblem[] };

function readCaseFile(file: string): ReadResult {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return { ok: false, problems: [{ path: '', message: 'This is not a file.' }] };
    size = stats.size;
  } catch {
    return {
      ok: false,
      problems: [
        { path: '', message: 'The file could not be opened (it does not exist or cannot be read).' },
      ],
    };
  }
  // Refuse an oversized file before reading it, with the import screen's message.
  const tooLarge = checkCaseFileSize(size, DEFAULT_MAX_CASE_FILE_BYTES);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  return parseCaseFile(readFileSync(file, 'utf8'));
}

const OPTIONS = {
  letter: { type: 'boolean' },
  'as-of': { type: 'string' },
  help: { type: 'boolean' },
} as const;

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`No case file given.\n\n${USAGE}\n`);
    return 2;
  }
  const asOf = values['as-of'] ?? localToday();
  if (!isValidIsoDate(asOf)) {
    process.stderr.write(`--as-of must be a real date in YYYY-MM-DD form, got "${asOf}".\n`);
    return 2;
  }

  let exitCode = 0;
  const reports: CaseReport[] = [];
  for (const file of positionals) {
    const result = readCaseFile(file);
    if (!result.ok) {
      exitCode = 1;
      process.stderr.write(
        `${file}: not read:\n${result.problems.map((problem) => `  - ${formatFileProblem(problem)}\n`).join('')}`,
      );
      continue;
    }
    for (const warning of result.warnings)
      process.stderr.write(`${file}: warning: ${formatFileProblem(warning)}\n`);
    const evaluation = evaluate(result.draft, GUIDELINE_LIBRARY, { asOf });
    const report = caseReport(file, result.draft, evaluation);
    if (!values.letter) {
      reports.push(report);
      continue;
    }
    const issuedOn = isValidIsoDate(result.draft.imr.decisionDate) ? undefined : asOf;
    const model = buildLetterModel(result.draft, evaluation, issuedOn ? { issuedOn } : {});
    const text = renderLetterText(model);
    const problems = checkLetter(result.draft, evaluation, model, { today: asOf });
    process.stdout.write(`=== ${file} ===\n${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`--- letter (hash ${letterHash(text)}) ---\n${text}`);
    process.stdout.write(
      `--- pre-issue check ---\n${
        problems.length === 0
          ? 'No problems found.\n'
          : problems.map((problem) => `${problem.severity.toUpperCase()}: ${problem.message}\n`).join('')
      }\n`,
    );
  }
  if (!values.letter) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return exitCode;
}

process.exitCode = main(process.argv.slice(2));
