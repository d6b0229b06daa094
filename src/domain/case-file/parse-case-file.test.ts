import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoCase } from '../case/demo-case';
import { emptyCaseDraft } from '../case/empty-case';
import { CASE_FILE_FORMAT, serializeCaseFile } from './case-file-format';
import {
  checkCaseFileSize,
  DEFAULT_MAX_CASE_FILE_BYTES,
  formatByteSize,
  formatFileProblem,
  MAX_CASE_FILE_DEPTH,
  MAX_LISTED,
  parseCaseFile,
} from './parse-case-file';
import { scanJsonText } from './scan-json-text';

const AT = '2026-11-28T12:00:00.000Z';

function envelope(caseValue: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: CASE_FILE_FORMAT,
    formatVersion: 1,
    exportedAt: AT,
    case: caseValue,
    ...extra,
  });
}

function messages(text: string, maxBytes?: number): string[] {
  const result = parseCaseFile(text, maxBytes === undefined ? {} : { maxBytes });
  return (result.ok ? result.warnings : result.problems).map(formatFileProblem);
}

describe('serializeCaseFile / parseCaseFile round trip', () => {
  it('reads back exactly the case it wrote, with no warnings', () => {
    const draft = buildDemoCase('demo');
    draft.letter.edits['case-summary'] = { text: 'Edited <b>summary</b>\r\nline', basedOn: 'abc123' };
    const text = serializeCaseFile(draft, AT);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({
      format: 'imr-workbench-case',
      formatVersion: 1,
      exportedAt: AT,
    });
    expect(parseCaseFile(text)).toEqual({ ok: true, draft, warnings: [] });
  });

  it('reads an empty case and a file with a byte-order mark', () => {
    const draft = emptyCaseDraft('e');
    expect(parseCaseFile(`\uFEFF${serializeCaseFile(draft, AT)}`)).toEqual({ ok: true, draft, warnings: [] });
  });
});

describe('parseCaseFile refusals and warnings', () => {
  it('refuses a file over the limit, saying both sizes, and accepts one at the limit', () => {
    const text = serializeCaseFile(buildDemoCase('d'), AT);
    const size = new TextEncoder().encode(text).length;
    expect(parseCaseFile(text, { maxBytes: size }).ok).toBe(true);
    expect(messages(text, size - 1)).toEqual([
      `The file is too large: it is ${formatByteSize(size)} and the limit is ${formatByteSize(size - 1)}. A case file is normally well under 1 MB; check that this is the right file.`,
    ]);
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const draft = emptyCaseDraft('u');
    draft.injury.mechanism = '\u00e9'.repeat(600);
    const text = serializeCaseFile(draft, AT);
    expect(parseCaseFile(text, { maxBytes: text.length + 100 }).ok).toBe(false);
  });

  it.each([
    [1023, '1023 bytes'],
    [1, '1 byte'],
    [1536, '1.5 KB'],
    [20 * 1024 * 1024, '20.0 MB'],
  ])('formats %i bytes as %s', (bytes, words) => {
    expect(formatByteSize(bytes)).toBe(words);
  });

  it('has a size check callers can run before reading the file', () => {
    expect(checkCaseFileSize(DEFAULT_MAX_CASE_FILE_BYTES)).toBeNull();
    expect(checkCaseFileSize(DEFAULT_MAX_CASE_FILE_BYTES + 1)?.message).toMatch(
      /^The file is too large: it is 5\.0 MB and the limit is 5 MB\./,
    );
  });

  it.each([
    ['   \n ', 'The file is empty.'],
    [
      '"just text"',
      'This is not a workbench case file: it holds text ("just text"), not a case file object.',
    ],
    ['null', 'This is not a workbench case file: it holds null (empty), not a case file object.'],
    ['{"format": "imr-workbench-case", "formatVersion": 1, "case": {"a": 1}', 'The file ends early'],
    ['{"format": "imr-workbench-case", "case": "abc', 'The file ends early'],
    ['{"a": 1} {"b": 2}', 'The file is not valid JSON at line 1, column 10'],
    ['{"a": tru}', 'The file is not valid JSON'],
  ])('refuses %j', (text, start) => {
    const lines = messages(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(start), lines[0]).toBe(true);
  });

  it.each([
    [{ formatVersion: 0 }, 'formatVersion: expected a whole number (1 for this version), got a number (0).'],
    [
      { formatVersion: 1.5 },
      'formatVersion: expected a whole number (1 for this version), got a number (1.5).',
    ],
    [{ case: [1] }, 'case: expected the case as an object, got a list of 1 entry.'],
  ])('checks the envelope: %j', (extra, message) => {
    expect(messages(envelope(buildDemoCase('d'), extra))).toEqual([message]);
  });

  it.each([
    [
      undefined,
      'schemaVersion: expected a whole number (the case schema version, 2 for this version), got nothing.',
    ],
    [
      '1',
      'schemaVersion: expected a whole number (the case schema version, 2 for this version), got text ("1").',
    ],
  ])('checks the case schemaVersion %j', (version, message) => {
    const raw = { ...buildDemoCase('d'), schemaVersion: version };
    expect(messages(envelope(raw))).toEqual([message]);
  });

  it('reports a migration that fails with the migration reason', () => {
    const raw = { ...buildDemoCase('d'), schemaVersion: 0, disputedItems: 'not a list' };
    const lines = messages(envelope(raw));
    expect(lines[0]).toMatch(/^schemaVersion: The case record does not have the expected shape/);
    expect(lines.slice(1).some((line) => line.startsWith('disputedItems'))).toBe(true);
  });

  it('warns, and leaves out, fields this version does not know', () => {
    const raw = buildDemoCase('d') as unknown as Record<string, Record<string, unknown>>;
    raw.patient!.nickname = 'Jo';
    (raw.disputedItems as unknown as Record<string, unknown>[])[0]!.priorityFlag = true;
    const result = parseCaseFile(envelope(raw));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatFileProblem)).toEqual([
      'patient.nickname: not a field this version of the workbench knows; it was left out.',
      'disputedItems[0].priorityFlag: not a field this version of the workbench knows; it was left out.',
    ]);
    expect(result.draft.patient).not.toHaveProperty('nickname');
  });

  it('gives criteria the reviewer wrote a new id when a hand-edited file leaves it empty or repeats it', () => {
    const raw = buildDemoCase('d');
    raw.disputedItems[0]!.review.freeCriteria = [
      { id: 'a', text: 'First', answer: 'met', note: '' },
      { id: 'a', text: 'Second', answer: 'not_met', note: '' },
      { id: '', text: 'Third', answer: '', note: '' },
    ];
    const result = parseCaseFile(envelope(raw as unknown as Record<string, unknown>));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const criteria = result.draft.disputedItems[0]!.review.freeCriteria;
    expect(new Set(criteria.map((criterion) => criterion.id)).size).toBe(3);
    expect(criteria.map((criterion) => [criterion.text, criterion.answer])).toEqual([
      ['First', 'met'],
      ['Second', 'not_met'],
      ['Third', ''],
    ]);
    expect(result.warnings.map(formatFileProblem)).toEqual([
      'disputedItems[0].review.freeCriteria[1].id: Disputed service 1, criterion 2: its id was "a", the same as an earlier criterion\'s; it was given a new one.',
      'disputedItems[0].review.freeCriteria[2].id: Disputed service 1, criterion 3: its id was empty; it was given a new one.',
    ]);
  });

  it('warns when the export time is missing', () => {
    const text = JSON.stringify({ format: CASE_FILE_FORMAT, formatVersion: 1, case: buildDemoCase('d') });
    expect(messages(text)).toEqual(['exportedAt: missing or not a date-time; the export time is unknown.']);
  });

  it('lists at most a fixed number of problems and says how many more there are', () => {
    const draft = buildDemoCase('d') as unknown as Record<string, unknown>;
    draft.disputedItems = Array.from({ length: 60 }, () => ({ requestedAs: 5 }));
    const lines = messages(envelope(draft));
    expect(lines).toHaveLength(MAX_LISTED + 1);
    expect(lines[MAX_LISTED]).toMatch(/^\.\.\.and \d+ more problems not listed\.$/);
  });

  it('accepts nesting up to the depth limit and refuses one level more', () => {
    const nest = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    expect(scanJsonText(nest(MAX_CASE_FILE_DEPTH), { maxDepth: MAX_CASE_FILE_DEPTH }).tooDeep).toBeNull();
    expect(scanJsonText(nest(MAX_CASE_FILE_DEPTH + 1), { maxDepth: MAX_CASE_FILE_DEPTH }).tooDeep).toEqual({
      depth: MAX_CASE_FILE_DEPTH + 1,
      path: `${'[0]'.repeat(MAX_CASE_FILE_DEPTH)}`,
    });
    expect(messages(nest(100000))[0]).toMatch(/nests data more than 20 levels deep/);
  });
});

describe('scanJsonText', () => {
  it.each([
    ['{"__proto__": 1}', ['__proto__']],
    ['{"a": {"\\u005f_proto__": 1}}', ['__proto__']],
    ['{"list": [{"x": 1}, {"constructor": {}}]}', ['constructor']],
    ['{"prototype": null}', ['prototype']],
    ['{"note": "__proto__", "text": "{\\"constructor\\": 1}"}', []],
    ['{"Constructor": 1, "proto": 2}', []],
  ])('finds forbidden keys in %s', (text, keys) => {
    expect(scanJsonText(text, { maxDepth: 20 }).forbiddenKeys.map((finding) => finding.key)).toEqual(keys);
  });

  it('reports the path of a forbidden key', () => {
    expect(
      scanJsonText('{"case": {"items": [1, {"a": {"__proto__": {}}}]}}', { maxDepth: 20 }).forbiddenKeys,
    ).toEqual([{ key: '__proto__', path: 'case.items[1].a.__proto__' }]);
  });

  it.each([
    ['{"a": [1, 2', true],
    ['{"a": "text', true],
    ['{"a": "ends with backslash\\', true],
    ['{"a": "brace } in text"}', false],
    ['{"a": "quote \\" in text"}', false],
  ])('%j ends early: %s', (text, endsEarly) => {
    expect(scanJsonText(text, { maxDepth: 20 }).endsEarly).toBe(endsEarly);
  });
});

describe('parseCaseFile: a summary of an IMR decision', () => {
  const lumbarMri = readFileSync(
    new URL('../../../e2e/fixtures/decision-summaries/one-lumbar-mri.json', import.meta.url),
    'utf8',
  );

  it('reads one summary into a draft, lists the answers read from its findings and leaves the rest', () => {
    const result = parseCaseFile(lumbarMri);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.imr.caseNumber).toBe('CM17-0010364');
    expect(result.draft.disputedItems[0]).toMatchObject({
      requestedAs: 'MRI lumbar spine without contrast',
      serviceType: 'mri',
      bodyPart: 'lumbar spine',
      urDecision: 'denied',
    });
    expect(result.warnings.map(formatFileProblem)).toEqual([
      expect.stringMatching(
        /^Read from a summary of an IMR decision, not a case file: .* left for you to answer/,
      ),
      // Each answer read from a key finding, with the words it came from.
      'Work status: temporarily totally disabled, read from "not working".',
      'Disputed service 1: objective neurologic findings on exam (dermatomal sensory loss, myotomal weakness, reflex change): no, read from "no sensory, motor or reflex deficit".',
    ]);
    expect(result.draft.disputedItems[0]?.facts.neuroDeficit).toBe(false);
    // A list holding one summary reads the same.
    expect(parseCaseFile(`[${lumbarMri}]`).ok).toBe(true);
  });

  it('lists the work status, courses, surgeries and drug test read from the findings, with their words', () => {
    const summary = {
      caseNumber: 'CM17-TEST-3',
      reportDates: ['2017-01-10'],
      keyFindings: [
        'Completed 6 chiropractic sessions; chiropractic notes show improved motion',
        'UDT consistent',
        'temporarily totally disabled',
        'status post L4-5 microdiscectomy 03/04/2015',
      ],
      requestedService: { name: 'Chiropractic care, low back, 6 sessions' },
    };
    const result = parseCaseFile(JSON.stringify(summary));
    if (!result.ok) throw new Error('expected the summary to import');
    expect(result.draft.work.status).toBe('ttd');
    expect(result.warnings.map(formatFileProblem).slice(1)).toEqual([
      'Work status: temporarily totally disabled, read from "temporarily totally disabled".',
      'Treatment history: 6 chiropractic visits completed, functional improvement: yes, read from "Completed 6 chiropractic sessions" and "chiropractic notes show improved motion".',
      'Treatment history: surgery "L4-5 microdiscectomy" on 03/04/2015, read from "status post L4-5 microdiscectomy 03/04/2015".',
      'Treatment history: a urine drug test, consistent, dated as the latest report (01/10/2017), read from "UDT consistent".',
      'Disputed service 1: the treating provider\'s plan of care specifically recommends manipulation, with measurable functional goals: yes, read from "chiropractic notes show improved motion (measured gains of the manipulation requested)".',
    ]);
    expect(result.draft.treatment.surgeries).toMatchObject([
      { type: 'L4-5 microdiscectomy', date: '2015-03-04' },
    ]);
  });

  it('reads the summaries of one case’s items into one case, an item each', () => {
    const twoItems = readFileSync(
      new URL('../../../e2e/fixtures/decision-summaries/one-case-two-items.json', import.meta.url),
      'utf8',
    );
    const result = parseCaseFile(twoItems);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.imr.caseNumber).toBe('CM17-0006797');
    expect(result.draft.disputedItems.map((item) => [item.id, item.serviceType])).toEqual([
      ['summary-item-1', 'cold_therapy_unit'],
      ['summary-item-2', 'surgery'],
    ]);
  });

  it('refuses summaries of several cases in one file, saying how many and what to do', () => {
    const other = lumbarMri.replace('"CM17-0010364"', '"CM17-0000001"');
    expect(messages(`[${lumbarMri}, ${other}]`)).toEqual([
      expect.stringMatching(
        /^This file holds IMR decision summaries of 2 cases; a file imports as one case\. .*npm run agreement/,
      ),
    ]);
  });

  it('refuses a summary it cannot read, naming the field', () => {
    const broken = { ...JSON.parse(lumbarMri), requestedService: { category: 'imaging' } };
    expect(messages(JSON.stringify(broken))).toEqual([
      expect.stringMatching(/^Entry 1, requestedService\.name: /),
    ]);
  });

  it('still checks a summary for hostile keys before reading it', () => {
    const hostile = lumbarMri.replace('"caseNumber"', '"__proto__": {"polluted": true}, "caseNumber"');
    expect(messages(hostile)).toEqual([expect.stringContaining('"__proto__"')]);
  });
});
