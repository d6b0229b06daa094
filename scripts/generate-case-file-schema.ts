/**
 * Writes docs/case-file.schema.json from the zod case-file schema, then formats it with Biome so
 * `biome check` stays clean. Run after changing the case schema:
 *   npx tsx scripts/generate-case-file-schema.ts
 * (src/domain/case-file/case-file-json-schema.test.ts fails while the committed file is stale).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CASE_FILE_SCHEMA_PATH, caseFileJsonSchemaText } from '../src/domain/case-file/case-file-json-schema';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, CASE_FILE_SCHEMA_PATH);
writeFileSync(target, caseFileJsonSchemaText());
execFileSync(resolve(root, 'node_modules/.bin/biome'), ['format', '--write', target], { stdio: 'inherit' });
console.log(`Wrote ${CASE_FILE_SCHEMA_PATH}`);
