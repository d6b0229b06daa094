/**
 * The case file: how one case travels between workbenches (export, import, the batch CLI).
 *
 *   { "format": "imr-workbench-case", "formatVersion": 1, "exportedAt": "<ISO date-time>", "case": <CaseDraft> }
 *
 * `formatVersion` versions the envelope; `case.schemaVersion` versions the case record inside it
 * (migrated by domain/case/migrate-case.ts). docs/case-file.md describes both; the JSON Schema in
 * docs/case-file.schema.json is generated from `CaseFileSchema` below.
 */
import * as z from 'zod';
import { type CaseDraft, CaseDraftSchema } from '../case/case-schema';

export const CASE_FILE_FORMAT = 'imr-workbench-case';
export const CASE_FILE_FORMAT_VERSION = 1;

export const CaseFileSchema = z
  .object({
    format: z.literal(CASE_FILE_FORMAT).meta({ description: 'Marks the file as a workbench case file.' }),
    formatVersion: z
      .literal(CASE_FILE_FORMAT_VERSION)
      .meta({ description: 'Version of this envelope. A newer version is refused, never guessed at.' }),
    exportedAt: z.iso
      .datetime({ offset: true })
      .meta({ description: 'When the case was exported (ISO 8601).' }),
    case: CaseDraftSchema.meta({
      description:
        'The case record; case.schemaVersion versions its shape (older versions are migrated on import).',
    }),
  })
  .meta({
    title: 'IMR Reviewer Workbench case file',
    description: 'One Independent Medical Review case exported from the IMR Reviewer Workbench.',
  });

export type CaseFile = z.output<typeof CaseFileSchema>;

/** The file's text: two-space indented JSON with a trailing newline (diff-friendly, stable key order). */
export function serializeCaseFile(draft: CaseDraft, exportedAt: string): string {
  const file: CaseFile = {
    format: CASE_FILE_FORMAT,
    formatVersion: CASE_FILE_FORMAT_VERSION,
    exportedAt,
    case: draft,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
