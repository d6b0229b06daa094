import type { LaunchOptions } from '@playwright/test';

/**
 * How every browser run here starts Chromium: the system one (browser downloads do not work on
 * these machines), overridable by CHROMIUM_PATH. Used by the browser tests, the bench and the profiler.
 */
export const SYSTEM_CHROMIUM: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
