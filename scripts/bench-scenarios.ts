/**
 * The large bench case in the browser and the fields typed into, shared by `npm run bench` (how
 * long a keystroke takes) and `npm run profile` (where that time goes).
 */
import type { Page } from '@playwright/test';
import { CASE_DB_NAME, CASES_STORE } from '../src/storage/db-names';
import { buildBenchCase } from './bench-evaluate';

export const PANEL_SELECTOR = '[data-bench="criteria-panel"]';
export const BENCH_CASE_ID = 'bench';
/** Pause after each measured key: long enough for the autosave to finish before the next one. */
export const KEY_PAUSE_MS = 700;

/** Writes a record straight into the app's store (the page must have opened the app once). */
export async function putRecord(page: Page, record: unknown): Promise<number> {
  return page.evaluate(
    `new Promise((resolve, reject) => {
      const request = indexedDB.open(${JSON.stringify(CASE_DB_NAME)});
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const start = performance.now();
        const tx = db.transaction(${JSON.stringify(CASES_STORE)}, 'readwrite');
        tx.objectStore(${JSON.stringify(CASES_STORE)}).put(${JSON.stringify(record)});
        tx.oncomplete = () => { const ms = performance.now() - start; db.close(); resolve(ms); };
        tx.onerror = () => reject(tx.error);
      };
    })`,
  ) as Promise<number>;
}

/** The stored record of the bench case (20 disputed items, 100 reports). */
export function benchRecord(revision: number) {
  const draft = { ...buildBenchCase(), id: BENCH_CASE_ID };
  return { id: BENCH_CASE_ID, updatedAt: new Date().toISOString(), revision, data: draft };
}

/** Opens the bench case on its disputed services, with the criteria on screen. */
export async function openBenchCase(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/cases/${BENCH_CASE_ID}/disputed`);
  await page.getByRole('heading', { level: 2, name: 'Disputed services' }).waitFor();
  await page.locator(PANEL_SELECTOR).getByRole('article').first().waitFor();
}

export const letterKeys = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[i % 26] as string);

async function openStep(page: Page, number: number, title: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 2, name: title });
  if (await heading.isVisible()) return;
  await page.getByRole('button', { name: new RegExp(`^${number}\\. ${title}`) }).click();
  await heading.waitFor();
}

async function openDisputedRow(page: Page, title: string): Promise<void> {
  await openStep(page, 6, 'Disputed services');
  const toggle = page.getByRole('button', { name: new RegExp(`^${title}:`) });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

export interface TypingScenario {
  id: 'exam' | 'weeks' | 'dose';
  name: string;
  /** Puts the caret in the field, from anywhere in the bench case. */
  focus: (page: Page) => Promise<void>;
  keys: (count: number) => string[];
}

export const TYPING_SCENARIOS: readonly TypingScenario[] = [
  {
    id: 'exam',
    name: "a report's exam findings",
    focus: async (page) => {
      await openStep(page, 3, 'Reports');
      const toggle = page.getByRole('button', { name: /^Report 1:/ });
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      await page.getByLabel('Exam findings', { exact: true }).focus();
      await page.keyboard.press('End');
    },
    keys: letterKeys,
  },
  {
    id: 'weeks',
    name: 'the requested weeks (flips a criterion)',
    focus: async (page) => {
      await openDisputedRow(page, 'Disputed service 1');
      await page.getByLabel('Duration', { exact: true }).first().focus();
    },
    // 6 -> 4 -> 6 ... flips "4 weeks or less" each time.
    keys: (count) =>
      Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 'Backspace' : i % 4 === 1 ? '4' : '6')),
  },
  {
    id: 'dose',
    name: 'a medication dose (changes the morphine equivalents)',
    focus: async (page) => {
      await openDisputedRow(page, 'Disputed service 19');
      await page.getByLabel('Dose', { exact: true }).first().focus();
      // "1 tablet" -> " tablet", caret at the start: each measured key then sets or clears the count.
      await page.keyboard.press('Home');
      await page.keyboard.press('Delete');
      await page.waitForTimeout(KEY_PAUSE_MS);
    },
    keys: (count) =>
      Array.from({ length: count }, (_, i) => (i % 2 === 1 ? 'Backspace' : i % 4 === 0 ? '2' : '3')),
  },
];
