/** Downloads a case as a case file (IMR-<case number>.json) through the browser: nothing leaves the machine. */
import type { CaseDraft } from '@/domain/case/case-schema';
import { serializeCaseFile } from '@/domain/case-file/case-file-format';

/**
 * IMR-<case number>.json, the case number made safe for file systems. A case number with nothing
 * usable in it (none, or no ASCII letter or digit: "ü") gives the case id instead, so such cases do
 * not all export under one name; "IMR-case.json" only when the id has nothing usable either.
 * Plain ".json" (docs/case-file.md): the import screen and any editor know it.
 */
export function caseExportFileName(draft: CaseDraft): string {
  const base = fileNameSafe(draft.imr.caseNumber) || fileNameSafe(draft.id) || 'case';
  return `IMR-${base}.json`;
}

/** Only ASCII letters, digits, ".", "_" and "-", never leading or trailing "." or "-" (no "../"). */
function fileNameSafe(text: string): string {
  return text
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/, '');
}

/** Downloads the case file and returns its file name (for the page to say what was downloaded). */
export function exportCaseFile(draft: CaseDraft, now: Date = new Date()): string {
  const url = URL.createObjectURL(
    new Blob([serializeCaseFile(draft, now.toISOString())], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  const fileName = caseExportFileName(draft);
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
