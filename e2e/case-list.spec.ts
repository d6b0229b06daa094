import { readFile } from 'node:fs/promises';
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
import { waitForStored } from './support/wizard';

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

test('on a phone (390 wide) the page never scrolls sideways; the table scrolls in its frame and Open works', async ({
  caseList: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loadDemoCase(page);
  await returnToCaseList(page);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  const open = caseRow(page, DEMO_CASE_NUMBER).getByRole('link', {
    name: `Open ${DEMO_CASE_NUMBER}`,
    exact: true,
  });
  await open.scrollIntoViewIfNeeded();
  await expect(open).toBeInViewport({ ratio: 1 });
  await open.click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${DEMO_CASE_NUMBER}` })).toBeVisible();
});
