/**
 * Shared pieces of `npm run bench`: statistics, gzip sizes of a built page's first-load assets,
 * and keystroke-to-frame latency measured inside Chromium with the CPU throttled through CDP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { SYSTEM_CHROMIUM } from '../e2e/support/system-chromium';
import { type LatencySample, latencyProbeSource } from './latency-probe';

export { type LatencySample, panelLatency } from './latency-probe';

/** The system Chromium (browser downloads do not work on these machines), as the browser tests use it. */
export function launchSystemChromium(): Promise<Browser> {
  return chromium.launch(SYSTEM_CHROMIUM);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export const median = (values: number[]) => percentile(values, 50);

/** Times `fn` `runs` times after `warmup` runs; returns milliseconds per run. */
export function timeSync(fn: () => unknown, runs: number, warmup = 5): number[] {
  for (let i = 0; i < warmup; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Gzip bytes of the scripts, module preloads and stylesheets index.html loads first. */
export function firstLoadSizes(distDir: string): { js: number; css: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(js|css))"/g)];
  let js = 0;
  let css = 0;
  for (const [, path, ext] of refs) {
    if (!path) continue;
    const bytes = gzipSync(readFileSync(join(distDir, path.replace(/^\//, '').replace(/^\.\//, '')))).length;
    if (ext === 'js') js += bytes;
    else css += bytes;
  }
  return { js, css };
}

/**
 * Installs the latency probe. Per keydown it records `frame`: the time until the frame after the
 * keystroke's own work is painted (the first task after that frame's animation callbacks). With a
 * panel selector it also records when the panel first changed: `panelInFrame` when the change came
 * before that frame began (so that frame paints it), else `panel`: the time until the frame after the
 * change (deferred renders included). Neither is set when the keystroke changed nothing there
 * within 1.5 s (text that feeds no criterion).
 */
export async function installLatencyProbe(page: Page, panelSelector?: string): Promise<void> {
  await page.evaluate(latencyProbeSource(panelSelector));
}

export async function readLatencies(page: Page): Promise<LatencySample[]> {
  return page.evaluate('window.__latencies.slice()') as Promise<LatencySample[]>;
}

/** Types `keys` one at a time with a pause between, so each keystroke is measured on its own. */
export async function typeMeasured(page: Page, keys: string[], pauseMs = 600): Promise<void> {
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(pauseMs);
  }
}

export function formatMs(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a';
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
