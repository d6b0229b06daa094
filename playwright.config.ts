import { defineConfig } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './e2e/support/system-chromium';

// Browser downloads do not work on these machines: always drive the system Chromium.
const port = Number(process.env.PORT ?? 4173);
// Another build folder (`vite build --outDir <dir>`) lets a second checkout of the tests run beside this one.
const outDir = process.env.E2E_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace on every run (to keep it on failure) cost about a third of the run's CPU;
    // in CI a failed test's retry records one.
    trace: 'on-first-retry',
    launchOptions: SYSTEM_CHROMIUM,
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
