/**
 * The keystroke latency probe the bench installs in a page, as source text (tsx would otherwise
 * inject helpers the page does not have), and how its samples are read. Free of Playwright so it
 * can be tested in a DOM.
 */

/** The probe as a script for the page (see installLatencyProbe in bench-lib). */
export function latencyProbeSource(panelSelector?: string): string {
  return `(() => {
    window.__latencies = [];
    window.__panelSelector = ${JSON.stringify(panelSelector ?? null)};
    if (window.__probeInstalled) return;
    window.__probeInstalled = true;
    document.addEventListener('keydown', (event) => {
      const selector = window.__panelSelector;
      const start = event.timeStamp;
      const sample = { frame: null, panel: null, panelInFrame: false };
      window.__latencies.push(sample);
      let frameBegun = false;
      requestAnimationFrame(() => {
        frameBegun = true;
        setTimeout(() => { sample.frame = performance.now() - start; }, 0);
      });
      const panel = selector ? document.querySelector(selector) : null;
      if (!panel) return;
      const observer = new MutationObserver(() => {
        observer.disconnect();
        clearTimeout(timer);
        // Measured from its own frame only when it missed the keystroke's: other tasks queued behind
        // that frame (the save status, heard after paint) must not count as the panel's time.
        if (!frameBegun) sample.panelInFrame = true;
        else requestAnimationFrame(() => setTimeout(() => { sample.panel = performance.now() - start; }, 0));
      });
      observer.observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => observer.disconnect(), 1500);
    }, true);
  })()`;
}

export interface LatencySample {
  frame: number | null;
  panel: number | null;
  /** The panel changed before the keystroke's frame began, so that frame showed it. */
  panelInFrame: boolean;
}

/** Milliseconds from keydown until the panel's change was on screen; null if it did not change. */
export function panelLatency(sample: LatencySample): number | null {
  return sample.panelInFrame ? sample.frame : sample.panel;
}
