/**
 * The agreement CLI as a user runs it (a child process through tsx), on the development summaries
 * and on a file it must refuse; its rows checked against the evaluator run here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDecisionSummaries } from '../src/domain/case-file/decision-summary';
import { type AgreementRow, agreementRow, agreementTable } from './agreement';
import { ROOT, runCli } from './run-cli-for-tests';

const DEV = resolve(ROOT, 'e2e/fixtures/decision-summaries/dev-cases.json');
const ONE = resolve(ROOT, 'e2e/fixtures/decision-summaries/one-lumbar-mri.json');
const dir = mkdtempSync(join(tmpdir(), 'imr-agreement-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runCli('agreement.ts', args);

describe('npm run agreement', () => {
  it('compares a lumbar MRI summary with its real decision, naming the criteria that decided', () => {
    const read = readDecisionSummaries(JSON.parse(readFileSync(ONE, 'utf8')));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const row = agreementRow(read.summaries[0]!);
    expect(row).toMatchObject({
      caseNumber: 'CM17-0010364',
      guidelineSet: 'acoem-2004-low-back-mri-ct',
      recommendation: 'Upheld',
      realDecision: 'Upheld',
      agrees: true,
    });
    expect(row.notDocumented).toContain('img-red-flags');
    expect(agreementTable([row])).toMatch(/Agreement: 1 of 1 items with a known decision \(100%\)\.$/);
    // A miss that waits on an unanswered judgment is counted as such.
    const waiting: AgreementRow = {
      ...row,
      realDecision: 'Overturned',
      agrees: false,
      pendingJudgments: ['img-red-flags'],
    };
    expect(agreementTable([row, waiting])).toMatch(
      /Agreement: 1 of 2 items with a known decision \(50%\)\. 1 of the 1 that disagree leave a reviewer's judgment unanswered\.$/,
    );
  });

  it('prints one row per item of the file and the agreement the rows add up to', () => {
    const { code, stdout } = run('--json', DEV);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as AgreementRow[];
    expect(rows).toHaveLength(33);
    expect(rows.every((row) => row.agrees === (row.recommendation === row.realDecision))).toBe(true);
    // A letter's items are judged as one case: the cold unit falls with the surgery it upholds.
    expect(rows.find((row) => row.requested.startsWith('Cryotherapy unit'))?.notMet).toContain(
      'surgery-authorized',
    );
    const table = run(DEV);
    expect(table.code).toBe(0);
    const agreeing = rows.filter((row) => row.agrees).length;
    expect(table.stdout).toContain(`Agreement: ${agreeing} of 33 items with a known decision`);
    expect(table.stdout).toContain(
      '| CM16-0247624 | CT scan of the head | odg-head-ct | Upheld | Upheld | yes |',
    );
    // A judgment the records do not settle is marked: a muscle relaxant for a hip strain (no back spasm).
    const cyclobenzaprine = rows.find((row) => row.requested.startsWith('Cyclobenzaprine'));
    expect(cyclobenzaprine?.pendingJudgments).toEqual(['mr-second-line-acute']);
    expect(table.stdout).toContain('| mr-second-line-acute (judgment), ');
    // Judgments the records settle are not pending: naproxen for a lumbar strain 7 weeks old, and
    // the extended-release opioid after rib fractures (a severe acute injury), both overturned.
    for (const requested of ['Naproxen', 'Oxycodone'])
      expect(rows.find((row) => row.requested.startsWith(requested))).toMatchObject({
        pendingJudgments: [],
        agrees: true,
      });
    // No item that disagrees waits on a judgment, so the summary line does not mention one.
    expect(rows.filter((row) => !row.agrees && row.pendingJudgments.length > 0)).toEqual([]);
    expect(table.stdout).not.toContain("leave a reviewer's judgment unanswered");
  });

  it('compares the entries it can read, names the others and says they are not counted', () => {
    const dev = JSON.parse(readFileSync(DEV, 'utf8')) as Record<string, unknown>[];
    const mixed = join(dir, 'mixed.json');
    const [first, second, third] = dev;
    writeFileSync(
      mixed,
      JSON.stringify([
        first,
        { caseNumber: 'CM1', requestedService: { category: 'imaging' } },
        // Other writers' forms are read as meant: a number for a quantity, a lone diagnosis, "upheld".
        { ...second, requestedService: { ...(second?.requestedService as object), quantity: 12 } },
        { ...third, diagnoses: 'lumbar strain', decision: 'UPHELD' },
      ]),
    );
    const { code, stdout, stderr } = run(mixed);
    expect(code).toBe(0);
    expect(stderr).toContain('Entry 2, requestedService.name: ');
    expect(stdout).toMatch(/Agreement: \d of 3 items with a known decision/);
    expect(stdout).toContain('1 entry could not be read and is not counted (the messages above say why).');
    const rows = JSON.parse(run('--json', mixed).stdout) as AgreementRow[];
    expect(rows.map((row) => row.caseNumber)).toEqual(
      [first, second, third].map((entry) => entry?.caseNumber),
    );
    expect(rows[2]?.realDecision).toBe('Upheld');
  });

  it('refuses a file that is not a summary, says why, and exits 1', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ caseNumber: 'CM1' }]));
    const { code, stderr } = run(bad);
    expect(code).toBe(1);
    expect(stderr).toContain('Entry 1, requestedService: ');
    expect(run().code).toBe(2);
  });
});
