/** Downloads a case as a case file (IMR-<case number>.json) through the browser: nothing leaves the machine. */
import type { CaseDraft } from '@/domain/case/case-schema';
import { serializeCaseFile } from '@/domain/case-file/case-file-format';

/** IMR-<case number>.json, the case number made safe for file systems (the case id when there is none). */
export function caseExportFileName(draft: CaseDraft): string {
  const base = (draft.imr.caseNumber.trim() || draft.id)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `IMR-${base || 'case'}.json`;
}

export function exportCaseFile(draft: CaseDraft, now: Date = new Date()): void {
  const url = URL.createObjectURL(
    new Blob([serializeCaseFile(draft, now.toISOString())], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = caseExportFileName(draft);
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
