/** "Export" on a case list row: reads the stored case afresh, then downloads its case file. */
import { useState } from 'react';
import { casesRepo } from '@/storage/cases-repo';
import { errorMessage } from '@/storage/storage-errors';
import { exportCaseFile } from './export-case-file';

export interface ExportCaseButtonProps {
  caseId: string;
  /** The row's title, for the button's accessible name. */
  title: string;
  className?: string;
  onError: (message: string) => void;
}

export function ExportCaseButton({ caseId, title, className, onError }: ExportCaseButtonProps) {
  const [busy, setBusy] = useState(false);

  async function exportCase() {
    setBusy(true);
    try {
      const stored = await casesRepo.getCase(caseId);
      if (!stored) onError('This case no longer exists (perhaps it was deleted in another tab).');
      else exportCaseFile(stored.draft);
    } catch (error) {
      onError(`The case could not be exported: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className={className} disabled={busy} onClick={() => void exportCase()}>
      Export<span className="sr-only"> {title}</span>
    </button>
  );
}
