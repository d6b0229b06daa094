/**
 * `npm run bench`: one table of speed and size figures, measured in one run on this machine.
 * Browser figures come from the production build in the system Chromium with the CPU throttled
 * 4x; each is reported beside the same figure for a bare React page with one input (the floor).
 * These are figures, not pass/fail tests: the machines are noisy, so compare ratios in one run.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import { evaluate } from '../src/domain/evaluator/evaluate';
import { GUIDELINE_LIBRARY } from '../src/domain/guidelines';
import { buildLetterModel } from '../src/domain/letter/build-letter-model';
import { renderLetterDocx } from '../src/domain/letter/render-letter-docx';
import { renderLetterPdf } from '../src/domain/letter/render-letter-pdf';
import { renderLetterText } from '../src/domain/letter/render-letter-text';
import { buildBenchCase } from './bench-evaluate';
import {
  firstLoadSizes,
  formatKb,
  formatMs,
  installLatencyProbe,
  launchSystemChromium,
  median,
  panelLatency,
  percentile,
  readLatencies,
  timeAsync,
  timeSync,
  typeMeasured,
} from './bench-lib';
import {
  BENCH_CASE_ID,
  benchRecord,
  KEY_PAUSE_MS,
  letterKeys,
  PANEL_SELECTOR,
  putRecord,
  TYPING_SCENARIOS,
} from './bench-scenarios';

const APP_PORT = 4410;
const FLOOR_PORT = 4411;
const CPU_THROTTLE = 4;
const KEYSTROKES = 40;
/** A key every 200 ms: 60 words a minute, a fast typist. */
const STEADY_PAUSE_MS = 200;

interface Row {
  figure: string;
  value: string;
  floor?: string;
  ratio?: string;
  target?: string;
}

const rows: Row[] = [];

function ratio(value: number, floor: number): string {
  return `${(value / floor).toFixed(2)}x`;
}

async function throttledPage(url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const browser = await launchSystemChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  await page.goto(url);
  return { page, close: () => browser.close() };
}

async function measureFloor(): Promise<number[]> {
  const { page, close } = await throttledPage(`http://127.0.0.1:${FLOOR_PORT}/`);
  await page.getByLabel('Text').focus();
  await installLatencyProbe(page);
  // The same pause as in the app, so both pages are measured under the same rhythm.
  await typeMeasured(page, letterKeys(KEYSTROKES), KEY_PAUSE_MS);
  const latencies = (await readLatencies(page)).flatMap((sample) =>
    sample.frame === null ? [] : [sample.frame],
  );
  await close();
  return latencies;
}

function msPair(samples: number[]): string {
  return `${formatMs(median(samples))} / ${formatMs(percentile(samples, 95))}`;
}

/** Domain figures for the large case (20 disputed items, 100 reports), in Node. */
async function measureDomain(): Promise<void> {
  const draft = buildBenchCase();
  const asOf = '2026-01-15';
  const items = draft.disputedItems.length;
  const evaluations = timeSync(() => evaluate(draft, GUIDELINE_LIBRARY, { asOf }), 200, 20);
  rows.push({
    figure: `Evaluation per disputed item (median / p95; ${items} items, ${draft.reports.length} reports)`,
    value: msPair(evaluations.map((ms) => ms / items)),
    target: '< 1 ms',
  });
  rows.push({ figure: 'Evaluation of the whole large case (median / p95)', value: msPair(evaluations) });
  const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf });
  const modelSamples = timeSync(() => buildLetterModel(draft, evaluation, { issuedOn: asOf }), 100, 10);
  rows.push({ figure: 'Letter model build, large case (median / p95)', value: msPair(modelSamples) });
  const model = buildLetterModel(draft, evaluation, { issuedOn: asOf });
  rows.push({
    figure: 'Plain-text letter, large case (median / p95)',
    value: msPair(timeSync(() => renderLetterText(model), 100, 10)),
  });
  const fonts = {
    regular: readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'),
    bold: readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf'),
  };
  const pdfSamples = await timeAsync(() => renderLetterPdf(model, fonts), 8, 1);
  const pdf = await renderLetterPdf(model, fonts);
  rows.push({
    figure: `PDF export, large case (median / p95; ${pdf.pageCount} pages)`,
    value: msPair(pdfSamples),
  });
  rows.push({
    figure: 'DOCX export, large case (median / p95)',
    value: msPair(await timeAsync(() => renderLetterDocx(model), 8, 1)),
  });
}

/** Milliseconds from navigation start until `ready` resolves (a rough time to interactive). */
async function timeToReady(page: Page, url: string, ready: () => Promise<void>): Promise<number> {
  await page.goto(url);
  await ready();
  return page.evaluate('performance.now()') as Promise<number>;
}

/**
 * Keystroke latency in a field: to the panel's update when the keystroke changes the criteria, to
 * the next frame when it changes nothing there (the panel then has nothing to show).
 */
async function measureTyping(
  page: Page,
  keys: string[],
  pauseMs = KEY_PAUSE_MS,
): Promise<{ latencies: number[]; panelUpdates: number }> {
  await installLatencyProbe(page, PANEL_SELECTOR);
  await typeMeasured(page, keys, pauseMs);
  // The last key's sample completes after its frame; a short pause may end before that.
  if (pauseMs < KEY_PAUSE_MS) await page.waitForTimeout(KEY_PAUSE_MS);
  const samples = await readLatencies(page);
  const latencies = samples.flatMap((sample) => {
    const value = panelLatency(sample) ?? sample.frame;
    return value === null ? [] : [value];
  });
  return { latencies, panelUpdates: samples.filter((sample) => panelLatency(sample) !== null).length };
}

interface TypingResult {
  name: string;
  latencies: number[];
  panelUpdates: number;
}

/** The workbench in the browser: first load, large-case typing, storage. */
async function measureApp(): Promise<TypingResult[]> {
  const typing: TypingResult[] = [];
  const { page, close } = await throttledPage(`http://127.0.0.1:${APP_PORT}/`);
  try {
    const listReady = async () => {
      await page.getByRole('heading', { level: 1, name: /Cases/ }).waitFor();
      await page.getByText('Loading cases…').waitFor({ state: 'detached' });
    };
    const listTti = await timeToReady(page, `http://127.0.0.1:${APP_PORT}/`, listReady);
    rows.push({ figure: `Time to interactive: case list (CPU ${CPU_THROTTLE}x)`, value: formatMs(listTti) });

    const saves: number[] = [];
    for (let i = 1; i <= 10; i += 1) saves.push(await putRecord(page, benchRecord(i)));
    rows.push({ figure: 'Save of the large case to IndexedDB (median / p95)', value: msPair(saves) });

    const caseReady = async () => {
      await page.getByRole('heading', { level: 2, name: 'Disputed services' }).waitFor();
      await page.locator(PANEL_SELECTOR).getByRole('article').first().waitFor();
    };
    const caseTti = await timeToReady(
      page,
      `http://127.0.0.1:${APP_PORT}/cases/${BENCH_CASE_ID}/disputed`,
      caseReady,
    );
    rows.push({
      figure: `Time to interactive: large case with criteria (CPU ${CPU_THROTTLE}x)`,
      value: formatMs(caseTti),
    });

    for (const scenario of TYPING_SCENARIOS) {
      await scenario.focus(page);
      typing.push({ name: scenario.name, ...(await measureTyping(page, scenario.keys(KEYSTROKES))) });
    }
    // The last field again (the caret is still in it) at a fast typist's pace: the autosave, at most
    // 500 ms after a change, then runs among the keystrokes instead of in the pauses between them.
    const last = TYPING_SCENARIOS[TYPING_SCENARIOS.length - 1];
    if (last) {
      typing.push({
        name: `${last.name}, typed steadily (a key every ${STEADY_PAUSE_MS} ms, autosaves among the keys)`,
        ...(await measureTyping(page, last.keys(KEYSTROKES), STEADY_PAUSE_MS)),
      });
    }
  } finally {
    await close();
  }
  return typing;
}

async function main() {
  console.log('Measuring domain code...');
  await measureDomain();
  console.log('Building the app and the floor page...');
  execSync('npx vite build', { stdio: 'ignore' });
  execSync('npx vite build --config bench/vite.floor.config.ts', { stdio: 'ignore' });

  const app = firstLoadSizes('dist');
  const floor = firstLoadSizes('dist-bench-floor');
  rows.push({
    figure: 'First-load JavaScript (gzip)',
    value: formatKb(app.js),
    floor: formatKb(floor.js),
    ratio: ratio(app.js, floor.js),
    target: '<= 2.5x',
  });
  rows.push({ figure: 'First-load CSS (gzip)', value: formatKb(app.css), floor: formatKb(floor.css || 0) });

  const appServer = await preview({ preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' } });
  const floorServer = await preview({
    configFile: 'bench/vite.floor.config.ts',
    preview: { port: FLOOR_PORT, strictPort: true, host: '127.0.0.1' },
  });
  try {
    // The floor is typed before and after the workbench and its samples pooled: one spike in 40
    // keys would otherwise move its p95 (the denominator of every latency ratio) by a third.
    const floorBefore = await measureFloor();
    const floorTti = await (async () => {
      const { page, close } = await throttledPage(`http://127.0.0.1:${FLOOR_PORT}/`);
      const ms = await timeToReady(page, `http://127.0.0.1:${FLOOR_PORT}/`, () =>
        page.getByLabel('Text').waitFor(),
      );
      await close();
      return ms;
    })();
    rows.push({
      figure: `Time to interactive: floor page (CPU ${CPU_THROTTLE}x)`,
      value: formatMs(floorTti),
    });
    const typing = await measureApp();
    const floorLatency = [...floorBefore, ...(await measureFloor())];
    const floorP50 = median(floorLatency);
    const floorP95 = percentile(floorLatency, 95);
    rows.push({
      figure: `Keystroke to frame, floor page (p50 / p95, CPU ${CPU_THROTTLE}x; ${floorLatency.length} keys, typed before and after the workbench)`,
      value: `${formatMs(floorP50)} / ${formatMs(floorP95)}`,
    });
    for (const { name, latencies, panelUpdates } of typing) {
      const p50 = median(latencies);
      const p95 = percentile(latencies, 95);
      rows.push({
        figure: `Keystroke to criteria panel, large case: ${name} (p50 / p95; panel changed on ${panelUpdates} of ${latencies.length} keys)`,
        value: `${formatMs(p50)} / ${formatMs(p95)}`,
        floor: `${formatMs(floorP50)} / ${formatMs(floorP95)}`,
        ratio: `${ratio(p50, floorP50)} / ${ratio(p95, floorP95)}`,
        target: 'p95 <= 1.5x',
      });
    }
  } finally {
    await appServer.close();
    await floorServer.close();
  }

  const date = new Date().toISOString().slice(0, 10);
  const machine = `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const header = '| Figure | Workbench | Floor | Ratio | Target |\n| --- | --- | --- | --- | --- |';
  const table = [
    header,
    ...rows.map(
      (r) => `| ${r.figure} | ${r.value} | ${r.floor ?? ''} | ${r.ratio ?? ''} | ${r.target ?? ''} |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n`);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.md', `# Bench results\n\nDate: ${date}  \nMachine: ${machine}\n\n${table}\n`);
  console.log('Written to bench/results.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
