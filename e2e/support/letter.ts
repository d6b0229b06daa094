/**
 * Browser-test helpers for the letter page and case files: open the letter, read what the page
 * shows, change a stored case the way another tab would, and read back downloaded PDF and DOCX files.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { CaseDraft } from '../../src/domain/case/case-schema';
import { extractPdfText } from '../../src/domain/letter/pdf-text-for-tests';
import { CASE_DB_NAME, CASES_STORE } from '../../src/storage/db-names';
import { expect, putRawRecord } from './app';

export const LETTER_HEADINGS = [
  'INDEPENDENT MEDICAL REVIEW FINAL DETERMINATION',
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'CLINICAL CASE SUMMARY',
  'DOCUMENTS REVIEWED',
  'IMR ISSUES, DECISIONS AND RATIONALES',
] as const;

export const DEMO_ITEM_LINE = 'Work hardening physical therapy 2 times a week for 6 weeks: Upheld';

/** Opens a case's letter page by its address and waits for the letter. */
export async function openLetter(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${encodeURIComponent(caseId)}/letter`);
  await expect(page.getByRole('heading', { level: 1, name: 'Final determination letter' })).toBeVisible();
  await expect(letterPreview(page)).toBeVisible();
}

export function letterPreview(page: Page): Locator {
  return page.getByRole('article', { name: LETTER_HEADINGS[0] });
}

/** The short content hash the letter page shows in its footer. */
export async function shownLetterHash(page: Page): Promise<string> {
  const footer = page.getByText(/^Letter hash:/);
  await expect(footer).toBeVisible();
  const hash = await footer.locator('code').textContent();
  if (!hash || !/^[0-9a-f]{12}$/.test(hash)) throw new Error(`No letter hash shown (got ${hash})`);
  return hash;
}

interface StoredRecord {
  id: string;
  updatedAt: string;
  revision: number;
  data: CaseDraft;
}

/** The stored record of a case, exactly as IndexedDB holds it. */
export async function readStoredRecord(page: Page, caseId: string): Promise<StoredRecord> {
  return page.evaluate(
    ({ dbName, storeName, id }) =>
      new Promise<StoredRecord>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction(storeName, 'readonly').objectStore(storeName).get(id);
          get.onsuccess = () => {
            db.close();
            resolve(get.result as StoredRecord);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { dbName: CASE_DB_NAME, storeName: CASES_STORE, id: caseId },
  );
}

/**
 * Changes a stored case as another tab (or the wizard) would: a new revision with the changed case.
 * Returns the record written.
 */
export async function changeStoredCase(
  page: Page,
  caseId: string,
  change: (draft: CaseDraft) => CaseDraft,
): Promise<StoredRecord> {
  const record = await readStoredRecord(page, caseId);
  const next: StoredRecord = {
    ...record,
    revision: record.revision + 1,
    updatedAt: new Date().toISOString(),
    data: change(record.data),
  };
  await putRawRecord(page, next);
  return next;
}

export async function downloadBytes(download: Download): Promise<Uint8Array> {
  const path = await download.path();
  return new Uint8Array(await readFile(path));
}

/** Clicks a button that downloads a file, and returns the download. */
export async function downloadBy(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

/** The PDF's text, one string per line, all pages, read from the file's content streams. */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  return (await extractPdfText(bytes)).flatMap((page) => page.lines);
}

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_match, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** A DOCX part's text: one string per paragraph (the <w:t> runs of each <w:p> joined). */
export function docxParagraphs(bytes: Uint8Array, part = 'word/document.xml'): string[] {
  const files = unzipSync(bytes);
  const xml = files[part];
  if (!xml) throw new Error(`The DOCX has no ${part}`);
  return [...strFromU8(xml).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((run) => decodeXmlText(run[1] ?? ''))
      .join(''),
  );
}

/** Every part of a DOCX whose name matches, e.g. /word\/header\d*\.xml/. */
export function docxPartNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

/** A file for the import: a path on disk, or generated content. */
export type ImportFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Chooses a file through the case list's "Import case file" button, as a user does. */
export async function importCaseFile(page: Page, file: ImportFile): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import case file' }).click(),
  ]);
  await chooser.setFiles(file);
}

/** The import refusal shown on the case list. */
export function importRefusal(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'was not imported' });
}
