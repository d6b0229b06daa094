// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LatencySample, latencyProbeSource, panelLatency } from './latency-probe';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
const samples = () => (window as unknown as { __latencies: LatencySample[] }).__latencies;

describe('the latency probe', () => {
  let panel: HTMLElement;

  beforeEach(() => {
    document.body.innerHTML = '<section data-bench="panel"><p>3 met</p></section>';
    panel = document.querySelector('section') as HTMLElement;
    // Run from its source text, as the bench's page runs it (happy-dom runs no inline scripts).
    new Function(latencyProbeSource('[data-bench="panel"]'))();
  });

  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('counts a panel change made before the keystroke frame as shown by that frame', async () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '4' }));
    (panel.firstChild as HTMLElement).textContent = '4 met';
    await settle();
    const [sample] = samples();
    expect(sample?.panelInFrame).toBe(true);
    expect(sample?.panel).toBeNull();
    expect(sample?.frame).toEqual(expect.any(Number));
    expect(panelLatency(sample as LatencySample)).toBe(sample?.frame);
  });

  it('times a panel change that missed the keystroke frame from a frame of its own', async () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '4' }));
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 20));
    (panel.firstChild as HTMLElement).textContent = '4 met';
    await settle();
    const [sample] = samples();
    expect(sample?.panelInFrame).toBe(false);
    expect(sample?.panel).toBeGreaterThanOrEqual(20);
    expect(panelLatency(sample as LatencySample)).toBe(sample?.panel);
    expect(sample?.panel).toBeGreaterThan(sample?.frame ?? Number.POSITIVE_INFINITY);
  });

  it('reports no panel latency when the keystroke changed nothing there', async () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    await settle();
    const [sample] = samples();
    expect(sample?.frame).toEqual(expect.any(Number));
    expect(panelLatency(sample as LatencySample)).toBeNull();
  });
});
