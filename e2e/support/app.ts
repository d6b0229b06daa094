/**
 * Shared helpers for browser tests. Every Playwright test gets a fresh browser context, so each
 * test starts with an empty case store; `test` below also opens the case list first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { CASE_DB_NAME, CASES_STORE } from '../../src/storage/db-names';

export const DEMO_CASE_NUMBER = 'DEMO-WH-2014';
export const APP_NAME = 'IMR Reviewer Workbench';

/** `test` with the case list already open in a fresh app (empty store). */
export const test = base.extend<{ caseList: Page }>({
  caseList: async ({ page }, use) => {
    await openCaseList(page);
    await use(page);
  },
});
export { expect };

export async function openCaseList(page: Page): Promise<void> {
  await page.goto('/');
  await waitForCaseList(page);
}

/** Goes back to the list the way a user does: the app name in the top bar. */
export async function returnToCaseList(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: APP_NAME }).click();
  await waitForCaseList(page);
}

async function waitForCaseList(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: /Cases/ })).toBeVisible();
  await expect(page.getByText('Loading cases…')).toHaveCount(0);
}

/** Clicks "New case" on the list and returns the new case's id (from the URL it opens). */
export async function createCaseFromList(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'New case' }).click();
  return caseIdFromUrl(page);
}

/** Clicks "Load demo case" on the list and returns the new case's id. */
export async function loadDemoCase(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Load demo case' }).click();
  return caseIdFromUrl(page);
}

async function caseIdFromUrl(page: Page): Promise<string> {
  await page.waitForURL(/\/cases\/[^/]+\/case$/);
  const match = /\/cases\/([^/]+)\/case$/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`Not on a case page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** The list row of a case, found by its case number (or "Untitled case"). */
export function caseRow(page: Page, title: string | RegExp): Locator {
  const name = typeof title === 'string' ? new RegExp(`^${escapeRegExp(title)}$`) : title;
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
}

/** All row headers (case titles) of the list, in order. */
export function caseTitles(page: Page): Locator {
  return page.getByRole('table').getByRole('rowheader');
}

/**
 * Writes a raw value into the case store, as an old build, devtools or disk damage might. The app
 * must have been opened once (it creates the store).
 */
export async function putRawRecord(page: Page, record: unknown): Promise<void> {
  await page.evaluate(
    ({ dbName, storeName, value }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(storeName, 'readwrite');
          tx.objectStore(storeName).put(value);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { dbName: CASE_DB_NAME, storeName: CASES_STORE, value: record },
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * WCAG 2.1 A/AA violations axe-core finds on the page as it is now. Injected through evaluate
 * (not a script tag) because the page's Content-Security-Policy forbids inline scripts.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}
