import { extractPdfText } from '../src/domain/letter/pdf-text-for-tests';
import { axeViolations, DEMO_CASE_NUMBER, expect, loadDemoCase, test } from './support/app';
import {
  changeStoredCase,
  DEMO_ITEM_LINE,
  docxParagraphs,
  downloadBy,
  downloadBytes,
  LETTER_HEADINGS,
  letterPreview,
  openLetter,
  pdfLines,
  readStoredRecord,
  shownLetterHash,
} from './support/letter';
import { openStep, stepButton, stepHeading } from './support/wizard';

const SCRIPT_TEXT = '<script>alert(1)</script>';
const IMG_TEXT = '<img src=x onerror=window.__xss=1>';

/** Whitespace runs as one space: text wrapped onto lines (PDF) or split into runs reads as written. */
const flat = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ');

test('the demo letter shows every section, the item line and the conclusion', async ({ caseList: page }) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  const letter = letterPreview(page);
  for (const heading of LETTER_HEADINGS) {
    await expect(letter.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(letter.getByRole('heading', { name: DEMO_ITEM_LINE })).toBeVisible();
  await expect(letter).toContainText('IS NOT medically necessary');
  await expect(letter).toContainText(`Case Number: ${DEMO_CASE_NUMBER}`);
  await expect(letter).toContainText('Claims Administrator guideline:');
  await expect(page.getByRole('heading', { name: 'Before you issue' })).toBeVisible();
  expect(await shownLetterHash(page)).toMatch(/^[0-9a-f]{12}$/);
  await expect(page).toHaveTitle(`Letter: ${DEMO_CASE_NUMBER} · IMR Reviewer Workbench`);
});

test("Open letter puts keyboard focus on the letter page's heading, as every route change does", async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  // Keyboard only: from the wizard, Enter on "Open letter".
  await page.getByRole('link', { name: 'Open letter' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/cases/${encodeURIComponent(caseId)}/letter`);
  const heading = page.getByRole('heading', { level: 1, name: 'Final determination letter' });
  await expect(heading).toBeFocused();
  // Tab goes on from the top of the new page, not from wherever the body left it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Back to the case' })).toBeFocused();

  // A reload or a direct link lands there too.
  await openLetter(page, caseId);
  await expect(heading).toBeFocused();
});

test('printing shows only the letter, and the printed PDF carries the running header and page numbers', async ({
  caseList: page,
}) => {
  await page.addInitScript(() => {
    const counter = window as unknown as { __printCalls: number };
    counter.__printCalls = 0;
    window.print = () => {
      counter.__printCalls += 1;
    };
  });
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Before you issue' })).toBeHidden();
  const editButtons = page.getByRole('button', { name: /^Edit/, includeHidden: true });
  await expect(editButtons).toHaveCount(2);
  await expect(editButtons.first()).toBeHidden();
  await expect(letterPreview(page)).toBeVisible();
  const color = await letterPreview(page)
    .getByRole('heading', { name: 'CLINICAL CASE SUMMARY' })
    .evaluate((element) => getComputedStyle(element).color);
  expect(color).toBe('rgb(0, 0, 0)');

  const printed = await page.pdf({ preferCSSPageSize: true });
  expect(printed.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = await extractPdfText(new Uint8Array(printed));
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((printedPage, index) => {
    expect(printedPage.lines).toContain(`IMR Case Number: ${DEMO_CASE_NUMBER}`);
    expect(printedPage.lines).toContain(`Page ${index + 1} of ${pages.length}`);
  });
  const text = flat(pages.flatMap((printedPage) => printedPage.lines));
  expect(text).toContain('IS NOT medically necessary');
  expect(text).not.toContain('Before you issue');
  expect(text).not.toContain('Download PDF');
});

test('printing while a section is being edited prints that section as saved', async ({ caseList: page }) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  await page.getByRole('button', { name: 'Edit the clinical case summary' }).click();
  const box = page.getByRole('textbox', { name: 'Text of the clinical case summary' });
  await box.fill('Half-written summary, not saved.');
  await page.getByRole('button', { name: /^Edit the decision rationale/ }).click();

  await page.emulateMedia({ media: 'print' });
  await expect(box).toBeHidden();
  const letter = letterPreview(page);
  await expect(letter.getByText(/^The patient is a 36 year old female/)).toBeVisible();
  await expect(letter.getByText('Decision rationale', { exact: false }).first()).toBeVisible();
  const printed = flat((await extractPdfText(new Uint8Array(await page.pdf()))).flatMap((p) => p.lines));
  expect(printed).toContain('The patient is a 36 year old female');
  expect(printed).toContain('IS NOT medically necessary');
  expect(printed).not.toContain('Half-written summary');
});

test('Download PDF saves a PDF whose text holds the header, every heading and the conclusion', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  // Keyboard only: focus Print, Tab to "Download PDF", press Enter.
  await page.getByRole('button', { name: 'Print' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`IMR-${DEMO_CASE_NUMBER}-letter.pdf`);
  const lines = await pdfLines(await downloadBytes(download));
  const text = flat(lines);
  expect(lines).toContain(`IMR Case Number: ${DEMO_CASE_NUMBER}`);
  for (const heading of LETTER_HEADINGS) expect(text).toContain(heading);
  expect(text).toContain(DEMO_ITEM_LINE);
  expect(text).toContain('IS NOT medically necessary');
  await expect(
    page.getByRole('status').filter({ hasText: `Downloaded IMR-${DEMO_CASE_NUMBER}-letter.pdf` }),
  ).toBeVisible();
});

test('Download Word saves a DOCX with the same text', async ({ caseList: page }) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  const download = await downloadBy(page, page.getByRole('button', { name: 'Download Word' }));
  expect(download.suggestedFilename()).toBe(`IMR-${DEMO_CASE_NUMBER}-letter.docx`);
  const bytes = await downloadBytes(download);
  const paragraphs = docxParagraphs(bytes);
  for (const heading of LETTER_HEADINGS) expect(paragraphs).toContain(heading);
  expect(paragraphs).toContain(DEMO_ITEM_LINE);
  expect(flat(paragraphs)).toContain('IS NOT medically necessary');
  const header = docxParagraphs(bytes, 'word/header1.xml');
  expect(header).toContain(`IMR Case Number: ${DEMO_CASE_NUMBER}`);
});

test('the determination summary downloads as JSON with the decision and the letter hash', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  const hash = await shownLetterHash(page);
  const download = await downloadBy(
    page,
    page.getByRole('button', { name: 'Download determination summary (JSON)' }),
  );
  expect(download.suggestedFilename()).toBe(`IMR-${DEMO_CASE_NUMBER}-determination.json`);
  const summary = JSON.parse(new TextDecoder().decode(await downloadBytes(download)));
  expect(summary).toMatchObject({
    format: 'imr-determination-summary',
    caseNumber: DEMO_CASE_NUMBER,
    letterHash: hash,
    items: [{ decision: 'upheld', medicallyNecessary: false }],
  });
});

test('Copy as plain text puts the letter on the clipboard and says so', async ({
  caseList: page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Copied the letter as plain text.' }),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith(`${LETTER_HEADINGS[0]}\n\nCase Number: ${DEMO_CASE_NUMBER}\n`)).toBe(true);
  expect(copied).toContain(`\n${DEMO_ITEM_LINE}\n`);
});

test('when the browser refuses the clipboard, the letter text is shown selected to copy by hand', async ({
  caseList: page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
  });
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The browser did not allow copying.' }),
  ).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Letter as plain text' });
  await expect(box).toBeFocused();
  const { value, start, end } = await box.evaluate((element: HTMLTextAreaElement) => ({
    value: element.value,
    start: element.selectionStart,
    end: element.selectionEnd,
  }));
  expect(value).toContain(DEMO_ITEM_LINE);
  expect([start, end]).toEqual([0, value.length]);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(box).toHaveCount(0);
});

test('markup typed into the case or a letter section is shown as text everywhere and never runs', async ({
  caseList: page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const caseId = await loadDemoCase(page);
  await changeStoredCase(page, caseId, (draft) => ({
    ...draft,
    disputedItems: draft.disputedItems.map((item, index) =>
      index === 0 ? { ...item, requestedAs: `Work hardening ${SCRIPT_TEXT} ${IMG_TEXT}` } : item,
    ),
  }));
  await openLetter(page, caseId);

  // A letter section edited with markup, through the page.
  await page.getByRole('button', { name: 'Edit the clinical case summary' }).click();
  await page
    .getByRole('textbox', { name: 'Text of the clinical case summary' })
    .fill(`Summary ${IMG_TEXT} and ${SCRIPT_TEXT}.`);
  await page.getByRole('button', { name: 'Save clinical case summary' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved your edit.' })).toBeVisible();

  const letter = letterPreview(page);
  await expect(letter).toContainText(`Summary ${IMG_TEXT} and ${SCRIPT_TEXT}.`);
  await expect(
    letter.getByRole('heading', { name: `Work hardening ${SCRIPT_TEXT} ${IMG_TEXT}: Upheld` }),
  ).toBeVisible();
  await expect(page.locator('article img, article script')).toHaveCount(0);

  const pdf = flat(
    await pdfLines(
      await downloadBytes(await downloadBy(page, page.getByRole('button', { name: 'Download PDF' }))),
    ),
  );
  expect(pdf).toContain(`Summary ${IMG_TEXT} and ${SCRIPT_TEXT}.`);
  expect(pdf).toContain(`Work hardening ${SCRIPT_TEXT} ${IMG_TEXT}: Upheld`);

  const docx = docxParagraphs(
    await downloadBytes(await downloadBy(page, page.getByRole('button', { name: 'Download Word' }))),
  );
  expect(docx).toContain(`Summary ${IMG_TEXT} and ${SCRIPT_TEXT}.`);
  expect(docx).toContain(`Work hardening ${SCRIPT_TEXT} ${IMG_TEXT}: Upheld`);

  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Summary ${IMG_TEXT} and ${SCRIPT_TEXT}.`);

  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await page.reload();
  await expect(letterPreview(page)).toContainText(`Summary ${IMG_TEXT} and ${SCRIPT_TEXT}.`);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('an edited section survives a change of facts: stale notice, comparison, keep, then revert', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  const letter = letterPreview(page);

  await page.getByRole('button', { name: 'Edit the clinical case summary' }).click();
  const box = page.getByRole('textbox', { name: 'Text of the clinical case summary' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(/^The patient is a 36 year old female/);
  await box.fill('My own summary of the case.\n\nA second paragraph.');
  await page.getByRole('button', { name: 'Save clinical case summary' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved your edit.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit the clinical case summary' })).toBeFocused();
  await expect(letter.getByText('Edited', { exact: true })).toBeVisible();
  await expect(letter.getByText('A second paragraph.')).toBeVisible();
  const savedEdit = (await readStoredRecord(page, caseId)).data.letter.edits['case-summary'];
  expect(savedEdit?.text).toBe('My own summary of the case.\n\nA second paragraph.');

  // The facts change elsewhere (another tab, the wizard): the patient had a birthday.
  await changeStoredCase(page, caseId, (draft) => ({ ...draft, patient: { ...draft.patient, age: 37 } }));
  await page.reload();
  await expect(letter.getByText('The facts changed since you edited this section.')).toBeVisible();
  await expect(letter.getByText('New draft', { exact: true })).toBeVisible();
  await expect(letter.getByText('Your edit', { exact: true })).toBeVisible();
  await expect(letter).toContainText('The patient is a 37 year old female');
  await expect(page.getByRole('region', { name: 'Before you issue' })).toContainText(
    'written before the case changed',
  );
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Keep my edit of the clinical case summary' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kept your edit.' })).toBeVisible();
  await expect(letter.getByText('The facts changed since you edited this section.')).toHaveCount(0);
  await expect(letter.getByText('My own summary of the case.')).toBeVisible();
  const kept = (await readStoredRecord(page, caseId)).data.letter.edits['case-summary'];
  expect(kept?.text).toBe(savedEdit?.text);
  expect(kept?.basedOn).not.toBe(savedEdit?.basedOn);

  await page.getByRole('button', { name: 'Revert to draft of the clinical case summary' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(letter.getByText('My own summary of the case.')).toBeVisible();
  await page.getByRole('button', { name: 'Revert to draft of the clinical case summary' }).click();
  await page.getByRole('button', { name: 'Yes, revert to draft' }).click();
  await expect(letter.getByText('My own summary of the case.')).toHaveCount(0);
  await expect(letter).toContainText('The patient is a 37 year old female');
  expect((await readStoredRecord(page, caseId)).data.letter.edits).toEqual({});
});

test('"Replace with new draft" asks first, then drops the stale edit', async ({ caseList: page }) => {
  const caseId = await loadDemoCase(page);
  await changeStoredCase(page, caseId, (draft) => ({
    ...draft,
    letter: { edits: { 'case-summary': { text: 'Written against older facts.', basedOn: '000000000000' } } },
  }));
  await openLetter(page, caseId);
  const letter = letterPreview(page);
  await expect(letter.getByText('The facts changed since you edited this section.')).toBeVisible();
  await page.getByRole('button', { name: 'Replace with new draft of the clinical case summary' }).click();
  await expect(letter.getByText(/Your edited text will be discarded/)).toBeVisible();
  await page.getByRole('button', { name: 'Yes, replace my edit' }).click();
  await expect(letter.getByText('Written against older facts.')).toHaveCount(0);
  await expect(letter).toContainText('The patient is a 36 year old female');
  expect((await readStoredRecord(page, caseId)).data.letter.edits).toEqual({});
});

test('a save that meets a change from another tab says so and keeps the typed text', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  await page.getByRole('button', { name: 'Edit the decision rationale for item 1' }).click();
  const box = page.getByRole('textbox', { name: 'Text of the decision rationale for item 1' });
  await box.fill('My rationale. The request IS NOT medically necessary.');

  await changeStoredCase(page, caseId, (draft) => ({ ...draft, patient: { ...draft.patient, age: 38 } }));
  await page.getByRole('button', { name: 'Save decision rationale for item 1' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'changed in another tab or window' })).toBeVisible();
  await expect(box).toHaveValue('My rationale. The request IS NOT medically necessary.');
  expect((await readStoredRecord(page, caseId)).data.letter.edits).toEqual({});

  await page.getByRole('button', { name: 'Save decision rationale for item 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved your edit.' })).toBeVisible();
  const stored = (await readStoredRecord(page, caseId)).data;
  expect(stored.patient.age).toBe(38);
  expect(Object.values(stored.letter.edits).map((edit) => edit.text)).toEqual([
    'My rationale. The request IS NOT medically necessary.',
  ]);
});

test('the pre-issue check links a missing case field to its wizard step', async ({ caseList: page }) => {
  const caseId = await loadDemoCase(page);
  await changeStoredCase(page, caseId, (draft) => ({ ...draft, imr: { ...draft.imr, caseNumber: '' } }));
  await openLetter(page, caseId);
  const panel = page.getByRole('region', { name: 'Before you issue' });
  await expect(panel).toContainText('The letter has no IMR case number.');
  await expect(panel).toContainText('You can still print or download it.');
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeEnabled();
  await panel.getByRole('link', { name: 'Fix: IMR case number' }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/case\\?field=imr.caseNumber$`));
});

test('the letter page has no WCAG A/AA violations, also while editing', async ({ caseList: page }) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Edit the clinical case summary' }).click();
  expect(await axeViolations(page)).toEqual([]);
});

test('Enter on Download PDF or Download Word keeps focus on the button while the file is prepared', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  for (const [name, fileName] of [
    ['Download PDF', `IMR-${DEMO_CASE_NUMBER}-letter.pdf`],
    ['Download Word', `IMR-${DEMO_CASE_NUMBER}-letter.docx`],
  ] as const) {
    const button = page.getByRole('button', { name });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(fileName);
    await expect(page.getByRole('status').filter({ hasText: `Downloaded ${fileName}.` })).toBeVisible();
    // Never dropped to the page while the file was made: Tab goes on from the button.
    await expect(button).toBeFocused();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  }
});

test('Back to the case returns to the step the letter was opened from, also after a reload', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await openStep(page, 'Treatment history');
  await page.getByRole('link', { name: 'Open letter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Final determination letter' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Final determination letter' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the case' }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/treatment$`));
  await expect(stepHeading(page, 'Treatment history')).toBeVisible();
  await expect(stepButton(page, 'Treatment history')).toHaveAttribute('aria-current', 'step');

  // Opened by its address, with no step to return to: the first step.
  await openLetter(page, caseId);
  await page.getByRole('link', { name: 'Back to the case' }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/case$`));
});
