/**
 * Durability, as a reviewer meets it: closing the page right after typing, two tabs on one case, a
 * browser that refuses to store (full disk), clearing all local data, and deleting for real.
 *
 * A damaged record in IndexedDB (the list still loads and offers the raw export) is covered in
 * case-list.spec.ts: "a damaged record is listed apart with its reason and raw export".
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { CASE_DB_NAME, CASES_STORE } from '../src/storage/db-names';
import {
  axeViolations,
  caseRow,
  createCaseFromList,
  DEMO_CASE_NUMBER,
  expect,
  loadDemoCase,
  returnToCaseList,
  test,
} from './support/app';
import { downloadBy, downloadBytes } from './support/letter';
import { failWritesOnDemand, setStorageFull, simulateFullStorage } from './support/storage';
import { field, stepHeading } from './support/wizard';

const CHANGED_MESSAGE =
  "This case was changed in another tab. Reload latest shows that version and drops your unsaved changes here; Keep mine saves this page's version over it and drops the other tab's changes. Until you choose, your changes here are kept.";
const BACKUP_PREFIX = 'imr-workbench:pending-draft:';
const UPDATED_FROM_ANOTHER_TAB = /to the version saved in another tab\. This page had no unsaved changes\./;

interface StoredRecord {
  id: string;
  revision: number;
  data: { imr: { caseNumber: string } };
}

/** Every record in the case store, read straight from IndexedDB (what the next visit will find). */
async function storedRecords(page: Page): Promise<StoredRecord[]> {
  return page.evaluate(
    ({ dbName, storeName }) =>
      new Promise<StoredRecord[]>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onerror = () => reject(request.error);
        // A missing database is created empty by this open: then there is simply nothing in it.
        request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: 'id' });
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredRecord[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    { dbName: CASE_DB_NAME, storeName: CASES_STORE },
  );
}

async function storedCaseNumber(page: Page, caseId: string): Promise<string | undefined> {
  return (await storedRecords(page)).find((record) => record.id === caseId)?.data.imr.caseNumber;
}

async function backupKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)),
    BACKUP_PREFIX,
  );
}

const saveStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Unsaved changes|Not saved)/ });

test.describe('no keystroke lost when the page goes', () => {
  test('typing then closing the page at once (no save, no wait): the text is there on reopening', async ({
    caseList: page,
    context,
  }) => {
    const caseId = await createCaseFromList(page);
    const caseNumber = field(page, 'IMR case number');
    await caseNumber.click();
    await page.keyboard.type('CM15-0042');
    await page.close();

    const reopened = await context.newPage();
    await reopened.goto(`/cases/${caseId}/case`);
    await expect(field(reopened, 'IMR case number')).toHaveValue('CM15-0042');
    expect(await storedCaseNumber(reopened, caseId)).toBe('CM15-0042');
    await expect.poll(() => backupKeys(reopened)).toEqual([]);
  });

  test('typing then navigating away at once: the text is there on coming back', async ({
    caseList: page,
  }) => {
    const caseId = await createCaseFromList(page);
    await field(page, 'IMR case number').click();
    await page.keyboard.type('CM15-0099');
    await page.goto('about:blank');
    await page.goto(`/cases/${caseId}/case`);
    await expect(field(page, 'IMR case number')).toHaveValue('CM15-0099');
  });

  test('even when the IndexedDB write at close never lands, the backup brings the text back', async ({
    caseList: page,
    context,
  }) => {
    await simulateFullStorage(page);
    const caseId = await createCaseFromList(page);
    await setStorageFull(page, true);
    await field(page, 'IMR case number').click();
    await page.keyboard.type('CM15-7777');
    await page.close();

    // A fresh page without the failure: the backup (localStorage) is applied, stored and removed.
    const reopened = await context.newPage();
    await reopened.goto(`/cases/${caseId}/case`);
    await expect(field(reopened, 'IMR case number')).toHaveValue('CM15-7777');
    await expect.poll(() => storedCaseNumber(reopened, caseId)).toBe('CM15-7777');
    await expect.poll(() => backupKeys(reopened)).toEqual([]);
  });

  test('the backup taken as the page goes holds a keystroke made in the same moment', async ({
    caseList: page,
  }) => {
    const caseId = await createCaseFromList(page);
    const caseNumber = field(page, 'IMR case number');
    await caseNumber.fill('CM-1');
    await expect(saveStatus(page)).toHaveText('Saved');
    // One task: a keystroke, then the page is hidden, before any timer of the app can run.
    const backup = await caseNumber.evaluate((input: HTMLInputElement, key) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(input, `${input.value}2`);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      return JSON.parse(localStorage.getItem(key) ?? 'null') as {
        draft: { imr: { caseNumber: string } };
      } | null;
    }, `${BACKUP_PREFIX}${caseId}`);
    expect(backup?.draft.imr.caseNumber).toBe('CM-12');
    await expect.poll(() => storedCaseNumber(page, caseId)).toBe('CM-12');
    await expect.poll(() => backupKeys(page)).toEqual([]);
  });

  test('a backup older than the stored case is discarded, not applied', async ({ caseList: page }) => {
    const caseId = await createCaseFromList(page);
    await field(page, 'IMR case number').fill('NEWER');
    await expect(saveStatus(page)).toHaveText('Saved');
    await expect.poll(() => storedCaseNumber(page, caseId)).toBe('NEWER');
    // A stale backup, as a crash long ago might have left: it builds on revision 1, written before.
    await page.evaluate(
      ({ key, id }) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            caseId: id,
            baseRevision: 1,
            savedAt: '2001-01-01T00:00:00.000Z',
            conflicted: false,
            draft: { id },
          }),
        ),
      { key: `${BACKUP_PREFIX}${caseId}`, id: caseId },
    );
    await page.reload();
    await expect(field(page, 'IMR case number')).toHaveValue('NEWER');
    expect(await backupKeys(page)).toEqual([]);
  });
});

test('two tabs on one case: an idle tab takes the newer version, a tab holding a change is told and chooses', async ({
  caseList: tabA,
  context,
}) => {
  const caseId = await createCaseFromList(tabA);
  const tabB = await context.newPage();
  await failWritesOnDemand(tabB);
  await tabB.goto(`/cases/${caseId}/case`);
  await expect(stepHeading(tabB, 'Case and reviewer')).toBeVisible();
  const noticeB = tabB.getByRole('region', { name: 'Case changed in another tab' });

  // A writes; B has nothing unsaved, so it shows A's version itself and says so.
  await field(tabA, 'IMR case number').fill('FROM-A');
  await expect(saveStatus(tabA)).toHaveText('Saved');
  await expect(tabB.getByText(UPDATED_FROM_ANOTHER_TAB)).toBeVisible();
  await expect(field(tabB, 'IMR case number')).toHaveValue('FROM-A');
  await expect(noticeB).toHaveCount(0);

  // B holds a change it could not store (its disk is full) when A writes again: B is told and keeps
  // its text, and A's data stays as A stored it.
  await setStorageFull(tabB, true);
  await field(tabB, 'IMR case number').fill('FROM-B');
  await expect(saveStatus(tabB)).toHaveText(/^Not saved: /);
  await field(tabA, 'IMR case number').fill('FROM-A2');
  await expect(saveStatus(tabA)).toHaveText('Saved');
  await expect(noticeB.getByRole('alert')).toHaveText(CHANGED_MESSAGE);
  await expect(field(tabB, 'IMR case number')).toHaveValue('FROM-B');
  expect(await storedCaseNumber(tabB, caseId)).toBe('FROM-A2');

  // "Keep mine" saves B over A, explicitly; A has nothing unsaved and takes B's version itself.
  await setStorageFull(tabB, false);
  await noticeB.getByRole('button', { name: 'Keep mine' }).click();
  await expect(saveStatus(tabB)).toHaveText('Saved');
  await expect(noticeB).toHaveCount(0);
  await expect.poll(() => storedCaseNumber(tabB, caseId)).toBe('FROM-B');
  await expect(field(tabA, 'IMR case number')).toHaveValue('FROM-B');
  await expect(tabA.getByText(UPDATED_FROM_ANOTHER_TAB)).toBeVisible();

  // Again B holds a change when A writes; "Reload latest" in B shows A's version, nothing stored lost.
  await setStorageFull(tabB, true);
  await field(tabB, 'IMR case number').fill('FROM-B2');
  await expect(saveStatus(tabB)).toHaveText(/^Not saved: /);
  await field(tabA, 'IMR case number').fill('FROM-A3');
  await expect(saveStatus(tabA)).toHaveText('Saved');
  await expect(noticeB).toBeVisible();
  await setStorageFull(tabB, false);
  await noticeB.getByRole('button', { name: 'Reload latest' }).click();
  await expect(field(tabB, 'IMR case number')).toHaveValue('FROM-A3');
  await expect(noticeB).toHaveCount(0);
  await expect(saveStatus(tabB)).toHaveText('Saved');
  expect(await storedCaseNumber(tabB, caseId)).toBe('FROM-A3');

  // The list in another tab follows too, without a reload.
  const listTab = await context.newPage();
  await listTab.goto('/');
  await expect(caseRow(listTab, 'FROM-A3')).toBeVisible();
  await field(tabA, 'IMR case number').fill('FROM-A-AGAIN');
  await expect(caseRow(listTab, 'FROM-A-AGAIN')).toBeVisible();
});

test('a case deleted in another tab and put back with Undo there: the typing refused meanwhile is stored', async ({
  caseList: list,
  context,
}) => {
  const caseId = await createCaseFromList(list);
  await field(list, 'IMR case number').fill('CM-UNDO');
  await expect(saveStatus(list)).toHaveText('Saved');
  await returnToCaseList(list);
  const editor = await context.newPage();
  await editor.goto(`/cases/${caseId}/case`);
  await expect(field(editor, 'IMR case number')).toHaveValue('CM-UNDO');

  await caseRow(list, 'CM-UNDO')
    .getByRole('button', { name: /^Delete/ })
    .click();
  const notice = editor.getByRole('region', { name: 'Case deleted in another tab' });
  await expect(notice).toBeVisible();
  await field(editor, 'Decision date').fill('2026-11-20');
  await expect(saveStatus(editor)).toHaveText(/^Not saved: /);

  await list.getByRole('button', { name: 'Undo' }).click();
  await expect(caseRow(list, 'CM-UNDO')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(saveStatus(editor)).toHaveText('Saved');
  await expect
    .poll(async () => (await storedRecords(editor)).find((record) => record.id === caseId)?.revision)
    .toBe(3);
});

test('a write the browser refuses (storage full) says why, keeps the text and offers the case file', async ({
  caseList: page,
}) => {
  await simulateFullStorage(page);
  const caseId = await createCaseFromList(page);
  await setStorageFull(page, true);
  const caseNumber = field(page, 'IMR case number');
  await caseNumber.fill('CM-FULL-1');

  await expect(saveStatus(page)).toHaveText(/^Not saved: The browser's storage for this site is full\./);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(0);
  await expect(caseNumber).toHaveValue('CM-FULL-1');
  expect(await storedCaseNumber(page, caseId)).toBe('');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export case file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('IMR-CM-FULL-1.json');
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file).toMatchObject({
    format: 'imr-workbench-case',
    case: { id: caseId, imr: { caseNumber: 'CM-FULL-1' } },
  });

  // Space again: "Try saving again" stores it.
  await setStorageFull(page, false);
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(saveStatus(page)).toHaveText('Saved');
  expect(await storedCaseNumber(page, caseId)).toBe('CM-FULL-1');
});

test('Clear all local data asks first (Escape cancels), then deletes every case and every backup', async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  await returnToCaseList(page);
  await createCaseFromList(page);
  await returnToCaseList(page);
  await page.evaluate((key) => localStorage.setItem(key, '{}'), `${BACKUP_PREFIX}left-over`);
  await page.evaluate(() => localStorage.setItem('imr-workbench:recent-citations', '["ODG Low Back"]'));
  await page.evaluate(() => localStorage.setItem('unrelated-setting', 'kept'));

  const opener = page.getByRole('button', { name: 'Clear all local data' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Clear all local data?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('every case stored in this browser on this machine (2 cases)');
  await expect(dialog).toContainText('It cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(caseRow(page, DEMO_CASE_NUMBER)).toBeVisible();
  expect(await storedRecords(page)).toHaveLength(2);

  // Keyboard: open, Tab to the delete button, Enter.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete every case' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No cases yet.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'All local data was cleared' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Cases/ })).toBeFocused();

  await page.reload();
  await expect(page.getByText('No cases yet.')).toBeVisible();
  expect(await storedRecords(page)).toEqual([]);
  expect(await backupKeys(page)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('imr-workbench:recent-citations'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('unrelated-setting'))).toBe('kept');
});

test('a deleted case is gone from IndexedDB once the undo has passed', async ({ caseList: page }) => {
  const demoId = await loadDemoCase(page);
  await returnToCaseList(page);
  const otherId = await createCaseFromList(page);
  await returnToCaseList(page);
  expect((await storedRecords(page)).map((record) => record.id).sort()).toEqual([demoId, otherId].sort());

  await caseRow(page, DEMO_CASE_NUMBER)
    .getByRole('button', { name: /^Delete/ })
    .click();
  // The record is deleted at once; Undo would put it back. Dismissing ends the undo.
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  expect((await storedRecords(page)).map((record) => record.id)).toEqual([otherId]);
  await page.goto(`/cases/${demoId}/case`);
  await expect(page.getByRole('heading', { name: 'Case not found' })).toBeVisible();
});

test('changes a tab still held when all data was cleared elsewhere are listed, restorable and discardable, never kept unseen', async ({
  caseList: list,
  context,
}) => {
  const caseId = await createCaseFromList(list);
  await returnToCaseList(list);
  const editor = await context.newPage();
  await editor.goto(`/cases/${caseId}/case`);
  await expect(field(editor, 'IMR case number')).toBeVisible();

  // The list clears everything while the other tab has the case open.
  await list.getByRole('button', { name: 'Clear all local data' }).click();
  await list.getByRole('dialog').getByRole('button', { name: 'Delete every case' }).click();
  await expect(list.getByText('No cases yet.')).toBeVisible();
  await expect(editor.getByRole('heading', { name: 'Case deleted in another tab' })).toBeVisible();

  // The reviewer there goes on typing, then closes the tab without choosing.
  await field(editor, 'IMR case number').fill('CM-HELD');
  await expect.poll(() => backupKeys(list)).toEqual([]);
  await editor.close();
  await expect.poll(() => backupKeys(list)).toEqual([`${BACKUP_PREFIX}${caseId}`]);

  // Nothing is left unseen: the list shows the changes with what can be done with them.
  await list.reload();
  const section = list.getByRole('region', { name: 'Unsaved changes to cases no longer stored' });
  await expect(section.getByRole('heading', { name: 'CM-HELD' })).toBeVisible();
  expect(await axeViolations(list)).toEqual([]);

  // Export gives a case file that imports like any other, with the changes in it.
  const exported = await downloadBy(list, section.getByRole('button', { name: 'Export case file: CM-HELD' }));
  expect(exported.suggestedFilename()).toBe('IMR-CM-HELD.json');
  const caseFile = JSON.parse(new TextDecoder().decode(await downloadBytes(exported)));
  expect(caseFile.case.imr.caseNumber).toBe('CM-HELD');

  // Discard, then Undo: the changes are back.
  await section.getByRole('button', { name: 'Discard unsaved changes: CM-HELD' }).click();
  await expect(section).toHaveCount(0);
  expect(await backupKeys(list)).toEqual([]);
  await list.getByRole('button', { name: 'Undo' }).click();
  await expect(section.getByRole('heading', { name: 'CM-HELD' })).toBeVisible();

  // Restore: the case is stored again with the changes, and the backup is gone.
  await section.getByRole('button', { name: 'Restore as a case: CM-HELD' }).click();
  await expect(caseRow(list, 'CM-HELD')).toBeVisible();
  await expect(section).toHaveCount(0);
  await expect(list.getByRole('heading', { level: 1, name: /Cases/ })).toBeFocused();
  expect(await storedCaseNumber(list, caseId)).toBe('CM-HELD');
  expect(await backupKeys(list)).toEqual([]);
});
