/**
 * One drafted text of the letter (the case summary or an item's rationale) with its editing
 * controls: Edit, Revert to draft, and, when the facts changed after the reviewer edited it, a
 * comparison of the new draft with the edit and the choice to keep the edit or take the new draft.
 * The controls are screen-only; the printed letter shows just the text.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { DraftedText } from '@/domain/letter/letter-model';
import { draftedTextAnchor } from './letter-anchors';
import { draftedTextState, MAX_EDIT_LENGTH } from './letter-section-state';
import { LetterTextParagraphs } from './letter-text-view';
import { useReportUnsavedEdit } from './unsaved-letter-edits';

export type ActionOutcome = { ok: true; message: string } | { ok: false; message: string };

export interface DraftedTextActions {
  save: (drafted: DraftedText, text: string) => Promise<ActionOutcome>;
  keep: (drafted: DraftedText) => Promise<ActionOutcome>;
  revert: (drafted: DraftedText) => Promise<ActionOutcome>;
}

type Mode = 'view' | 'editing' | 'confirm-revert' | 'confirm-replace';

const smallButton =
  'rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60';
const primarySmallButton =
  'rounded-md bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60';
const dangerSmallButton =
  'rounded-md bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60';

export interface DraftedTextBlockProps {
  drafted: DraftedText;
  /** What the text is, in words, for button names: "clinical case summary", "rationale for item 1". */
  label: string;
  /** Printed before the first paragraph ("Decision rationale"). */
  leadLabel?: string;
  actions: DraftedTextActions;
}

export function DraftedTextBlock({ drafted, label, leadLabel, actions }: DraftedTextBlockProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const restoreFocus = useRef(false);
  const textareaId = useId();
  const errorId = useId();
  const state = draftedTextState(drafted);
  useReportUnsavedEdit(drafted.id, mode === 'editing' && text !== drafted.text);

  useEffect(() => {
    if (mode === 'editing') textareaRef.current?.focus();
    else if (mode === 'view' && restoreFocus.current) {
      restoreFocus.current = false;
      editButtonRef.current?.focus();
    }
  }, [mode]);

  function startEditing() {
    setText(drafted.text);
    setError(null);
    setNotice(null);
    setMode('editing');
  }

  function backToView() {
    restoreFocus.current = true;
    setError(null);
    setMode('view');
  }

  async function run(action: () => Promise<ActionOutcome>) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const outcome = await action();
      if (outcome.ok) {
        setNotice(outcome.message);
        backToView();
      } else {
        // The typed text stays in the box: nothing is lost when a save fails.
        setError(outcome.message);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      id={draftedTextAnchor(drafted.id)}
      tabIndex={-1}
      className="letter-drafted space-y-3 rounded-sm outline-none"
    >
      {mode === 'editing' ? (
        <>
          {/* Printing mid-edit still prints this section, as saved: the same text as the PDF and Word. */}
          <div className="hidden print:block">
            <LetterTextParagraphs text={drafted.text} leadLabel={leadLabel} />
          </div>
          <form
            className="letter-screen-only space-y-2 print:hidden"
            onSubmit={(event) => {
              event.preventDefault();
              void run(() => actions.save(drafted, text));
            }}
          >
            <label htmlFor={textareaId} className="block text-sm font-semibold text-slate-900">
              Text of the {label}
            </label>
            <p className="text-sm text-slate-700">
              A blank line starts a new paragraph. Until you save, print, PDF and Word use the saved text.
            </p>
            <textarea
              ref={textareaRef}
              id={textareaId}
              value={text}
              maxLength={MAX_EDIT_LENGTH}
              rows={Math.min(24, Math.max(8, Math.ceil(text.length / 90)))}
              aria-describedby={error ? errorId : undefined}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setText(event.target.value)}
              className="w-full rounded-md border border-slate-500 bg-white p-2 font-serif text-base leading-relaxed text-slate-900"
            />
            {error && (
              <p
                id={errorId}
                role="alert"
                className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900"
              >
                {error}
              </p>
            )}
            <div className="flex flex-wrap gap-2">
              <button type="submit" className={primarySmallButton} disabled={busy}>
                {busy ? 'Saving…' : `Save ${label}`}
              </button>
              <button type="button" className={smallButton} disabled={busy} onClick={backToView}>
                Cancel
              </button>
            </div>
          </form>
        </>
      ) : (
        <>
          {state === 'stale' && <StaleComparison drafted={drafted} label={label} />}
          <LetterTextParagraphs text={drafted.text} leadLabel={leadLabel} />
          <div className="letter-screen-only mt-2 space-y-2 font-sans print:hidden">
            <div className="flex flex-wrap items-center gap-2">
              {state !== 'drafted' && (
                <span className="rounded-full bg-blue-50 px-2.5 py-0.5 text-xs font-semibold text-blue-900 ring-1 ring-blue-300">
                  Edited
                </span>
              )}
              {mode === 'view' && (
                <>
                  <button ref={editButtonRef} type="button" className={smallButton} onClick={startEditing}>
                    Edit<span className="sr-only"> the {label}</span>
                  </button>
                  {state === 'stale' && (
                    <>
                      <button
                        type="button"
                        className={primarySmallButton}
                        disabled={busy}
                        onClick={() => void run(() => actions.keep(drafted))}
                      >
                        Keep my edit<span className="sr-only"> of the {label}</span>
                      </button>
                      <button
                        type="button"
                        className={smallButton}
                        disabled={busy}
                        onClick={() => setMode('confirm-replace')}
                      >
                        Replace with new draft<span className="sr-only"> of the {label}</span>
                      </button>
                    </>
                  )}
                  {state === 'edited' && (
                    <button type="button" className={smallButton} onClick={() => setMode('confirm-revert')}>
                      Revert to draft<span className="sr-only"> of the {label}</span>
                    </button>
                  )}
                </>
              )}
            </div>
            {(mode === 'confirm-revert' || mode === 'confirm-replace') && (
              <ConfirmDiscard
                label={label}
                replacing={mode === 'confirm-replace'}
                busy={busy}
                error={error}
                onConfirm={() => void run(() => actions.revert(drafted))}
                onCancel={backToView}
              />
            )}
            {error && mode === 'view' && (
              <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900">
                {error}
              </p>
            )}
          </div>
        </>
      )}
      {/* Always mounted, so screen readers announce each outcome. */}
      <p role="status" className="letter-screen-only text-sm text-slate-700 print:hidden">
        {mode === 'view' ? (notice ?? '') : ''}
      </p>
    </div>
  );
}

function StaleComparison({ drafted, label }: { drafted: DraftedText; label: string }): ReactNode {
  return (
    <div className="letter-screen-only mb-3 space-y-3 rounded-md border border-amber-400 bg-amber-50 p-3 font-sans text-slate-900 print:hidden">
      <p className="font-semibold text-amber-950">The facts changed since you edited this section.</p>
      <p className="text-sm">
        The letter prints your edit. Compare it with the new draft of the {label}, then keep your edit or
        replace it with the new draft.
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="rounded-md border border-slate-300 bg-white p-3">
          <p className="mb-1 text-sm font-semibold">New draft</p>
          <div className="space-y-2 font-serif text-sm">
            <LetterTextParagraphs text={drafted.draftedText} />
          </div>
        </div>
        <div className="rounded-md border border-slate-300 bg-white p-3">
          <p className="mb-1 text-sm font-semibold">Your edit</p>
          <div className="space-y-2 font-serif text-sm">
            <LetterTextParagraphs text={drafted.text} />
          </div>
        </div>
      </div>
    </div>
  );
}

function ConfirmDiscard({
  label,
  replacing,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  label: string;
  replacing: boolean;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirmRef.current?.focus();
  }, []);
  return (
    <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950">
      <p>
        {replacing
          ? `Replace your edit of the ${label} with the new draft? Your edited text will be discarded.`
          : `Revert the ${label} to the drafted text? Your edited text will be discarded.`}
      </p>
      {error && (
        <p role="alert" className="mt-2 font-semibold">
          {error}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          ref={confirmRef}
          type="button"
          className={dangerSmallButton}
          disabled={busy}
          onClick={onConfirm}
        >
          {replacing ? 'Yes, replace my edit' : 'Yes, revert to draft'}
        </button>
        <button type="button" className={smallButton} disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
