/**
 * Reads a stored or imported case record of any known schema version as a current `CaseDraft`.
 *
 * Each schema change is a named step with an `up()` that turns a record of `fromVersion` into one of
 * `fromVersion + 1` (the tldraw pattern). Steps run in order up to `CASE_SCHEMA_VERSION`, then the
 * result must pass `CaseDraftSchema`. A record made by a newer workbench is refused, never
 * down-converted: guessing at fields we do not know would lose the reviewer's work.
 *
 * To change the stored shape: bump CASE_SCHEMA_VERSION in case-schema.ts, add a step here whose
 * `fromVersion` is the old version, and add a test that migrates a record of the old shape.
 */
import { CASE_SCHEMA_VERSION, type CaseDraft, CaseDraftSchema } from './case-schema';
import { emptyMedication } from './empty-case';

export interface MigrationIssue {
  path: string;
  message: string;
}

export type MigrateCaseResult =
  | { ok: true; draft: CaseDraft; migratedFrom?: number }
  | { ok: false; reason: string; issues: MigrationIssue[] };

type UnknownRecord = Record<string, unknown>;

export interface CaseMigration {
  /** Stable, descriptive name (shows in error messages). */
  id: string;
  fromVersion: number;
  /** Receives a private deep copy: may mutate and return it. */
  up: (record: UnknownRecord) => UnknownRecord;
}

/** The oldest shape this workbench can still read. */
export const OLDEST_READABLE_SCHEMA_VERSION = 0;

/**
 * Version 0 (pre-release) had no letter edits, no urine drug tests, medications with only
 * id/name/dose/frequency/startDate, and disputed items without a requested medication.
 */
const addLetterMedicationDetailsAndUrineTests: CaseMigration = {
  id: 'v0-to-v1-add-letter-medication-details-urine-tests',
  fromVersion: 0,
  up(record) {
    if (!isObject(record.letter)) record.letter = { edits: {} };

    if (isObject(record.treatment)) {
      const treatment = record.treatment;
      if (!Array.isArray(treatment.urineDrugTests)) treatment.urineDrugTests = [];
      if (Array.isArray(treatment.medications)) {
        treatment.medications = treatment.medications.map((medication, index) =>
          isObject(medication)
            ? { ...emptyMedication(stringOr(medication.id, `medication-${index + 1}`)), ...medication }
            : medication,
        );
      }
    }

    if (Array.isArray(record.disputedItems)) {
      record.disputedItems = record.disputedItems.map((item, index) => {
        if (!isObject(item) || isObject(item.medication)) return item;
        const itemId = stringOr(item.id, `item-${index + 1}`);
        return { ...item, medication: emptyMedication(`${itemId}-medication`) };
      });
    }

    record.schemaVersion = 1;
    return record;
  },
};

/** The chiropractic criterion whose reviewer judgment became the fact below in version 2. */
const PLAN_OF_CARE_CRITERION = 'ch-plan-of-care';

/**
 * Version 1 kept whether a chiropractic plan of care recommends manipulation with functional goals
 * as the reviewer's judgment on that criterion; version 2 keeps it as a documented fact of the
 * item, so a report or a summary can answer it. The answer moves to the fact. An answer with a note
 * also stays where it was, now an override with the same answer: the note is the reviewer's words.
 */
const planOfCareJudgmentToFact: CaseMigration = {
  id: 'v1-to-v2-chiropractic-plan-of-care-judgment-to-fact',
  fromVersion: 1,
  up(record) {
    if (Array.isArray(record.disputedItems)) {
      for (const item of record.disputedItems) {
        if (!isObject(item) || !isObject(item.facts) || !isObject(item.review)) continue;
        const criteria = item.review.criteria;
        if (!isObject(criteria)) continue;
        const entry = criteria[PLAN_OF_CARE_CRITERION];
        if (!isObject(entry) || (entry.answer !== 'met' && entry.answer !== 'not_met')) continue;
        item.facts.manipulationPlanOfCare = entry.answer === 'met';
        if (typeof entry.note !== 'string' || entry.note.trim() === '')
          delete criteria[PLAN_OF_CARE_CRITERION];
      }
    }
    record.schemaVersion = 2;
    return record;
  },
};

/** In order; `fromVersion` of each step is one more than the previous one's. */
export const CASE_MIGRATIONS: readonly CaseMigration[] = [
  addLetterMedicationDetailsAndUrineTests,
  planOfCareJudgmentToFact,
];

export function migrateCaseRecord(raw: unknown): MigrateCaseResult {
  if (!isObject(raw)) {
    return refuse(`The record is not a case: expected a JSON object but found ${describeType(raw)}.`);
  }

  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse('The record has no valid schemaVersion, so it is not a workbench case record.', [
      { path: 'schemaVersion', message: `Expected a whole number, found ${describeType(version)}.` },
    ]);
  }
  if (version > CASE_SCHEMA_VERSION) {
    return refuse(
      `This case was made by a newer version of the workbench (schema version ${version}; this version ` +
        `reads up to ${CASE_SCHEMA_VERSION}). Open it in the newer workbench; it was left unchanged.`,
      [{ path: 'schemaVersion', message: `Version ${version} is newer than ${CASE_SCHEMA_VERSION}.` }],
    );
  }
  if (version < OLDEST_READABLE_SCHEMA_VERSION) {
    return refuse(`The record has an unknown schema version (${version}).`, [
      { path: 'schemaVersion', message: `Versions below ${OLDEST_READABLE_SCHEMA_VERSION} do not exist.` },
    ]);
  }

  let record: UnknownRecord = structuredClone(raw);
  for (let from = version; from < CASE_SCHEMA_VERSION; from++) {
    const step = CASE_MIGRATIONS.find((migration) => migration.fromVersion === from);
    if (!step) return refuse(`No migration from schema version ${from} is defined.`);
    try {
      record = step.up(record);
    } catch (error) {
      return refuse(
        `Migration "${step.id}" failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const parsed = CaseDraftSchema.safeParse(record);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(record)',
      message: issue.message,
    }));
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const first = issues[0];
    return refuse(
      `The case record does not have the expected shape (${count}${first ? `; first at ${first.path}: ${first.message}` : ''}).`,
      issues,
    );
  }

  return version === CASE_SCHEMA_VERSION
    ? { ok: true, draft: parsed.data }
    : { ok: true, draft: parsed.data, migratedFrom: version };
}

function refuse(reason: string, issues: MigrationIssue[] = []): MigrateCaseResult {
  return { ok: false, reason, issues };
}

function isObject(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
