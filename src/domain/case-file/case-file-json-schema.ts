/**
 * The JSON Schema of the case file, generated from the zod schema (the single source of truth).
 * scripts/generate-case-file-schema.ts writes it to docs/case-file.schema.json; a unit test fails
 * when the committed file is out of date.
 */
import * as z from 'zod';
import { CaseFileSchema } from './case-file-format';

export const CASE_FILE_SCHEMA_PATH = 'docs/case-file.schema.json';

export function buildCaseFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CaseFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The file's text: two-space indented with a trailing newline. */
export function caseFileJsonSchemaText(): string {
  return `${JSON.stringify(buildCaseFileJsonSchema(), null, 2)}\n`;
}
