/**
 * The letter's outputs: print, PDF, Word, plain text, determination summary, case file. The PDF and
 * Word renderers are loaded on first use (dynamic import), so the page opens without them.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { CaseDraft } from '@/domain/case/case-schema';
import { buildDeterminationSummary, determinationSummaryJson } from '@/domain/letter/determination-summary';
import { errorMessage } from '@/storage/storage-errors';
import { copyToClipboard } from './copy-text';
import { downloadFile, MIME } from './download-file';
import { determinationSummaryFileName, letterFileName } from './letter-file-names';
import type { LetterData } from './use-letter-data';

const toolButton =
  'rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-900 shadow-sm hover:bg-slate-100 disabled:opacity-60 aria-disabled:cursor-progress aria-disabled:opacity-60 aria-disabled:hover:bg-white';
const primaryToolButton =
  'rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-blue-800 disabled:opacity-60';

type Busy = 'pdf' | 'docx' | null;

export interface LetterOutputsProps {
  draft: CaseDraft;
  letter: LetterData;
  /** Downloads the case file (composed by the app from the case-file feature); returns its file name. */
  onExportCase?: (draft: CaseDraft) => string;
}

export function LetterOutputs({ draft, letter, onExportCase }: LetterOutputsProps) {
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const [copyFallback, setCopyFallback] = useState<string | null>(null);
  const { model } = letter;
  const problemCount = letter.problems.length;

  function announce(text: string, tone: 'info' | 'error' = 'info') {
    setStatus({ text, tone });
  }

  async function renderedFile(
    kind: 'pdf' | 'docx',
  ): Promise<{ bytes: Uint8Array; missingCharacters: string[] }> {
    if (kind === 'pdf') return (await import('./letter-pdf-file')).letterPdfFile(model);
    return {
      bytes: await (await import('./letter-docx-file')).letterDocxBytes(model),
      missingCharacters: [],
    };
  }

  async function downloadRendered(kind: 'pdf' | 'docx') {
    // While a file is prepared the buttons stay focusable (aria-disabled, not disabled: a disabled
    // button drops keyboard focus to the page) and a press is ignored.
    if (busy !== null) return;
    setBusy(kind);
    announce(kind === 'pdf' ? 'Preparing the PDF…' : 'Preparing the Word file…');
    try {
      const { bytes, missingCharacters } = await renderedFile(kind);
      const fileName = letterFileName(model.caseNumber, kind);
      downloadFile(fileName, new Uint8Array(bytes), MIME[kind]);
      announce(
        missingCharacters.length === 0
          ? `Downloaded ${fileName}.`
          : `Downloaded ${fileName}. ${missingCharactersNote(missingCharacters)}`,
      );
    } catch (error) {
      announce(
        `The ${kind === 'pdf' ? 'PDF' : 'Word file'} could not be made: ${errorMessage(error)} Nothing was changed.`,
        'error',
      );
    } finally {
      setBusy(null);
    }
  }

  async function copyText() {
    if (await copyToClipboard(letter.text)) {
      setCopyFallback(null);
      announce('Copied the letter as plain text.');
    } else {
      setCopyFallback(letter.text);
      announce('The browser did not allow copying. The text is selected below: press Ctrl+C (⌘C on a Mac).');
    }
  }

  function exportCase(exportFile: (draft: CaseDraft) => string) {
    try {
      announce(`Downloaded ${exportFile(draft)}.`);
    } catch (error) {
      announce(`The case file could not be made: ${errorMessage(error)} Nothing was changed.`, 'error');
    }
  }

  function downloadSummary() {
    const summary = buildDeterminationSummary(draft, letter.evaluation, model);
    const fileName = determinationSummaryFileName(model.caseNumber);
    downloadFile(fileName, determinationSummaryJson(summary), MIME.json);
    announce(`Downloaded ${fileName}.`);
  }

  return (
    <section aria-labelledby="letter-outputs-heading" className="letter-screen-only space-y-3 print:hidden">
      <h2 id="letter-outputs-heading" className="sr-only">
        Print and download
      </h2>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={primaryToolButton} onClick={() => window.print()}>
          Print
        </button>
        <button
          type="button"
          className={toolButton}
          aria-disabled={busy !== null || undefined}
          aria-busy={busy === 'pdf'}
          onClick={() => void downloadRendered('pdf')}
        >
          {busy === 'pdf' ? 'Preparing PDF…' : 'Download PDF'}
        </button>
        <button
          type="button"
          className={toolButton}
          aria-disabled={busy !== null || undefined}
          aria-busy={busy === 'docx'}
          onClick={() => void downloadRendered('docx')}
        >
          {busy === 'docx' ? 'Preparing Word file…' : 'Download Word'}
        </button>
        <button type="button" className={toolButton} onClick={() => void copyText()}>
          Copy as plain text
        </button>
        <button type="button" className={toolButton} onClick={downloadSummary}>
          Download determination summary (JSON)
        </button>
        {onExportCase && (
          <button type="button" className={toolButton} onClick={() => exportCase(onExportCase)}>
            Export case file
          </button>
        )}
      </div>
      {problemCount > 0 && (
        <p className="text-sm text-slate-700">
          The pre-issue check lists {problemCount} item{problemCount === 1 ? '' : 's'} below: review{' '}
          {problemCount === 1 ? 'it' : 'them'} before you issue.
        </p>
      )}
      <p
        role="status"
        aria-live="polite"
        className={status?.tone === 'error' ? 'text-sm font-medium text-red-800' : 'text-sm text-slate-800'}
      >
        {status?.text ?? ''}
      </p>
      {copyFallback !== null && <CopyFallback text={copyFallback} onClose={() => setCopyFallback(null)} />}
    </section>
  );
}

const LISTED_MISSING_CHARACTERS = 5;

/** Tells the reviewer which characters the PDF font could not show, and where they do show. */
function missingCharactersNote(characters: string[]): string {
  const listed = characters.slice(0, LISTED_MISSING_CHARACTERS).join(', ');
  const more = characters.length - LISTED_MISSING_CHARACTERS;
  const examples = more > 0 ? `${listed} and ${more} more` : listed;
  return (
    `Please note: the PDF could not show some characters in this letter (${examples}); ` +
    'they appear as � in the PDF. Print and Download Word show them as written.'
  );
}

function CopyFallback({ text, onClose }: { text: string; onClose: () => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <div className="space-y-2 rounded-md border border-slate-300 bg-white p-3">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        Letter as plain text
      </label>
      <textarea
        ref={ref}
        id={id}
        readOnly
        value={text}
        rows={10}
        className="w-full rounded-md border border-slate-500 p-2 font-mono text-sm text-slate-900"
      />
      <button type="button" className={toolButton} onClick={onClose}>
        Close
      </button>
    </div>
  );
}
