/**
 * Privacy: case data never leaves the machine. A whole working session (a case filled on every
 * step, the criteria, the letter printed and downloaded as PDF and Word, the case file exported and
 * imported) requests nothing from any origin but the app's own, sends nothing (GET only), runs
 * under a Content-Security-Policy of default-src 'self' without a single violation, and the source
 * has no way to run text as code or markup.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './support/app';
import { downloadBy, importCaseFile, letterPreview } from './support/letter';
import { field, openStep, stepHeading } from './support/wizard';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

interface Recorded {
  url: string;
  method: string;
}

/** Fills a few fields on every step of the open (blank) case, with the pointer: speed, not keyboard. */
async function fillEveryStep(page: Page): Promise<void> {
  await field(page, 'IMR case number').fill('CM-PRIV-1');
  await field(page, 'Request (RFA) date').fill('2014-11-11');
  await field(page, 'UR determination date').fill('2014-11-24');
  await field(page, 'Specialty').fill('Physical Medicine & Rehabilitation');

  await openStep(page, 'Patient and injury');
  await field(page, 'Age').fill('36');
  await page.getByRole('radio', { name: 'Female' }).check();
  await field(page, 'Date of injury').fill('2013-08-01');
  await page.getByRole('button', { name: 'Add diagnosis' }).click();
  await field(page, 'Diagnosis').fill('Left leg radiculopathy');

  await openStep(page, 'Reports');
  await page.getByRole('button', { name: 'Add report' }).click();
  await field(page, 'Report date').fill('2014-08-18');
  await field(page, 'Report type').selectOption('progress_report');
  await field(page, 'Exam findings').fill('Tender lumbar spine; SLR positive on the left.');

  await openStep(page, 'Work status and restrictions');
  await field(page, 'Work status').selectOption('tpd');
  await field(page, 'Lifting limit').fill('15');

  await openStep(page, 'Treatment history');
  await page.getByRole('button', { name: 'Add therapy course' }).click();
  await field(page, 'Visits completed').fill('12');

  await openStep(page, 'Disputed services');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  await field(page, 'Requested as').fill('Work hardening 2 times a week for 6 weeks');
  await field(page, 'Service type').selectOption('work_hardening');
  await page.getByRole('radio', { name: 'Denied' }).check();
  await field(page, 'Frequency').fill('2');
  await field(page, 'Duration').fill('6');

  await openStep(page, 'Review');
}

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return Promise.resolve(/\.(ts|tsx|js|mjs|css|html)$/.test(entry.name) ? [path] : []);
    }),
  );
  return nested.flat();
}

test('a whole session requests nothing but the app itself and passes its CSP without a violation', async ({
  page,
  context,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL ?? '').origin;
  const requests: Recorded[] = [];
  const seen = new Set<Request>();
  const record = (request: Request) => {
    if (seen.has(request)) return;
    seen.add(request);
    requests.push({ url: request.url(), method: request.method() });
  };
  // Page requests, and the context's (workers, service workers, popups) too.
  page.on('request', record);
  context.on('request', record);
  const cspMessages: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspMessages.push(message.text());
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
    // Printing is emulated below; the dialog itself is the browser's, not the page's.
    window.print = () => {};
  });
  const cspViolations = () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'self'");
  expect(meta).toContain("script-src 'self'");
  expect(meta).toContain("connect-src 'self'");

  await test.step('create a case and fill every step; the criteria evaluate', async () => {
    await page.getByRole('button', { name: 'New case' }).click();
    await expect(stepHeading(page, 'Case and reviewer')).toBeVisible();
    await fillEveryStep(page);
    await openStep(page, 'Disputed services');
    const panel = page.getByRole('region', { name: 'Guideline criteria' });
    await expect(panel.getByText(/^Recommendation: /).first()).toBeVisible();
    await panel
      .getByRole('group', { name: /Final decision/ })
      .getByLabel('Upheld (not medically necessary)')
      .check();
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  });

  await test.step('open the letter, print it, download PDF and Word, export the case file', async () => {
    await page.getByRole('link', { name: 'Open letter' }).click();
    await expect(letterPreview(page)).toBeVisible();
    await page.getByRole('button', { name: 'Print' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(letterPreview(page)).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    const pdf = await downloadBy(page, page.getByRole('button', { name: 'Download PDF' }));
    expect(pdf.suggestedFilename()).toBe('IMR-CM-PRIV-1-letter.pdf');
    const docx = await downloadBy(page, page.getByRole('button', { name: 'Download Word' }));
    expect(docx.suggestedFilename()).toBe('IMR-CM-PRIV-1-letter.docx');
    const caseFile = await downloadBy(page, page.getByRole('button', { name: 'Export case file' }));
    expect(caseFile.suggestedFilename()).toBe('IMR-CM-PRIV-1.json');

    await page.getByRole('banner').getByRole('link', { name: 'IMR Reviewer Workbench' }).click();
    await importCaseFile(page, (await caseFile.path()) ?? '');
    await page.getByRole('dialog').getByRole('button', { name: 'Keep both' }).click();
    await expect(stepHeading(page, 'Case and reviewer')).toBeVisible();
    // Keep both marks the imported copy, as Duplicate does.
    await expect(field(page, 'IMR case number')).toHaveValue('CM-PRIV-1 (copy)');
  });

  const foreign = requests.filter(({ url }) => {
    const { protocol, origin } = new URL(url);
    return protocol !== 'data:' && protocol !== 'blob:' && origin !== appOrigin;
  });
  expect(foreign).toEqual([]);
  // Nothing is sent anywhere: the app only reads its own files.
  expect(requests.filter(({ method }) => method !== 'GET')).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  expect(cspMessages).toEqual([]);
  expect(await cspViolations()).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('the source never turns text into markup or code', async () => {
  const files = await sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(50);
  const patterns: [string, RegExp][] = [
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*=/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['eval(', /(^|[^\w.])eval\s*\(/],
    ['new Function(', /new\s+Function\s*\(/],
    ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ];
  const found: string[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    for (const [name, pattern] of patterns) {
      if (pattern.test(text)) found.push(`${file.slice(SRC.length)}: ${name}`);
    }
  }
  expect(found).toEqual([]);
});
