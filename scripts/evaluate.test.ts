/**
 * Runs the batch CLI as a user would (a child process through tsx) on a demo case file written
 * here and on a hostile file from the corpus.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoCase } from '../src/domain/case/demo-case';
import { serializeCaseFile } from '../src/domain/case-file/case-file-format';
import { formatFileProblem, parseCaseFile } from '../src/domain/case-file/parse-case-file';
import { ROOT, runCli } from './run-cli-for-tests';

const BAD_FILE = resolve(ROOT, 'e2e/fixtures/bad-inputs/proto-key.json');
let dir: string;
let demoFile: string;

const run = (...args: string[]) => runCli('evaluate.ts', args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'imr-cli-'));
  demoFile = join(dir, 'demo.imr.json');
  writeFileSync(demoFile, serializeCaseFile(buildDemoCase('demo'), '2026-11-28T12:00:00.000Z'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Each test starts tsx in a child process: slow on a loaded machine, so a generous timeout.
describe('npm run evaluate', { timeout: 60_000 }, () => {
  it('prints the evaluation of a case file as JSON', () => {
    const { code, stdout, stderr } = run('--as-of', '2014-12-20', demoFile);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [report] = JSON.parse(stdout);
    expect(report).toMatchObject({ file: demoFile, caseNumber: 'DEMO-WH-2014', asOf: '2014-12-20' });
    const [item] = report.items;
    expect(item).toMatchObject({
      requestedAs: 'Work hardening physical therapy 2 times a week for 6 weeks',
      guidelineSet: { edition: '2009' },
      path: 'mtus',
      recommendation: 'uphold',
      reviewerDecision: null,
      decision: 'upheld',
    });
    const status = Object.fromEntries(
      item.criteria.map((criterion: { id: string; status: string }) => [criterion.id, criterion.status]),
    );
    expect(status).toMatchObject({
      'wh-attendance': 'not_met',
      'wh-duration': 'not_met',
      'wh-within-2-years': 'met',
    });
  });

  it('with --letter prints the letter as plain text and the pre-issue check', () => {
    const { code, stdout } = run('--letter', '--as-of', '2014-12-20', demoFile);
    expect(code).toBe(0);
    expect(stdout).toContain(`=== ${demoFile} ===`);
    expect(stdout).toContain('Work hardening physical therapy 2 times a week for 6 weeks: Upheld');
    expect(stdout).toContain('Determination Date: 12/20/2014');
    expect(stdout).toContain(
      'The requested work hardening physical therapy 2 times a week for 6 weeks IS NOT medically necessary.',
    );
    expect(stdout).toMatch(/--- letter \(hash [0-9a-f]{12}\) ---/);
    expect(stdout).toContain('--- pre-issue check ---');
  });

  it('refuses a bad file with the import messages and a non-zero exit code, still reading the good one', () => {
    const expected = parseCaseFile(readFileSync(BAD_FILE, 'utf8'));
    expect(expected.ok).toBe(false);
    const { code, stdout, stderr } = run('--as-of', '2014-12-20', BAD_FILE, demoFile);
    expect(code).toBe(1);
    if (!expected.ok) {
      for (const problem of expected.problems) expect(stderr).toContain(formatFileProblem(problem));
    }
    expect(stderr).toContain(`${BAD_FILE}: not read:`);
    expect(JSON.parse(stdout).map((report: { file: string }) => report.file)).toEqual([demoFile]);
  });

  it('refuses a 20 MB file by its size without reading it', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024, 0x20));
    const { code, stderr } = run(big);
    expect(code).toBe(1);
    expect(stderr).toContain('The file is too large: it is 20.0 MB and the limit is 5 MB.');
  });

  it.each([
    [
      ['--as-of', '2014-02-30', 'x.json'],
      '--as-of must be a real date in YYYY-MM-DD form, got "2014-02-30".',
    ],
    [[], 'No case file given.'],
    [['--nope', 'x.json'], 'Unknown option'],
  ])('rejects usage %j with exit code 2', (args, message) => {
    const { code, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
