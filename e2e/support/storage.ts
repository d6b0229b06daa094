/**
 * A browser whose storage refuses writes on demand, as a full disk does: IndexedDB `put` throws a
 * QuotaExceededError while `window.__storageFull` is true. Used to hold a page with a change it
 * could not store (durability and the two-tab notice).
 */
import { expect, type Page } from '@playwright/test';

/** Patches the page's IndexedDB before its scripts run (from the next load on). */
export async function failWritesOnDemand(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function patchedPut(
      this: IDBObjectStore,
      ...args: Parameters<typeof put>
    ) {
      if ((window as unknown as { __storageFull?: boolean }).__storageFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
}

/** The case list, reloaded with the patch in place (the app must be able to create the case first). */
export async function simulateFullStorage(page: Page): Promise<void> {
  await failWritesOnDemand(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'New case' })).toBeVisible();
}

export const setStorageFull = (page: Page, full: boolean) =>
  page.evaluate((value) => {
    (window as unknown as { __storageFull?: boolean }).__storageFull = value;
  }, full);
