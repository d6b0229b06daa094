/**
 * The letter page: the Final Determination Letter drafted from the stored case, the pre-issue
 * check, the outputs, and editing of the drafted sections in place. The letter is derived on every
 * render (never stored); only the reviewer's edits are saved, with the case's revision so a change
 * made in another tab is never overwritten.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import type { CaseDraft } from '@/domain/case/case-schema';
import type { GuidelineLibrary } from '@/domain/guidelines/guideline-schema';
import { type DraftedText, draftedTexts } from '@/domain/letter/letter-model';
import { caseKeys, saveCaseAndUpdateCache } from '@/storage/case-queries';
import type { StoredCase } from '@/storage/cases-repo';
import { errorMessage, RevisionConflictError } from '@/storage/storage-errors';
import type { ActionOutcome, DraftedTextActions } from './drafted-text-block';
import { LetterOutputs } from './letter-outputs';
import { LetterPreview } from './letter-preview';
import { keepEdit, type LetterEdits, saveEdit, withLetterEdits, withoutEdit } from './letter-section-state';
import { PreIssuePanel } from './pre-issue-panel';
import { runningHeaderFor, useLetterData } from './use-letter-data';
import { usePrintRunningHeader } from './use-print-running-header';
import './letter-print.css';

export interface LetterWorkspaceProps {
  stored: StoredCase;
  library: GuidelineLibrary;
  /** Today's date (ISO), read by the caller: the domain never reads the clock. */
  today: string;
  /** Where a case field is edited in the wizard. */
  fieldHref: (fieldPath: string) => string;
  /** The case's wizard. */
  caseHref: string;
  /** Downloads the case file; returns its file name (said in the page's status line). */
  onExportCase?: (draft: CaseDraft) => string;
}

export const CONFLICT_MESSAGE =
  'This case was changed in another tab or window, so this change was not saved. The page now shows ' +
  'the latest version of the case; your text is still here: check it and save again.';

export function LetterWorkspace({
  stored,
  library,
  today,
  fieldHref,
  caseHref,
  onExportCase,
}: LetterWorkspaceProps) {
  const queryClient = useQueryClient();
  const letter = useLetterData(stored.draft, library, today);
  const draftedTextIds = useMemo(
    () => new Set(draftedTexts(letter.model).map((text) => text.id)),
    [letter.model],
  );
  usePrintRunningHeader(runningHeaderFor(letter.model));

  // Arriving on the letter (the wizard's "Open letter", a link or a reload), focus lands on the page's
  // main heading, as the wizard's step heading takes it on a step change: a keyboard or screen-reader
  // user starts at the top of the new page instead of on the body. Once per visit: a re-render (a
  // saved edit, a change in another tab) leaves focus where the reviewer put it.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const actions = useMemo((): DraftedTextActions => {
    const detailKey = caseKeys.detail(stored.id);

    /** Read-modify-write of the letter edits on the newest copy this page has, guarded by its revision. */
    async function updateEdits(
      change: (edits: LetterEdits) => LetterEdits,
      message: string,
    ): Promise<ActionOutcome> {
      const current = queryClient.getQueryData<StoredCase | null>(detailKey) ?? stored;
      try {
        await saveCaseAndUpdateCache(
          queryClient,
          withLetterEdits(current.draft, change(current.draft.letter.edits)),
          { expectedRevision: current.revision },
        );
        return { ok: true, message };
      } catch (error) {
        if (error instanceof RevisionConflictError) {
          await queryClient.invalidateQueries({ queryKey: detailKey });
          return { ok: false, message: CONFLICT_MESSAGE };
        }
        return { ok: false, message: `Not saved: ${errorMessage(error)}` };
      }
    }

    return {
      save: async (drafted: DraftedText, text: string) => {
        const current = queryClient.getQueryData<StoredCase | null>(detailKey) ?? stored;
        const result = saveEdit(current.draft.letter.edits, drafted, text);
        if (result.kind === 'refused') return { ok: false, message: result.message };
        return updateEdits(
          (edits) => {
            const again = saveEdit(edits, drafted, text);
            return again.kind === 'refused' ? edits : again.edits;
          },
          result.kind === 'saved'
            ? 'Saved your edit.'
            : 'Your text is the same as the draft, so this section follows the draft again.',
        );
      },
      keep: (drafted) => updateEdits((edits) => keepEdit(edits, drafted), 'Kept your edit.'),
      revert: (drafted) =>
        updateEdits((edits) => withoutEdit(edits, drafted.id), 'This section now prints the drafted text.'),
    };
  }, [queryClient, stored]);

  const caseNumber = letter.model.caseNumber || 'Untitled case';
  return (
    <div className="letter-page space-y-6">
      <title>{`Letter: ${caseNumber} · IMR Reviewer Workbench`}</title>
      <div className="letter-screen-only flex flex-wrap items-end justify-between gap-4 print:hidden">
        <div>
          <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold text-slate-900 outline-none">
            Final determination letter
          </h1>
          <p className="mt-1 text-slate-700">Case {caseNumber}</p>
        </div>
        <Link to={caseHref} className="font-medium text-blue-800 underline hover:text-blue-900">
          Back to the case
        </Link>
      </div>
      <LetterOutputs draft={stored.draft} letter={letter} onExportCase={onExportCase} />
      <PreIssuePanel problems={letter.problems} fieldHref={fieldHref} draftedTextIds={draftedTextIds} />
      <LetterPreview model={letter.model} actions={actions} />
      <footer className="letter-screen-only text-center text-sm text-slate-700 print:hidden">
        Letter hash: <code className="font-mono text-slate-900">{letter.hash}</code>
        <span className="sr-only"> (identifies this exact text of the letter)</span>
      </footer>
    </div>
  );
}
