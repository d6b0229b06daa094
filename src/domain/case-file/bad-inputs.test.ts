import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileProblem, parseCaseFile } from './parse-case-file';

const CORPUS = resolve(import.meta.dirname, '../../../e2e/fixtures/bad-inputs');

function messagesOf(name: string): { ok: boolean; lines: string[] } {
  const result = parseCaseFile(readFileSync(resolve(CORPUS, name), 'utf8'));
  return { ok: result.ok, lines: (result.ok ? result.warnings : result.problems).map(formatFileProblem) };
}

/** Each corpus file, whether it is read, and the start of every message it must produce, in order. */
const EXPECTED: Record<string, { ok: boolean; messages: string[] }> = {
  'not-json.txt': {
    ok: false,
    messages: [
      'This is not a workbench case file: a case file is JSON text starting with "{", and this file starts with "Patient notes 11/11/14\\nL".',
    ],
  },
  'pdf-renamed.json': {
    ok: false,
    messages: [
      'This is not a workbench case file: a case file is JSON text starting with "{", and this file starts with "%PDF-1.7',
    ],
  },
  'empty.json': { ok: false, messages: ['The file is empty.'] },
  'truncated.json': { ok: false, messages: ['The file ends early: it looks cut off'] },
  'syntax-error.json': {
    ok: false,
    messages: ['The file is not valid JSON at line 4, column 3, so it cannot be read as a case file.'],
  },
  'json-array.json': {
    ok: false,
    messages: ['This is not a workbench case file: it holds a list of 3 entries, not a case file object.'],
  },
  'wrong-format.json': {
    ok: false,
    messages: [
      'format: expected "imr-workbench-case", got text ("some-other-app"): this is not a workbench case file.',
    ],
  },
  'determination-summary.json': {
    ok: false,
    messages: [
      'format: this is a determination summary (downloaded from the letter page): it holds the decisions, not the case.',
    ],
  },
  'bare-case-record.json': {
    ok: false,
    messages: ['format: missing: this looks like a bare case record, not a case file.'],
  },
  'no-case.json': { ok: false, messages: ['case: missing: the file has no case in it.'] },
  'newer-format-version.json': {
    ok: false,
    messages: [
      'formatVersion: This file was made by a newer version of the workbench (case file format 2; this version reads format 1).',
    ],
  },
  'wrong-format-version-type.json': {
    ok: false,
    messages: ['formatVersion: expected a whole number (1 for this version), got text ("1").'],
  },
  'newer-schema-version.json': {
    ok: false,
    messages: [
      'schemaVersion: This case was made by a newer version of the workbench (case schema version 99; this version reads up to 2).',
    ],
  },
  'deeply-nested.json': {
    ok: false,
    messages: ['patient.notes.deeper.deeper'],
  },
  'proto-key.json': {
    ok: false,
    messages: [
      'patient.__proto__: The file contains the key "__proto__", which is never part of a case file',
    ],
  },
  'constructor-key-escaped.json': {
    ok: false,
    messages: [
      'reviewer.constructor: The file contains the key "constructor"',
      'reviewer.constructor.prototype: The file contains the key "prototype"',
    ],
  },
  'wrong-types.json': {
    ok: false,
    messages: [
      'id: must not be empty',
      'imr.priority: expected one of "standard", "expedited" or empty text (""), got text ("urgent")',
      'patient.age: expected a number, got text ("36")',
      'patient.sex: expected one of "female", "male", "other" or empty text (""), got a number (5)',
      'injury.diagnoses: expected a list, got an object',
      'reports[0].complaints: expected a list, got text ("left sided low back pain")',
      'work.returnToWorkGoal: expected one of "specific_job_exceeds_abilities", "on_the_job_training", "none" or empty text (""), got true',
      'disputedItems[0].frequencyPerWeek: expected a number, got text ("two")',
      'disputedItems[0].review: missing: expected an object',
      'letter.edits["case-summary"].text: expected text, got a number (42)',
    ],
  },
  'impossible-dates.json': {
    ok: true,
    messages: [
      'imr.urDeterminationDate: "2014-02-30" is not a real date (February 2014 has 28 days). It was kept as typed; correct it in the case.',
      'injury.dateOfInjury: "2013-13-01" is not a real date (there is no month 13).',
      'reports[0].date: "11/24/2014" is not a date in YYYY-MM-DD form.',
    ],
  },
  'older-schema-version.json': {
    ok: true,
    messages: [
      'schemaVersion: This case was saved by an older version of the workbench (case schema version 0) and was updated to version 2.',
    ],
  },
};

describe('the hostile case-file corpus (e2e/fixtures/bad-inputs)', () => {
  it('has an expectation for every file in the folder, and a file for every expectation', () => {
    const files = readdirSync(CORPUS).filter((name) => name !== 'README.md' && name !== 'biome.json');
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const { ok, lines } = messagesOf(name);
    expect(ok).toBe(expected.ok);
    expect(lines).toHaveLength(expected.messages.length);
    expected.messages.forEach((message, index) => {
      expect(lines[index]?.startsWith(message), lines[index]).toBe(true);
    });
  });

  it('lists every corpus file in its README', () => {
    const readme = readFileSync(resolve(CORPUS, 'README.md'), 'utf8');
    for (const name of Object.keys(EXPECTED)) expect(readme).toContain(`\`${name}\``);
  });

  it('refuses a 20 MB file (generated here, never committed), saying its size and the limit', () => {
    const chunk = `${JSON.stringify({ note: 'x'.repeat(1000) })},`;
    const text = `[${chunk.repeat(Math.ceil((20 * 1024 * 1024) / chunk.length))}1]`;
    const result = parseCaseFile(text);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message:
            'The file is too large: it is 20.0 MB and the limit is 5 MB. A case file is normally well under 1 MB; check that this is the right file.',
        },
      ],
    });
  });

  it('never lets a hostile key reach an object: the prototype is untouched after reading the corpus', () => {
    for (const name of Object.keys(EXPECTED)) messagesOf(name);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
