/** A hidden tab paints no frames: its notices still arrive, this much later at most. */
const HIDDEN_TAB_DELAY_MS = 100;

/**
 * Wraps a store subscription so listeners hear of changes after the next frame is painted, once per
 * burst of changes: for status that must not add work to the frame of the keystroke that caused it.
 */
export function subscribeAfterPaint(subscribe: (listener: () => void) => () => void) {
  return (listener: () => void) => {
    let pending = false;
    let frame = 0;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const deliver = () => {
      if (!pending) return;
      pending = false;
      cancelAnimationFrame(frame);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      listener();
    };
    const unsubscribe = subscribe(() => {
      if (pending) return;
      pending = true;
      frame = requestAnimationFrame(() => timers.add(setTimeout(deliver, 0)));
      timers.add(setTimeout(deliver, HIDDEN_TAB_DELAY_MS));
    });
    return () => {
      pending = false;
      unsubscribe();
      cancelAnimationFrame(frame);
      for (const timer of timers) clearTimeout(timer);
    };
  };
}
