/**
 * Hostile values in the wizard's fields (e2e/fixtures/bad-fields/hostile-values.ts): a 100,000-
 * character paste, emoji and right-to-left text, markup and script, negative and huge numbers, odd
 * whitespace. Each is kept (or gets a clear message where invalid), shown as text, never run;
 * nothing crashes, and what was saved before survives a reload (checked in IndexedDB).
 */
import type { Locator, Page } from '@playwright/test';
import {
  type FieldTarget,
  HOSTILE_NUMBERS,
  HOSTILE_TEXTS,
  LONG_TEXT,
} from './fixtures/bad-fields/hostile-values';
import { caseRow, expect, loadDemoCase, returnToCaseList, test } from './support/app';
import { letterPreview, openLetter } from './support/letter';
import { expectFieldMessage, field, openRow, openStep, storedDraft } from './support/wizard';

test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });

/** Opens the step (and row) of a target and returns its field. */
async function locate(page: Page, target: FieldTarget): Promise<Locator> {
  await openStep(page, target.step);
  if (target.row) await openRow(page, target.row);
  // A group's name gains "(1 problem)" once a field in it is invalid: match its start.
  const scope = target.group
    ? page.getByRole('group', { name: new RegExp(`^${target.group}(?!\\d)`) })
    : page;
  return field(scope, target.label);
}

/** Replaces a field's content the way a paste does: one insertion of the whole text. */
async function pasteReplacing(page: Page, input: Locator, text: string): Promise<void> {
  await input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

function valueAt(draft: unknown, path: string): unknown {
  let value = draft;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

async function storedValue(page: Page, caseId: string, path: string): Promise<unknown> {
  return valueAt(await storedDraft(page, caseId), path);
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });

/** Facts of the demo case that no hostile value touches: they must survive every test. */
async function expectDemoIntact(page: Page, caseId: string): Promise<void> {
  const draft = await storedDraft(page, caseId);
  expect(valueAt(draft, 'injury.dateOfInjury')).toBe('2013-08-01');
  expect(valueAt(draft, 'imr.requestDate')).toBe('2014-11-11');
  expect((valueAt(draft, 'reports') as unknown[]).length).toBe(2);
  expect((valueAt(draft, 'reports.0.complaints') as unknown[]).length).toBe(3);
  expect(valueAt(draft, 'reports.0.complaints.0.painHigh')).toBe(8);
  expect((valueAt(draft, 'disputedItems') as unknown[]).length).toBe(1);
  expect(valueAt(draft, 'disputedItems.0.durationWeeks')).toBe(6);
}

/** Nothing typed may have run: no flag set, no dialog, no element made from the text. */
async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('#root img[src="x"], #root iframe, #root script, #root svg[onload]')).toHaveCount(
    0,
  );
}

test('emoji, right-to-left text, markup and odd whitespace are kept exactly, shown as text, never run', async ({
  caseList: page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const caseId = await loadDemoCase(page);

  for (const entry of HOSTILE_TEXTS) {
    await test.step(entry.id, async () => {
      const input = await locate(page, entry.target);
      await pasteReplacing(page, input, entry.value);
      await expect(input, entry.why).toHaveValue(entry.kept ?? entry.value);
      if (entry.shownIn) {
        await expect(page.getByRole('heading', { name: entry.shownIn.heading, exact: true })).toBeVisible();
      }
      await expectNothingRan(page, dialogs);
    });
  }
  await expect(saved(page)).toBeVisible();
  for (const entry of HOSTILE_TEXTS) {
    await expect
      .poll(() => storedValue(page, caseId, entry.target.path), entry.id)
      .toBe(entry.kept ?? entry.value);
  }

  await page.reload();
  await expectDemoIntact(page, caseId);
  for (const entry of HOSTILE_TEXTS) {
    await expect(await locate(page, entry.target), entry.id).toHaveValue(entry.kept ?? entry.value);
  }
  await expectNothingRan(page, dialogs);

  // Shown as text on the list and in the letter too.
  const scriptCase = HOSTILE_TEXTS.find((entry) => entry.id === 'script-tag');
  const imgItem = HOSTILE_TEXTS.find((entry) => entry.id === 'img-onerror');
  await returnToCaseList(page);
  await expect(caseRow(page, scriptCase?.value ?? '')).toBeVisible();
  await openLetter(page, caseId);
  await expect(letterPreview(page)).toContainText(scriptCase?.value ?? '');
  await expect(letterPreview(page)).toContainText(imgItem?.value ?? '');
  await expectNothingRan(page, dialogs);
});

test('negative and huge numbers get a clear message beside the field and are kept', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  for (const entry of HOSTILE_NUMBERS) {
    await test.step(entry.id, async () => {
      const input = await locate(page, entry.target);
      await input.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(entry.typed);
      await input.blur();
      await expectFieldMessage(input, entry.message);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
    });
  }
  await expect(saved(page)).toBeVisible();
  for (const entry of HOSTILE_NUMBERS) {
    await expect.poll(() => storedValue(page, caseId, entry.target.path), entry.id).toBe(entry.stored);
  }
  await page.reload();
  await expectDemoIntact(page, caseId);
  for (const entry of HOSTILE_NUMBERS) {
    const input = await locate(page, entry.target);
    await expect(input, entry.id).toHaveValue(entry.stored === null ? '' : String(entry.stored));
  }
});

/** The demo case on its disputed service, whose Duration holds 6 (weeks). */
async function demoDuration(page: Page): Promise<{ caseId: string; duration: Locator }> {
  const caseId = await loadDemoCase(page);
  await openStep(page, 'Disputed services');
  await openRow(page, 'Disputed service 1');
  return { caseId, duration: field(page, 'Duration') };
}

test('the mouse wheel and arrow keys over a focused number field never change the number', async ({
  caseList: page,
}) => {
  // Chromium steps a focused type="number" input on wheel even while the page scrolls: "6 weeks"
  // became "3 weeks" and flipped the 4-week criterion with no sign of it.
  const { caseId, duration } = await demoDuration(page);
  await duration.scrollIntoViewIfNeeded();
  await duration.click();
  await expect(duration).toHaveValue('6');
  const box = await duration.boundingBox();
  if (!box) throw new Error('Duration has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const scrolledBefore = await page.evaluate(() => window.scrollY);
  for (let turn = 0; turn < 3; turn += 1) await page.mouse.wheel(0, 120);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(duration).toHaveValue('6');
  // The wheel did act, on the page: it scrolled.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledBefore);
  await expect(duration).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(saved(page)).toBeVisible();
  expect(await storedValue(page, caseId, 'disputedItems.0.durationWeeks')).toBe(6);
});

test('unreadable number text never stores a fragment of itself and blocks a clicked Next', async ({
  caseList: page,
}) => {
  const { caseId, duration } = await demoDuration(page);
  await duration.focus();
  await page.keyboard.press('Control+A');
  // "4" on the way to "4-6" is readable; "4-6" is not, and 4 must not stay saved.
  await page.keyboard.type('4-6');
  await expect(saved(page)).toBeVisible();
  expect(await storedValue(page, caseId, 'disputedItems.0.durationWeeks')).toBe(6);
  // Nothing beside the field while typing; a mouse click on Next (focus stays in the field) blocks.
  await expect(duration).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Next: Review' }).click();
  await expect(page.getByRole('alert')).toContainText('Fix 1 problem before moving on');
  const message =
    'Disputed service 1: duration is not a number as typed (use digits such as 12 or 2.5); the saved number, 6, is kept';
  await expectFieldMessage(duration, message);
  await expect(duration).toBeFocused();
  await expect(duration).toHaveValue('4-6');

  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(duration).not.toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => storedValue(page, caseId, 'disputedItems.0.durationWeeks')).toBe(5);
});

test('a number problem moves with its row, and an input that remounts showing its saved value has none', async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  await openStep(page, 'Reports');
  await openRow(page, 'Report 1');
  const complaint = page.getByRole('group', { name: /^Complaint 1(?!\d)/ }).first();
  const painLow = field(complaint, 'Pain, lowest (0-10)');
  await painLow.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('7-8');
  await page.keyboard.press('Tab');
  await expectFieldMessage(
    painLow,
    /Report 1 complaint 1 pain \(low\) is not a number as typed.*the saved number, 7, is kept/,
  );

  await page.getByRole('button', { name: 'Move report 1 down' }).click();
  // The same input, now in report 2, still shows the text and names the problem with its new row.
  await expect(painLow).toHaveValue('7-8');
  await expectFieldMessage(
    painLow,
    /Report 2 complaint 1 pain \(low\) is not a number as typed.*the saved number, 7, is kept/,
  );
  await page.getByRole('button', { name: 'Next: Work status and restrictions' }).click();
  await expect(page.getByRole('alert')).toContainText('Fix 1 problem before moving on');
  await expect(painLow).toBeFocused();

  // Away and back: the input shows the saved number again, so no message remains.
  await openStep(page, 'Patient and injury');
  await openStep(page, 'Reports');
  await openRow(page, 'Report 2');
  const again = field(page.getByRole('group', { name: /^Complaint 1(?!\d)/ }).first(), 'Pain, lowest (0-10)');
  await expect(again).toHaveValue('7');
  await expect(again).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Next: Work status and restrictions' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Work status and restrictions' })).toBeVisible();
});

test('a 100,000-character paste is accepted, one more character is named, past the stored cap nothing saved is lost', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  const findings = await locate(page, LONG_TEXT.target);
  const sentence = 'Tender lumbar paraspinals; SLR positive on the left at 70 degrees; gait antalgic. ';
  const long = sentence.repeat(Math.ceil(LONG_TEXT.cap / sentence.length)).slice(0, LONG_TEXT.cap);
  expect(long).toHaveLength(LONG_TEXT.cap);

  await pasteReplacing(page, findings, long);
  await findings.blur();
  await expect(findings).toHaveValue(long);
  await expect(findings).not.toHaveAccessibleDescription(/too long/);
  // The page still answers: another field takes typing at once.
  const plan = field(page, 'Treatment plan');
  await plan.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Recheck in 4 weeks.');
  await expect(plan).toHaveValue(/Recheck in 4 weeks\.$/);
  await expect(saved(page)).toBeVisible();
  await expect
    .poll(async () => ((await storedValue(page, caseId, LONG_TEXT.target.path)) as string).length)
    .toBe(LONG_TEXT.cap);

  // One character past the cap: a clear message, and the text is still kept (and stored).
  await findings.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('X');
  await findings.blur();
  await expectFieldMessage(findings, LONG_TEXT.message);
  await expect(saved(page)).toBeVisible();
  await expect
    .poll(async () => ((await storedValue(page, caseId, LONG_TEXT.target.path)) as string).length)
    .toBe(LONG_TEXT.cap + 1);

  // Past what can be stored at all: the page keeps the text and says it was not saved; the stored
  // case stays readable with the last saved version.
  const tooLong = long.repeat(3).slice(0, LONG_TEXT.overStoredCap);
  await pasteReplacing(page, findings, tooLong);
  await findings.blur();
  await expect(page.getByRole('status').filter({ hasText: LONG_TEXT.notSaved })).toBeVisible();
  await expect(findings).toHaveValue(tooLong);
  await expectFieldMessage(
    findings,
    'Report 1 exam findings is too long to keep: 250,000 characters; at most 100,000',
  );
  expect(((await storedValue(page, caseId, LONG_TEXT.target.path)) as string).length).toBe(LONG_TEXT.cap + 1);

  // Leaving with a failed save asks first; the reviewer leaves anyway.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expectDemoIntact(page, caseId);
  const reopened = await locate(page, LONG_TEXT.target);
  await expect(reopened).toHaveValue(`${long}X`);
  await expect(field(page, 'Treatment plan')).toHaveValue(/Recheck in 4 weeks\.$/);
});
