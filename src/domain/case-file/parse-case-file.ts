/**
 * Reads a case file's text into a `CaseDraft`, or refuses it with a plain-words problem for each
 * thing wrong. Shared by the import screen and the batch CLI, so both say the same things.
 *
 * Order of checks, each one refusing before the next can be fooled: size; empty; not JSON at all;
 * a raw-text scan (prototype keys such as `__proto__`, nesting depth, text that ends early) before
 * JSON.parse, so a hostile key never becomes an object property; JSON syntax; the envelope (format
 * marker, formatVersion); the case's schemaVersion (newer: refused; older: migrated with
 * migrateCaseRecord); the case's shape, every problem with its path.
 *
 * Impossible or malformed dates (2014-02-30, 11/24/2014) are WARNINGS, not problems: the draft
 * schema keeps dates as typed so nothing is lost (docs/decisions/001), and the wizard flags them.
 * Fields this version does not know are left out, with a warning naming each.
 */
import * as z from 'zod';
import { CASE_SCHEMA_VERSION, type CaseDraft, CaseDraftSchema, DateText } from '../case/case-schema';
import { migrateCaseRecord } from '../case/migrate-case';
import { labelForPath } from '../case/validate-case';
import { formatUsDate, isValidIsoDate, lastDayOfMonth, MONTH_NAMES } from '../dates/dates';
import { DISCIPLINE_LABELS, WORK_STATUS_PHRASES } from '../guidelines/facts';
import { DETERMINATION_SUMMARY_FORMAT } from '../letter/determination-summary';
import { CASE_FILE_FORMAT, CASE_FILE_FORMAT_VERSION } from './case-file-format';
import { readDecisionSummaries, readDecisionSummaryCase, summariesByCase } from './decision-summary';
import { describeIssue, describeValue, type FileProblem } from './describe-issues';
import { shownAnswer } from './finding-words';
import { FORBIDDEN_KEYS, formatPath, scanJsonText } from './scan-json-text';

export type { FileProblem } from './describe-issues';

export const DEFAULT_MAX_CASE_FILE_BYTES = 5 * 1024 * 1024;
/** No case file nests deeper than about 8 levels; 20 leaves room and stops stack-busting input. */
export const MAX_CASE_FILE_DEPTH = 20;
/** Problems and warnings listed one by one before "and N more". */
export const MAX_LISTED = 50;

export interface ParseCaseFileOptions {
  maxBytes?: number;
}

export type ParseCaseFileResult =
  | { ok: true; draft: CaseDraft; warnings: FileProblem[] }
  | { ok: false; problems: FileProblem[] };

/** "512 bytes", "12.3 KB", "20.0 MB" */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The size check alone, for callers that know the size before reading (File.size, fs.stat). */
export function checkCaseFileSize(bytes: number, maxBytes = DEFAULT_MAX_CASE_FILE_BYTES): FileProblem | null {
  if (bytes <= maxBytes) return null;
  const limit = maxBytes % (1024 * 1024) === 0 ? `${maxBytes / (1024 * 1024)} MB` : formatByteSize(maxBytes);
  return {
    path: '',
    message: `The file is too large: it is ${formatByteSize(bytes)} and the limit is ${limit}. A case file is normally well under 1 MB; check that this is the right file.`,
  };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

const refuse = (...problems: FileProblem[]): ParseCaseFileResult => ({ ok: false, problems });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Caps a list of findings, adding one line for the rest. */
function capped(findings: FileProblem[], what: string): FileProblem[] {
  if (findings.length <= MAX_LISTED) return findings;
  const rest = findings.length - MAX_LISTED;
  return [...findings.slice(0, MAX_LISTED), { path: '', message: `...and ${rest} more ${what} not listed.` }];
}

function syntaxProblem(text: string, error: unknown): FileProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  let where = '';
  if (lineColumn) where = ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  else if (position !== undefined) {
    const before = text.slice(0, Number(position));
    const line = before.split('\n').length;
    const column = Number(position) - before.lastIndexOf('\n');
    where = ` at line ${line}, column ${column}`;
  }
  return { path: '', message: `The file is not valid JSON${where}, so it cannot be read as a case file.` };
}

function dateWarning(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match)
    return `"${value}" is not a date in YYYY-MM-DD form. It was kept as typed; correct it in the case.`;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month >= 1 && month <= 12) {
    const days = lastDayOfMonth(year, month)?.slice(-2);
    return `"${value}" is not a real date (${MONTH_NAMES[month - 1]} ${year} has ${days} days). It was kept as typed; correct it in the case.`;
  }
  return `"${value}" is not a real date (there is no month ${match[2]}). It was kept as typed; correct it in the case.`;
}

/** Every non-empty date field of the case that is not a real YYYY-MM-DD date. */
export function findBadDates(
  schema: z.ZodType,
  value: unknown,
  path: (string | number)[] = [],
): FileProblem[] {
  if (schema === DateText) {
    return typeof value === 'string' && value !== '' && !isValidIsoDate(value)
      ? [{ path: formatPath(path), message: dateWarning(value) }]
      : [];
  }
  if (schema instanceof z.ZodObject && isRecord(value)) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      findBadDates(child, value[key], [...path, key]),
    );
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((entry, index) =>
      findBadDates(schema.element as z.ZodType, entry, [...path, index]),
    );
  }
  if (schema instanceof z.ZodRecord && isRecord(value)) {
    return Object.entries(value).flatMap(([key, entry]) =>
      findBadDates(schema.valueType as z.ZodType, entry, [...path, key]),
    );
  }
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return findBadDates(schema.unwrap() as z.ZodType, value, path);
  }
  return [];
}

/** Fields in the file that the parsed case does not have (unknown to this version): left out, with a warning. */
export function findUnknownFields(
  raw: unknown,
  parsed: unknown,
  path: (string | number)[] = [],
): FileProblem[] {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    return raw.flatMap((entry, index) => findUnknownFields(entry, parsed[index], [...path, index]));
  }
  if (!isRecord(raw) || !isRecord(parsed)) return [];
  return Object.keys(raw).flatMap((key) =>
    Object.hasOwn(parsed, key)
      ? findUnknownFields(raw[key], parsed[key], [...path, key])
      : [
          {
            path: formatPath([...path, key]),
            message: 'not a field this version of the workbench knows; it was left out.',
          },
        ],
  );
}

function checkEnvelope(file: Record<string, unknown>): FileProblem[] {
  const problems: FileProblem[] = [];
  if (!Object.hasOwn(file, 'format')) {
    const looksLikeBareCase = Object.hasOwn(file, 'schemaVersion') && Object.hasOwn(file, 'disputedItems');
    problems.push({
      path: 'format',
      message: looksLikeBareCase
        ? `missing: this looks like a bare case record, not a case file. Export the case from the workbench to get a file with "format": "${CASE_FILE_FORMAT}".`
        : `missing: a workbench case file has "format": "${CASE_FILE_FORMAT}", so this is not a case file.`,
    });
    return problems;
  }
  if (file.format === DETERMINATION_SUMMARY_FORMAT) {
    problems.push({
      path: 'format',
      message:
        'this is a determination summary (downloaded from the letter page): it holds the decisions, not the case. To move a case, import its case file instead (Export on the case list, or Export case file on the letter page).',
    });
    return problems;
  }
  if (file.format !== CASE_FILE_FORMAT) {
    problems.push({
      path: 'format',
      message: `expected "${CASE_FILE_FORMAT}", got ${describeValue(file.format)}: this is not a workbench case file.`,
    });
    return problems;
  }
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push({
      path: 'formatVersion',
      message: `expected a whole number (${CASE_FILE_FORMAT_VERSION} for this version), got ${describeValue(version)}.`,
    });
  } else if (version > CASE_FILE_FORMAT_VERSION) {
    problems.push({
      path: 'formatVersion',
      message: `This file was made by a newer version of the workbench (case file format ${version}; this version reads format ${CASE_FILE_FORMAT_VERSION}). Open it in the newer workbench; nothing was changed.`,
    });
  }
  if (!isRecord(file.case)) {
    problems.push({
      path: 'case',
      message:
        file.case === undefined
          ? 'missing: the file has no case in it.'
          : `expected the case as an object, got ${describeValue(file.case)}.`,
    });
  }
  return problems;
}

function parseCase(rawCase: Record<string, unknown>): ParseCaseFileResult {
  const version = rawCase.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse({
      path: 'schemaVersion',
      message: `expected a whole number (the case schema version, ${CASE_SCHEMA_VERSION} for this version), got ${describeValue(version)}.`,
    });
  }
  if (version > CASE_SCHEMA_VERSION) {
    return refuse({
      path: 'schemaVersion',
      message: `This case was made by a newer version of the workbench (case schema version ${version}; this version reads up to ${CASE_SCHEMA_VERSION}). Open it in the newer workbench; nothing was changed.`,
    });
  }

  const warnings: FileProblem[] = [];
  let draft: CaseDraft;
  if (version < CASE_SCHEMA_VERSION) {
    const migrated = migrateCaseRecord(rawCase);
    if (!migrated.ok) {
      return refuse(
        { path: 'schemaVersion', message: migrated.reason },
        ...capped(
          migrated.issues.map((issue) => ({ path: issue.path, message: issue.message })),
          'problems',
        ),
      );
    }
    draft = migrated.draft;
    warnings.push({
      path: 'schemaVersion',
      message: `This case was saved by an older version of the workbench (case schema version ${version}) and was updated to version ${CASE_SCHEMA_VERSION}. Export it again to save it in the new form.`,
    });
  } else {
    const parsed = CaseDraftSchema.safeParse(rawCase);
    if (!parsed.success) {
      return refuse(
        ...capped(
          parsed.error.issues.map((issue) => describeIssue(issue, rawCase)),
          'problems',
        ),
      );
    }
    draft = parsed.data;
    warnings.push(...findUnknownFields(rawCase, draft));
  }
  warnings.push(...findBadDates(CaseDraftSchema, draft));
  warnings.push(...repairFreeCriterionIds(draft));
  return { ok: true, draft, warnings: capped(warnings, 'warnings') };
}

/**
 * The workbench gives every criterion the reviewer writes its own id; a hand-edited file may leave
 * one empty or repeat it, and the panel and the evaluation tell criteria apart by id (answers would
 * show on the wrong criterion). Such criteria get a new id, unique within their service, and a
 * warning. Mutates the freshly parsed draft.
 */
export function repairFreeCriterionIds(draft: CaseDraft): FileProblem[] {
  const warnings: FileProblem[] = [];
  draft.disputedItems.forEach((item, itemIndex) => {
    const taken = new Set<string>();
    const all = new Set(item.review.freeCriteria.map((criterion) => criterion.id));
    item.review.freeCriteria.forEach((criterion, criterionIndex) => {
      const id = criterion.id.trim();
      if (id !== '' && !taken.has(id)) {
        taken.add(id);
        return;
      }
      let fresh = `criterion-${criterionIndex + 1}`;
      for (let n = 2; taken.has(fresh) || all.has(fresh); n += 1)
        fresh = `criterion-${criterionIndex + 1}-${n}`;
      taken.add(fresh);
      criterion.id = fresh;
      warnings.push({
        path: formatPath(['disputedItems', itemIndex, 'review', 'freeCriteria', criterionIndex, 'id']),
        message: `Disputed service ${itemIndex + 1}, criterion ${criterionIndex + 1}: its id was ${id === '' ? 'empty' : `"${id}", the same as an earlier criterion's`}; it was given a new one.`,
      });
    });
  });
  return warnings;
}

export function parseCaseFile(text: string, options: ParseCaseFileOptions = {}): ParseCaseFileResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_CASE_FILE_BYTES;
  const tooLarge = checkCaseFileSize(utf8Length(text), maxBytes);
  if (tooLarge) return refuse(tooLarge);

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trimStart();
  if (trimmed === '') return refuse({ path: '', message: 'The file is empty.' });
  if (!/^[{["\d-]|^(true|false|null)\b/.test(trimmed)) {
    const start = JSON.stringify(trimmed.slice(0, 24));
    return refuse({
      path: '',
      message: `This is not a workbench case file: a case file is JSON text starting with "{", and this file starts with ${start}.`,
    });
  }

  const scan = scanJsonText(body, { maxDepth: MAX_CASE_FILE_DEPTH });
  if (scan.tooDeep) {
    return refuse({
      path: scan.tooDeep.path.replace(/^case(\.|(?=\[)|$)/, ''),
      message: `The file nests data more than ${MAX_CASE_FILE_DEPTH} levels deep; no case file does, so it was refused without reading further.`,
    });
  }
  if (scan.forbiddenKeys.length > 0) {
    return refuse(
      ...scan.forbiddenKeys.map(({ key, path }) => ({
        path: path.replace(/^case(\.|(?=\[)|$)/, ''),
        message: `The file contains the key "${key}", which is never part of a case file and could tamper with the program (${[
          ...FORBIDDEN_KEYS,
        ].join(', ')} are refused). The file was not read.`,
      })),
    );
  }

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    if (scan.endsEarly || /end of (JSON )?(input|data)/i.test(error instanceof Error ? error.message : '')) {
      return refuse({
        path: '',
        message:
          'The file ends early: it looks cut off (a text value or a bracket is still open at the end). Export the case again, or find the complete copy.',
      });
    }
    return refuse(syntaxProblem(body, error));
  }

  const summaries = decisionSummariesIn(data);
  if (summaries !== null) return summaries;
  if (!isRecord(data)) {
    return refuse({
      path: '',
      message: `This is not a workbench case file: it holds ${describeValue(data)}, not a case file object.`,
    });
  }
  const envelopeProblems = checkEnvelope(data);
  if (envelopeProblems.length > 0) return refuse(...envelopeProblems);

  const result = parseCase(data.case as Record<string, unknown>);
  const exportedAt = data.exportedAt;
  if (result.ok && (typeof exportedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(exportedAt))) {
    result.warnings.unshift({
      path: 'exportedAt',
      message: 'missing or not a date-time; the export time is unknown.',
    });
  }
  return result;
}

const looksLikeDecisionSummary = (value: unknown) =>
  isRecord(value) &&
  !Object.hasOwn(value, 'format') &&
  Object.hasOwn(value, 'caseNumber') &&
  Object.hasOwn(value, 'requestedService');

/**
 * A summary of a public IMR decision (the development fixtures' shape), or a list of the summaries
 * of one case's items: read into a draft whose guideline questions are left for the reviewer but
 * for those a key finding answers in so many words (each listed with its words), and said so. null
 * when the data is not one; summaries of several cases are refused, since a file imports as one
 * case.
 */
function decisionSummariesIn(data: unknown): ParseCaseFileResult | null {
  const entries = Array.isArray(data) ? data : [data];
  if (entries.length === 0 || !entries.every(looksLikeDecisionSummary)) return null;
  const read = readDecisionSummaries(entries);
  if (!read.ok) return refuse(...read.problems.map((message) => ({ path: '', message })));
  const cases = summariesByCase(read.summaries);
  if (cases.length > 1) {
    return refuse({
      path: '',
      message: `This file holds IMR decision summaries of ${cases.length} cases; a file imports as one case. Save each case's summaries in a file of their own, or compare them all with the evaluator at once: npm run agreement -- <file>.`,
    });
  }
  const [summary] = read.summaries;
  if (summary === undefined) return null;
  const { draft, answersByItem, courses, drugTest, workStatus, surgeries } = readDecisionSummaryCase(
    read.summaries,
    `summary-${summary.caseNumber}`,
  );
  const workStatusNotes = workStatus
    ? [
        {
          path: '',
          message: `Work status: ${WORK_STATUS_PHRASES[workStatus.status]}, read from "${workStatus.source}".`,
        },
      ]
    : [];
  const [udt] = draft.treatment.urineDrugTests;
  const drugTestNotes =
    drugTest && udt
      ? [
          {
            path: '',
            message: `Treatment history: a urine drug test${
              drugTest.consistent === null ? '' : drugTest.consistent ? ', consistent' : ', inconsistent'
            }, dated as the latest report (${formatUsDate(udt.date)}), read from "${drugTest.source}".`,
          },
        ]
      : [];
  const courseNotes = courses.map(
    ({ discipline, visitsCompleted, functionalImprovementDocumented, sources }) => ({
      path: '',
      message: `Treatment history: ${visitsCompleted} ${DISCIPLINE_LABELS[discipline]} visits completed${
        functionalImprovementDocumented === null
          ? ''
          : `, functional improvement: ${shownAnswer(functionalImprovementDocumented)}`
      }, read from "${sources.join('" and "')}".`,
    }),
  );
  const surgeryNotes = surgeries.map(({ type, date, source }) => ({
    path: '',
    message: `Treatment history: surgery "${type}" on ${formatUsDate(date)}, read from "${source}".`,
  }));
  // Each answer taken from the findings, with its words, so the reviewer can check it.
  const answerNotes = answersByItem.flatMap((answers, itemIndex) =>
    answers.map(({ key, value, source }) => ({
      path: '',
      message: `${labelForPath(`disputedItems.${itemIndex}.facts.${key}`)}: ${shownAnswer(value)}, read from "${source}".`,
    })),
  );
  return {
    ok: true,
    draft,
    warnings: [
      {
        path: '',
        message:
          "Read from a summary of an IMR decision, not a case file: the request, dates, diagnoses and medications are entered from its words, and the key findings are in the latest report. Only the work status, courses of therapy, dated surgeries, drug tests and answers a key finding states in so many words are entered (listed below, if any); the other questions about the worker's findings are left for you to answer from the records.",
      },
      ...workStatusNotes,
      ...courseNotes,
      ...surgeryNotes,
      ...drugTestNotes,
      ...answerNotes,
    ],
  };
}

/** One line per problem, as the import screen and the CLI print them. */
export function formatFileProblem(problem: FileProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
