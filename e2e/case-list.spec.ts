import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import {
  axeViolations,
  caseRow,
  caseTitles,
  createCaseFromList,
  DEMO_CASE_NUMBER,
  expect,
  loadDemoCase,
  putRawRecord,
  returnToCaseList,
  test,
} from './support/app';
import { field, stepButton, waitForStored } from './support/wizard';

test('an empty store shows how to start', async ({ caseList: page }) => {
  await expect(page.getByText('No cases yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New case' })).toBeVisible();
});

test('a new case opens at its first step and appears in the list after returning', async ({
  caseList: page,
}) => {
  const id = await createCaseFromList(page);
  expect(page.url()).toContain(`/cases/${id}/case`);
  await returnToCaseList(page);
  const row = caseRow(page, 'Untitled case');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Not started');
  await expect(row.getByRole('link', { name: 'Open Untitled case' })).toHaveAttribute(
    'href',
    `/cases/${id}/case`,
  );
});

test('the demo case is listed with its case number, patient and service', async ({ caseList: page }) => {
  await loadDemoCase(page);
  await returnToCaseList(page);
  const row = caseRow(page, DEMO_CASE_NUMBER);
  await expect(row).toBeVisible();
  await expect(row).toContainText('36, female');
  await expect(row).toContainText(/work hardening/i);
  await expect(row).toContainText('In progress');
  await row.getByRole('link', { name: `Open ${DEMO_CASE_NUMBER}` }).click();
  await expect(page).toHaveURL(/\/cases\/[^/]+\/case$/);
});

test('duplicate makes a copy with " (copy)" after the case number', async ({ caseList: page }) => {
  await loadDemoCase(page);
  await returnToCaseList(page);
  await caseRow(page, DEMO_CASE_NUMBER)
    .getByRole('button', { name: /^Duplicate/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Duplicated as' })).toBeVisible();
  await expect(caseTitles(page)).toHaveText([`${DEMO_CASE_NUMBER} (copy)`, DEMO_CASE_NUMBER]);
  await page.reload();
  await expect(caseTitles(page)).toHaveText([`${DEMO_CASE_NUMBER} (copy)`, DEMO_CASE_NUMBER]);
});

test('delete removes a case at once, and Undo puts it back exactly', async ({ caseList: page }) => {
  await loadDemoCase(page);
  await returnToCaseList(page);
  await createCaseFromList(page);
  await returnToCaseList(page);
  await expect(caseTitles(page)).toHaveText(['Untitled case', DEMO_CASE_NUMBER]);
  const before = await caseRow(page, DEMO_CASE_NUMBER).textContent();

  await caseRow(page, DEMO_CASE_NUMBER)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(caseTitles(page)).toHaveText(['Untitled case']);
  const toast = page.getByRole('status').filter({ hasText: `Deleted “${DEMO_CASE_NUMBER}”` });
  await expect(toast).toBeVisible();
  // Focus moved to Undo (the focused Delete button went away with its row): Enter undoes.
  await expect(toast.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: `Restored “${DEMO_CASE_NUMBER}”` })).toBeVisible();
  await expect(caseTitles(page)).toHaveText(['Untitled case', DEMO_CASE_NUMBER]);
  expect(await caseRow(page, DEMO_CASE_NUMBER).textContent()).toBe(before);
  await page.reload();
  await expect(caseTitles(page)).toHaveText(['Untitled case', DEMO_CASE_NUMBER]);
});

test('a case deleted without undo stays deleted after reload', async ({ caseList: page }) => {
  await loadDemoCase(page);
  await returnToCaseList(page);
  await caseRow(page, DEMO_CASE_NUMBER)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('No cases yet.')).toBeVisible();
  await expect(caseRow(page, DEMO_CASE_NUMBER)).toHaveCount(0);
});

test('search filters by what the rows show: case number, patient, service', async ({ caseList: page }) => {
  await loadDemoCase(page);
  await returnToCaseList(page);
  await createCaseFromList(page);
  await returnToCaseList(page);
  const search = page.getByRole('searchbox', { name: 'Search cases' });

  await search.fill('demo-wh');
  await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
  await search.fill('female');
  await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
  await search.fill('36');
  await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
  await search.fill('work hardening');
  await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
  // What the row shows, as it shows it: the Patient column with its comma, a word's start, the title.
  await search.fill('36, female');
  await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
  await search.fill('fem');
  await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
  await search.fill('Untitled');
  await expect(caseTitles(page)).toHaveText(['Untitled case']);
  await search.fill('no such thing');
  await expect(page.getByText('No cases match “no such thing”.')).toBeVisible();
  await search.fill('');
  await expect(caseTitles(page)).toHaveText(['Untitled case', DEMO_CASE_NUMBER]);
});

test('a damaged record is listed apart with its reason and raw export; the rest still loads', async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  await returnToCaseList(page);
  const damaged = {
    id: 'broken-record',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 2,
    data: { schemaVersion: 1, id: 'broken-record', patient: 'not an object' },
  };
  await putRawRecord(page, damaged);
  await page.reload();

  await expect(caseRow(page, DEMO_CASE_NUMBER)).toBeVisible();
  const section = page.getByRole('region', { name: 'Records that cannot be opened' });
  await expect(section).toContainText('broken-record');
  await expect(section).toContainText('does not have the expected shape');

  const downloadPromise = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export raw data of record broken-record' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('damaged-record-broken-record.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(exported).toEqual(damaged);
});

test('a record from a newer workbench is listed as damaged, not opened', async ({ caseList: page }) => {
  await putRawRecord(page, {
    id: 'from-the-future',
    updatedAt: '2030-01-01T00:00:00.000Z',
    revision: 1,
    data: { schemaVersion: 99, id: 'from-the-future' },
  });
  await page.reload();
  const section = page.getByRole('region', { name: 'Records that cannot be opened' });
  await expect(section).toContainText('made by a newer version of the workbench');
  await page.goto('/cases/from-the-future/case');
  await expect(page.getByRole('heading', { name: 'This case cannot be opened' })).toBeVisible();
});

test('reloading a case step URL reopens that step', async ({ caseList: page }) => {
  const id = await createCaseFromList(page);
  await page.goto(`/cases/${id}/patient`);
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/patient$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Patient and injury' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Case not found' })).toHaveCount(0);
});

test('/cases/:id and an unknown step open the first step', async ({ caseList: page }) => {
  const id = await createCaseFromList(page);
  await page.goto(`/cases/${id}`);
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/case$`));
  await page.goto(`/cases/${id}/no-such-step`);
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/case$`));
});

test('a case that does not exist says so and links back to the list', async ({ caseList: page }) => {
  await page.goto('/cases/does-not-exist/patient');
  await expect(page.getByRole('heading', { name: 'Case not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the case list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Cases/ })).toBeVisible();
});

test('the letter page has its own route with a way back to the case', async ({ caseList: page }) => {
  const id = await loadDemoCase(page);
  await page.goto(`/cases/${id}/letter`);
  await expect(page.getByRole('heading', { level: 1, name: 'Final determination letter' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the case' }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/case$`));
});

test('the skip link moves keyboard users to the main content', async ({ caseList: page }) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the case list, with cases, a damaged record and a toast, passes axe WCAG A/AA checks', async ({
  caseList: page,
}) => {
  expect(await axeViolations(page)).toEqual([]);
  await loadDemoCase(page);
  await returnToCaseList(page);
  await createCaseFromList(page);
  await returnToCaseList(page);
  await putRawRecord(page, { id: 'broken', junk: true });
  await page.reload();
  await caseRow(page, 'Untitled case')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/cases/nope/case');
  await expect(page.getByRole('heading', { name: 'Case not found' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('opening a case (New case, Load demo case, Open) puts focus on the case page heading', async ({
  caseList: page,
}) => {
  // Keyboard only: Enter on each, as a keyboard or screen-reader user starts work.
  await page.getByRole('button', { name: 'New case' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/cases\/[^/]+\/case$/);
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeFocused();
  // Tab goes on from the top of the case page, not from the body.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Open letter' })).toBeFocused();

  await returnToCaseList(page);
  await page.getByRole('button', { name: 'Load demo case' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/cases\/[^/]+\/case$/);
  await expect(page.getByRole('heading', { level: 1, name: `Case ${DEMO_CASE_NUMBER}` })).toBeFocused();

  await returnToCaseList(page);
  await caseRow(page, DEMO_CASE_NUMBER)
    .getByRole('link', { name: `Open ${DEMO_CASE_NUMBER}` })
    .focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/cases\/[^/]+\/case$/);
  await expect(page.getByRole('heading', { level: 1, name: `Case ${DEMO_CASE_NUMBER}` })).toBeFocused();
});

test('a deep link to a case step or letter loads without console warnings, focus on its heading', async ({
  caseList: page,
}) => {
  const id = await loadDemoCase(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  for (const path of [`/cases/${id}/reports`, `/cases/${id}/letter`, `/cases/${id}/case`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
  expect(warnings).toEqual([]);
});

const LONG_CASE_NUMBER = 'CM14-0208137-SUPPLEMENTAL-REVIEW-OF-RECORDS-2014-12-01';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`the case list fits ${viewport.width}x${viewport.height}: every row's Delete is on screen, no sideways scroll`, async ({
    caseList: page,
  }) => {
    await page.setViewportSize(viewport);
    await loadDemoCase(page);
    await returnToCaseList(page);
    await caseRow(page, DEMO_CASE_NUMBER)
      .getByRole('button', { name: /^Duplicate/ })
      .click();
    await expect(caseTitles(page)).toHaveCount(2);
    const id = await createCaseFromList(page);
    await page.getByLabel('IMR case number', { exact: true }).fill(LONG_CASE_NUMBER);
    await waitForStored(
      page,
      id,
      (draft) => (draft.imr as { caseNumber: string }).caseNumber === LONG_CASE_NUMBER,
    );
    await returnToCaseList(page);
    await expect(caseTitles(page)).toHaveCount(3);

    for (const title of [LONG_CASE_NUMBER, `${DEMO_CASE_NUMBER} (copy)`, DEMO_CASE_NUMBER]) {
      const row = caseRow(page, title);
      for (const name of [`Open ${title}`, `Delete ${title}`]) {
        const control = row.getByRole(name.startsWith('Open') ? 'link' : 'button', { name, exact: true });
        await expect(control).toBeInViewport({ ratio: 1 });
        const box = await control.boundingBox();
        expect(box, name).not.toBeNull();
        if (!box) continue;
        expect(box.x, name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, name).toBeLessThanOrEqual(viewport.width);
      }
    }
    // The table fits its frame (nothing hidden behind an inner scroll) and the page does not scroll sideways.
    const widths = await page.getByRole('table').evaluate((table) => ({
      table: table.getBoundingClientRect().width,
      frame: (table.parentElement as HTMLElement).clientWidth,
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.table).toBeLessThanOrEqual(widths.frame);
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    // The services column keeps room to read ("Work hardening physical therapy ...").
    const services = await page.getByRole('columnheader', { name: 'Disputed services' }).boundingBox();
    expect(services?.width ?? 0).toBeGreaterThanOrEqual(150);
  });
}

/** A case's entry in the narrow (phone) layout: a list item named by its case number. */
function caseEntry(page: Page, title: string): Locator {
  return page
    .getByRole('list', { name: 'Cases, most recently changed first' })
    .getByRole('listitem', { name: title, exact: true });
}

test('on a phone (390 wide) each case is a list entry with its deadline, status and actions on screen; nothing scrolls sideways', async ({
  caseList: page,
}) => {
  const viewport = { width: 390, height: 844 };
  await page.setViewportSize(viewport);
  await loadDemoCase(page);
  await returnToCaseList(page);
  // A long case number, and a deadline long past (shown as overdue).
  const id = await createCaseFromList(page);
  await field(page, 'IMR case number').fill(LONG_CASE_NUMBER);
  await field(page, 'Records received date').fill('2014-12-01');
  await waitForStored(page, id, (draft) => {
    const imr = draft.imr as { caseNumber: string; recordsReceivedDate: string };
    return imr.caseNumber === LONG_CASE_NUMBER && imr.recordsReceivedDate === '2014-12-01';
  });
  await returnToCaseList(page);

  // A list, not a table (the table is not displayed, so not announced either), newest change first.
  await expect(page.getByRole('table')).toHaveCount(0);
  const list = page.getByRole('list', { name: 'Cases, most recently changed first' });
  await expect(list.getByRole('listitem', { name: /./ })).toHaveCount(2);
  await expect(list.getByRole('heading', { level: 2 })).toHaveText([LONG_CASE_NUMBER, DEMO_CASE_NUMBER]);

  // Nothing scrolls sideways: not the page, not any frame inside it; nothing reaches past the screen.
  const overflow = await page.evaluate(() => {
    const found: string[] = [];
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth > clientWidth) found.push(`page ${scrollWidth} > ${clientWidth}`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const rect = element.getBoundingClientRect();
      // Not drawn, or screen-reader-only text (1 px, clipped; the skip link sits a pixel off the page).
      if (rect.width <= 1 || rect.height <= 1) continue;
      const describe = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
      if (rect.left < 0 || rect.right > clientWidth + 0.5)
        found.push(`${describe} at ${rect.left}-${rect.right}`);
      const { overflowX } = getComputedStyle(element);
      if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth)
        found.push(`${describe} scrolls ${element.scrollWidth} > ${element.clientWidth}`);
    }
    return found;
  });
  expect(overflow).toEqual([]);

  const expected = [
    { title: LONG_CASE_NUMBER, deadline: /^\d+ days overdue$/, status: 'In progress' },
    { title: DEMO_CASE_NUMBER, deadline: 'Not known', status: 'In progress' },
  ];
  for (const { title, deadline, status } of expected) {
    const entry = caseEntry(page, title);
    // Scrolled to the top of the screen by scrolling the page down only, as a thumb would: an
    // inner frame scrolled sideways to reach a control would hide the problem this test is about.
    await entry.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 8));
    for (const [what, control] of [
      ['deadline', entry.getByText(deadline, { exact: true })],
      ['status', entry.getByText(status, { exact: true })],
      ['Open', entry.getByRole('link', { name: `Open ${title}`, exact: true })],
      ['Delete', entry.getByRole('button', { name: `Delete ${title}`, exact: true })],
    ] as const) {
      await expect(control, `${title}: ${what}`).toBeInViewport({ ratio: 1 });
      const box = await control.boundingBox();
      expect(box, `${title}: ${what}`).not.toBeNull();
      if (!box) continue;
      expect(box.x, `${title}: ${what}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${title}: ${what}`).toBeLessThanOrEqual(viewport.width);
    }
  }

  // The keyboard goes through an entry's actions in reading order.
  const demo = caseEntry(page, DEMO_CASE_NUMBER);
  await demo.getByRole('link', { name: `Open ${DEMO_CASE_NUMBER}`, exact: true }).focus();
  for (const name of [
    `Export ${DEMO_CASE_NUMBER}`,
    `Duplicate ${DEMO_CASE_NUMBER}`,
    `Delete ${DEMO_CASE_NUMBER}`,
  ]) {
    await page.keyboard.press('Tab');
    await expect(demo.getByRole('button', { name, exact: true })).toBeFocused();
  }

  // Delete works as on a wide screen: the case goes at once, with Undo focused, which puts it back.
  await caseEntry(page, LONG_CASE_NUMBER)
    .getByRole('button', { name: `Delete ${LONG_CASE_NUMBER}`, exact: true })
    .click();
  await expect(caseEntry(page, LONG_CASE_NUMBER)).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: `Deleted “${LONG_CASE_NUMBER}”` });
  await expect(toast.getByRole('button', { name: 'Undo' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(caseEntry(page, LONG_CASE_NUMBER)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const open = caseEntry(page, DEMO_CASE_NUMBER).getByRole('link', {
    name: `Open ${DEMO_CASE_NUMBER}`,
    exact: true,
  });
  await open.scrollIntoViewIfNeeded();
  await open.click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${DEMO_CASE_NUMBER}` })).toBeVisible();
});

test('a sample case is chosen and loaded with the keyboard alone, and reaches its real decision', async ({
  caseList: page,
}) => {
  const toggle = page.getByRole('button', { name: 'Sample cases' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Sample cases' });
  const loadName = 'Load sample: Oxycodone ER 20 mg #60 after rib fractures';
  const load = panel.getByRole('button', { name: loadName });
  await expect(load).toBeVisible();
  await expect(
    panel.getByRole('listitem').filter({ has: page.getByRole('button', { name: loadName }) }),
  ).toContainText('Real decision: Overturned');
  expect(await axeViolations(page)).toEqual([]);

  // Escape closes the panel and gives focus back to its button; Enter opens it again.
  await load.focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(load).toBeVisible();

  // Tab goes from the button into the panel, sample by sample.
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: /^Load sample: Work hardening/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(load).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/cases\/[^/]+\/case$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Case SAMPLE-CM16-0239110' })).toBeFocused();
  await stepButton(page, 'Disputed services').click();
  const card = page
    .locator('[data-bench="criteria-panel"]')
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: /Oxycodone HCl ER 20mg #60/ }) });
  await expect(card.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();
  await expect(card).toContainText('60 MME/day');

  // It is a case of its own in the list, beside nothing else.
  await returnToCaseList(page);
  await expect(caseTitles(page)).toHaveText(['SAMPLE-CM16-0239110']);
});
