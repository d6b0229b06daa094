import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  caseRow,
  caseTitles,
  DEMO_CASE_NUMBER,
  expect,
  loadDemoCase,
  openCaseList,
  returnToCaseList,
  test,
} from './support/app';
import {
  changeStoredCase,
  downloadBy,
  downloadBytes,
  importCaseFile,
  importRefusal,
  letterPreview,
  openLetter,
  readStoredRecord,
  shownLetterHash,
} from './support/letter';
import { openStep } from './support/wizard';

const BAD_INPUTS = fileURLToPath(new URL('./fixtures/bad-inputs/', import.meta.url));
const SUMMARIES = fileURLToPath(new URL('./fixtures/decision-summaries/', import.meta.url));

/** Exports a case from its list row and returns the file's text. */
async function exportFromList(page: import('@playwright/test').Page, title: string): Promise<string> {
  const download = await downloadBy(
    page,
    caseRow(page, title).getByRole('button', { name: `Export ${title}` }),
  );
  expect(download.suggestedFilename()).toBe(`IMR-${title}.json`);
  return new TextDecoder().decode(await downloadBytes(download));
}

const jsonFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text, 'utf8'),
});

test('a case exported here and imported into a fresh browser profile is the same case with the same letter', async ({
  caseList: page,
  browser,
}, testInfo) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  await page.getByRole('button', { name: 'Edit the clinical case summary' }).click();
  await page
    .getByRole('textbox', { name: 'Text of the clinical case summary' })
    .fill('Reviewed summary, edited.');
  await page.getByRole('button', { name: 'Save clinical case summary' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved your edit.' })).toBeVisible();
  const hash = await shownLetterHash(page);

  await returnToCaseList(page);
  const text = await exportFromList(page, DEMO_CASE_NUMBER);
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'imr-workbench-case', formatVersion: 1, case: { id: caseId } });

  const freshProfile = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const other = await freshProfile.newPage();
    await openCaseList(other);
    await expect(other.getByText('No cases yet.')).toBeVisible();
    await importCaseFile(other, jsonFile(`IMR-${DEMO_CASE_NUMBER}.json`, text));
    await other.waitForURL(new RegExp(`/cases/${caseId}/case$`));
    await openLetter(other, caseId);
    await expect(letterPreview(other)).toContainText('Reviewed summary, edited.');
    expect(await shownLetterHash(other)).toBe(hash);
    expect((await readStoredRecord(other, caseId)).data).toEqual((await readStoredRecord(page, caseId)).data);
  } finally {
    await freshProfile.close();
  }
});

test('the letter page exports the case file too', async ({ caseList: page }) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  // Another output first: its status must not stay on screen as if it were the export's.
  await downloadBy(page, page.getByRole('button', { name: 'Download determination summary (JSON)' }));
  const status = page.getByRole('status').filter({ hasText: /^Downloaded / });
  await expect(status).toHaveText(/determination\.json\.$/);
  const download = await downloadBy(page, page.getByRole('button', { name: 'Export case file' }));
  expect(download.suggestedFilename()).toBe(`IMR-${DEMO_CASE_NUMBER}.json`);
  await expect(status).toHaveText(`Downloaded IMR-${DEMO_CASE_NUMBER}.json.`);
  const file = JSON.parse(new TextDecoder().decode(await downloadBytes(download)));
  expect(file.case).toEqual((await readStoredRecord(page, caseId)).data);
});

/** Refused files from the shared corpus, with a distinctive part of the message each must show. */
const REFUSED: [file: string, message: string][] = [
  ['not-json.txt', 'This is not a workbench case file: a case file is JSON text starting with "{"'],
  ['pdf-renamed.json', 'this file starts with "%PDF-'],
  ['empty.json', 'The file is empty.'],
  ['truncated.json', 'The file ends early: it looks cut off'],
  ['syntax-error.json', 'The file is not valid JSON at line 4, column 3'],
  ['json-array.json', 'it holds a list of 3 entries, not a case file object'],
  ['wrong-format.json', 'format: expected "imr-workbench-case"'],
  ['bare-case-record.json', 'this looks like a bare case record'],
  ['determination-summary.json', 'this is a determination summary (downloaded from the letter page)'],
  ['no-case.json', 'case: missing: the file has no case in it.'],
  ['newer-format-version.json', 'formatVersion: This file was made by a newer version of the workbench'],
  ['wrong-format-version-type.json', 'formatVersion: expected a whole number'],
  [
    'newer-schema-version.json',
    'This case was made by a newer version of the workbench (case schema version 99',
  ],
  ['deeply-nested.json', 'nests data more than 20 levels deep'],
  ['proto-key.json', 'The file contains the key "__proto__"'],
  ['constructor-key-escaped.json', 'The file contains the key "constructor"'],
  ['wrong-types.json', 'patient.age: expected a number, got text ("36")'],
];

test('each bad file is refused with its own message, and the cases stay as they were', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await returnToCaseList(page);
  const before = await readStoredRecord(page, caseId);

  for (const [file, message] of REFUSED) {
    await test.step(file, async () => {
      await importCaseFile(page, `${BAD_INPUTS}${file}`);
      const refusal = importRefusal(page);
      await expect(refusal).toContainText(`“${file}” was not imported`);
      await expect(refusal).toContainText(message);
      await expect(refusal).toContainText('Nothing was changed');
      await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
      await expect(page).toHaveURL(/\/$/);
    });
  }

  await test.step('a file over the size limit', async () => {
    const huge = jsonFile(
      'huge.json',
      `{"format":"imr-workbench-case","padding":"${'x'.repeat(6 * 1024 * 1024)}"}`,
    );
    await importCaseFile(page, huge);
    await expect(importRefusal(page)).toContainText(
      'The file is too large: it is 6.0 MB and the limit is 5 MB.',
    );
    await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
  });

  expect(await readStoredRecord(page, caseId)).toEqual(before);
  expect(await page.evaluate(() => Object.hasOwn(Object.prototype, 'polluted'))).toBe(false);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(importRefusal(page)).toHaveCount(0);
});

test('a file with many wrong fields lists each problem with its path', async ({ caseList: page }) => {
  await importCaseFile(page, `${BAD_INPUTS}wrong-types.json`);
  const refusal = importRefusal(page);
  for (const problem of [
    'id: must not be empty',
    'imr.priority: expected one of',
    'patient.age: expected a number, got text ("36")',
    'disputedItems[0].frequencyPerWeek: expected a number, got text ("two")',
    'letter.edits["case-summary"].text: expected text, got a number (42)',
  ]) {
    await expect(refusal.getByRole('listitem').filter({ hasText: problem })).toHaveCount(1);
  }
  await expect(page.getByText('No cases yet.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a case deleted while another tab typed in it, then imported again, opens as the file has it', async ({
  caseList: page,
  context,
}) => {
  const caseId = await loadDemoCase(page);
  await returnToCaseList(page);
  const exported = await exportFromList(page, DEMO_CASE_NUMBER);
  const other = await context.newPage();
  await other.goto(`/cases/${caseId}/case`);
  const board = other.getByLabel('Board certification', { exact: true });
  await expect(board).toHaveValue('Physical Medicine & Rehabilitation');

  await caseRow(page, DEMO_CASE_NUMBER)
    .getByRole('button', { name: `Delete ${DEMO_CASE_NUMBER}` })
    .click();
  await expect(caseTitles(page)).toHaveCount(0);
  // The other tab types into the deleted case (it is told the case is gone), then closes: its
  // unsaved draft is backed up as the page goes.
  await board.fill('Typed in the other tab after the delete');
  await expect(other.getByRole('status').filter({ hasText: /^Not saved/ })).toBeVisible();
  await other.close({ runBeforeUnload: true });

  await importCaseFile(page, jsonFile('again.json', exported));
  await page.waitForURL(new RegExp(`/cases/${caseId}/case$`));
  await expect(page.getByLabel('Board certification', { exact: true })).toHaveValue(
    'Physical Medicine & Rehabilitation',
  );
  await expect(
    page.getByRole('region', { name: /changed in another tab|deleted in another tab/i }),
  ).toHaveCount(0);
  await expect
    .poll(async () => (await readStoredRecord(page, caseId)).data.reviewer.boardCertification)
    .toBe('Physical Medicine & Rehabilitation');
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('pending-draft'))))
    .toEqual([]);
});

test('importing a case that is already here asks: Cancel changes nothing, Keep both gives two cases, Replace replaces', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await returnToCaseList(page);
  const exported = await exportFromList(page, DEMO_CASE_NUMBER);

  const importButton = page.getByRole('button', { name: 'Import case file' });

  await test.step('Cancel, and focus returns to "Import case file"', async () => {
    await importCaseFile(page, jsonFile('same.json', exported));
    const dialog = page.getByRole('dialog', { name: `Import case ${DEMO_CASE_NUMBER}` });
    await expect(dialog).toContainText(
      `This browser already has this case (as “${DEMO_CASE_NUMBER}”, last changed `,
    );
    await expect(dialog.getByRole('button', { name: 'Keep both' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    // By keyboard: Tab from "Keep both" to Cancel, Enter.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(importButton).toBeFocused();
    await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
  });

  await test.step('Escape cancels too, and focus returns to "Import case file"', async () => {
    await importCaseFile(page, jsonFile('same.json', exported));
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(importButton).toBeFocused();
    await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
  });

  const copyNumber = `${DEMO_CASE_NUMBER} (copy)`;
  let copyId = '';
  await test.step('Keep both: the kept file is marked " (copy)", as Duplicate does', async () => {
    await importCaseFile(page, jsonFile('same.json', exported));
    // By keyboard: Enter on "Keep both" (it has focus); the copy opens with focus on its heading.
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Keep both' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cases\/[^/]+\/case$/);
    await expect(page.getByRole('heading', { level: 1, name: `Case ${copyNumber}` })).toBeFocused();
    copyId = decodeURIComponent(/\/cases\/([^/]+)\/case$/.exec(new URL(page.url()).pathname)?.[1] ?? '');
    expect(copyId).not.toBe(caseId);
    await returnToCaseList(page);
    await expect(caseTitles(page)).toHaveText([copyNumber, DEMO_CASE_NUMBER]);
    // Each row's buttons name their own case.
    await expect(page.getByRole('button', { name: `Delete ${copyNumber}`, exact: true })).toHaveCount(1);
    await expect(page.getByRole('button', { name: `Delete ${DEMO_CASE_NUMBER}`, exact: true })).toHaveCount(
      1,
    );
    expect((await readStoredRecord(page, copyId)).data.imr.caseNumber).toBe(copyNumber);
  });

  await test.step('Replace existing, from a file with the same case number under another id', async () => {
    const changed = JSON.parse(exported);
    changed.case.id = 'from-another-workbench';
    changed.case.patient.age = 41;
    await importCaseFile(page, jsonFile('changed.json', JSON.stringify(changed)));
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`This browser already has a case with the number ${DEMO_CASE_NUMBER}`);
    await dialog.getByRole('button', { name: 'Replace existing' }).click();
    await page.waitForURL(new RegExp(`/cases/${caseId}/case$`));
    await returnToCaseList(page);
    await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER, copyNumber]);
    const ages = await Promise.all(
      [caseId, copyId].map(async (id) => (await readStoredRecord(page, id)).data.patient.age),
    );
    // The case with the number was replaced; the copy kept above (another number now) is untouched.
    expect(ages).toEqual([41, 36]);
  });
});

test('a file with impossible dates is read with notes to confirm, then opens', async ({ caseList: page }) => {
  await importCaseFile(page, `${BAD_INPUTS}impossible-dates.json`);
  const dialog = page.getByRole('dialog', { name: `Import case ${DEMO_CASE_NUMBER}` });
  await expect(dialog).toContainText('The file can be imported. Please note:');
  await expect(dialog).toContainText('imr.urDeterminationDate: "2014-02-30" is not a real date');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await page.waitForURL(/\/cases\/demo-case-1\/case$/);
  await returnToCaseList(page);
  await expect(caseTitles(page)).toHaveText([DEMO_CASE_NUMBER]);
});

test('a replace that meets a change made meanwhile is refused, loses nothing and keeps focus on the list', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await returnToCaseList(page);
  const exported = await exportFromList(page, DEMO_CASE_NUMBER);
  await importCaseFile(page, jsonFile('same.json', exported));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Another tab saves the case while the question is open.
  await changeStoredCase(page, caseId, (draft) => ({ ...draft, patient: { ...draft.patient, age: 50 } }));
  await dialog.getByRole('button', { name: 'Replace existing' }).click();
  const refusal = importRefusal(page);
  await expect(refusal).toContainText(
    'The case was not imported: the case it was to replace was changed (in another tab or window) after ' +
      'the file was chosen, so it was not replaced. Import the file again to compare it with the current version.',
  );
  await expect(refusal).not.toContainText(/reload|changes here/i);
  expect((await readStoredRecord(page, caseId)).data.patient.age).toBe(50);

  // Focus is not lost with the dialog: it is on "Import case file", ready to import again.
  const importButton = page.getByRole('button', { name: 'Import case file' });
  await expect(importButton).toBeFocused();
  // Dismiss, by keyboard: focus goes back to "Import case file", not to the page.
  await refusal.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(importRefusal(page)).toHaveCount(0);
  await expect(importButton).toBeFocused();
});

test('a refused file leaves focus on "Import case file", and so does Dismiss', async ({ caseList: page }) => {
  await importCaseFile(page, `${BAD_INPUTS}empty.json`);
  const importButton = page.getByRole('button', { name: 'Import case file' });
  await expect(importRefusal(page)).toContainText('The file is empty.');
  await expect(importButton).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(importRefusal(page).getByRole('button', { name: 'Dismiss' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(importRefusal(page)).toHaveCount(0);
  await expect(importButton).toBeFocused();
});

test('a summary of a public IMR decision imports as a case to finish, only its plainly stated answers entered', async ({
  caseList: page,
}) => {
  await importCaseFile(page, `${SUMMARIES}one-lumbar-mri.json`);
  const dialog = page.getByRole('dialog', { name: 'Import case CM17-0010364' });
  await expect(dialog).toContainText('Read from a summary of an IMR decision, not a case file');
  await expect(dialog).toContainText(
    "the other questions about the worker's findings are left for you to answer from the records.",
  );
  // The one answer a key finding states, with the words it was read from.
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'objective neurologic findings on exam' }),
  ).toHaveText(/: no, read from "no sensory, motor or reflex deficit"\.$/);
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/cases\/[^/]+\/case$/);
  await expect(page.getByLabel('IMR case number', { exact: true })).toHaveValue('CM17-0010364');

  await openStep(page, 'Disputed services');
  await expect(
    page.getByRole('button', {
      name: 'Disputed service 1: MRI lumbar spine without contrast · MRI · UR: Denied',
    }),
  ).toBeVisible();
  const card = page
    .getByRole('region', { name: 'Guideline criteria' })
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: /MRI lumbar spine/ }) });
  await expect(card.getByText('MTUS Low Back Complaints (ACOEM 2004): MRI and CT')).toBeVisible();
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();
  // The answer read from the findings decides the nerve criterion; red flags stay for the reviewer.
  await expect(card).toContainText('Objective neurologic findings on exam: no;');

  await returnToCaseList(page);
  await importCaseFile(page, `${SUMMARIES}dev-cases.json`);
  await expect(importRefusal(page)).toContainText(
    'This file holds IMR decision summaries of 29 cases; a file imports as one case.',
  );
});

test("the summaries of one letter's items import as one case whose items are judged together", async ({
  caseList: page,
}) => {
  await importCaseFile(page, `${SUMMARIES}one-case-two-items.json`);
  const dialog = page.getByRole('dialog', { name: 'Import case CM17-0006797' });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await page.waitForURL(/\/cases\/[^/]+\/case$/);
  await openStep(page, 'Disputed services');
  await expect(page.getByRole('button', { name: /^Disputed service 1: Cryotherapy unit/ })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Disputed service 2: Right shoulder arthroscopy/ }),
  ).toBeVisible();
  const coldUnit = page
    .getByRole('region', { name: 'Guideline criteria' })
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: /Cryotherapy unit/ }) });
  await expect(
    coldUnit.getByRole('listitem').filter({ hasText: 'This review upholds the denial of the surgery' }),
  ).toBeVisible();
});
