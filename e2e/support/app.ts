/**
 * Shared helpers for browser tests. Every Playwright test gets a fresh browser context, so each
 * test starts with an empty case store; `test` below also opens the case list first.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
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
