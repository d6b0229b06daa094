/**
 * `npm run agreement -- FILE... [--json]`: how often the evaluator reaches the real decision of
 * summarized public IMR decisions (the development fixtures' shape: one summary or an array).
 *
 * The summaries of one case (the same case number: one entry per item of a letter) are read into
 * one case draft with only what they state (`caseFromDecisionSummaries`) and evaluated together as
 * of its letter date, so an item that reads another's outcome (a PPI and its NSAID, a cold unit and
 * its surgery) sees it. The guideline facts a summary leaves unsaid stay unanswered, so
 * this measures the evaluator on the summary's words alone: a decision the summary's facts do not
 * settle shows as "not documented" criteria, not as a guess. The table lists, per item, the set
 * chosen, the recommendation, the real decision and the criteria that decided; the last line gives
 * the agreement. An entry that cannot be read is named on stderr and skipped; the others are still
 * compared. Exit code: 0 when every file gave rows, 1 when one was refused whole (not JSON, or no
 * entry readable), 2 for a usage error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { DisputedItem } from '../src/domain/case/case-schema';
import {
  caseFromDecisionSummaries,
  type DecisionSummary,
  readDecisionSummaries,
  summariesByCase,
  summaryEntries,
} from '../src/domain/case-file/decision-summary';
import { isValidIsoDate } from '../src/domain/dates/dates';
import { evaluate } from '../src/domain/evaluator/evaluate';
import type { ItemEvaluation } from '../src/domain/evaluator/evaluation-types';
import { GUIDELINE_LIBRARY } from '../src/domain/guidelines';

export interface AgreementRow {
  caseNumber: string;
  requested: string;
  serviceType: string;
  guidelineSet: string;
  recommendation: 'Upheld' | 'Overturned' | 'No recommendation';
  realDecision: 'Upheld' | 'Overturned' | 'Unknown';
  agrees: boolean;
  /** Required criteria that are not met or not documented, by id. */
  notMet: string[];
  notDocumented: string[];
  /** Of those not documented, the judgments only a reviewer answers (a summary never does). */
  pendingJudgments: string[];
}

const RECOMMENDATION_AS_DECISION = { uphold: 'Upheld', overturn: 'Overturned' } as const;

/** One row: a summary read as a case of its own. */
export function agreementRow(summary: DecisionSummary): AgreementRow {
  const [row] = agreementRows([summary]);
  if (!row) throw new Error('a summary gives a row');
  return row;
}

/**
 * One row per item of one case: the summaries of a letter's items, read as one case and evaluated
 * together (an item may read another's outcome), as of the first summary's letter date.
 */
export function agreementRows(summaries: readonly DecisionSummary[]): AgreementRow[] {
  const [first] = summaries;
  if (!first) return [];
  const draft = caseFromDecisionSummaries(summaries, first.id ?? first.caseNumber);
  const asOf =
    [first.letterDate, first.urDate, first.requestDate].find(
      (date): date is string => typeof date === 'string' && isValidIsoDate(date),
    ) ?? '';
  const items = evaluate(draft, GUIDELINE_LIBRARY, { asOf }).items;
  return summaries.map((summary, index) => rowOf(summary, draft.disputedItems[index], items[index]));
}

function rowOf(
  summary: DecisionSummary,
  entered: DisputedItem | undefined,
  item: ItemEvaluation | undefined,
): AgreementRow {
  const recommendation = item?.recommendation ? RECOMMENDATION_AS_DECISION[item.recommendation] : null;
  const required = (item?.criteria ?? []).filter((criterion) => criterion.required);
  const realDecision = summary.decision ?? 'Unknown';
  return {
    caseNumber: summary.caseNumber,
    requested: summary.requestedService.name,
    serviceType: entered?.serviceType || '(none)',
    guidelineSet: item?.guidelineSet?.id ?? 'evidence hierarchy',
    recommendation: recommendation ?? 'No recommendation',
    realDecision,
    agrees: recommendation !== null && recommendation === realDecision,
    notMet: required.filter((criterion) => criterion.status === 'not_met').map((c) => c.criterionId),
    notDocumented: required
      .filter((criterion) => criterion.status === 'not_documented')
      .map((c) => c.criterionId),
    pendingJudgments: required
      .filter((criterion) => criterion.status === 'not_documented' && criterion.kind === 'judgment')
      .map((c) => c.criterionId),
  };
}

export function agreementTable(rows: AgreementRow[], skippedEntries = 0): string {
  const cell = (text: string) => text.replace(/\|/g, '/');
  const lines = [
    '| Case | Requested | Guideline set | Evaluator | Real | Agrees | Not met | Not documented |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) =>
      [
        row.caseNumber,
        cell(row.requested),
        row.guidelineSet,
        row.recommendation,
        row.realDecision,
        row.agrees ? 'yes' : 'no',
        row.notMet.join(', '),
        row.notDocumented
          .map((id) => (row.pendingJudgments.includes(id) ? `${id} (judgment)` : id))
          .join(', '),
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
  ];
  const known = rows.filter((row) => row.realDecision !== 'Unknown');
  const agreeing = known.filter((row) => row.agrees).length;
  const share = known.length === 0 ? '' : ` (${Math.round((agreeing / known.length) * 100)}%)`;
  const missed = known.filter((row) => !row.agrees);
  const awaiting = missed.filter((row) => row.pendingJudgments.length > 0).length;
  // A judgment is the reviewer's to answer: a miss that waits on one is not the rules' verdict.
  const judgments =
    awaiting === 0
      ? ''
      : ` ${awaiting} of the ${missed.length} that disagree leave a reviewer's judgment unanswered.`;
  const skipped =
    skippedEntries === 0
      ? ''
      : `\n${skippedEntries} ${skippedEntries === 1 ? 'entry' : 'entries'} could not be read and ${skippedEntries === 1 ? 'is' : 'are'} not counted (the messages above say why).`;
  return `${lines.join('\n')}\n\nAgreement: ${agreeing} of ${known.length} items with a known decision${share}.${judgments}${skipped}`;
}

const USAGE = `Usage: npm run agreement -- [--json] FILE...

Reads summaries of public IMR decisions (one object or an array per file), evaluates each as of its
letter date with only what the summary states, and compares the recommendation with the real
decision. An entry that cannot be read is named on stderr and skipped. --json prints the rows as
JSON instead of a table.`;

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, help: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const rows: AgreementRow[] = [];
  let refused = false;
  let skippedEntries = 0;
  for (const file of parsed.positionals) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(
        `${file}: not readable as JSON (${error instanceof Error ? error.message : String(error)})`,
      );
      refused = true;
      continue;
    }
    const read = readDecisionSummaries(data);
    for (const problem of read.problems) console.error(`${file}: ${problem}`);
    skippedEntries += summaryEntries(data).length - read.summaries.length;
    if (read.summaries.length === 0) {
      refused = true;
      continue;
    }
    rows.push(...summariesByCase(read.summaries).flatMap(agreementRows));
  }
  console.log(parsed.values.json ? JSON.stringify(rows, null, 2) : agreementTable(rows, skippedEntries));
  return refused ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
