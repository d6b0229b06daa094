import type { SaveStatus } from '@/storage/use-autosave';

const STATUS_TEXT: Record<Exclude<SaveStatus['state'], 'error'>, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
};

/** The autosave status, announced politely; on failure it says why and offers to try again. */
export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const failed = status.state === 'error';
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <p
        role="status"
        aria-live="polite"
        data-save-state={status.state}
        className={
          failed
            ? 'rounded-md border border-red-300 bg-red-50 px-2 py-1 font-medium text-red-900'
            : 'text-slate-700'
        }
      >
        {failed ? `Not saved: ${status.reason}` : STATUS_TEXT[status.state]}
      </p>
      {failed && (
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md border border-slate-400 bg-white px-2 py-1 font-medium text-slate-900 hover:bg-slate-100"
        >
          Try saving again
        </button>
      )}
    </div>
  );
}
