import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoCase } from '../case/demo-case';
import { CASE_FILE_FORMAT, CaseFileSchema, serializeCaseFile } from './case-file-format';
import { buildCaseFileJsonSchema, CASE_FILE_SCHEMA_PATH } from './case-file-json-schema';

describe('docs/case-file.schema.json', () => {
  it('is up to date with the zod schema (regenerate: npx tsx scripts/generate-case-file-schema.ts)', () => {
    const committed = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../..', CASE_FILE_SCHEMA_PATH), 'utf8'),
    );
    // Compared as data: Biome may lay the committed file out differently.
    expect(committed).toEqual(buildCaseFileJsonSchema());
  });

  it('describes the envelope and requires every part of it', () => {
    const schema = buildCaseFileJsonSchema() as {
      properties: Record<string, { const?: unknown }>;
      required: string[];
      title: string;
    };
    expect(schema.title).toBe('IMR Reviewer Workbench case file');
    expect(schema.properties.format?.const).toBe(CASE_FILE_FORMAT);
    expect(schema.properties.formatVersion?.const).toBe(1);
    expect(schema.required.sort()).toEqual(['case', 'exportedAt', 'format', 'formatVersion']);
  });

  it('accepts what serializeCaseFile writes', () => {
    const text = serializeCaseFile(buildDemoCase('demo'), '2026-11-28T12:00:00.000Z');
    expect(CaseFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });
});
