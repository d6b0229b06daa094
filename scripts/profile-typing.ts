/**
 * `npm run profile -- [exam|weeks|dose|floor] [keys] [--readable] [--light] [--css=<rules>]`: where
 * a keystroke's time goes, for the fields `npm run bench` times and for its floor page. Types into
 * the large case in the production build (or the floor page) with the CPU throttled 4x while
 * Chromium records a trace, then prints per-keystroke medians and 90th percentiles: the input task (and the script and forced layout
 * inside it), the frame after it, and keydown to the end of that frame. The trace is written to
 * bench/trace-<field>.json (open it in DevTools' Performance panel) for the detail.
 *
 * --readable: an unminified build, so the trace names functions.
 * --light: timeline events only (no JS stacks or sampling), whose own overhead is far smaller; use
 *   it to compare figures, the default to see which functions run.
 * --css=<rules>: a style sheet added before typing, to try a layout change without a rebuild
 *   (e.g. `--css='aside{display:none}'` for what the page costs without the criteria). The page is
 *   opened with its CSP bypassed for this; the app itself never allows inline styles.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CDPSession, Page } from '@playwright/test';
import { preview } from 'vite';
import { launchSystemChromium, percentile } from './bench-lib';
import {
  benchRecord,
  KEY_PAUSE_MS,
  letterKeys,
  openBenchCase,
  putRecord,
  TYPING_SCENARIOS,
  type TypingScenario,
} from './bench-scenarios';

const PORT = 4412;
const CPU_THROTTLE = 4;

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

type Span = { name: string; start: number; end: number; type: string | undefined };

/** Complete events of the renderer's main thread (the one that handled the keydowns). */
function mainThreadSpans(events: TraceEvent[]): Span[] {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const keydownsByThread = new Map<string, number>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (mainThreads.has(thread) && event.name === 'EventDispatch' && event.args?.data?.type === 'keydown')
      keydownsByThread.set(thread, (keydownsByThread.get(thread) ?? 0) + 1);
  }
  const [page] = [...keydownsByThread].sort((a, b) => b[1] - a[1])[0] ?? [];
  return events
    .filter((event) => event.ph === 'X' && `${event.pid}:${event.tid}` === page)
    .map((event) => ({
      name: event.name,
      start: event.ts / 1000,
      end: (event.ts + (event.dur ?? 0)) / 1000,
      type: event.args?.data?.type,
    }))
    .sort((a, b) => a.start - b.start);
}

const within = (spans: Span[], outer: Span) =>
  spans.filter((span) => span.start >= outer.start && span.start < outer.end && span !== outer);
const total = (spans: Span[], name: string) =>
  spans.filter((span) => span.name === name).reduce((sum, span) => sum + span.end - span.start, 0);

/** Per keystroke (the first one, still warming up, left out): milliseconds by part. */
export function keystrokeParts(events: TraceEvent[]): Record<string, number[]> {
  const spans = mainThreadSpans(events);
  const tasks = spans.filter((span) => span.name === 'RunTask');
  const parts: Record<string, number[]> = {
    'input task': [],
    '  script in it': [],
    '  layout in it': [],
    'next frame': [],
    '  paint in it': [],
    'keydown to end of that frame': [],
  };
  const keydowns = spans.filter((span) => span.name === 'EventDispatch' && span.type === 'keydown');
  for (const keydown of keydowns.slice(1)) {
    const task = tasks.find(
      (candidate) => candidate.start <= keydown.start && keydown.start <= candidate.end,
    );
    if (!task) continue;
    const inside = within(spans, task);
    const frame = tasks.find(
      (candidate) =>
        candidate.start >= task.end && within(spans, candidate).some((span) => span.name === 'Paint'),
    );
    parts['input task']?.push(task.end - task.start);
    parts['  script in it']?.push(total(inside, 'FunctionCall'));
    parts['  layout in it']?.push(total(inside, 'Layout'));
    if (!frame) continue;
    parts['next frame']?.push(frame.end - frame.start);
    // Paint events nest (the document's wraps its layers'): the outermost ones only.
    const paints = within(spans, frame).filter((span) => span.name === 'Paint');
    parts['  paint in it']?.push(
      paints
        .filter(
          (paint) =>
            !paints.some((other) => other !== paint && other.start <= paint.start && paint.end <= other.end),
        )
        .reduce((sum, paint) => sum + paint.end - paint.start, 0),
    );
    parts['keydown to end of that frame']?.push(frame.end - keydown.start);
  }
  return parts;
}

/** What is typed into: a field of the large case, or the bench's one-input floor page. */
interface Target {
  id: string;
  name: string;
  keys: (count: number) => string[];
  /** Builds and serves the page, opens it and puts the caret in the field. */
  open: (page: Page, cdp: CDPSession, css: string | undefined) => Promise<{ close: () => Promise<void> }>;
}

const FLOOR_TARGET: Target = {
  id: 'floor',
  name: 'the floor page (one React input)',
  keys: letterKeys,
  async open(page, cdp, css) {
    execSync('npx vite build --config bench/vite.floor.config.ts', { stdio: 'ignore' });
    const server = await preview({
      configFile: 'bench/vite.floor.config.ts',
      preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    if (css) await page.addStyleTag({ content: css });
    await page.getByLabel('Text').focus();
    return { close: () => server.close() };
  },
};

function appTarget(scenario: TypingScenario, readable: boolean): Target {
  return {
    id: scenario.id,
    name: scenario.name,
    keys: scenario.keys,
    async open(page, cdp, css) {
      execSync(readable ? 'npx vite build --minify false' : 'npx vite build', { stdio: 'ignore' });
      const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
      const origin = `http://127.0.0.1:${PORT}`;
      await page.goto(origin);
      await page.getByRole('heading', { level: 1, name: /Cases/ }).waitFor();
      await putRecord(page, benchRecord(1));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
      await openBenchCase(page, origin);
      if (css) await page.addStyleTag({ content: css });
      await scenario.focus(page);
      return { close: () => server.close() };
    },
  };
}

async function main() {
  const args = process.argv.slice(2);
  const readable = args.includes('--readable');
  const light = args.includes('--light');
  const css = args.find((arg) => arg.startsWith('--css='))?.slice('--css='.length);
  const [fieldArg = 'weeks', countArg = '20'] = args.filter((arg) => !arg.startsWith('--'));
  const scenario = TYPING_SCENARIOS.find((candidate) => candidate.id === fieldArg);
  const target = fieldArg === 'floor' ? FLOOR_TARGET : scenario && appTarget(scenario, readable);
  if (!target)
    throw new Error(
      `Unknown field "${fieldArg}": use ${[...TYPING_SCENARIOS.map((s) => s.id), 'floor'].join(', ')}`,
    );
  console.log('Building the page...');
  const browser = await launchSystemChromium();
  try {
    const page = await browser.newPage({ bypassCSP: css !== undefined });
    const cdp = await page.context().newCDPSession(page);
    const opened = await target.open(page, cdp, css);
    try {
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (chunk) => events.push(...(chunk.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', {
        categories: light
          ? 'devtools.timeline,disabled-by-default-devtools.timeline'
          : 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack,v8.execute,disabled-by-default-v8.cpu_profiler',
        transferMode: 'ReportEvents',
      });
      for (const key of target.keys(Number(countArg) + 1)) {
        await page.keyboard.press(key);
        await page.waitForTimeout(KEY_PAUSE_MS);
      }
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;

      const overhead = light ? 'timeline only' : "with the trace's own overhead";
      console.log(
        `\nTyping in ${target.name}, CPU ${CPU_THROTTLE}x (ms, ${overhead}${css ? `, with ${css}` : ''}):\n`,
      );
      console.log('| Part | median | p90 |\n| --- | --- | --- |');
      for (const [part, values] of Object.entries(keystrokeParts(events)))
        console.log(
          `| ${part} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 90).toFixed(1)} |`,
        );
      mkdirSync('bench', { recursive: true });
      const file = `bench/trace-${target.id}.json`;
      writeFileSync(file, JSON.stringify({ traceEvents: events }));
      console.log(`\nTrace written to ${file}`);
    } finally {
      await opened.close();
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
