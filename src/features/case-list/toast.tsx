/**
 * A short message at the bottom of the page, optionally with one action (Undo). It disappears after
 * a while, but never while the pointer or keyboard focus is on it, so there is time to act.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';

export interface ToastMessage {
  /** Changes for every new message, so an identical text still restarts the timer. */
  key: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; onAction: () => void };
}

export const TOAST_DURATION_MS = 10_000;

export function Toast({
  message,
  onDismiss,
  focusAction = false,
}: {
  message: ToastMessage | null;
  /** `focusWasInside`: the caller should move focus somewhere sensible, as the toast goes away. */
  onDismiss: (focusWasInside: boolean) => void;
  /** Moves focus to the action (e.g. after the focused row was deleted, so focus is not lost). */
  focusAction?: boolean;
}) {
  const [paused, setPaused] = useState(false);
  const actionRef = useRef<HTMLButtonElement>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const dismissNow = () => onDismiss(regionRef.current?.contains(document.activeElement) ?? false);
  const dismissOnTimeout = useEffectEvent(dismissNow);

  const messageKey = message?.key;
  useEffect(() => {
    if (messageKey === undefined || paused) return;
    const timer = setTimeout(() => dismissOnTimeout(), TOAST_DURATION_MS);
    return () => clearTimeout(timer);
  }, [messageKey, paused]);

  useEffect(() => {
    if (messageKey !== undefined && focusAction) actionRef.current?.focus();
  }, [messageKey, focusAction]);

  // The live region stays mounted so screen readers announce each new message.
  return (
    <div
      ref={regionRef}
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4"
    >
      {message && (
        // biome-ignore lint/a11y/noStaticElementInteractions: pauses the timer on hover/focus (WCAG 2.2.1); not a control itself
        <div
          onMouseEnter={() => setPaused(true)}
          onMouseLeave={() => setPaused(false)}
          onFocus={() => setPaused(true)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setPaused(false);
          }}
          className={`pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg px-4 py-3 shadow-lg ${
            message.tone === 'error' ? 'bg-red-800 text-white' : 'bg-slate-800 text-white'
          }`}
        >
          <p>{message.text}</p>
          {message.action && (
            <button
              ref={actionRef}
              type="button"
              onClick={message.action.onAction}
              className="rounded-md bg-white px-3 py-1 font-semibold text-slate-900 hover:bg-blue-50"
            >
              {message.action.label}
            </button>
          )}
          <button
            type="button"
            onClick={dismissNow}
            aria-label="Dismiss message"
            className="rounded-md px-2 py-1 text-white hover:bg-white/15"
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
