/**
 * Helpers for driving the case wizard like a user: by roles, labels and the keyboard.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { CASE_DB_NAME, CASES_STORE } from '../../src/storage/db-names';

export function stepper(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Wizard steps' });
}

/** The stepper button of a step ("3. Reports" followed by its state). */
export function stepButton(page: Page, title: string): Locator {
  return stepper(page).getByRole('button', { name: new RegExp(`^\\d\\. ${escapeRegExp(title)}\\b`) });
}

export function stepHeading(page: Page, title: string): Locator {
  return page.getByRole('heading', { level: 2, name: title, exact: true });
}

/** Opens a step from the stepper (a click: for tests that are not about the keyboard). */
export async function openStep(page: Page, title: string): Promise<void> {
  await stepButton(page, title).click();
  await expect(stepHeading(page, title)).toBeVisible();
}

/** A field by its exact label (labels repeat across steps, never within one open form section). */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: true });
}

/** The toggle of a collapsible row: "Report 2: 11/11/2014 · Progress report …". */
export function rowToggle(page: Page, title: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}(:|$| \\()`) });
}

/** Opens a collapsed row if it is not open yet. */
export async function openRow(page: Page, title: string): Promise<void> {
  const toggle = rowToggle(page, title);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.getByRole('region', { name: title, exact: true })).toBeVisible();
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until the element has focus: how a keyboard user reaches it. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 150 } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Types a date the way a person does into a native date input: month, day, year digits. */
export async function typeDate(page: Page, usDate: string): Promise<void> {
  await page.keyboard.type(usDate.replaceAll('/', ''));
}

/** Pastes text into an element, as Ctrl+V does (a paste event carrying the clipboard text). */
export async function pasteInto(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** The message shown beside a field (its aria-describedby points at it). */
export async function expectFieldMessage(target: Locator, message: string | RegExp): Promise<void> {
  await expect(target).toHaveAccessibleDescription(
    typeof message === 'string' ? new RegExp(escapeRegExp(message)) : message,
  );
}

/** The draft as stored in IndexedDB (what a reload will show). */
export async function storedDraft(page: Page, caseId: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    ({ dbName, storeName, id }) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction(storeName, 'readonly').objectStore(storeName).get(id);
          read.onsuccess = () => {
            db.close();
            const record = read.result as { data?: Record<string, unknown> } | undefined;
            resolve(record?.data ?? null);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    { dbName: CASE_DB_NAME, storeName: CASES_STORE, id: caseId },
  );
}

/** Waits until autosave has stored a draft that satisfies the check (then a reload shows it). */
export async function waitForStored(
  page: Page,
  caseId: string,
  check: (draft: Record<string, unknown>) => boolean,
): Promise<void> {
  await expect
    .poll(async () => {
      const draft = await storedDraft(page, caseId);
      return draft !== null && check(draft);
    })
    .toBe(true);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
