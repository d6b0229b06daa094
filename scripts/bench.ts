/**
 * `npm run bench`: one table of speed and size figures, measured in one run on this machine.
 * Browser figures come from the production build in the system Chromium with the CPU throttled
 * 4x; each is reported beside the same figure for a bare React page with one input (the floor).
 * These are figures, not pass/fail tests: the machines are noisy, so compare ratios in one run.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import {
  firstLoadSizes,
  formatKb,
  formatMs,
  installLatencyProbe,
  median,
  percentile,
  readLatencies,
  typeMeasured,
} from './bench-lib';

const APP_PORT = 4410;
const FLOOR_PORT = 4411;
const CPU_THROTTLE = 4;
const KEYSTROKES = 30;

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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  await page.goto(url);
  return { page, close: () => browser.close() };
}

function keys(count: number): string[] {
  return Array.from({ length: count }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[i % 26] as string);
}

async function measureFloor(): Promise<number[]> {
  const { page, close } = await throttledPage(`http://127.0.0.1:${FLOOR_PORT}/`);
  await page.getByLabel('Text').focus();
  await installLatencyProbe(page);
  await typeMeasured(page, keys(KEYSTROKES), 250);
  const latencies = await readLatencies(page);
  await close();
  return latencies;
}

async function main() {
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
    const floorLatency = await measureFloor();
    rows.push({
      figure: `Keystroke to frame, floor page (p50 / p95, CPU ${CPU_THROTTLE}x)`,
      value: `${formatMs(median(floorLatency))} / ${formatMs(percentile(floorLatency, 95))}`,
    });
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
